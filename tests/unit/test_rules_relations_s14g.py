"""Relation rules of session 14 (按照管理权限 as a noun, 对属于X受理的事项), each on a sentence
written for the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省投诉举报处理办法") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_powers_noun_is_no_oversight() -> None:
    graph = _doc("第一条 省人民政府投诉中心对涉及监察机关的举报，应当按照管理权限移送有关监察机关办理。\n")
    assert not any(target == "监察机关" for _, target in edges(graph, "SUPERVISES"))


def test_powers_noun_leaves_the_real_verb() -> None:
    graph = _doc("第一条 省人民政府应当按照监督权限检查市人民政府的工作。\n")
    assert ("省人民政府", "市人民政府") in edges(graph, "SUPERVISES")


def test_receiving_body_is_no_fronted_object() -> None:
    graph = _doc("第一条 省人民政府投诉中心对属于审计机关受理的事项，应当进行核查。\n")
    assert not edges(graph, "SUPERVISES")
