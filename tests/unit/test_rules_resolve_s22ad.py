"""Relative levels of session 23 (round 39): level arithmetic that reaches a level the text names no
organ of gives the level's general name (县人民政府's 下级人民政府 = 乡（镇）人民政府), while a text that
prints a township body keeps its own name. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市档案督查办法"


def test_the_unprinted_level_below_a_county_holder_gets_its_general_name() -> None:
    body = "第一条 市、县（市、区）人民政府档案督查机构负责对下级人民政府的档案工作进行督查。\n"
    graph = document(body, _TITLE)
    supervised = edges(graph, "SUPERVISES")
    assert ("市人民政府档案督查机构", "县（市、区）人民政府") in supervised
    assert ("县（市、区）人民政府档案督查机构", "乡（镇）人民政府") in supervised
    assert "下级人民政府" not in names(graph)


def test_a_printed_township_body_keeps_the_general_name_off() -> None:
    body = (
        "第一条 县人民政府档案督查机构负责对下级人民政府的档案工作进行督查。\n"
        "第二条 乡镇人民政府、街道办事处应当配合档案督查。\n"
    )
    graph = document(body, _TITLE)
    assert "乡（镇）人民政府" not in names(graph)


def test_a_department_printed_only_bare_reports_to_the_same_level_set() -> None:
    body = (
        "第一条 市人民政府和区人民政府应当加强档案工作。\n"
        "第二条 违反本办法规定擅自销毁档案的，由档案行政部门报请同级人民政府责令整改。\n"
    )
    graph = document(body, _TITLE)
    assert ("档案行政部门", "同级人民政府") in edges(graph, "REPORTS_TO")


def test_a_department_named_with_its_level_keeps_its_own_government() -> None:
    body = "第一条 市人民政府和区人民政府应当加强档案工作。\n第二条 市档案行政部门编制档案规划，报同级人民政府批准。\n"
    graph = document(body, _TITLE)
    assert ("市档案行政部门", "市人民政府") in edges(graph, "REPORTS_TO")
