"""Round 53 (organ names): a list of unit kinds closed by 等单位 names one body per kind."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

TITLE = "某市档案管理办法"


def test_kinds_before_units_split_with_the_last_kind_named_with_its_head() -> None:
    graph = document("第一条 机关、社会团体、企业事业等单位应当妥善保管本单位档案。", TITLE)
    assert {"机关", "社会团体", "企业事业单位"} <= names(graph)
    assert holder_names(graph, 1) == {"机关", "社会团体", "企业事业单位"}


def test_bare_last_kind_takes_the_unit_head() -> None:
    graph = document("第一条 机关、团体、部队、企业、事业等单位应当指定专人管理档案。", TITLE)
    assert holder_names(graph, 1) == {"机关", "团体", "部队", "企业", "事业单位"}


def test_a_list_without_a_kind_of_body_is_left_to_the_other_readings() -> None:
    graph = document("第一条 学校、医院、企业事业等单位应当指定专人管理档案。", TITLE)
    assert "机关" not in names(graph)
    assert "企业事业单位" in holder_names(graph, 1)


def test_oversight_of_a_list_of_unit_kinds_gives_no_edge() -> None:
    body = "第一条 市档案局依法对机关、团体、企业、事业等单位的档案工作进行监督检查。"
    graph = document(body, TITLE)
    assert edges(graph, "SUPERVISES") == set()


def test_kinds_closed_by_deng_right_before_the_duty_split() -> None:
    graph = document("第一条 国家机关、企业事业单位和社会团体等应当做好本单位档案的移交工作。", TITLE)
    assert holder_names(graph, 1) == {"国家机关", "企业事业单位", "社会团体"}
    graph = document("第一条 机关、学校、新闻媒体、基层群众性自治组织等，应当宣传档案法律。", TITLE)
    assert holder_names(graph, 1) == {"机关", "学校", "新闻媒体", "基层群众性自治组织"}
