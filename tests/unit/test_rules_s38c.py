"""Round 121 (water rules): a one-character county (岱县) opening a 、 list of named places after a joiner,
and a department printed after a list of named places (甲区、乙区人民政府水行政主管部门), which each place's
government holds. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "临江市清河保护条例"


def test_a_one_character_county_opens_a_list_of_named_places() -> None:
    graph = document("第四条 市人民政府和岱县、滑县人民政府应当做好清河保护工作。", _TITLE)
    assert holders_of_duty(graph, "清河保护") == {"市人民政府", "岱县人民政府", "滑县人民政府"}


def test_a_one_character_place_inside_a_word_opens_no_list() -> None:
    graph = document("第四条 东丘市、西湖区人民政府应当做好清河保护工作。", _TITLE)
    assert "丘市人民政府" not in holders_of_duty(graph, "清河保护")


def test_a_department_after_a_list_of_named_places_is_each_places() -> None:
    graph = document("第四条 东川区、西湖区人民政府水行政主管部门应当做好清河巡查工作。", _TITLE)
    assert holders_of_duty(graph, "清河巡查") == {
        "东川区人民政府水行政主管部门",
        "西湖区人民政府水行政主管部门",
    }
    assert ("东川区人民政府水行政主管部门", "东川区人民政府") in edges(graph, "PART_OF")
    assert ("西湖区人民政府水行政主管部门", "西湖区人民政府") in edges(graph, "PART_OF")


def test_a_set_of_departments_after_named_places_of_two_levels() -> None:
    graph = document("第五条 临江市、东川区人民政府有关部门应当按照职责做好清河保护工作。", _TITLE)
    holders = holders_of_duty(graph, "清河保护")
    assert "东川区人民政府有关部门" in holders
    assert len(holders) == 2
