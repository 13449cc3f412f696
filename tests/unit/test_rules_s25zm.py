"""Round 71: a holder carried around a 由 clause (Z由X会同Y组建，…，负责…)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty


def test_agent_holds_the_by_clause_and_the_body_holds_what_follows() -> None:
    graph = document(
        "第五条 驻村工作队由县农业农村局会同县民政局统筹组建，负责宣传政策、推动发展。", "某县某某工作办法"
    )
    assert holders_of_duty(graph, "统筹组建") == {"县农业农村局", "县民政局"}
    assert holders_of_duty(graph, "宣传政策") == {"驻村工作队"}


def test_a_body_led_by_another_keeps_its_piece() -> None:
    graph = document("第五条 专业委员会由县民政局牵头，负责研究重大事项。", "某县某某工作办法")
    assert holders_of_duty(graph, "牵头") == {"专业委员会"}
    assert holders_of_duty(graph, "研究重大事项") == {"专业委员会"}
