"""Each lexicon rule on a sentence that is not from the seed documents."""

from __future__ import annotations

from graph.model import DocumentGraph
from loaders.organs import find_mentions
from loaders.pipeline import parse_text


def _doc(body: str, title: str = "某省河长制条例") -> DocumentGraph:
    return parse_text(f"{title}\n第一章 职责\n{body}", "t")


def _organ(graph: DocumentGraph, name: str) -> str:
    for organ in graph.organs:
        if organ.name == name or name in organ.aliases:
            return organ.id
    raise AssertionError(f"{name} not among {[o.name for o in graph.organs]}")


def _holders(graph: DocumentGraph, number: int) -> set[str]:
    return {h for d in graph.duties if d.article == number for h in d.holders}


def _relations(graph: DocumentGraph, rel_type: str) -> set[tuple[str, str]]:
    return {(r.source.split("/")[1], r.target.split("/")[1]) for r in graph.relations if r.type == rel_type}


def test_level_words_and_heads() -> None:
    mentions = find_mentions("自治区人民政府、盟行政公署和旗人民政府应当加强领导。", "provincial")
    assert [(m.surface, m.level) for m in mentions] == [
        ("自治区人民政府", "provincial"),
        ("盟行政公署", "municipal"),
        ("旗人民政府", "county"),
    ]
    mentions = find_mentions("苏木乡镇人民政府和嘎查村民委员会应当配合。", "provincial")
    assert [m.level for m in mentions] == ["township", "village"]


def test_municipality_districts_and_streets() -> None:
    mentions = find_mentions("区县人民政府和街道办事处负责本辖区的防汛工作。", "provincial")
    assert [(m.surface, m.level) for m in mentions] == [("区县人民政府", "county"), ("街道办事处", "township")]


def test_department_stem_and_body() -> None:
    mentions = find_mentions("县级以上人民政府水行政主管部门负责河道的监督管理。", "provincial")
    assert len(mentions) == 1
    assert mentions[0].surface == "县级以上人民政府水行政主管部门"
    assert mentions[0].collective == "县级以上"


def test_joint_subjects_split_and_pairs_kept() -> None:
    graph = _doc("第一条 市、县人民政府应当建立河长制工作机制。\n第二条 市委、市政府对全市河湖管理负总责。\n")
    assert len(_holders(graph, 1)) == 2
    pair = _organ(graph, "市委、市政府")
    assert _holders(graph, 2) == {pair}
    duty = next(d for d in graph.duties if d.article == 2)
    assert duty.responsibility == "负总责"


def test_role_is_part_of_its_body() -> None:
    graph = _doc("第一条 县人民政府主要负责人是本行政区域防汛工作的第一责任人。\n")
    role = _organ(graph, "县人民政府主要负责人")
    body = _organ(graph, "县人民政府")
    assert any(r.type == "PART_OF" and r.source == role and r.target == body for r in graph.relations)
    assert any(d.responsibility == "第一责任人" for d in graph.duties)


def test_huitong_gives_joint_holders_and_yu_a_partner() -> None:
    graph = _doc(
        "第一条 省水利厅会同省财政厅制定河道整治资金管理办法。\n第二条 乡镇人民政府应当与村民委员会共同做好河道保洁。\n"
    )
    assert len(_holders(graph, 1)) == 2
    assert len(_holders(graph, 2)) == 1


def test_supervision_guidance_and_reporting() -> None:
    graph = _doc(
        "第一条 市人民政府应当督促指导县人民政府落实河长制。\n"
        "第二条 县人民政府应当每年向市人民政府报告河长制落实情况。\n"
    )
    assert ("市人民政府", "县人民政府") in _relations(graph, "SUPERVISES")
    assert ("市人民政府", "县人民政府") in _relations(graph, "GUIDES")
    report = next(r for r in graph.relations if r.type == "REPORTS_TO")
    assert report.frequency == "annual"
    assert graph.organs and report.evidence in graph.articles[1].text


def test_encouragement_and_rights_are_not_duties() -> None:
    graph = _doc("第一条 鼓励社会组织参与河湖保护。\n第二条 任何单位和个人有权举报破坏河道的行为。\n")
    assert not graph.duties


def test_permission_is_may() -> None:
    graph = _doc("第一条 设区的市人民政府可以制定河道管理的具体办法。\n")
    assert [d.modality for d in graph.duties] == ["may"]


