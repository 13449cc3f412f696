"""Organ rules of session 20 (round d): a 、 list of the kinds of unit that make up society names one
body per kind (其他社会组织 is 社会组织), never before 等, the units' staff or more items of other kinds;
水利 in a department list is the 水行政主管部门; the mass organisations beside the 工会 are bodies of their own;
the national laws' 乡、民族乡、镇的人民政府 is one township government.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, organ_named, surfaces


def test_a_list_of_unit_kinds_gives_one_holder_per_kind() -> None:
    body = "第一条 机关、团体、部队、企业事业单位和其他社会组织应当组织本单位人员学习节能知识。\n"
    graph = document(body, "某省节能宣传条例")
    assert holder_names(graph, 1) == {"机关", "团体", "部队", "企业事业单位", "社会组织"}
    assert organ_named(graph, "部队").kind == "military"


def test_the_last_kind_may_be_other_organisations() -> None:
    body = "第一条 国家机关、社会团体、企业、事业单位及其他组织应当按时报送能耗数据。\n"
    graph = document(body, "某市能耗统计办法")
    assert holder_names(graph, 1) == {"国家机关", "社会团体", "企业", "事业单位", "其他组织"}


def test_unit_kinds_that_only_qualify_are_no_list() -> None:
    # before 职工 the kinds qualify the persons; 行政机关 is one name (before 等单位 they are a list: round 53)
    assert "团体" not in surfaces("机关、团体职工应当参加节能培训。")
    assert "团体" not in surfaces("行政机关、团体应当公开节能信息。")
    # a list running on into a body of another kind is left to that body's reading
    assert "团体" not in surfaces("机关、团体、居民委员会应当配合节能检查。")


def test_shuili_in_a_department_list_is_the_water_department() -> None:
    body = (
        "第一条 县级以上地方人民政府交通、水利等有关部门负责堤防工程的监督管理。\n"
        "第二条 县级以上地方人民政府水行政主管部门应当编制堤防维护计划。\n"
    )
    graph = document(body, "某省堤防管理条例")
    assert holder_names(graph, 1) == {"县级以上地方人民政府交通部门", "县级以上地方人民政府水行政主管部门"}
    # the list's item and the department printed alone are one organ
    assert holder_names(graph, 2) == {"县级以上地方人民政府水行政主管部门"}


def test_mass_organisations_are_holders_of_their_own() -> None:
    body = "第一条 工会、共产主义青年团、妇女联合会、残疾人联合会等团体应当协助做好助残服务。\n"
    graph = document(body, "某市助残服务条例")
    assert holder_names(graph, 1) == {"工会", "共产主义青年团", "妇女联合会", "残疾人联合会"}
    assert organ_named(graph, "妇女联合会").level == "social"


def test_the_township_category_of_national_laws_is_one_government() -> None:
    body = "第一条 乡、民族乡、镇的人民政府应当组织村民修缮灌溉沟渠。\n"
    graph = document(body, "某灌溉设施保护条例")
    assert holder_names(graph, 1) == {"乡、民族乡、镇的人民政府"}
    assert organ_named(graph, "乡、民族乡、镇的人民政府").level == "township"
