"""Relation rules of session 18 (round e): 各 left outside a member set's mention may stand between an
oversight verb (督促各成员单位, 听取各成员单位…汇报) and its object; 被约谈的人民政府 (a head word with no level)
names the bodies whose roles the article's earlier 约谈 acted on, who report back. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_GROUP = "第一条 成立市防汛抗旱工作领导小组（以下简称市领导小组）。市领导小组办公室设在市水务局。\n"


def test_each_member_unit_after_an_oversight_verb_is_the_member_set() -> None:
    graph = document(
        _GROUP + "第二条 市领导小组办公室应当协调市领导小组成员单位开展防汛检查，督促各成员单位落实防汛值守制度。\n",
        "某市防汛抗旱责任制办法",
    )
    assert ("市领导小组办公室", "市领导小组成员单位") in edges(graph, "SUPERVISES")


def test_each_member_unit_heard_reports_to_the_hearer() -> None:
    graph = document(
        _GROUP + "第二条 市领导小组成员单位按照职责分工做好防汛工作。市领导小组每半年听取各成员单位防汛工作汇报。\n",
        "某市防汛抗旱责任制办法",
    )
    assert ("市领导小组成员单位", "市领导小组") in edges(graph, "REPORTS_TO")


def test_the_interviewed_governments_named_by_their_head_word_report_back() -> None:
    graph = document(
        "第一条 省生态环境厅负责全省大气污染防治的统一监督管理。\n"
        "第二条 空气质量持续恶化的，由省生态环境厅约谈市、县人民政府主要负责人。"
        "被约谈的人民政府应当在二十日内将整改方案书面报告省生态环境厅。\n",
        "某省大气污染防治责任规定",
    )
    reports = edges(graph, "REPORTS_TO")
    assert {("市人民政府", "省生态环境厅"), ("县人民政府", "省生态环境厅")} <= reports
    assert not any(source.endswith("主要负责人") for source, _ in reports)
