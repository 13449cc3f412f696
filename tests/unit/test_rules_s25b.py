"""SUPERVISES of round 51: X将…纳入Y(党政)领导班子和领导干部…考核 is X's oversight of Y's 党委和政府 pair,
when the document names that pair; the phrase alone makes no node, and a subjectless sentence no edge.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市护林责任制实施办法"
_PAIR = "第一条 县（区）党委和政府对本行政区域护林工作负总责。\n"


def test_a_leading_group_review_supervises_the_place_pair() -> None:
    body = _PAIR + "第二条 市委组织部负责将护林目标责任制落实情况纳入县（区）党政领导班子和领导干部年度考核内容。"
    assert ("市委组织部", "县（区）党委和政府") in edges(document(body, _TITLE), "SUPERVISES")


def test_the_phrase_makes_no_pair_of_its_own() -> None:
    body = "第一条 市委组织部负责将护林目标责任制落实情况纳入县（区）党政领导班子和领导干部年度考核内容。"
    graph = document(body, _TITLE)
    assert "县（区）党委和政府" not in names(graph)
    assert not edges(graph, "SUPERVISES")


def test_a_subjectless_review_gives_no_edge() -> None:
    body = _PAIR + "第二条 护林工作纳入县（区）党政领导班子和领导干部年度考核内容。"
    assert not edges(document(body, _TITLE), "SUPERVISES")
