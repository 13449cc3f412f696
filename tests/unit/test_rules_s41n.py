"""Round 130 (admonitory talks and their back-references): the rectification report of the bodies an
earlier 约谈 named (被约谈单位应当…提交整改报告) that prints no receiver goes to whoever held the talk, as
an implicit edge. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市节约用水责任制规定"


def _reports(graph: DocumentGraph) -> dict[tuple[str, str], bool]:
    return {(short(r.source), short(r.target)): r.implicit for r in graph.relations if r.type == "REPORTS_TO"}


def test_an_unaddressed_rectification_report_goes_to_the_interviewer() -> None:
    graph = document(
        "第二十条 节水目标未完成的，由市水务局约谈区人民政府主要负责人。被约谈单位应当在二十日内提交整改报告。",
        _TITLE,
    )
    assert _reports(graph).get(("区人民政府", "市水务局")) is True


def test_a_printed_receiver_keeps_its_own_edge_only() -> None:
    graph = document(
        "第二十条 节水目标未完成的，由市水务局约谈区人民政府主要负责人。"
        "被约谈单位应当在二十日内向市人民政府报告整改情况。",
        _TITLE,
    )
    reports = _reports(graph)
    assert reports.get(("区人民政府", "市人民政府")) is False
    assert ("区人民政府", "市水务局") not in reports


def test_a_plan_that_is_no_report_draws_no_edge() -> None:
    graph = document(
        "第二十条 节水目标未完成的，由市水务局约谈区人民政府主要负责人。被约谈单位应当在二十日内制定整改方案。",
        _TITLE,
    )
    assert ("区人民政府", "市水务局") not in _reports(graph)
