"""Round 97 (same function at another level): a department of no level joined by 和 or 、 right after
the departments of a level list (市和区交通主管部门和文化主管部门) is that department at each listed level."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names


def test_department_joined_by_he_after_a_level_list_takes_each_level() -> None:
    graph = document("第二条 市和区交通行政主管部门和文化行政主管部门，负责本行政区域内道路的管理。", "某市道路条例")
    assert {"市文化行政主管部门", "区文化行政主管部门"} <= holder_names(graph, 2)
    assert "文化行政主管部门" not in names(graph)


def test_department_listed_after_a_level_list_takes_each_level() -> None:
    graph = document("第二条 市、县（区）林业部门、水务部门应当加强对道路的巡查。", "某市道路条例")
    assert {"市水务部门", "县（区）水务部门"} <= holder_names(graph, 2)


def test_department_of_a_government_level_list_takes_each_government() -> None:
    graph = document("第二条 市、县（区）人民政府林业主管部门和水务主管部门应当加强巡查。", "某市道路条例")
    assert {"市人民政府水务主管部门", "县（区）人民政府水务主管部门"} <= holder_names(graph, 2)


def test_one_levelled_department_does_not_carry_its_level() -> None:
    # one level, no list: the joined department keeps its own (document) reading
    graph = document("第二条 市林业主管部门和水务主管部门应当加强巡查。", "某市道路条例")
    assert "区水务主管部门" not in names(graph)


def test_unit_kinds_and_subordinate_bodies_are_not_levelled() -> None:
    body = "第二条 省、市机关和事业单位应当开展帮扶。市、县水利部门和某某委员会所属管理机构负责调度。"
    graph = document(body, "某省帮扶条例")
    assert not {"省事业单位", "市事业单位"} & names(graph)
    assert not any("所属管理机构" in name and name.startswith(("市", "县")) for name in names(graph))
