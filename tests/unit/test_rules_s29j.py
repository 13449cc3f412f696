"""Round 97 (rfrec): lists of kinds of unit that open with 有关国家机关 or end with 国有企事业单位 name
one holder per kind (genre rule 2), so no kind after the first is lost."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

TITLE = "某市预防犯罪工作条例"


def test_short_state_owned_units_end_a_list_of_kinds() -> None:
    graph = document("第一条 国家机关、人民团体、国有企事业单位应当建立内部监督制度。", TITLE)
    assert holder_names(graph, 1) == {"国家机关", "人民团体", "国有企事业单位"}


def test_relevant_state_organs_open_a_list_of_kinds() -> None:
    body = "第一条 有关国家机关、人民团体和其他社会组织应当加强宣传教育。\n第二条 有关国家机关应当及时答复。"
    graph = document(body, TITLE)
    assert holder_names(graph, 1) == {"有关国家机关", "人民团体", "社会组织"}
    assert holder_names(graph, 2) == {"有关国家机关"}
    assert "国家机关" not in names(graph)  # one organ, the printed 有关 set


def test_function_department_after_or_its_belongs_to_each_listed_level() -> None:
    body = "第一条 市、县（市、区）人民政府或者其防汛指挥机构应当组织抢险救灾。"
    graph = document(body, "某市防汛条例")
    assert holder_names(graph, 1) == {
        "市人民政府",
        "县（市、区）人民政府",
        "市人民政府防汛指挥机构",
        "县（市、区）人民政府防汛指挥机构",
    }


def test_function_department_after_or_its_of_one_government_is_left_alone() -> None:
    graph = document("第一条 县人民政府或者其水行政主管部门应当组织抢险。", "某县防汛条例")
    assert "县人民政府水行政主管部门" not in holder_names(graph, 1)
