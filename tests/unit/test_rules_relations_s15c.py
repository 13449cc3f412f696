"""Relation rules of session 15 (helper c), each on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某市灌区管理条例") -> DocumentGraph:
    return document(body, title)


def test_body_that_deals_with_failing_bodies_supervises_them() -> None:
    # X、Y未依法履行职责的，由Z(依法)予以处理: Z supervises each failing body
    graph = _doc("第一条 区水务局、镇人民政府未依法履行灌区管护职责的，由区人民政府依法予以调查处理。\n")
    assert {("区人民政府", "区水务局"), ("区人民政府", "镇人民政府")} <= edges(graph, "SUPERVISES")


def test_dealing_with_a_public_offender_gives_no_edge() -> None:
    graph = _doc("第一条 在灌溉渠道内擅自取水的单位和个人，由区水务局依法予以处理。\n")
    assert not edges(graph, "SUPERVISES")


def test_agent_whose_piece_names_only_the_staff_imposes_the_next_piece() -> None:
    # 由Z或者W对直接负责的主管人员…，依法给予处分: the staff are sanctioned through their body
    graph = _doc(
        "第一条 区水务局不履行巡查职责的，由区人民政府或者监察机关对直接负责的主管人员和其他直接责任人员，"
        "依法给予处分。\n"
    )
    assert {("区人民政府", "区水务局"), ("监察机关", "区水务局")} <= edges(graph, "SUPERVISES")


def test_part_opened_by_the_degree_sanctions_the_same_offender() -> None:
    # X…的，由Y责令改正；情节严重的，由Z给予处分: Z acts on X too
    graph = _doc(
        "第一条 区水务局未按时疏浚渠道的，由区人民政府责令改正；情节严重的，由监察机关对负有责任的主管人员"
        "依法给予处分。\n"
    )
    assert ("监察机关", "区水务局") in edges(graph, "SUPERVISES")


def test_part_with_offenders_of_its_own_does_not_inherit() -> None:
    # …；镇人民政府…的，由Z…: the later part names its own offender
    graph = _doc(
        "第一条 区水务局未按时疏浚渠道的，由区人民政府责令改正；镇人民政府未报告险情的，由监察机关依法给予处分。\n"
    )
    assert ("监察机关", "区水务局") not in edges(graph, "SUPERVISES")
