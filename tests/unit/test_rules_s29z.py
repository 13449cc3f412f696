"""The public a body organises to evaluate (组织居民代表对X的工作进行评议) is the evaluator: the organiser
gets no oversight edge; a body that evaluates in its own name still does.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某区街道工作规定"


def test_the_organised_public_evaluates_not_the_organiser() -> None:
    graph = document(
        "第一条 乡镇人民政府每年组织辖区村民代表对乡镇人民政府、县人民政府有关部门派驻机构的工作进行评议。", _TITLE
    )
    assert not edges(graph, "SUPERVISES")


def test_an_organisation_named_as_a_noun_draws_no_evaluation_edge_under_the_gate() -> None:
    graph = document("第一条 县人民政府应当邀请专业组织、社会公众参与，对乡镇人民政府的工作进行评议。", _TITLE)
    # session 38 gate: 评议 is no README trigger
    assert ("县人民政府", "乡镇人民政府") not in edges(graph, "SUPERVISES")
