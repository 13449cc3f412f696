"""Leads of the division-lead rules (round 95, div2): the first member of a level list spanning to a
set of other departments (市、县（区）人民政府其他有关部门) is its level's government, named in full (the
departments belong to 市人民政府, never to an organ 市 of its own); an item of a division lead
that opens with a bare function list and a comma (（二）A、B等部门，按照各自职责…) names its own holders,
as the same item without the comma does.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_SPANNING_LEAD = (
    "第一条 市、县（区）人民政府其他有关部门按照下列职责分工，做好养犬管理工作：\n"
    "（一）农业农村主管部门负责犬只的免疫和检疫；\n"
    "（二）市场监管、住房城乡建设、城市管理等部门，按照各自职责做好犬只经营和环境卫生的管理；\n"
)


def test_the_first_level_of_a_spanning_list_is_its_levels_government() -> None:
    graph = document(_SPANNING_LEAD, "某市养犬管理条例")
    assert "市" not in names(graph)
    part_of = edges(graph, "PART_OF")
    assert ("市人民政府有关部门", "市人民政府") in part_of
    assert ("市人民政府农业农村主管部门", "市人民政府") in part_of


def test_an_item_opening_with_a_function_list_and_a_comma_holds_its_duty() -> None:
    graph = document(_SPANNING_LEAD, "某市养犬管理条例")
    expected = {
        level + function + "部门"
        for level in ("市人民政府", "县（区）人民政府")
        for function in ("市场监管", "住房城乡建设", "城市管理")
    }
    assert holders_of_duty(graph, "犬只经营") == expected
