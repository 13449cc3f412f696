"""Organ and holder rules of the 党政同责 责任制 genre beyond the seeds' vocabulary: the township pair written
with the street's bodies (in brackets or after 、), 村(社区)“两委”, 自治区/盟/旗/苏木/嘎查 level words and
河湖长 tiers, a position list sharing its levels, 组织(人事)部门, government commissions named with 委,
领导班子其他成员 and 党政领导干部, and numbered items that open with their own holder. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

import unicodedata

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names, organ_named


def _doc(body: str, title: str = "江苏省党政领导干部防灾减灾责任制实施细则") -> DocumentGraph:
    return document(body, title)


def test_bracketed_township_pair_is_one_township_body() -> None:
    graph = _doc(
        "第一条 乡镇（街道）党（工）委和政府（办事处）负责本辖区防灾减灾工作。\n"
        "第二条 各级党委（党工委）和政府（办事处）应当将防灾减灾纳入发展规划。\n"
    )
    pair = organ_named(graph, "乡镇（街道）党（工）委和政府（办事处）")
    assert pair.level == "township" and pair.kind == "party_and_government"
    assert holder_names(graph, 2) == {"各级党委（党工委）和政府（办事处）"}
    assert "各级党委" not in names(graph)


def test_bracketed_government_head_takes_its_roles() -> None:
    graph = _doc("第一条 各级政府（办事处）主要负责人组织开展防灾减灾检查。\n")
    assert holder_names(graph, 1) == {"各级政府（办事处）主要负责人"}


def test_definition_may_hold_a_level_word_in_brackets() -> None:
    graph = _doc(
        "第一条 村（社区）党组织和村（居）民委员会（以下简称村（社区）“两委”）应当协助做好灾情报告工作。\n"
        "第二条 村（社区）“两委”应当组织群众转移避险。\n"
    )
    assert holder_names(graph, 1) == holder_names(graph, 2) == {"村（社区）“两委”"}
    assert organ_named(graph, "村（社区）“两委”").level == "village"


def test_township_pair_with_street_committee_and_office_is_one_body() -> None:
    graph = _doc(
        "第一条 苏木乡镇党委和政府、街道党工委和办事处负责本区域防灾减灾工作的具体落实。\n"
        "第二条 乡镇党委和政府、街道党工委和办事处应当组织应急演练。\n"
        "第三条 苏木乡镇人民政府、街道办事处应当明确承担防灾减灾工作的人员。\n"
    )
    assert holder_names(graph, 1) == {"苏木乡镇党委和政府、街道党工委和办事处"}
    assert len(holder_names(graph, 2)) == 1  # the same township pair, not 乡镇党委和政府 + 街道党工委
    assert "街道党工委" not in names(graph)
    assert organ_named(graph, "苏木乡镇人民政府、街道办事处").level == "township"


def test_all_levels_and_street_office_stay_two_bodies() -> None:
    graph = _doc("第一条 各级人民政府、街道办事处应当做好灾民安置工作。\n")
    assert holder_names(graph, 1) == {"各级人民政府", "街道办事处"}


def test_river_lake_chief_tiers_at_each_level() -> None:
    graph = _doc(
        "第一条 自治区级河湖长负责协调解决重大问题。\n"
        "第二条 苏木乡镇级河湖长每半月巡查不少于一次，嘎查村级河湖长每周巡查不少于一次。\n"
        "第三条 旗县级以上总河湖长每年召开总河湖长会议。\n",
        "内蒙古自治区河湖保护条例",
    )
    assert organ_named(graph, "自治区级河湖长").level == "provincial"
    assert holder_names(graph, 2) == {"苏木乡镇级河湖长", "嘎查村级河湖长"}
    assert organ_named(graph, "嘎查村级河湖长").level == "village"
    chiefs = organ_named(graph, "旗县级以上总河湖长")
    assert chiefs.collective and holder_names(graph, 3) == {"旗县级以上总河湖长"}


def test_position_list_after_level_list_stands_at_each_level() -> None:
    graph = _doc(
        "第一条 盟市、旗县（市、区）总河湖长、副总河湖长应当协调解决跨界问题。\n"
        "第二条 盟市级、旗县级河湖长负责组织巡查。\n",
        "内蒙古自治区河湖保护条例",
    )
    # a name built on a level word may print its brackets either way; compare them normalised
    held = {unicodedata.normalize("NFKC", name) for name in holder_names(graph, 1)}
    assert held == {"盟市总河湖长", "旗县(市、区)总河湖长", "盟市副总河湖长", "旗县(市、区)副总河湖长"}
    assert holder_names(graph, 2) == {"盟市级河湖长", "旗县级河湖长"}


def test_above_banner_county_collective() -> None:
    graph = _doc("第一条 旗县级以上人民政府应当保障河湖管护经费。\n", "内蒙古自治区河湖保护条例")
    government = organ_named(graph, "旗县级以上人民政府")
    assert government.collective and government.level == "provincial"


def test_organisation_personnel_department() -> None:
    graph = _doc(
        "第一条 组织（人事）部门应当将防灾减灾实绩作为干部考核的内容。\n"
        "第二条 各级组织部门应当加强干部培训。\n"
        "第三条 县人民政府应当组织部门开展联合检查。\n"
    )
    assert organ_named(graph, "组织（人事）部门").kind == "organisation_dept"
    assert holder_names(graph, 2) == {"各级组织部门"}
    assert holder_names(graph, 3) == {"县人民政府"}  # 组织 is the verb there


def test_commission_named_with_wei_is_a_department_not_the_party_committee() -> None:
    graph = _doc(
        "第一条 市委、市政府对全市防灾减灾工作负总责。\n第二条 市卫健委负责灾后防疫，市发展改革委负责灾后重建规划。\n"
    )
    commission = organ_named(graph, "市卫健委")
    assert commission.kind == "agency"
    assert "市发展改革委" in holder_names(graph, 2)
    assert "市卫健委" not in holder_names(graph, 1)
    # 中共 before a place's 委 names its party committee
    assert organ_named(_doc("第一条 中共某某市委负责统筹防灾减灾工作。\n"), "中共某某市委").kind == "party"


def test_corps_needs_its_level_word() -> None:
    graph = _doc("第一条 市消防救援总队负责灾害现场救援。\n")
    assert holder_names(graph, 1) == {"市消防救援总队"}


def test_leading_group_other_members_is_a_role_of_the_body() -> None:
    graph = _doc("第一条 县级以上地方各级党委和政府领导班子其他成员对分管领域的防灾减灾工作负领导责任。\n")
    role = organ_named(graph, "县级以上地方各级党委和政府领导班子其他成员")
    assert role.kind == "individual_role" and role.collective


def test_party_and_government_leaders_is_one_collective_role() -> None:
    graph = _doc("第一条 地方党政领导干部应当将防灾减灾工作作为年度述职的重要内容。\n")
    leaders = organ_named(graph, "地方党政领导干部")
    assert leaders.collective and leaders.kind == "individual_role"


def test_numbered_item_opening_with_an_organ_is_its_holder() -> None:
    graph = _doc(
        "第一条 市级有关部门按照下列分工履行防灾减灾职责：\n"
        "（一）市水利局负责水旱灾害防御；\n"
        "（二）市气象局应当做好灾害性天气预报预警；\n"
        "（三）组织灾情统计。\n"
    )
    holders = {frozenset(d.holders) for d in graph.duties if d.article == 1}
    assert frozenset({"t/市水利局"}) in holders
    assert frozenset({"t/市气象局"}) in holders


def test_numbered_item_naming_an_object_keeps_no_holder_of_its_own() -> None:
    graph = _doc(
        "第一条 防灾减灾考核的内容包括：\n（一）市人民政府重大部署落实情况；\n（二）县人民政府应急预案编制情况。\n"
    )
    assert "市人民政府" not in holder_names(graph, 1)
    assert "县人民政府" not in holder_names(graph, 1)


def test_qualifier_after_an_item_number_keeps_the_carried_holder() -> None:
    graph = _doc(
        "第一条 县应急管理局主要履行下列职责：\n"
        "（一）按照规定将检查中发现的党政领导干部应当追究责任的问题线索移送纪检监察机关。\n"
    )
    assert holder_names(graph, 1) == {"县应急管理局"}


def test_forestry_and_grassland_is_one_function_of_a_list() -> None:
    graph = _doc("第一条 市水利、林业和草原等部门应当做好灾害防治工作。\n")
    # the 水利 item is named as the genre names it (lead decision, round 27)
    assert holder_names(graph, 1) == {"市水行政主管部门", "市林业和草原部门"}


def test_committee_short_name_is_the_committee() -> None:
    graph = _doc(
        "第一条 市防灾减灾委员会（以下简称市减灾委会）负责统筹协调全市防灾减灾工作。\n"
        "第二条 市减灾委会应当每年组织防灾减灾考核。\n"
    )
    assert holder_names(graph, 1) == holder_names(graph, 2)
    assert len(holder_names(graph, 2)) == 1


def test_village_committee_short_names_are_village_bodies() -> None:
    graph = _doc("第一条 村委会、居委会应当协助做好灾情统计。\n")
    assert organ_named(graph, "村委会").level == "village"
    assert organ_named(graph, "居委会").kind == "government"


def test_post_after_dan_ren_is_named_without_the_verb() -> None:
    graph = _doc("第一条 县人民政府应当建立防灾减灾联席会议制度，由县长担任召集人。\n")
    assert not any("担任" in name for name in names(graph))


def test_problem_after_jie_jue_is_no_department() -> None:
    graph = _doc("第一条 市应急管理局负责研究解决跨部门的防灾减灾问题。\n")
    assert not any("解决" in name for name in names(graph))


def test_units_of_every_kind_are_one_organ_each() -> None:
    # round 53: the dev annotations split a list of unit kinds before 等单位 too (cq-zhishu, hy-baoyu)
    graph = _doc("第一条 机关、团体、企业、事业等单位应当落实防灾减灾责任。\n")
    assert holder_names(graph, 1) == {"机关", "团体", "企业", "事业单位"}
    assert "团体单位" not in names(graph)


def test_object_list_after_dui_is_not_the_subject() -> None:
    graph = _doc("第一条 市应急管理局负责灾害救助，依法对机关、团体等单位的应急准备进行检查。\n")
    assert holder_names(graph, 1) == {"市应急管理局"}


def test_higher_body_after_a_level_list_keeps_its_own_level() -> None:
    graph = document(
        "第一条 自治区人民政府应当督促盟市、旗县（市、区）和自治区有关部门落实防灾减灾责任。\n",
        "内蒙古自治区防灾减灾条例",
    )
    assert "盟市有关部门" not in names(graph)
    assert "自治区有关部门" in names(graph)
