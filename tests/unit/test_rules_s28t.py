"""City river-law leads of round 95 (liux2): a public party (当事人, 单位和个人) named after a cause or
condition opener (因…，…的，当事人应当…) holds the sentence, so the bodies carried from the sentence
before hold none of it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges

_TITLE = "某市湖泊保护条例"


def test_a_public_party_after_a_cause_opener_stops_the_carried_holder() -> None:
    graph = document(
        "第一条 区水务行政主管部门应当定期巡查湖泊水质，并将巡查结果报告市水务行政主管部门。\n"
        "因船舶碰撞或者其他意外情况，导致湖泊水体受到污染的，当事人应当及时清除污染物并向当地水务、"
        "生态环境行政主管部门报告。",
        _TITLE,
    )
    assert not [t for t in duty_texts(graph) if "清除污染物" in t or "意外情况" in t]
    assert not {t for s, t in edges(graph, "REPORTS_TO") if "当地" in t or t == "生态环境行政主管部门"}
    assert any("定期巡查湖泊水质" in t for t in duty_texts(graph))
