"""Round 136 (liabilities): a 、 list of listed functions printed with no head and joined to an 有关/相关 set of
departments (公安、司法行政及有关主管部门) names one department per function, so the staff of that list make
each department liable. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市渔业资源保护条例"


def _liable(graph: DocumentGraph, article: int) -> set[str]:
    return {short(li.organ) for li in graph.liabilities if li.article == article}


def test_functions_before_a_related_set_are_departments_whose_staff_are_sanctioned() -> None:
    graph = document(
        "第四条 市人民政府负责本市渔业资源保护工作。\n"
        "第九条 财政、审计、卫生计生及其他相关部门的工作人员在渔业资源保护工作中玩忽职守的，依法给予处分。",
        _TITLE,
        "法律责任",
    )
    assert {"财政部门", "审计部门", "卫生计生部门"} <= _liable(graph, 9)


def test_functions_before_a_related_set_hold_the_duty() -> None:
    graph = document(
        "第五条 统计、民政以及其他有关部门负责收集渔业人口的基础数据。",
        _TITLE,
        "总则",
    )
    holders = {short(h) for duty in graph.duties if duty.article == 5 for h in duty.holders}
    assert {"统计部门", "民政部门"} <= holders


def test_a_single_function_before_a_related_set_is_no_list() -> None:
    # one function word alone before 和有关部门 may qualify what precedes it: no department is read from it
    graph = document(
        "第五条 市人民政府应当加强渔业资源保护、统计和有关部门之间的协作。",
        _TITLE,
        "总则",
    )
    assert "统计部门" not in {short(o.id) for o in graph.organs}


def test_the_head_of_an_unnamed_set_after_dui_makes_the_set_liable() -> None:
    graph = document(
        "第四条 区人民政府负责本区渔业资源保护工作。\n"
        "第十条 擅自调整禁渔区的，由市人民政府责令改正；对有关人民政府负责人和其他直接责任人员依法给予处分。",
        _TITLE,
        "法律责任",
    )
    assert _liable(graph, 10) == {"有关人民政府"}
