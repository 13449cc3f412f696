"""Relation and holder rules of session 12 (协同, 在X指导下, 报X审定, 本市实行…, 县级以上地方各级X seen
from 本级, unanchored 上级/下级), each on a sentence written for the test: none comes from the seeds
or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names


def _doc(body: str, title: str = "某市湿地保护条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_xietong_is_assistance_to_the_named_body() -> None:
    graph = _doc(
        "第一条 市、县林业主管部门应当开展湿地资源调查，协同自然资源主管部门对湿地占用实施监督管理。\n"
        "第二条 湿地公园由县人民政府协同国家授权的湿地管理机构实施管理。\n"
    )
    assists = edges(graph, "ASSISTS")
    assert ("市林业主管部门", "自然资源主管部门") in assists
    assert ("县林业主管部门", "自然资源主管部门") in assists
    assert ("县人民政府", "湿地管理机构") in assists  # 国家授权的: a qualifier of the organ


def test_huitong_stays_joint_holding_not_assistance() -> None:
    graph = _doc("第一条 县林业主管部门应当会同县财政部门制定湿地补偿办法。\n")
    assert not edges(graph, "ASSISTS")
    assert holder_names(graph, 1) == {"县林业主管部门", "县财政部门"}


def test_under_guidance_frame_guides_the_subject() -> None:
    graph = _doc(
        "第一条 乡（镇）人民政府应当在县人民政府林业主管部门的指导下，组织编制湿地保护方案。\n"
        "第二条 在县人民政府应急管理部门的指导和监督下，乡（镇）人民政府应当开展湿地火灾演练。\n"
        "第三条 村民委员会在乡（镇）人民政府领导下做好湿地巡护。\n"
    )
    guides = edges(graph, "GUIDES")
    assert ("县人民政府林业主管部门", "乡（镇）人民政府") in guides
    assert ("县人民政府应急管理部门", "乡（镇）人民政府") in guides
    assert ("县人民政府应急管理部门", "乡（镇）人民政府") in edges(graph, "SUPERVISES")
    assert not any(target == "村民委员会" for _, target in guides | edges(graph, "SUPERVISES"))  # 领导: no trigger


def test_submission_for_decision_is_a_report() -> None:
    graph = _doc(
        "第一条 湿地保护范围由县林业主管部门报县级以上人民政府划定。\n"
        "第二条 村民委员会应当将评议结果报乡（镇）人民政府审核。\n"
        "第三条 县林业主管部门应当拟定补偿标准，报市人民政府审定。\n"
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县林业主管部门", "县级以上人民政府") in reports
    assert ("村民委员会", "乡（镇）人民政府") in reports
    assert ("县林业主管部门", "市人民政府") in reports


def test_place_with_adverb_or_after_a_regime_is_its_government() -> None:
    graph = _doc(
        "第一条 市人民政府负责全市湿地保护工作。\n"
        "第二条 本市全面实行湿地长制，落实湿地保护地方主体责任，建立健全部门协作机制。\n"
        "第三条 本市逐步建立湿地生态补偿制度。\n"
        "第四条 本市实行湿地名录制度。\n"
    )
    assert holder_names(graph, 2) == {"市人民政府"}
    assert [d.responsibility for d in graph.duties if d.article == 2] == ["主体责任", None]
    assert not any("实行湿地长制" in d.text for d in graph.duties)  # the regime itself is framework
    assert holder_names(graph, 3) == {"市人民政府"}
    assert holder_names(graph, 4) == set()


def test_same_level_from_a_longer_collective_prefix() -> None:
    graph = _doc(
        "第一条 县级以上人民政府及其有关部门应当做好湿地保护工作。\n"
        "第二条 县级以上地方各级人民代表大会常务委员会应当加强对本级人民政府及其有关部门湿地保护工作的监督。\n",
        title="某省湿地保护条例",
    )
    supervised = {target for source, target in edges(graph, "SUPERVISES") if "人民代表大会" in source}
    assert supervised == {"县级以上人民政府", "县级以上人民政府有关部门"}


def test_unanchored_superior_government_is_a_set_over_the_set_below() -> None:
    # round 95: the dev annotations give one edge between the two relative sets, not a ladder of levels
    graph = _doc(
        "第一条 省人民政府、市人民政府、县人民政府和乡（镇）人民政府应当做好湿地保护工作。\n"
        "第二条 上级人民政府应当对下级人民政府湿地保护目标完成情况进行考核。\n",
        title="某省湿地保护条例",
    )
    pairs = {(r.source.split("/")[1], r.target.split("/")[1]) for r in graph.relations if r.article == 2}
    assert pairs == {("上级人民政府", "下级人民政府")}


def test_xietong_as_a_noun_acts_on_nothing() -> None:
    graph = _doc(
        "第一条 市林业主管部门应当与市生态环境主管部门建立湿地保护协同联动机制。\n"
        "第二条 市林业主管部门应当加强与市水务部门的工作协同。\n"
    )
    assert not edges(graph, "ASSISTS")


def test_under_guidance_frame_needs_a_printed_subject() -> None:
    graph = _doc(
        "第一条 县林业主管部门应当制定湿地巡护办法。巡护人员应当在县林业主管部门的指导下开展巡护。\n"
        "第二条 县人民政府应当加强湿地保护。\n"
    )
    assert not edges(graph, "GUIDES")
