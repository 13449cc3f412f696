"""Round 95 (orig): a body named by its past approval (原批准机关) after the article already sent the
matter to a printed approver, and 各 before a set that opens the subject piece after a time piece."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_past_approver_after_a_printed_approval_adds_no_edge() -> None:
    # the plan went to 县人民政府 before: 原批准机关 is that government again, whose edge stands
    graph = document(
        "第一条 县林业局负责编制湿地保护规划，报县人民政府批准后实施。"
        "湿地保护规划确需调整的，县林业局应当报原批准机关批准。",
        "某县湿地保护办法",
    )
    assert edges(graph, "REPORTS_TO") == {("县林业局", "县人民政府")}
    assert "原批准机关" not in names(graph)


def test_past_approver_with_no_printed_approval_stays_a_body() -> None:
    # nothing named the approver before: the past approver is a body of its own
    graph = document(
        "第一条 湿地保护规划确需调整的，县林业局应当报原批准机关批准。",
        "某县湿地保护办法",
    )
    assert ("县林业局", "原批准机关") in edges(graph, "REPORTS_TO")


def test_each_before_a_set_after_a_time_piece_is_the_subject() -> None:
    # …时，各有关单位应当予以配合: the set after the time piece holds the duty, not the body inside it
    graph = document(
        "第一条 县林业局开展湿地调查时，各有关单位应当予以配合。",
        "某县湿地保护办法",
    )
    assert holders_of_duty(graph, "予以配合") == {"有关单位"}
