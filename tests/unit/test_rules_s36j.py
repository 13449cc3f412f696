"""Round 116 (duties found, a co-holder missing): an unnamed set joined to a department printed as a level
list (市、县人民政府A部门和其他有关部门) is the set of each listed level, as the department is. Each rule on
a sentence written for this file (not from the seeds, the dev documents or the corpus). The documents print
the levels' sets elsewhere too (a set printed under no level is the document's one set)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某市湖泊保护条例"
_SETS = "第二条 市、县（区）人民政府及其有关部门应当加强湖泊保护工作。"


def test_other_set_after_a_level_list_department_is_each_levels_set() -> None:
    graph = document(_SETS + "第三条 市、县（区）人民政府林业主管部门和其他有关部门应当组织开展湖泊岸线绿化。", _TITLE)
    holders = holders_of_duty(graph, "岸线绿化")
    assert {"市人民政府有关部门", "县（区）人民政府有关部门"} <= holders


def test_duty_bearing_set_after_a_level_list_department_is_each_levels_set() -> None:
    graph = document(
        _SETS + "第三条 市、县（区）人民政府水行政主管部门和其他负有湖泊保护职责的部门应当定期巡查湖泊。", _TITLE
    )
    holders = holders_of_duty(graph, "定期巡查湖泊")
    assert {"市人民政府负有湖泊保护职责的部门", "县（区）人民政府负有湖泊保护职责的部门"} <= holders


def test_other_set_after_a_possessed_department_of_a_level_list_is_each_levels_set() -> None:
    graph = document(
        _SETS + "第三条 市、县（区）人民政府及其农业农村主管部门和其他有关部门应当指导农户减少化肥使用。", _TITLE
    )
    holders = holders_of_duty(graph, "减少化肥使用")
    assert {"市人民政府有关部门", "县（区）人民政府有关部门"} <= holders


def test_other_set_after_a_one_level_department_stays_that_levels_set() -> None:
    graph = document(_SETS + "第三条 县（区）人民政府林业主管部门和其他有关部门应当组织开展湖泊岸线绿化。", _TITLE)
    holders = holders_of_duty(graph, "岸线绿化")
    assert "县（区）人民政府有关部门" in holders
    assert "市人民政府有关部门" not in holders


def test_herders_committee_joins_the_township_as_a_holder() -> None:
    graph = document("第三条 乡（镇）人民政府和村（牧）民委员会应当组织牧户开展草场巡护。", "某某省草原保护条例")
    holders = holders_of_duty(graph, "草场巡护")
    assert len(holders) == 2
    assert any("委员会" in holder for holder in holders)


def test_management_worded_functions_are_joint_partners() -> None:
    graph = document(
        "第三条 市场监督管理部门应当会同交通监管、通信管理部门建立快递安全联动机制。", "某某省寄递安全条例"
    )
    holders = holders_of_duty(graph, "快递安全联动机制")
    assert {"交通监管部门", "通信管理部门"} <= holders


def test_unaddressed_cooperation_after_a_joint_duty_helps_the_lead_only() -> None:
    graph = document(
        "第三条 市场监督管理部门应当会同公安、交通运输部门建立快递安全联动机制，快递企业应当予以配合。",
        "某某省寄递安全条例",
    )
    helped = {target for source, target in edges(graph, "ASSISTS") if source == "快递企业"}
    assert "市场监督管理部门" in helped
    assert not helped & {"公安部门", "交通运输部门"}
