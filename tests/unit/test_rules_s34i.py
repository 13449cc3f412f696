"""Round 108 (liabilities): the body or role a SUPERVISES edge sanctions (约谈/处分/责令改正/通报批评…, the
modes in ``sanctioned_target_modes``) is named to be sanctioned, a liability beside the sanctioning body's
edge; an oversight that sanctions no one (督促/考核) makes no liability. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, short

_TITLE = "某某市湿地保护责任制规定"


def _liable(graph: DocumentGraph) -> set[tuple[str, int]]:
    return {(short(li.organ), li.article) for li in graph.liabilities}


def test_the_role_summoned_for_a_talk_is_liable() -> None:
    graph = document(
        "第三条 市人民政府负责全市湿地保护工作。\n"
        "第九条 县人民政府湿地保护工作不力的，市人民政府可以约谈县人民政府主要负责人，并督促其整改。",
        _TITLE,
    )
    assert ("市人民政府", "县人民政府主要负责人") in edges(graph, "SUPERVISES")
    assert ("县人民政府主要负责人", 9) in _liable(graph)
    liability = next(li for li in graph.liabilities if short(li.organ) == "县人民政府主要负责人")
    assert "约谈" in liability.evidence and liability.evidence in graph.articles[1].text


def test_an_oversight_that_sanctions_no_one_makes_no_liability() -> None:
    graph = document(
        "第三条 市人民政府负责全市湿地保护工作。\n第九条 市人民政府应当督促县人民政府落实湿地保护责任。",
        _TITLE,
    )
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")
    assert not graph.liabilities
