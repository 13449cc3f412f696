"""Round 39 organ mentions: a list of county level words before 以上."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, surfaces


def test_a_level_list_before_above_names_the_set_as_printed() -> None:
    assert surfaces("由区、县以上渔业行政主管部门核发证书。", "provincial") == ["区、县以上渔业行政主管部门"]
    assert surfaces("报县(市)以上人民政府备案。", "provincial") == ["县(市)以上人民政府"]
    assert surfaces("经设区的市、自治州以上人民政府批准。", "provincial") == ["设区的市、自治州以上人民政府"]
    graph = document("第一条 区、县以上人民政府应当加强渔港安全巡查。", "某省渔港管理条例")
    assert holders_of_duty(graph, "渔港安全巡查") == {"区、县以上人民政府"}
    assert next(o for o in graph.organs if o.name == "区、县以上人民政府").collective
