"""Round 140 (the dev documents with the lowest organ F1): causes shared by several of them. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某省候鸟保护条例"


def test_a_reference_clause_that_names_its_body_is_that_bodys_duty() -> None:
    graph = document(
        "第五条 县级以上人民政府林业主管部门负责本行政区域候鸟保护的监督管理。\n"
        "第六条 候鸟疫病的监测，由县级以上人民政府林业主管部门依照国家有关规定执行。",
        _TITLE,
    )
    assert holders_of_duty(graph, "候鸟疫病的监测") == {"县级以上人民政府林业主管部门"}


def test_a_reference_clause_without_a_body_stays_no_duty() -> None:
    graph = document(
        "第五条 县级以上人民政府林业主管部门负责本行政区域候鸟保护的监督管理。\n"
        "第六条 候鸟栖息地的划定，按照国家有关规定执行。",
        _TITLE,
    )
    assert not any("栖息地的划定" in text for text in duty_texts(graph))
