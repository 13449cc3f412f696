"""Round 125 (a bare function after an article that names it per level): a body set up by a level list of
governments with a 由…的 or 相应的 modifier between the verb and its name (设立由…担任…的X，负责…) still bears
the 负责 clause after it, one body per level, as it does with no modifier. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某市防汛条例"


def test_a_body_set_up_with_a_relative_modifier_bears_the_duty_at_each_level() -> None:
    graph = document(
        "第五条 市、县（区）人民政府应当设立由分管副市长、副县长担任指挥长的防汛指挥机构，"
        "负责统一指挥本行政区域的防汛工作。"
        "第六条 市、县（区）人民政府防汛指挥机构应当编制防汛预案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "统一指挥") == {"市人民政府防汛指挥机构", "县（区）人民政府防汛指挥机构"}


def test_a_body_set_up_with_no_modifier_still_bears_the_duty() -> None:
    graph = document(
        "第五条 市、县（区）人民政府应当设立防汛指挥机构，负责统一指挥本行政区域的防汛工作。"
        "第六条 市、县（区）人民政府防汛指挥机构应当编制防汛预案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "统一指挥") == {"市人民政府防汛指挥机构", "县（区）人民政府防汛指挥机构"}


def test_a_modifier_of_another_shape_leaves_the_duty_to_the_setters() -> None:
    graph = document(
        "第五条 市、县（区）人民政府应当设立防汛物资储备点的防汛指挥机构，负责统一指挥本行政区域的防汛工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "统一指挥") == {"市人民政府", "县（区）人民政府"}


def test_a_list_item_before_the_water_function_is_the_department_printed_whole_elsewhere() -> None:
    graph = document(
        "第四条 市人民政府生态环境主管部门负责本市湖泊污染防治的监督管理。\n"
        "第九条 市、县人民政府生态环境、水行政主管部门应当定期公布湖泊水质状况。",
        "某市湖泊保护条例",
    )
    city = holders_of_duty(graph, "湖泊污染防治")
    assert len(city) == 1
    assert city <= holders_of_duty(graph, "定期公布湖泊水质")  # one department of the city, not two
