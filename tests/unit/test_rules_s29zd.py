"""Composition rules from the dev set's designation clauses (s29zd): bodies named a body's 协作单位 /
配合单位 (a membership like 成员单位) and a body's headcount (由主任和委员共五至九人组成) carry no duty.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holder_names


def _doc(body: str, title: str = "某县湖长制工作规定") -> DocumentGraph:
    return document(body, title)


def test_bodies_named_cooperating_units_hold_no_duty() -> None:
    graph = _doc("第一条 县水利局、县财政局和县公安局为县湖长制协作单位。\n第二条 县水利局负责湖泊巡查。\n")
    assert not any("协作单位" in text for text in duty_texts(graph))
    assert holder_names(graph, 1) == set()
    assert holder_names(graph, 2) == {"县水利局"}


def test_assisting_units_named_so_hold_no_duty() -> None:
    graph = _doc("第一条 县农业农村局、县林业局为县湖长制配合单位。\n")
    assert not any("配合单位" in text for text in duty_texts(graph))


def test_a_bodys_headcount_is_no_duty() -> None:
    graph = _doc(
        "第一条 湖泊管护委员会由主任、副主任和委员共五至九人组成。\n"
        "第二条 湖泊联合检查组一般由四人以上组成，负责日常巡湖。\n"
    )
    texts = duty_texts(graph)
    assert not any("组成" in text for text in texts)
    assert any("负责日常巡湖" in text for text in texts)


def test_a_headcount_with_a_modal_stays_a_rule() -> None:
    graph = _doc("第一条 湖泊联合检查组应当由三人以上组成。\n")
    assert any("组成" in text for text in duty_texts(graph))
