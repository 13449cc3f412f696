"""Organs, round 86: one department printed in several forms. A level's X部门 (a list item or alone) is
the bureau 市X局 the document names; a commission (市X委) stays apart; 应急管理部门 and 应急管理主管部门 of
one level are one department (a function ending in 管理 is still one function)."""

from __future__ import annotations

from tests.unit.rules_support import document, names, organ_id

TITLE = "某市城乡供水保障责任制规定"


def test_list_department_is_the_named_bureau() -> None:
    body = (
        "第五条 市、县人民政府财政、卫生健康等部门应当按照各自职责做好供水保障工作。\n"
        "第六条 市财政局负责安排供水设施补助资金。\n"
    )
    graph = document(body, TITLE)
    assert organ_id(graph, "市财政局") == organ_id(graph, "市财政部门")
    assert "市人民政府财政部门" not in names(graph)
    assert "县人民政府财政部门" in names(graph)  # the county has no bureau named: its own department


def test_lone_department_is_the_named_bureau() -> None:
    body = "第五条 市供水局负责编制供水规划。\n第六条 市供水部门应当定期检查水厂。\n"
    graph = document(body, TITLE)
    assert organ_id(graph, "市供水部门") == organ_id(graph, "市供水局")
    assert "市供水局" in names(graph)


def test_commission_stays_apart_from_the_department() -> None:
    body = (
        "第五条 市、县人民政府交通、财政等部门应当按照各自职责做好供水保障工作。\n"
        "第六条 市交通委负责协调供水车辆通行。\n"
    )
    graph = document(body, TITLE)
    assert organ_id(graph, "市交通委") != organ_id(graph, "市交通部门")


def test_other_function_bureau_is_no_alias() -> None:
    body = "第五条 市林业和草原局负责林区供水。\n第六条 市林业部门应当保护水源涵养林。\n"
    graph = document(body, TITLE)
    assert organ_id(graph, "市林业部门") != organ_id(graph, "市林业和草原局")


def test_emergency_department_head_variants_are_one_department() -> None:
    body = (
        "第五条 县级以上人民政府应急管理、水利等部门应当做好供水应急工作。\n"
        "第六条 县级以上人民政府应急管理主管部门负责组织供水应急演练。\n"
    )
    graph = document(body, TITLE)
    assert organ_id(graph, "应急管理") == organ_id(graph, "县级以上人民政府应急管理主管部门")
