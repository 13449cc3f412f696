"""Holder and clause rules (s18f), each on a sentence written for this file (not from the seeds, the
dev documents or the corpus): the make-up of a leading group (成员单位由…组成 / 由X任组长，Y为成员) is no
duty, while a clause that makes a body a member (应当将X列为成员单位) stays one; a 遇有… case piece and a
参照…办法 model piece join the piece they qualify (参照…设置 is an act of its own); a 经…后方可… tail
joins the act it closes."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某市河道保洁责任制办法") -> DocumentGraph:
    return document(body, title)


def test_member_units_sentence_is_no_duty() -> None:
    graph = _doc(
        "第一条 市河道保洁工作小组成员单位由市水务局、市城管局和市财政局等单位组成。"
        "成员单位应当按照分工做好河道保洁工作。\n"
    )
    texts = duty_texts(graph)
    assert not any("组成" in t for t in texts), texts
    assert any("做好河道保洁工作" in t for t in texts), texts


def test_group_roster_is_no_duty() -> None:
    graph = _doc(
        "第一条 成立市河道保洁工作小组，由市人民政府分管负责同志任组长，市水务局局长任副组长，"
        "市城管局、市财政局主要负责同志为成员。市水务局负责河道保洁的日常监督。\n"
    )
    texts = duty_texts(graph)
    assert not any("组长" in t or "为成员" in t for t in texts), texts
    assert holders_of_duty(graph, "日常监督") == {"市水务局"}


def test_listing_as_member_keeps_the_duty() -> None:
    graph = _doc("第一条 市人民政府应当将市水务局列为成员单位。\n")
    assert holders_of_duty(graph, "列为成员单位") == {"市人民政府"}


def test_case_piece_joins_the_duty_after_it() -> None:
    graph = _doc("第一条 市水务局负责河道水位监测。遇有暴雨天气，市水务局应当每日向市人民政府报告水位。\n")
    texts = duty_texts(graph)
    assert not any(t == "遇有暴雨天气" for t in texts), texts
    assert any(t.startswith("遇有暴雨天气") and "报告水位" in t for t in texts), texts


def test_model_piece_joins_the_duty_after_it() -> None:
    graph = _doc("第一条 区人民政府应当参照市级保洁考核办法，每半年对街道河道保洁情况进行考核。\n")
    texts = duty_texts(graph)
    assert not any(t.endswith("考核办法") for t in texts), texts
    assert any("考核办法" in t and "进行考核" in t for t in texts), texts


def test_modelled_set_up_stays_apart() -> None:
    graph = _doc("第一条 区人民政府应当参照市级机构设置保洁机构，区水务局每月向市水务局报送保洁情况。\n")
    texts = duty_texts(graph)
    assert any(t.endswith("参照市级机构设置保洁机构") for t in texts), texts
    assert holders_of_duty(graph, "报送保洁情况") == {"区水务局"}


def test_cleared_after_tail_joins_the_act() -> None:
    graph = _doc("第一条 区城管局应当组织清运河岸垃圾，经街道办事处验收合格后方可撤离作业人员。\n")
    texts = duty_texts(graph)
    assert not any(t.startswith("经街道办事处验收") for t in texts), texts
    assert any("清运河岸垃圾" in t and "后方可撤离" in t for t in texts), texts
