"""Collective rules of round 49: X部门和其他有关部门 names the other departments of X's own body or
level (the level's 有关部门 set where the document names one), not the set of every level.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty


def test_other_departments_after_a_level_department_are_that_level_set() -> None:
    graph = document(
        "第一条 市文旅主管部门和其他有关部门应当做好古村落的巡查工作。\n"
        "第二条 市人民政府有关部门应当按照职责做好古村落保护工作。\n"
        "第三条 有关部门应当及时处理古村落保护的投诉。",
        "某市古村落保护条例",
    )
    assert holders_of_duty(graph, "巡查工作") == {"市文旅主管部门", "市人民政府有关部门"}
    assert holders_of_duty(graph, "及时处理") == {"有关部门"}


def test_other_departments_after_a_government_department_take_its_government() -> None:
    graph = document(
        "第一条 县级以上人民政府文旅主管部门和其他有关部门应当做好古村落的巡查工作。\n"
        "第二条 县级以上人民政府有关部门应当按照职责做好古村落保护工作。\n"
        "第三条 有关部门应当及时处理古村落保护的投诉。",
        "某省古村落保护条例",
    )
    assert holders_of_duty(graph, "巡查工作") == {"县级以上人民政府文旅主管部门", "县级以上人民政府有关部门"}


def test_other_departments_after_a_bare_or_placed_department_stay_the_bare_set() -> None:
    graph = document(
        "第一条 文旅主管部门和其他有关部门应当做好古村落的巡查工作。\n"
        "第二条 沿江县文旅主管部门和其他有关部门应当做好古村落的修缮工作。\n"
        "第三条 市人民政府有关部门应当按照职责做好古村落保护工作。\n"
        "第四条 有关部门应当及时处理古村落保护的投诉。",
        "某市古村落保护条例",
    )
    assert "有关部门" in holders_of_duty(graph, "巡查工作")
    assert "有关部门" in holders_of_duty(graph, "修缮工作")
