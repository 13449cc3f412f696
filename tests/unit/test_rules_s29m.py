"""Relation rules (s29m), each on a sentence written for this file (not from the seeds, the dev documents
or the corpus): a level's department known by its short name (市林业主管部门) and printed inside its
government's name only later (市和县（区）人民政府及其林业主管部门) sits in that government (explicit)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, organ_id


def _doc(body: str, title: str = "某市清溪河保护条例") -> DocumentGraph:
    return document(body, title)


def _part_of(graph: DocumentGraph) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in graph.relations if r.type == "PART_OF"}


def test_a_short_named_department_tied_to_its_government_later_sits_in_it() -> None:
    graph = _doc(
        "第一条 市林业主管部门负责清溪河沿岸林地的保护管理。\n"
        "第二条 市林业主管部门应当编制沿岸林地保护规划。\n"
        "第三条 市林业主管部门应当建立护林巡查制度。\n"
        "第四条 市和县（区）人民政府及其林业主管部门应当组织开展护林宣传。\n"
    )
    department, government = organ_id(graph, "市林业主管部门"), organ_id(graph, "市人民政府")
    assert (department, government) in _part_of(graph), _part_of(graph)
    edge = next(r for r in graph.relations if (r.source, r.target) == (department, government))
    assert not edge.implicit and edge.article == 1


def test_a_bare_department_beside_the_tie_stays_out_of_the_government() -> None:
    graph = _doc(
        "第一条 林业主管部门负责清溪河沿岸林地的保护管理。\n"
        "第二条 林业主管部门应当建立护林巡查制度。\n"
        "第三条 市人民政府及其林业主管部门应当组织开展护林宣传。\n"
    )
    bare = organ_id(graph, "林业主管部门")
    assert not [edge for edge in _part_of(graph) if edge[0] == bare], _part_of(graph)


def test_no_edge_to_a_government_printed_only_inside_department_names() -> None:
    graph = _doc(
        "第一条 市林业主管部门负责清溪河沿岸林地的保护管理。\n"
        "第二条 市林业主管部门应当建立护林巡查制度。\n"
        "第三条 市、县级人民政府林业主管部门应当组织开展护林宣传。\n"
    )
    department = organ_id(graph, "市林业主管部门")
    assert not [edge for edge in _part_of(graph) if edge[0] == department], _part_of(graph)
