"""Relation rules of session 13 (round h): X及其负责人 in an oversight frame (纳入对A和B及其负责人的考核)
adds each listed body's own head role to what is supervised, with the role's PART_OF to its body. On
sentences written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str) -> DocumentGraph:
    return document(body, "某县湖泊保护条例")


def test_own_head_of_each_listed_body_is_supervised() -> None:
    graph = _doc("第一条 县人民政府应当将湖泊保护目标完成情况纳入对有关部门和乡镇人民政府及其负责人的年度考核。\n")
    supervised = edges(graph, "SUPERVISES")
    assert ("县人民政府", "有关部门负责人") in supervised
    assert ("县人民政府", "乡镇人民政府负责人") in supervised
    assert ("县人民政府", "县人民政府负责人") not in supervised
    assert ("乡镇人民政府负责人", "乡镇人民政府") in edges(graph, "PART_OF")


def test_each_body_keeps_its_own_head_word() -> None:
    graph = _doc(
        "第一条 县人民政府应当将湖泊保护情况作为对本级人民政府有关部门及其主要负责人、"
        "乡镇人民政府及其负责人考核评价的内容。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("县人民政府", "县人民政府有关部门主要负责人") in supervised
    assert ("县人民政府", "乡镇人民政府负责人") in supervised
    assert ("县人民政府", "乡镇人民政府主要负责人") not in supervised


def test_own_head_outside_oversight_is_no_edge() -> None:
    graph = _doc("第一条 乡镇人民政府及其负责人应当配合做好湖泊巡查工作。\n")
    assert not [t for _, t in edges(graph, "SUPERVISES") if t.endswith("负责人")]
