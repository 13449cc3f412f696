"""Round 98 (city regulations naming counties): named places listed before one government and given a
short name (以下简称) are each printed, so each is an organ there; the short name is a collective after."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某市青溪河保护条例"


def test_named_places_given_a_short_name_keep_their_governments() -> None:
    graph = document(
        "第四条 东坪县、西岭县、南湖区人民政府（以下简称沿河县区人民政府）负责本行政区域内青溪河的保护工作。"
        "沿河县区人民政府应当组织巡查。",
        _TITLE,
        "总则",
    )
    assert {"东坪县人民政府", "西岭县人民政府", "南湖区人民政府"} <= names(graph)
    assert holders_of_duty(graph, "保护工作") == {"东坪县人民政府", "西岭县人民政府", "南湖区人民政府"}
    assert holders_of_duty(graph, "组织巡查") == {"沿河县区人民政府"}


def test_functional_bodies_given_a_short_name_stay_one_organ() -> None:
    graph = document(
        "第五条 高新区管委会、港口区管委会（以下简称管委会）负责本辖区内青溪河的保护工作。", _TITLE, "总则"
    )
    assert holders_of_duty(graph, "保护工作") == {"管委会"}
