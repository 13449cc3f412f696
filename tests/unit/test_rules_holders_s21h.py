"""Holder rules of session 22 (round h): a bare 人民政府 listed first after 由 (由人民政府或者X给予奖励)
names the governments at every level and does not break the agent list. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某省湿地保护条例"


def test_a_bare_government_before_or_joins_the_agents() -> None:
    body = (
        "第一条 县级以上人民政府应当加强湿地保护宣传。\n"
        "第二条 对湿地保护成绩显著的单位和个人，由人民政府或者湿地保护主管部门给予表彰。\n"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "由人民政府或者湿地保护主管部门给予表彰") == {"各级人民政府", "湿地保护主管部门"}


def test_a_bare_government_in_a_comma_list_joins_the_agents() -> None:
    body = "第一条 对举报违法占用湿地有功的个人，由人民政府、林业主管部门给予奖励。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "由人民政府、林业主管部门给予奖励") == {"各级人民政府", "林业主管部门"}


def test_governments_owning_a_role_are_no_agent() -> None:
    # the role after the list reports; the bare 人民政府 is its owner, not a body of its own
    body = "第一条 湿地保护情况的报告由人民政府、人民法院的负责人向本级人民代表大会常务委员会报告。\n"
    graph = document(body, _TITLE)
    assert "各级人民政府" not in names(graph)


_CITY_TITLE = "某市公园管理条例"


def test_a_level_word_after_joint_opens_the_partner_list() -> None:
    # 会同市A、B等部门: the level word names the whole list, every member is a joint holder
    body = "第一条 市园林绿化主管部门应当会同市财政、文化旅游等部门编制公园发展规划。\n"
    graph = document(body, _CITY_TITLE)
    assert holders_of_duty(graph, "编制公园发展规划") == {"市园林绿化主管部门", "市财政部门", "市文化旅游部门"}


def test_a_market_word_after_joint_is_no_level_word() -> None:
    # 市场监督管理: the 市 of 市场 is the member's own name, the list is joined as printed
    body = "第一条 市园林绿化主管部门应当会同市场监督管理、公安等部门查处违法经营。\n"
    graph = document(body, _CITY_TITLE)
    assert holders_of_duty(graph, "查处违法经营") == {"市园林绿化主管部门", "市场监督管理部门", "公安部门"}
