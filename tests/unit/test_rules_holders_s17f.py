"""Holder and clause rules (s17f), each on a sentence written for this file (not from the seeds, the
dev documents or the corpus): the numbered paragraphs of a 意见's section (（四）X对…负总责。) are
sentences with their own subject, not list items naming an object, and a duty does not quote the
paragraph's number; a list item after a colon, or an item opening on a title sentence, still names no
holder; 由Y兼任 designates like 由Y担任 (no duty); a 对…的X object fronted before a piece opening on
its subject and 可以 joins that piece."""

from __future__ import annotations

from graph.model import DocumentGraph
from loaders.pipeline import parse_text
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _opinion(body: str) -> DocumentGraph:
    return parse_text(f"关于落实农田灌溉管理责任的意见\n{body}", "t")


_SECTIONS = (
    "一、总体要求\n\n（一）基本原则。坚持分级负责。\n\n"
    "二、县政府的责任\n\n"
    "（二）县政府对全县农田灌溉工作负总责。县政府要建立灌区巡查制度，定期通报用水情况。\n\n"
    "（三）县水利局在县政府领导下，负责灌区日常调度。\n"
)


def test_section_paragraph_keeps_its_subject_without_a_modal() -> None:
    graph = _opinion(_SECTIONS)
    assert holders_of_duty(graph, "负总责") == {"县政府"}
    assert holders_of_duty(graph, "灌区日常调度") == {"县水利局"}


def test_duty_does_not_quote_the_paragraph_number() -> None:
    texts = duty_texts(_opinion(_SECTIONS))
    assert "县政府对全县农田灌溉工作负总责" in texts
    assert not any(t.startswith(("（", "(")) for t in texts)


def test_listed_item_after_a_colon_still_names_an_object() -> None:
    graph = document(
        "第一条 督查组重点督查下列事项：\n（一）县水利局灌区调度情况；\n（二）乡镇人民政府渠道维护情况。\n",
        "某县农田灌溉督查办法",
    )
    assert not any("调度情况" in t or "维护情况" in t for t in duty_texts(graph))


def test_titled_paragraph_names_no_holder() -> None:
    graph = _opinion("一、健全机制\n\n（一）灌区管理员培训。县水利局要每年组织一次灌区管理员培训。\n")
    texts = duty_texts(graph)
    assert not any(t.endswith("灌区管理员培训") and "组织" not in t for t in texts)
    assert holders_of_duty(graph, "每年组织") == {"县水利局"}


def test_concurrent_post_is_a_designation() -> None:
    graph = document(
        "第一条 县灌溉管理委员会负责统筹灌区管理。委员会办公室主任一般由县水利局局长兼任。县水利局应当定期检查渠道。\n",
        "某县农田灌溉管理办法",
    )
    texts = duty_texts(graph)
    assert not any("兼任" in t for t in texts)
    assert holders_of_duty(graph, "检查渠道") == {"县水利局"}


def test_post_that_may_not_be_held_so_is_left_alone() -> None:
    graph = document(
        "第一条 县水利局应当设立灌区管理站。管理站站长不得由供水单位负责人兼任。\n",
        "某县农田灌溉管理办法",
    )
    assert any("不得由供水单位负责人兼任" in t for t in duty_texts(graph))


def test_fronted_object_joins_a_permission_piece() -> None:
    graph = document(
        "第一条 对灌区巡查中发现的渠道严重渗漏问题，县水利局可以责令供水单位限期修复。\n",
        "某县农田灌溉管理办法",
    )
    texts = duty_texts(graph)
    assert any(t.startswith("对灌区巡查中发现的") and t.endswith("限期修复") for t in texts)
    assert holders_of_duty(graph, "限期修复") == {"县水利局"}
