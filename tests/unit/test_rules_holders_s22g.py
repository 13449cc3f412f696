"""Holder rules of session 22 (round g, r33): a place word (事发地的 / X所在地) before the subject of a
later piece (…时，事发地的Y应当…) names no body, Y bears the duty; 有条件的X可以… qualifies its subject X.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

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


def test_a_condition_qualifies_the_subject_of_a_permission() -> None:
    body = "第一条 区园林主管部门应当建立古树名木档案，有条件的街道办事处可以建立古树巡查台账。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "建立古树巡查台账") == {"街道办事处"}
