"""Holder and clause rules (s16f): a subjectless sentence whose topic is an activity, with a conformance
verb after the modal (编制…规划，应当符合…; 开发利用…，应当遵守下列规定：), is a norm on the activity: it
holds no duty, its items hold none, and the holder of the sentence before does not carry into it. A
condition piece (…的，应当…) keeps the carried holder. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts


def _doc(body: str, title: str = "某市城市绿化管理责任制规定") -> DocumentGraph:
    return document(body, title)


def test_activity_norm_takes_no_carried_holder() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当组织编制古树名木保护规划，报本级人民政府批准。"
        "编制古树名木保护规划，应当符合城市总体规划。\n"
    )
    texts = duty_texts(graph)
    assert any("古树名木保护规划" in t and "组织编制" in t for t in texts)
    assert not any("城市总体规划" in t for t in texts)


def test_activity_norm_items_hold_no_duty() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当加强苗圃管理。"
        "利用公共绿地开展育苗活动，应当遵守下列规定：\n\n（一）不得损毁既有树木；\n\n（二）及时清运废弃土方。\n"
    )
    texts = duty_texts(graph)
    assert any("苗圃管理" in t for t in texts)
    assert not any("下列规定" in t or "既有树木" in t or "废弃土方" in t for t in texts)


def test_condition_piece_keeps_the_carried_holder() -> None:
    graph = _doc("第一条 园林绿化主管部门应当审核移植申请。实施移植确需占用绿地的，应当符合补植要求并予以公示。\n")
    holders = {d.text: d.holders for d in graph.duties}
    assert any("补植要求" in t and h for t, h in holders.items())
