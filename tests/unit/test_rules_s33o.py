"""Round 106 (organ recall, s33o): a regulated actor opening its clause before a modal whose trade name holds a
word the stem reader takes for a verb only elsewhere (运营 before 企业, 报 of 报废), and the organisations of society
named by their trade or task (行业组织, 调解组织应当…). Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces

_TITLE = "某某市某某管理条例"


def test_a_trade_name_with_operating_before_its_head_is_an_actor() -> None:
    graph = document("第五条 城市燃气运营企业应当每月巡查燃气管道。", _TITLE)
    assert holders_of_duty(graph, "巡查燃气管道") == {"城市燃气运营企业"}


def test_a_trade_name_with_scrapping_in_it_is_an_actor() -> None:
    graph = document("第五条 农机报废回收企业应当如实登记回收的农业机械。", _TITLE)
    assert holders_of_duty(graph, "如实登记") == {"农机报废回收企业"}


def test_a_host_named_by_the_act_it_hosts_is_an_actor() -> None:
    graph = document("第五条 灯会承办者应当制定安全保卫方案。", _TITLE)
    assert holders_of_duty(graph, "安全保卫方案") == {"灯会承办者"}


def test_a_report_verb_still_ends_a_stem() -> None:
    # 报 as the verb (报市人民政府) is no part of any name
    assert "报市人民政府企业" not in surfaces("村委会报市人民政府企业应当登记。", "municipal")


def test_an_organisation_named_by_its_trade_holds_its_clause_duty() -> None:
    graph = document("第六条 家政服务行业组织应当制定服务规范，加强行业自律。", _TITLE)
    assert holders_of_duty(graph, "制定服务规范") == {"家政服务行业组织"}


def test_a_bare_organisation_or_the_public_list_is_no_actor() -> None:
    graph = document("第六条 组织应当遵守本条例。公民、法人和其他组织应当爱护公共设施。", _TITLE)
    assert "组织" not in names(graph)
    assert "公民" not in names(graph)


def test_an_economic_organisation_keeps_its_own_head() -> None:
    graph = document("第六条 渔业经济组织应当落实安全生产责任。", _TITLE)
    assert holders_of_duty(graph, "落实安全生产责任") == {"渔业经济组织"}
