"""Round 97 (offices of relative levels): a counted deadline with its act (应当在十日内完成交接) is a duty
of its own when a piece naming another agent (由Y报…备案) follows it, and a 本级 office seen from a post
printed with no level word (河长) is the office the document names with no level.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某市湖长制工作规定"


def test_a_deadline_with_its_act_is_no_qualifier_of_the_agent_piece() -> None:
    graph = document(
        "第一条 湖长因岗位变化需要更换的，应当在十日内完成交接，由区湖长制办公室报市湖长制办公室备案。", _TITLE
    )
    assert "由区湖长制办公室报市湖长制办公室备案" in duty_texts(graph)
    assert holders_of_duty(graph, "由区湖长制办公室报") == {"区湖长制办公室"}
    assert ("区湖长制办公室", "市湖长制办公室") in edges(graph, "REPORTS_TO")
    assert ("湖长", "市湖长制办公室") not in edges(graph, "REPORTS_TO")


def test_a_bare_deadline_still_qualifies_the_agent_piece() -> None:
    graph = document("第一条 湖长因岗位变化需要更换的，应当在十日内，由区湖长制办公室报市湖长制办公室备案。", _TITLE)
    assert not any(text.startswith("由区湖长制办公室") for text in duty_texts(graph))


def test_a_deadline_condition_still_joins_the_agent_piece() -> None:
    graph = document("第一条 经营者在受到警告后半年内再次违反本规定的，由区商务局责令停业整顿。", _TITLE)
    assert not any(text.startswith("由区商务局") for text in duty_texts(graph))


def test_the_same_level_office_of_a_post_with_no_level_is_the_unlevelled_office() -> None:
    graph = document(
        "第一条 市湖长制办公室负责全市湖长制的组织协调。\n"
        "第二条 各级湖长制办公室负责湖长制的日常工作。\n"
        "第三条 湖长因岗位变化需要更换的，应当在十日内完成交接，由本级湖长制办公室报上一级湖长制办公室备案。",
        _TITLE,
    )
    assert ("各级湖长制办公室", "上一级湖长制办公室") in edges(graph, "REPORTS_TO")
    assert holders_of_duty(graph, "由本级湖长制办公室报") == {"各级湖长制办公室"}
