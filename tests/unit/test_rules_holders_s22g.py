"""Holder rules of session 22 (round g, r33): a place word (事发地的 / X所在地) before the subject of a
later piece (…时，事发地的Y应当…) names no body, Y bears the duty. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某市古树名木保护条例"


def test_a_place_before_the_subject_of_a_later_piece() -> None:
    body = "第一条 市园林主管部门负责古树名木保护工作。古树出现枯萎时，事发地的区人民政府应当组织抢救。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "组织抢救") == {"区人民政府"}


def test_a_noun_and_its_place_before_the_subject_of_a_later_piece() -> None:
    body = "第一条 市园林主管部门负责古树名木保护工作。需要移植古树的，古树所在地的区人民政府应当组织论证。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "组织论证") == {"区人民政府"}
