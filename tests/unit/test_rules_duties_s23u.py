"""Holder rules of session 23 (round 48, duties): a subject list closed by its set (A、B等有关部门)
and continued by 和/以及/及 with one more organ (…等有关部门和C应当…) has C as a holder too. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某市资金监督办法"


def test_organ_joined_after_the_set_of_a_list_holds_the_duty() -> None:
    body = "第一条 市财政局、市审计局等有关部门和市税务局按照各自职责，做好资金监督工作。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "做好资金监督") == {"市财政局", "市审计局", "市税务局"}


def test_organ_joined_by_yiji_after_the_set_holds_the_duty() -> None:
    body = "第一条 市教育局、市民政局等行业主管部门以及市总工会应当做好困难职工帮扶工作。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "帮扶") == {"市教育局", "市民政局", "市总工会"}


def test_set_closing_the_list_alone_adds_no_holder() -> None:
    body = "第一条 市财政局、市审计局等有关部门应当做好资金监督工作。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "资金监督") == {"市财政局", "市审计局"}
