"""Accountability procedures of round 54: a 约谈 imposed after a condition that names its bodies
(对…的X，由Y约谈Z) keeps its own duty and edge when a graded sanction follows in the sentence
(；…严重的，由W通报批评), and 被约谈单位 answers for the bodies whose roles were interviewed, never for
an interviewed role that has no body of its own.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, holders_of_duty

_TITLE = "某市农田水利建设责任制规定"


def test_an_interview_after_a_named_condition_survives_a_graded_sanction() -> None:
    graph = document(
        "第一条 对农田水利建设滞后的县（区），由市水利局约谈县（区）人民政府主要负责人；"
        "情况严重的，由市人民政府给予通报批评。",
        _TITLE,
    )
    assert holders_of_duty(graph, "约谈") == {"市水利局"}
    assert ("市水利局", "县（区）人民政府主要负责人") in edges(graph, "SUPERVISES")
    assert holders_of_duty(graph, "通报批评") == {"市人民政府"}


def test_interviewed_units_are_the_bodies_of_the_roles_interviewed() -> None:
    graph = document(
        "第一条 水利设施管护不到位的，由市水利局约谈县（区）林长、有关部门主要负责人。"
        "被约谈单位应当在十日内提交整改报告，报市水利局备案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "被约谈单位") == {"有关部门"}
    assert ("有关部门", "市水利局") in edges(graph, "REPORTS_TO")
    assert "县（区）林长" not in holder_names(graph, 1)
