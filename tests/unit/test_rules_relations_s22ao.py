"""Relation rules of round 42 (an applicant printed in the target's sentence though read as no mention
there), each on a sentence written for the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某市城市供热条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_actor_opening_a_condition_applies_to_the_department() -> None:
    graph = _doc(
        "第一条 市供热行政主管部门负责本市供热管理工作。\n"
        "第二条 供热经营企业应当保证供热质量。\n"
        # session 38 gate: 提出申请 is no README trigger; the condition's actor is read on a printed 报告
        "供热经营企业暂停供热的，应当提前三十日向供热行政主管部门书面报告。\n"
    )
    assert ("供热经营企业", "供热行政主管部门") in edges(graph, "REPORTS_TO")


def test_actor_carried_from_an_earlier_sentence_applies_to_no_one() -> None:
    graph = _doc(
        "第一条 市供热行政主管部门负责本市供热管理工作。\n"
        "第二条 供热经营企业应当保证供热质量。\n"
        "暂停供热的，应当提前三十日向供热行政主管部门提出书面申请。\n"
    )
    assert ("供热经营企业", "供热行政主管部门") not in edges(graph, "REPORTS_TO")
