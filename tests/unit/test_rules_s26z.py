"""Round 85 (level lists, third pass): a placed government listed after another one (市人民政府、河道所在地
县人民政府) is a holder of its own, whether 、 or 和 joins them; a function list after 及其 that follows
two whole governments gives each government its departments."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, surfaces


def test_placed_government_after_a_comma_holds() -> None:
    graph = document(
        "第四条 市人民政府、湖泊所在地县人民政府应当组织编制湖泊保护规划。",
        "某市湖泊保护条例",
    )
    assert holder_names(graph, 4) == {"市人民政府", "县人民政府"}


def test_placed_government_after_he_opens_its_own_name() -> None:
    # the place phrase opens after 和: the city's government is no part of the county's name
    found = surfaces("市人民政府和湖泊所在地县人民政府应当组织巡查", "municipal")
    assert found == ["市人民政府", "湖泊所在地县人民政府"]


def test_placed_government_after_you_is_an_agent() -> None:
    graph = document(
        "第九条 违反本条例的，由市人民政府、湖泊所在地县人民政府责令限期拆除。",
        "某市湖泊保护条例",
    )
    assert {"市人民政府", "县人民政府"} <= holder_names(graph, 9)


def test_function_list_after_two_governments_is_each_ones() -> None:
    graph = document(
        "第六条 市人民政府、县人民政府及其农业、林业主管部门应当组织开展病虫害监测。",
        "某市病虫害防治条例",
    )
    assert {"市人民政府", "县人民政府", "市人民政府农业主管部门", "县人民政府林业主管部门"} <= holder_names(graph, 6)
