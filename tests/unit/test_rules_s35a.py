"""Round 112 (street offices and communities): the units stationed in a place printed as a list of unit
kinds after 驻X(的) (驻镇的机关、团体、企业事业单位) are one social body, 驻X单位, not one body per kind. Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某市街道办事处工作条例"


def test_a_stationed_list_of_unit_kinds_is_one_body() -> None:
    graph = document("第九条 驻镇的机关、团体、企业事业单位应当配合街道办事处做好防汛工作。", _TITLE)
    assert holders_of_duty(graph, "防汛") == {"驻镇单位"}


def test_a_stationed_list_without_de_is_one_body_too() -> None:
    graph = document("第九条 驻社区机关、部队和企业事业单位应当支持社区开展文明创建。", _TITLE)
    assert holders_of_duty(graph, "文明创建") == {"驻社区单位"}


def test_a_list_of_unit_kinds_without_a_stationed_lead_stays_split() -> None:
    graph = document("第九条 机关、团体、企业事业单位应当配合街道办事处做好防汛工作。", _TITLE)
    assert holders_of_duty(graph, "防汛") == {"机关", "团体", "企业事业单位"}
