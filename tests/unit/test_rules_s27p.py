"""Cross-region cooperation rules (s27p), each on a sentence written for this file (not from the seeds,
the dev documents or the corpus): 本省与X建立健全…协作机制 is the province's government acting with
partner X (not 本省与X开展…, which states the pairing); 本省在X的指导下，建立… is that government's act
too; partner places may be followed by 在 (与甲省、乙省在…方面的协作); and the places after 加强与 are
partners, never what the holder oversees (…在水资源管理方面的合作 names no oversight)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holders_of_duty


def _doc(body: str, title: str = "某省草原防火条例") -> DocumentGraph:
    return document(body, title)


def test_the_place_with_a_partner_stands_for_its_government() -> None:
    graph = _doc("第一条 本省与相关省市建立健全草原防火信息通报协作机制，共同做好边界地区火情处置。\n")
    assert holders_of_duty(graph, "协作机制") == {"省人民政府"}
    assert ("省人民政府", "相关省市") in edges(graph, "ASSISTS")


def test_a_pairing_statement_with_the_partner_is_no_duty() -> None:
    graph = _doc("第一条 本省与甲方省份的对口地区开展草原防火协作。\n")
    assert not edges(graph, "ASSISTS")


def test_the_place_under_a_guiding_body_acts_for_its_government() -> None:
    graph = _doc("第一条 本省在国家有关部门的指导下，建立跨省草原防火合作机制。\n")
    assert holders_of_duty(graph, "合作机制") == {"省人民政府"}
    assert ("国家有关部门", "省人民政府") in edges(graph, "GUIDES")


def test_partner_provinces_before_zai_are_partners_not_overseen() -> None:
    graph = _doc("第一条 省林业主管部门应当加强与甘肃省、青海省在草原火情管理方面的协作。\n")
    assert {("省林业主管部门", "甘肃省"), ("省林业主管部门", "青海省")} <= edges(graph, "ASSISTS")
    assert not edges(graph, "SUPERVISES")
