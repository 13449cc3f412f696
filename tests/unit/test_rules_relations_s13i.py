"""Relation rules of session 13 (round i): a set of 有关部门 printed with a level word sits in that
level's 党委和政府 pair (implicit); printed without one (bare 有关部门) it sits nowhere.
On sentences written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str) -> DocumentGraph:
    return document(body, "某省耕地保护责任制实施办法")


def test_level_departments_sit_in_the_pair() -> None:
    graph = _doc("第一条 省委、省政府对全省耕地保护工作负总责。\n第二条 省有关部门按照职责分工做好耕地保护工作。\n")
    assert ("省有关部门", "省委、省政府") in edges(graph, "PART_OF")


def test_departments_without_a_level_sit_nowhere() -> None:
    graph = _doc(
        "第一条 省委、省政府对全省耕地保护工作负总责。\n"
        "第二条 省人民政府应当每年组织耕地保护检查。\n"
        "第三条 有关部门按照职责分工做好耕地保护工作。\n"
    )
    assert not [t for s, t in edges(graph, "PART_OF") if s == "有关部门"]
