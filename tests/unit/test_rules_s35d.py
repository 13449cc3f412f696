"""Round 112 (duty holders across all documents): a leader named 第一责任人 keeps the clauses of its own
sentence while the body heads the sentences after it. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某工作责任制规定"


def test_a_leader_named_first_responsible_keeps_the_clauses_of_its_sentence() -> None:
    graph = document(
        "第五条 县级人民政府对本行政区域的节水工作负主体责任。县级人民政府主要负责人是本行政区域节水工作第一责任人，"
        "对重大节水事项亲自部署、亲自督办。",
        _TITLE,
    )
    assert holders_of_duty(graph, "亲自部署") == {"县级人民政府主要负责人"}


def test_the_body_heads_the_sentence_after_a_leader_named_first_responsible() -> None:
    graph = document(
        "第五条 县级人民政府对本行政区域的节水工作负主体责任，县级人民政府主要负责人为第一责任人。"
        "负责制定节水规划，组织落实节水措施。",
        _TITLE,
    )
    assert holders_of_duty(graph, "制定节水规划") == {"县级人民政府"}
