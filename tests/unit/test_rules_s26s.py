"""Round 78 (level lists with 及其): sentences written for these rules, not taken from any document."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, organ_named


def test_a_level_list_owns_one_department_per_level_after_its_and() -> None:
    # 市、县（区）人民政府及其X主管部门: each listed government's own X department, PART_OF it
    graph = document(
        "第一条 市、县（区）人民政府及其文化旅游主管部门应当加强古村落保护。",
        "某市古村落保护条例",
    )
    holders = holder_names(graph, 1)
    assert {"市人民政府文化旅游主管部门", "县（区）人民政府文化旅游主管部门"} <= holders
    assert "文化旅游主管部门" not in holders
    part_of = edges(graph, "PART_OF")
    assert ("市人民政府文化旅游主管部门", "市人民政府") in part_of
    assert ("县（区）人民政府文化旅游主管部门", "县（区）人民政府") in part_of
    # the level word and the function, as a later article would print the level's department
    assert "市文化旅游主管部门" in organ_named(graph, "市人民政府文化旅游主管部门").aliases


def test_every_function_listed_after_the_and_is_split_by_level() -> None:
    # 市、县人民政府及其X、Y主管部门: the second function belongs to each level too
    graph = document(
        "第一条 市、县人民政府及其防汛指挥机构、应急管理部门应当做好汛期值守。",
        "某市防汛条例",
    )
    holders = holder_names(graph, 1)
    assert {"市人民政府应急管理部门", "县人民政府应急管理部门"} <= holders
    assert "应急管理部门" not in holders


def test_a_single_government_keeps_its_own_departments() -> None:
    # 县人民政府及其X部门 (one body): unchanged, the department of that one government
    graph = document("第一条 县人民政府及其林业主管部门应当组织护林巡查。", "某县护林条例")
    assert "县人民政府林业主管部门" in holder_names(graph, 1)


def test_a_place_phrase_before_the_owner_keeps_the_level_list() -> None:
    # 市、X所在地县级人民政府A、B等部门: the bare 市 before the placed government still owns each item
    graph = document(
        "第一条 市、古运河所在地县级人民政府文化旅游、交通运输等部门应当加强巡查。",
        "某某市古运河保护条例",
    )
    holders = holder_names(graph, 1)
    assert {"市人民政府文化旅游部门", "市人民政府交通运输部门"} <= holders
    assert ("市人民政府交通运输部门", "市人民政府") in edges(graph, "PART_OF")
