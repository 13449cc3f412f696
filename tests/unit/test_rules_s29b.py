"""Round 97 (city river, lake and reservoir regulations): reports to a body qualified by its power or
by the act it first did, bodies a government designates, and river classes named by level words."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names


def test_report_to_body_qualified_by_its_power() -> None:
    # 报具有相应…权限的X备案: the report goes to X, the qualifier says which one
    graph = document(
        "第一条 市水行政主管部门负责全市水库的监督管理。\n"
        "第二条 水库管理单位应当将大坝安全鉴定结论报具有相应审批权限的水行政主管部门备案。",
        "某市水库保护管理条例",
    )
    assert ("水库管理单位", "水行政主管部门") in edges(graph, "REPORTS_TO")


def test_report_to_body_that_first_approved() -> None:
    # 报经原审批的X同意 / 报原批准的X备案: the body that approved first is X itself
    graph = document(
        "第一条 市水行政主管部门负责湖泊的保护管理工作。\n"
        "第二条 建设项目的位置需要调整的，建设单位应当报经原审批的水行政主管部门同意。\n"
        "第三条 采砂方案变更的，采砂单位应当报原批准的水行政主管部门备案。",
        "某市湖泊保护条例",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("建设单位", "水行政主管部门") in reports
    assert ("采砂单位", "水行政主管部门") in reports


def test_body_designated_by_a_government_holds_its_duty() -> None:
    # X人民政府确定的部门 / 同级人民政府明确的机构: one collective of its own; the government holds none
    graph = document(
        "第一条 市人民政府确定的部门负责某湖保护的组织、协调和监督工作。\n"
        "第二条 甲县人民政府和乙县人民政府负责本辖区的保护工作，日常工作由同级人民政府明确的机构承担。",
        "某市某湖保护条例",
    )
    assert holder_names(graph, 1) == {"市人民政府确定的部门"}
    assert "同级人民政府明确的机构" in holder_names(graph, 2)


def test_levels_before_a_river_class_are_no_bodies() -> None:
    # 省级、市级河道…应当报…: river classes by level, the duty stays with the clause's subject
    graph = document(
        "第一条 县人民政府负责划定本行政区域内河道的管理范围；省级、市级河道的管理范围划定前，"
        "应当报省、市水行政主管部门审核。",
        "某市河道管理条例",
    )
    assert not {"省级", "市级"} & names(graph)
    assert ("县人民政府", "市水行政主管部门") in edges(graph, "REPORTS_TO")


def test_level_list_ending_in_a_class_word_before_a_river_is_no_body() -> None:
    # 省、市级堤防: the list ends in 市级, so the class is named; 区、县(市)河道保护工作 stays the places' work
    graph = document(
        "第一条 区人民政府负责本区堤防的日常管理。省、市级堤防的护堤地宽度不少于十米。",
        "某市堤防管理条例",
    )
    assert not {"省", "市级"} & names(graph)
