"""Composition and designation sentences are no duty: X、Y为Z成员单位 (the body named before 成员单位)
and X局长兼任办公室主任 (a post filled without 由); 作为…的成员单位 and 鼓励X担任… are left as they were."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holder_names

TITLE = "某某市湖泊保护工作办法"


def test_members_named_before_the_body_are_no_duty() -> None:
    graph = document("第五条 市财政局、市交通局为市湖泊保护工作办公室成员单位。各成员单位确定一名联络员。", TITLE)
    assert not any("为市湖泊保护工作办公室成员单位" in t for t in duty_texts(graph))
    assert any(t.startswith("各成员单位确定") for t in duty_texts(graph))


def test_selecting_members_stays_a_duty() -> None:
    graph = document("第五条 市人民政府应当确定有关单位作为湖泊保护的成员单位。", TITLE)
    assert holder_names(graph, 5) == {"市人民政府"}


def test_post_held_without_by_is_no_duty() -> None:
    graph = document(
        "第五条 市湖泊保护工作办公室设在市水务局，市水务局局长兼任办公室主任，市财政局分管负责同志兼任副主任。",
        TITLE,
    )
    assert not any("兼任" in t for t in duty_texts(graph))
    assert "市水务局" not in holder_names(graph, 5)


def test_post_with_a_modal_stays_a_duty() -> None:
    graph = document("第五条 市水务局局长应当兼任办公室主任，负责日常工作。", TITLE)
    assert duty_texts(graph)
