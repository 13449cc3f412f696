"""Organ recognition and splitting rules from the session-12 dev misses: a government before a list
of functions, definitions after a list of bodies, level words before bodies of every level, bodies
outside the state, verbs kept out of names. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from loaders.organs import find_mentions
from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def _doc(body: str, title: str = "某省山林防火条例") -> DocumentGraph:
    return document(body, title)


def _organ(graph: DocumentGraph, name: str) -> tuple[str, str]:
    organ = organ_named(graph, name)
    return organ.level, organ.kind


def test_government_before_a_function_list_owns_every_item() -> None:
    graph = _doc(
        "第一条 县级以上人民政府林业、应急管理、气象等部门应当按照职责做好山林防火工作。\n"
        "第二条 市人民政府公安、消防救援等部门应当协同处置山火。\n"
    )
    assert {
        "县级以上人民政府林业部门",
        "县级以上人民政府应急管理部门",
        "县级以上人民政府气象部门",
    } <= holder_names(graph, 1)
    assert {"市人民政府公安部门", "市人民政府消防救援部门"} <= holder_names(graph, 2)
    assert not {"林业部门", "气象部门", "人民政府公安部门"} & names(graph)  # no item left bare
    assert _organ(graph, "市人民政府公安部门")[0] == "municipal"


def test_government_and_its_function_list_at_each_level() -> None:
    graph = _doc("第一条 市、县人民政府及其林业、气象等部门应当建立山火预警机制。\n")
    held = holder_names(graph, 1)
    assert {"市人民政府", "县人民政府"} <= held
    assert {"市人民政府林业部门", "县人民政府林业部门", "市人民政府气象部门", "县人民政府气象部门"} <= held


def test_audit_is_a_function_in_a_list_and_a_named_item_stays_whole() -> None:
    assert surfaces("林业、审计等部门应当配合。") == ["林业", "审计等部门"]
    # an item that names its body whole (国务院林业主管部门) makes no list: no 主管部门部门
    found = find_mentions("应当会同海关、国务院林业主管部门等有关部门处理。", "provincial")
    assert "国务院林业主管部门" in [m.surface for m in found]
    assert not any((m.display or "").endswith("部门部门") for m in found)
    # 地级以上市: every city of prefecture level, one collective
    city = find_mentions("地级以上市人民政府应当划定防火区。", "provincial")[0]
    assert (city.surface, city.level, city.collective) == ("地级以上市人民政府", "municipal", "地级以上")


def test_a_definition_after_bodies_names_one_organ() -> None:
    graph = _doc(
        "第一条 区委、区人民政府和街道党工委、街道办事处（以下统称区街党政机关）负责辖区山林防火。\n"
        "第二条 区街党政机关应当每年组织防火演练。\n"
        "第三条 市城市管理行政主管部门（以下简称市城管部门）负责城区绿地防火。\n"
        "第四条 市城管部门应当配备灭火器材。\n"
    )
    assert holder_names(graph, 1) == holder_names(graph, 2) == {"区街党政机关"}
    assert holder_names(graph, 3) == holder_names(graph, 4) == {"市城管部门"}
    organ = organ_named(graph, "区街党政机关")
    assert "区委、区人民政府和街道党工委、街道办事处" in organ.aliases
    # X是Y的Z(以下简称W): W names Z alone, the bodies before 是 keep their own names
    assert surfaces("县林业局是本县的防火主管机关（以下简称防火机关）。") == ["县林业局", "防火主管机关", "防火机关"]


def test_level_word_before_a_body_of_every_level() -> None:
    graph = _doc("第一条 省各民主党派要开展山林防火民主监督。省工商联要组织民营企业参与防火宣传。\n")
    assert holder_names(graph, 1) == {"省各民主党派", "省工商联"}
    assert _organ(graph, "省工商联")[0] == "provincial"
    assert _organ(graph, "省各民主党派") == ("provincial", "democratic_party")


def test_garrison_is_a_military_holder() -> None:
    graph = _doc("第一条 驻军和武警部队应当支援扑救重大山火。\n")
    assert holder_names(graph, 1) == {"驻军", "武警部队"}
    assert _organ(graph, "驻军") == ("central", "military")


def test_verbs_before_a_body_end_no_name() -> None:
    assert surfaces("扑火队员应当服从防火指挥机构的统一调度。") == ["防火指挥机构"]
    assert surfaces("建立平台,实现有关部门之间信息共享。") == ["有关部门"]
    assert surfaces("不得干扰护林管理单位执行任务。") == ["护林管理单位"]
    assert surfaces("应当征得县林业主管部门同意。") == ["县林业主管部门"]
    assert not any(s.startswith("整顿") for s in surfaces("及时整顿涣散的护林组织和护林管理单位。"))


def test_a_named_league_banner_or_sumu_is_at_its_suffix_level() -> None:
    graph = _doc(
        "第一条 呼伦贝尔盟行政公署应当统筹全盟山林防火。\n"
        "第二条 额尔古纳旗人民政府应当组织扑火队。\n"
        "第三条 巴彦查干苏木人民政府应当做好巡山工作。\n"
        "第四条 乌兰嘎查村民委员会应当协助巡山。\n"
    )
    assert _organ(graph, "呼伦贝尔盟行政公署") == ("municipal", "government")
    assert _organ(graph, "额尔古纳旗人民政府")[0] == "county"
    assert _organ(graph, "巴彦查干苏木人民政府")[0] == "township"
    assert holder_names(graph, 1) == {"呼伦贝尔盟行政公署"}


def test_a_department_listed_after_a_government_department_shares_its_government() -> None:
    graph = _doc("第一条 县级以上人民政府林业主管部门、应急管理部门应当定期开展防火检查。\n")
    assert holder_names(graph, 1) == {"县级以上人民政府林业主管部门", "县级以上人民政府应急管理部门"}
    # 其他有关部门 and a department with a body of its own keep theirs
    found = find_mentions("市人民政府林业主管部门、其他有关部门和县人民政府应急管理部门应当配合。", "provincial")
    assert [m.display or m.surface for m in found][-1] == "县人民政府应急管理部门"
    assert all(m.display != "市人民政府其他有关部门" for m in found)
