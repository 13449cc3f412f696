"""Round 57 (会同 partners): a bare 有关部门 after 会同 is the 有关部门 set spanning levels that the
document names (县级以上人民政府有关部门), unless the lead is one body of one level (国务院X, 县X, 上一级X)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_SET = "第一条 县级以上人民政府有关部门应当按照各自职责做好林木种苗工作。\n"


def test_partner_of_a_spanning_lead_is_the_spanning_set() -> None:
    graph = document(_SET + "第二条 县级以上人民政府林业主管部门应当会同有关部门编制种苗规划。", "某省林木种苗条例")
    assert holders_of_duty(graph, "编制种苗规划") == {"县级以上人民政府林业主管部门", "县级以上人民政府有关部门"}


def test_partner_of_a_provincial_agent_is_the_spanning_set() -> None:
    graph = document(_SET + "第二条 种苗质量标准由省林业主管部门会同有关部门制定。", "某省林木种苗条例")
    assert holders_of_duty(graph, "种苗质量标准") == {"省林业主管部门", "县级以上人民政府有关部门"}


def test_partner_stays_bare_without_a_spanning_set() -> None:
    graph = document("第一条 省林业主管部门应当会同有关部门编制种苗规划。", "某省林木种苗条例")
    assert holders_of_duty(graph, "编制种苗规划") == {"省林业主管部门", "有关部门"}


def test_partner_of_a_relative_lead_stays_bare() -> None:
    graph = document(_SET + "第二条 跨县的种苗纠纷，由上一级林业主管部门会同有关部门调处。", "某省林木种苗条例")
    assert "县级以上人民政府有关部门" not in holders_of_duty(graph, "调处")


def test_partner_of_a_county_lead_is_not_the_spanning_set() -> None:
    graph = document(_SET + "第二条 县级人民政府林业主管部门应当会同有关部门建立种苗基地。", "某省林木种苗条例")
    assert "县级以上人民政府有关部门" not in holders_of_duty(graph, "建立种苗基地")
