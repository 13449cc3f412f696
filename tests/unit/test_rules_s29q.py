"""Rules of round 97 (city regulations naming one of their places): a bare level word joined by 、 to a
named place's government (市、青川县人民政府) is the document's own government of that level, sharing the
head and any function list after it, as the reverse shape (甲市及流域有关县级人民政府, test_rules_s29e) does.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, organ_named

_TITLE = "云岭市青湖保护条例"


def test_level_word_and_named_place_share_one_government() -> None:
    graph = document("第一条 市、青川县人民政府应当将青湖保护经费纳入本级财政预算。", _TITLE)
    assert holders_of_duty(graph, "保护经费") == {"市人民政府", "青川县人民政府"}


def test_level_word_and_named_place_share_a_function_list() -> None:
    graph = document("第一条 市、青川县人民政府林业、水利等行政主管部门应当按照各自职责做好青湖保护工作。", _TITLE)
    holders = holders_of_duty(graph, "青湖保护工作")
    assert holders == {
        "市人民政府林业部门",
        "市人民政府水行政主管部门",
        "青川县人民政府林业部门",
        "青川县人民政府水行政主管部门",
    }
    assert ("市人民政府林业部门", "市人民政府") in edges(graph, "PART_OF")
    assert ("青川县人民政府林业部门", "青川县人民政府") in edges(graph, "PART_OF")


def test_each_place_department_is_also_named_by_its_place_and_printed_head() -> None:
    graph = document("第一条 市、青川县人民政府林业、水利等行政主管部门应当做好青湖保护工作。", _TITLE)
    assert "市林业行政主管部门" in organ_named(graph, "市人民政府林业部门").aliases
    assert "青川县林业行政主管部门" in organ_named(graph, "青川县人民政府林业部门").aliases


def test_level_word_after_an_agent_marker() -> None:
    graph = document("第一条 造成青湖水体污染的，由市、青川县人民政府责令限期治理。", _TITLE)
    assert holders_of_duty(graph, "限期治理") == {"市人民政府", "青川县人民政府"}


def test_level_word_inside_a_word_or_at_the_place_level_is_no_government() -> None:
    graph = document("第一条 在城市、青川县人民政府划定的区域内，青川县人民政府应当设置警示标志。", _TITLE)
    assert "市人民政府" not in names(graph)
    graph = document("第一条 乡、青溪乡人民政府应当组织巡查。", _TITLE)
    assert "乡人民政府" not in names(graph)
