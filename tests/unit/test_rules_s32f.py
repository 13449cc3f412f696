"""Round 103 (a central 督察 regulation's own short names): a body the text names in full once and by
a short name of its own from then on (X督察局(以下简称督察局), X总指挥部(以下简称X总)), and the count word
若干 before the bodies set up (派驻若干X局). Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某某资源督察条例"


def test_a_short_name_defined_after_a_body_is_that_body() -> None:
    graph = document(
        "第三条 国家在各大区派驻若干国家水资源督察分局（以下简称督察分局），对区域内的省级人民政府实施督察。"
        "督察分局对国家水资源督察办公室负责并报告工作。\n"
        "第四条 督察分局应当按年度编制督察计划。",
        _TITLE,
    )
    assert holders_of_duty(graph, "按年度编制") == {"国家水资源督察分局"}
    assert ("国家水资源督察分局", "国家水资源督察办公室") in edges(graph, "REPORTS_TO")
    assert "督察分局" not in names(graph)


def test_a_role_printed_on_the_short_name_belongs_to_the_body() -> None:
    graph = document(
        "第三条 国家设立国家水资源督察分局（以下简称督察分局）。\n第九条 督察分局主要负责人对本分局督察质量负责。",
        _TITLE,
    )
    assert ("国家水资源督察分局主要负责人", "国家水资源督察分局") in edges(graph, "PART_OF")


def test_a_short_name_that_abbreviates_nothing_printed_before_is_no_alias() -> None:
    graph = document(
        "第三条 国家设立国家水资源督察分局（以下简称分局甲）。\n第四条 分局甲应当按年度编制督察计划。",
        _TITLE,
    )
    assert not any("按年度编制" in d.text and d.holders for d in graph.duties)


def test_the_count_word_before_bodies_set_up_is_no_part_of_their_name() -> None:
    assert surfaces("水利部可以在各流域派驻若干国家水资源督察分局。") == ["水利部", "国家水资源督察分局"]
    assert surfaces("省人民政府可以在各地派驻若干省水资源督察专员办公室。") == ["省人民政府", "省水资源督察专员办公室"]
