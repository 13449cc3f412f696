"""Holder and clause rules (s17i), each on a sentence written for this file (not from the seeds, the
dev documents or the corpus): a sanction list whose lead names no sanctioning body (有下列情形之一的，
应当追究…责任：) is no duty, nor are its items, inline or numbered; an exception or limit tail
(…，但…的除外 / 但…不超过N日) joins the duty before it; 特殊情况下 and 经<organ>批准 qualify the clause
after them; a sentence-opening bare noun before 由Y…, and 其中, join the piece after them."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str) -> DocumentGraph:
    return document(body, "某县灌溉管理办法")


def test_inline_unnamed_sanction_list_is_no_duty() -> None:
    graph = _doc(
        "第一条 县水利局负责灌区调度。乡镇有下列情形之一的，应当依法追究乡镇人民政府有关负责人的责任："
        "渠道垮塌造成损失的；虚报用水数据的；其他失职的。县水利局应当每年检查渠道。\n"
    )
    texts = duty_texts(graph)
    assert not any("之一的" in t or t.endswith("的") for t in texts)
    assert holders_of_duty(graph, "每年检查渠道") == {"县水利局"}


def test_numbered_unnamed_sanction_list_lead_is_no_duty() -> None:
    graph = _doc(
        "第一条 县水利局负责灌区调度。乡镇有下列情形之一的，应当依法追究乡镇人民政府有关负责人的责任：\n"
        "（一）渠道垮塌造成损失的；\n（二）虚报用水数据的。\n"
    )
    assert duty_texts(graph) == ["县水利局负责灌区调度"]


def test_named_sanctioning_body_keeps_its_duty() -> None:
    graph = _doc(
        "第一条 乡镇有下列情形之一的，由县水利局追究乡镇人民政府有关负责人的责任：\n（一）渠道垮塌造成损失的。\n"
    )
    assert any(t.startswith("乡镇有下列情形之一的，由县水利局") for t in duty_texts(graph))


def test_exception_tail_joins_the_duty() -> None:
    graph = _doc("第一条 县水利局应当自受理之日起30日内办结，但情况复杂的除外。\n")
    assert duty_texts(graph) == ["县水利局应当自受理之日起30日内办结，但情况复杂的除外"]


def test_limit_tail_and_special_case_join_one_duty() -> None:
    graph = _doc("第一条 特殊情况下，县水利局可以延长办理期限，但延长的期限最长不超过15日。\n")
    assert duty_texts(graph) == ["特殊情况下，县水利局可以延长办理期限，但延长的期限最长不超过15日"]


def test_approval_piece_with_a_verb_in_the_organ_name_qualifies_the_next_piece() -> None:
    graph = _doc(
        "第一条 县水利局应当在10日内答复。情况复杂的，经负责灌区调查的人民政府批准，县水利局可以延长答复期限。\n"
    )
    texts = duty_texts(graph)
    assert not any(t.endswith("批准") for t in texts)
    assert any(t.startswith("情况复杂的，经负责灌区调查的人民政府批准，") for t in texts)


def test_bare_noun_topic_joins_the_agent_piece() -> None:
    graph = _doc("第一条 县水利局负责灌区调度。跨乡镇的灌溉渠道，由县水利局统一维护。\n")
    assert "跨乡镇的灌溉渠道，由县水利局统一维护" in duty_texts(graph)
    assert "跨乡镇的灌溉渠道" not in duty_texts(graph)


def test_connector_joins_the_piece_after_it() -> None:
    graph = _doc("第一条 县水利局负责灌区调度。其中，由县水利局会同乡镇人民政府维护支渠。\n")
    assert "其中" not in duty_texts(graph)
