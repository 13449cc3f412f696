"""Round 100 (city regulations): rules on sentences written for these tests."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, organ_named


def test_level_list_departments_take_their_level_word() -> None:
    # 市、县（区）人民政府及其有关部门: each level's set is also named by its level word (县（区）有关部门),
    # the form city regulations print for it elsewhere
    graph = document(
        "第一条 市人民政府负责山塘保护工作。\n第二条 市、县（区）人民政府及其有关部门应当严格审批占用山塘的项目。",
        "某市山塘保护条例",
    )
    assert "市有关部门" in organ_named(graph, "市人民政府有关部门").aliases
    assert "县(区)有关部门" in organ_named(graph, "县（区）人民政府有关部门").aliases


def test_collective_government_departments_get_no_level_name() -> None:
    # 各级人民政府及其有关部门: no level word is printed, so no level-named form is made
    graph = document("第一条 各级人民政府及其有关部门应当做好山塘保护工作。", "某县山塘保护条例")
    assert not any(a.endswith("级有关部门") for a in organ_named(graph, "各级人民政府有关部门").aliases)


def test_place_qualified_subject_with_a_duty_verb() -> None:
    # 湖区范围内的乡镇人民政府负责… / …的村（居）民委员会协助…: the organs after the place's 的-phrase hold
    # the duty (no modal printed), not the holder carried from the article's first sentence
    graph = document(
        "第一条 市人民政府应当加强对湖泊保护工作的领导。\n"
        "湖区范围内的乡镇人民政府负责本辖区的湖泊保护工作。\n"
        "湖区范围内的村（居）民委员会协助乡镇人民政府开展湖泊保护工作。",
        "某市湖泊保护条例",
    )
    assert holders_of_duty(graph, "负责本辖区的湖泊保护工作") == {"乡镇人民政府"}
    assert holders_of_duty(graph, "开展湖泊保护工作") == {"村（居）民委员会"}
    assert ("村（居）民委员会", "乡镇人民政府") in edges(graph, "ASSISTS")


def test_qualified_subject_with_a_liability_verb_is_not_read() -> None:
    # 参与决策的有关部门承担…责任: 承担 is no subject verb after a 的-phrase (a liability statement), so the
    # organ after the phrase is not made the holder by this rule
    graph = document(
        "第一条 市人民政府应当加强对湖泊保护工作的领导。\n参与决策的有关部门承担相应责任。",
        "某市湖泊保护条例",
    )
    assert "有关部门" not in holders_of_duty(graph, "承担相应责任")
