"""Organ-resolution rules of session 14h: 本级 of an unnamed set seen from one level."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names


def test_same_level_unnamed_set_resolves_to_spanning_collective() -> None:
    # 本级有关部门 of a municipal chief, where only 县级以上人民政府有关部门 is named: the spanning set
    graph = document(
        "第一条 县级以上人民政府有关部门按照职责分工做好湖泊保护工作。\n"
        "第二条 市总湖长应当督促本级有关部门履行湖泊保护职责。\n",
        "某省湖长制规定",
    )
    assert ("市总湖长", "县级以上人民政府有关部门") in edges(graph, "SUPERVISES")
    assert "本级有关部门" not in names(graph)


def test_same_level_unnamed_set_below_the_span_keeps_its_level() -> None:
    # a township chief's 本级有关部门 lies below 县级以上: the spanning set does not reach it
    graph = document(
        "第一条 县级以上人民政府有关部门按照职责分工做好湖泊保护工作。\n"
        "第二条 乡镇总湖长应当督促本级有关部门履行湖泊保护职责。\n",
        "某省湖长制规定",
    )
    assert ("乡镇总湖长", "县级以上人民政府有关部门") not in edges(graph, "SUPERVISES")
