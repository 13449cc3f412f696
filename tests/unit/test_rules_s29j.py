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
