"""Shared-head lists of round 95: a set word (相关/有关) opening a function list is no part of its first
item (相关供气、供电等单位 → 供气单位 + 供电单位); bare province names listed before a body named by a
province's short name share its head (广西、云南珠江水利局 → one bureau per province, genre rule 2).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names


def test_a_set_word_opening_a_function_list_is_no_part_of_its_first_item() -> None:
    body = "第一条 为了保障城市运行，制定本办法。\n第二条 停业整顿期间，相关供气、供电等单位应当暂停服务。"
    graph = document(body, "某市城市运行保障办法")
    assert {"供气单位", "供电单位"} <= names(graph)
    assert "相关供气单位" not in names(graph)


def test_bare_provinces_listed_before_a_branch_share_its_head() -> None:
    body = "第一条 为了统一调度，制定本条例。\n第二条 广西、云南珠江水利局应当按月报送调水计划。"
    graph = document(body, "珠江水量调度条例", chapter="总则")
    assert {"广西珠江水利局", "云南珠江水利局"} <= names(graph)
    assert holders_of_duty(graph, "报送调水计划") == {"广西珠江水利局", "云南珠江水利局"}
