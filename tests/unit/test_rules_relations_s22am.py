"""Relation rules of round 42 (the carried source of an approval clause), each on a sentence written for
the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, edges, holder_names


def _doc(body: str, title: str = "某市古树名木保护条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_thing_sent_for_approval_after_a_norm_is_the_makers_report() -> None:
    graph = _doc(
        "第一条 市园林绿化主管部门组织编制古树名木保护目录。"
        "编制保护目录应当听取专家意见。保护目录报市人民政府批准后公布。\n"
    )
    assert ("市园林绿化主管部门", "市人民政府") in edges(graph, "REPORTS_TO")
    assert holder_names(graph, 1) == {"市园林绿化主管部门"}


def test_filing_after_a_norm_is_the_makers_report() -> None:
    graph = _doc(
        "第一条 区园林绿化主管部门制定古树养护方案。养护方案应当明确养护责任人。养护方案报市园林绿化主管部门备案。\n"
    )
    assert ("区园林绿化主管部门", "市园林绿化主管部门") in edges(graph, "REPORTS_TO")


def test_norm_after_the_submission_holds_no_duty_again() -> None:
    graph = _doc(
        "第一条 市园林绿化主管部门组织编制古树名木保护目录。"
        "编制保护目录应当听取专家意见。保护目录报市人民政府批准后公布。\n\n"
        "公布的保护目录，应当载明树种、树龄和位置。\n"
    )
    assert not any("载明树种" in text for text in duty_texts(graph))


def test_submission_with_no_norm_before_it_is_unchanged() -> None:
    graph = _doc("第一条 古树名木保护目录报市人民政府批准后公布。\n")
    assert edges(graph, "REPORTS_TO") == set()
