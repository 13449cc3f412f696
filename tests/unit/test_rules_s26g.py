"""Duty segmentation of round 72: a topic joined to a time or qualifier piece still joins the modal
piece after it (X编制…时，对Y，应当…: one clause).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts


def test_a_joined_topic_still_joins_its_modal_piece() -> None:
    body = "第一条 市水务局应当编制河道整治规划。有关部门编制专项规划时，对涉及堤防安全的内容，应当征求市水务局的意见。"
    texts = duty_texts(document(body, "某市河道管理条例"))
    assert "有关部门编制专项规划时，对涉及堤防安全的内容，应当征求市水务局的意见" in texts
    assert "应当征求市水务局的意见" not in texts


def test_a_joined_prohibition_stays_its_own_duty() -> None:
    body = "第一条 市水务局负责河道管理。受理的部门有异议的，不得自行退回，应当报请市人民政府决定。"
    texts = duty_texts(document(body, "某市河道管理条例"))
    assert "应当报请市人民政府决定" in texts
