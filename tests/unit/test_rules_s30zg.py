"""Round 99 (s30, benjilist): 本级X after a list of levels printed before it in the same clause."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_FIRST = "第一条 市、县（区）人民政府设立安全委员会，市、县（区）人民政府应急管理部门负责日常工作。\n"
_TITLE = "某市安全生产责任制规定"


def test_agent_after_level_list_is_each_levels_body() -> None:
    # 由本级Y after 市、县（区）X: the Y of each listed level, not of the level printed last
    body = "第二条 市、县（区）应急救援队伍由本级人民政府应急管理部门组建，报上一级应急管理部门备案。"
    graph = document(_FIRST + body, _TITLE)
    assert holders_of_duty(graph, "应急救援队伍由本级") == {"市人民政府应急管理部门", "县（区）人民政府应急管理部门"}


def test_agent_after_level_list_names_no_unprinted_level_body() -> None:
    # the document names no 市安全委员会 or 县（区）安全委员会: no such organ is made from 本级 alone
    body = "第二条 市、县（区）安全委员会成员单位由本级安全委员会确定，报上一级安全委员会备案。"
    graph = document(_FIRST + body, _TITLE)
    assert "市安全委员会" not in names(graph)
    assert "县（区）安全委员会" not in names(graph)
