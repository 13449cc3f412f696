"""Round 115 (liabilities recall): the offender opening a penalty condition is liable whatever the penalty
(由Y责令改正 / 由Y依法予以处罚, not only 处分/罚款), after a printed breach (违反本条例第X条规定，X未…的), with
an 有关 set in the opening list (X、有关部门及其工作人员有下列行为之一的) and with its staff or 或者个人 printed
after it; a body that enforces (X对…拒不执行的，可以责令…) is no offender. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市湖泊保护条例"


def liable(graph: DocumentGraph, article: int) -> set[str]:
    return {short(li.organ) for li in graph.liabilities if li.article == article}


def test_the_offender_of_an_order_to_correct_is_liable() -> None:
    graph = document(
        "第三十条 湖泊养护单位应当清理湖面垃圾。"
        "第三十一条 湖泊养护单位未按时清理湖面垃圾的，由水行政主管部门责令限期改正。",
        _TITLE,
    )
    assert "湖泊养护单位" in liable(graph, 31)


def test_a_printed_breach_before_the_offender_keeps_it_liable() -> None:
    graph = document(
        "第三十条 湖泊养护单位应当清理湖面垃圾。"
        "第三十一条 违反本条例第三十条规定，湖泊养护单位未清理湖面垃圾的，由水行政主管部门依法予以处罚。",
        _TITLE,
    )
    assert "湖泊养护单位" in liable(graph, 31)


def test_an_unnamed_set_in_the_offending_list_is_liable() -> None:
    graph = document(
        "第三十三条 区人民政府、有关部门及其工作人员在湖泊保护中有下列行为之一的，对直接负责的主管人员依法给予处分：\n"
        "（一）未编制湖泊保护规划的；\n（二）其他玩忽职守的行为。",
        _TITLE,
    )
    assert {"区人民政府", "有关部门"} <= liable(graph, 33)


def test_the_staff_of_the_listed_bodies_leave_the_bodies_liable() -> None:
    graph = document(
        "第三十四条 区人民政府和有关部门的工作人员有下列情形之一的，依法给予处分：\n（一）隐瞒湖泊污染情况的。",
        _TITLE,
    )
    assert {"区人民政府", "有关部门"} <= liable(graph, 34)


def test_a_body_that_enforces_an_order_is_not_liable() -> None:
    graph = document(
        "第三十五条 水行政主管部门对拒不清理湖面垃圾的单位，可以责令停止作业。",
        _TITLE,
    )
    assert "水行政主管部门" not in liable(graph, 35)


def test_an_inspection_without_a_penalty_names_no_one_liable() -> None:
    graph = document(
        "第三十六条 湖泊养护单位未按时清理湖面垃圾的，水行政主管部门应当组织检查。",
        _TITLE,
    )
    assert not liable(graph, 36)


def test_a_role_found_with_listed_failings_is_liable() -> None:
    graph = document(
        "第三十七条 区人民政府主要负责人在湖泊保护工作中存在下列情形之一的，依规依纪依法追究责任：\n"
        "（一）隐瞒湖泊污染情况的。",
        _TITLE,
    )
    assert "区人民政府主要负责人" in liable(graph, 37)


def test_a_body_overseeing_failings_is_not_liable() -> None:
    graph = document(
        "第三十八条 区纪检监察机关对湖泊保护工作中的失职问题依法进行问责。",
        _TITLE,
    )
    assert "区纪检监察机关" not in liable(graph, 38)
