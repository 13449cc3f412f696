"""Round 129 (REPORTS_TO precision and recall): a report to a body printed only by the relative words
(报上一级X备案, where X is a node of its own) is an explicit edge to that node, as printed; a report to a
body of a level the text names (上一级人民政府 seen from the county, resolved to the city) stays level
arithmetic (implicit). Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某县林长制工作规定"


def _reports(graph: DocumentGraph, source_end: str, target: str) -> list[bool]:
    """The implicit flags of the REPORTS_TO edges from a source ending in ``source_end`` to ``target``."""
    return [
        r.implicit
        for r in graph.relations
        if r.type == "REPORTS_TO" and short(r.source).endswith(source_end) and short(r.target) == target
    ]


def test_a_report_to_a_node_named_only_by_relative_words_is_explicit() -> None:
    graph = document(
        "第五条 各级林长制办公室负责林长制的组织实施。"
        "第六条 林长调整的，所在地林长制办公室应当在调整后五个工作日内报上一级林长制办公室备案。",
        _TITLE,
    )
    flags = _reports(graph, "林长制办公室", "上一级林长制办公室")
    assert flags and not any(flags)
