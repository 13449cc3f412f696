"""Round 98 (relations of central regulations, second round): oversight accepted from a list sharing its
level word (接受国务院财政、审计等部门的监督), and the oversight a scope or definition sentence prints
(本办法适用于X对Y…的考核; 所称考核，是指X对Y…作出的综合评价).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges

_TITLE = "某某工作责任制考核办法"


def test_oversight_accepted_from_a_list_sharing_its_level_word() -> None:
    graph = document("第一条 河道管理机构应当接受国务院水利、审计等部门依法实施的监督。", _TITLE)
    assert {("国务院水行政主管部门", "河道管理机构"), ("国务院审计部门", "河道管理机构")} <= edges(graph, "SUPERVISES")
    graph = document("第一条 县水务局应当接受市财政、审计等部门的监督。", _TITLE)
    assert {("市财政部门", "县水务局"), ("市审计部门", "县水务局")} <= edges(graph, "SUPERVISES")


def test_a_scope_sentence_keeps_the_oversight_it_prints() -> None:
    graph = document(
        "第二条 本办法适用于国务院对各省、自治区、直辖市人民政府落实节水责任情况的考核。"
        "第三条 省、自治区、直辖市人民政府应当制定节水计划。",
        _TITLE,
    )
    assert ("国务院", "省、自治区、直辖市人民政府") in edges(graph, "SUPERVISES")
    assert not any("适用于" in text for text in duty_texts(graph))


def test_a_definition_by_an_evaluation_is_no_oversight_under_the_gate() -> None:
    graph = document(
        "第二条 本办法所称考核，是指国务院对各省、自治区、直辖市人民政府（以下统称省级政府）节水工作作出的综合评价。"
        "第三条 省级政府应当制定节水计划。",
        _TITLE,
    )
    # session 38 gate: 评价 is no README trigger
    assert ("国务院", "省级政府") not in edges(graph, "SUPERVISES")
    assert not any("是指" in text for text in duty_texts(graph))


def test_a_scope_naming_no_oversight_gives_no_edge() -> None:
    graph = document("第二条 本办法适用于县人民政府对节水设施的管理。第三条 县人民政府应当节水。", _TITLE)
    assert not edges(graph, "SUPERVISES")
