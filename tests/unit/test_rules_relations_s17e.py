"""Relation rules of session 17e, in the genre's own words. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某市耕地保护责任制实施办法") -> DocumentGraph:
    return document(body, title)


def test_the_body_that_found_the_problems_is_not_overseen() -> None:
    # 对X巡查中发现的问题实行台账管理: X found the problems; the problems are managed, X is no object
    graph = _doc("第一条 市耕地保护办公室对县自然资源局巡查中发现的问题实行台账管理。\n")
    assert ("市耕地保护办公室", "县自然资源局") not in edges(graph, "SUPERVISES")


def test_the_body_that_raised_the_problems_is_not_overseen() -> None:
    graph = _doc("第一条 市耕地保护办公室对县自然资源局反映的问题进行督办。\n")
    assert ("市耕地保护办公室", "县自然资源局") not in edges(graph, "SUPERVISES")


def test_the_body_whose_work_is_checked_stays_overseen() -> None:
    # 对X落实…情况进行督查: X itself is checked
    graph = _doc("第一条 市耕地保护办公室对县自然资源局落实整改情况进行督查。\n")
    assert ("市耕地保护办公室", "县自然资源局") in edges(graph, "SUPERVISES")