def test_bare_levels_resolve_to_named_body() -> None:
    graph = _doc("第一条 乡镇人民政府负责本辖区河道管理。\n第二条 县人民政府应当指导乡镇、村做好河道巡查。\n")
    targets = {t for _, t in _relations(graph, "GUIDES")}
    assert "乡镇人民政府" in targets


def test_interpretation_article() -> None:
    graph = _doc("第一条 县人民政府负责河道管理。\n第二条 本条例由省人民政府负责解释。\n")
    assert any(r.type == "INTERPRETS" and r.target == "t" for r in graph.relations)


def test_spans_reproduce_text() -> None:
    text = "某市条例\n第一条 市人民政府负责全市的工作，县人民政府应当配合。\n"
    graph = parse_text(text, "s")
    for duty in graph.duties:
        assert text[duty.start : duty.end] == duty.text
    for relation in graph.relations:
        assert text[relation.start : relation.end] == relation.evidence


def test_sanctioned_bodies_are_liabilities_not_duties() -> None:
    graph = _doc(
        "第一条 县人民政府负责河道管理。\n"
        "第二条 河道管理单位有下列行为之一的，由县人民政府责令改正，处一万元以上五万元以下的罚款。\n"
        "第三条 对负有责任的有关部门和人员，依法给予处分。\n"
    )
    liable = {li.organ.split("/")[1] for li in graph.liabilities}
    assert liable == {"河道管理单位"}
    assert all(li.evidence in graph.articles[1].text for li in graph.liabilities)


AUTONOMOUS_REGION = """某自治区草原保护责任制规定

第一条 为了落实草原保护责任制，制定本规定。
第二条 自治区人民政府对全区草原保护工作负总责。
第三条 盟行政公署、旗县级人民政府负责本行政区域内的草原保护工作，旗县级人民政府主要负责人是第一责任人。
第四条 苏木乡镇人民政府应当指导嘎查村民委员会做好草原巡查，并每年向旗县级人民政府报告草原保护情况。
第五条 盟市、旗县草原行政主管部门按照职责负责本行政区域内的草原保护工作。
第六条 自治区党委、自治区人民政府对盟市党委和行政公署草原保护工作进行考核。
"""


def test_autonomous_region_vocabulary() -> None:
    graph = parse_text(AUTONOMOUS_REGION, "t")
    levels = {o.name: o.level for o in graph.organs}
    assert levels["盟行政公署"] == "municipal"
    assert levels["旗县级人民政府"] == "county"
    assert levels["苏木乡镇人民政府"] == "township"
    assert levels["自治区党委、自治区人民政府"] == "provincial"  # a fixed pair stays one organ
    assert {h.split("/")[1] for h in _holders(graph, 5)} == {"盟市草原行政主管部门", "旗县草原行政主管部门"}
    assert ("自治区党委、自治区人民政府", "盟市党委和行政公署") in _relations(graph, "SUPERVISES")
    assert ("苏木乡镇人民政府", "旗县级人民政府") in _relations(graph, "REPORTS_TO")


def test_holders_stay_valid_when_relative_targets_add_organs() -> None:
    # 市 is named bare first; 本级人民政府 seen from a department later adds the city government.
    text = (
        "某市条例\n第一条 市、县（市）人民政府应当制定应急预案。\n"
        "第二条 市城市供水行政主管部门应当每年向本级人民政府报告供水情况。\n"
    )
    graph = parse_text(text, "t")
    organ_ids = {o.id for o in graph.organs}
    assert all(h in organ_ids for d in graph.duties for h in d.holders)


def test_river_chief_positions() -> None:
    graph = _doc(
        "第一条 省、市、县、乡四级设立河长。各级总河长对本行政区域内河湖管理保护负总责。\n"
        "第二条 上级河长应当督促检查下级河长履行职责。县级河长应当定期巡查责任河湖，并向市级河长报告巡查情况。\n"
    )
    names = {o.name for o in graph.organs}
    assert not names & {"省", "市", "县", "乡"}  # levels counted, not bodies
    assert {"各级总河长", "县级河长", "市级河长"} <= names
    assert ("上级河长", "下级河长") in _relations(graph, "SUPERVISES")
    assert ("县级河长", "市级河长") in _relations(graph, "REPORTS_TO")
