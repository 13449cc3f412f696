"""Names of level-distributed members (市、县级X, 市、县党委和政府), a department named without its 主管
head beside its full name, 督学 as a role, and the functional departments printed after X及其. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named, surfaces


def test_shared_level_suffix_names_the_first_member() -> None:
    # 市、县级人民政府: 级 is shared by the list, so the first member is 市级人民政府
    graph = document("第一条 市、县级人民政府应当建立粮食储备制度。\n", "某省粮食储备条例")
    assert {"市级人民政府", "县级人民政府"} <= names(graph)


def test_county_level_city_keeps_its_name() -> None:
    # 县级市 is a place, not 县级 + 市: no 级 is carried to the member before it
    graph = document("第一条 市、县级市人民政府应当建立粮食储备制度。\n", "某省粮食储备条例")
    assert "市级市人民政府" not in names(graph)


def test_distributed_party_and_government_pair_is_named_by_its_level() -> None:
    graph = document("第一条 市、县党委和政府负责组织实施本地区粮食安全工作。\n", "某省粮食安全责任制规定")
    assert {"市级党委和政府", "县级党委和政府"} <= names(graph)
    assert "县党委和政府" in organ_named(graph, "县级党委和政府").aliases


def test_department_printed_without_its_head_folds_into_the_full_name() -> None:
    graph = document(
        "第一条 文化和旅游主管部门负责景区安全检查。\n第二条 公安、文化和旅游等部门应当建立联合检查机制。\n",
        "某省景区安全条例",
    )
    assert "文化和旅游部门" not in names(graph)
    assert holder_names(graph, 2) == {"公安部门", "文化和旅游主管部门"}


def test_education_inspector_is_a_role() -> None:
    assert surfaces("督学应当如实记录督导情况。") == ["督学"]
    assert surfaces("责任督学每学期对幼儿园开展督导。") == ["责任督学"]


def test_supervising_a_school_names_no_inspector() -> None:
    # 监督学校 / 监督学生 hold the two characters of 督学 but name no one
    assert surfaces("县级人民政府应当监督学校落实食品安全制度。") == ["县级人民政府"]
    assert surfaces("班主任应当监督学生按时就寝。") == []


def test_full_time_inspector_is_the_inspector() -> None:
    graph = document("第一条 专职督学应当每月开展督导。\n第二条 督学应当保守秘密。\n", "某省教育督导办法")
    assert "专职督学" not in names(graph)
    assert "专职督学" in organ_named(graph, "督学").aliases


def test_departments_after_jiqi_belong_to_the_government() -> None:
    graph = document(
        "第一条 县级以上人民政府及其卫生健康主管部门、市场监督管理部门应当组织开展食品安全宣传。\n",
        "某省食品安全宣传条例",
    )
    expected = {"县级以上人民政府", "县级以上人民政府卫生健康主管部门", "县级以上人民政府市场监督管理部门"}
    assert holder_names(graph, 1) == expected
    assert ("县级以上人民政府卫生健康主管部门", "县级以上人民政府") in edges(graph, "PART_OF")


def test_departments_after_a_list_of_governments_are_left_alone() -> None:
    # 市、县人民政府及其X部门: a list of bodies owns the departments level by level, not the last one alone
    graph = document("第一条 市、县人民政府及其民政部门应当做好救助工作。\n", "某省救助条例")
    assert {"市人民政府民政部门", "县人民政府民政部门"} <= names(graph)  # one per level (round 78)
