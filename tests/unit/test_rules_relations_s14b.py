"""REPORTS_TO rule of session 14b (a proposal that an organ sanction someone is a submission to it), on
sentences written for the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某市湿地保护条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_sanction_proposal_to_an_organ_is_no_report_under_the_gate() -> None:
    graph = _doc("第一条 市林业主管部门发现破坏湿地行为的，应当依法查处，并向市监察机关提出给予有关人员处分的建议。\n")
    # session 38 gate: 提出…建议 is no README trigger
    assert ("市林业主管部门", "市监察机关") not in edges(graph, "REPORTS_TO")


def test_advice_to_an_organ_is_no_report() -> None:
    graph = _doc("第一条 市林业主管部门可以向市监察机关提出加强湿地宣传的建议。\n")
    assert ("市林业主管部门", "市监察机关") not in edges(graph, "REPORTS_TO")
