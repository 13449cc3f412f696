"""PART_OF rules of round 91: a set of departments printed inside the name of a government read as a set
(当地人民政府有关部门) sits in that government. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names


def test_related_departments_of_a_local_government_sit_in_it() -> None:
    graph = document(
        "第一条 当地人民政府应当组织古桥的日常巡查。\n第二条 当地人民政府有关部门应当按照职责做好古桥的修缮工作。",
        "某市古桥保护办法",
    )
    assert ("当地人民政府有关部门", "当地人民政府") in edges(graph, "PART_OF")


def test_one_named_department_of_a_local_government_gets_no_such_edge() -> None:
    graph = document(
        "第一条 当地人民政府应当组织古桥的日常巡查。\n第二条 当地人民政府文物部门应当做好古桥的修缮工作。",
        "某市古桥保护办法",
    )
    assert "当地人民政府文物部门" in names(graph)
    assert ("当地人民政府文物部门", "当地人民政府") not in edges(graph, "PART_OF")
