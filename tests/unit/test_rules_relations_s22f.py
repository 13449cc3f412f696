"""Relation rules of round 33 (described organs): the governments competent to approve a case
(报经有批准权的人民政府批准) are one set and the target of the report; 报请Y对X… deputes Y, the holder has no
edge to X; 由其所在单位或者Y给予处分 of sanctioned persons makes 所在单位 a set of its own, while the unit of a
sanctioned body is that body. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

_TITLE = "某市水库保护条例"


def test_the_governments_competent_to_approve_are_a_report_target() -> None:
    body = "第一条 在水库保护范围内新建码头的，由市水务主管部门报经有批准权的人民政府批准，责令拆除。\n"
    graph = document(body, _TITLE, "法律责任")
    assert "有批准权的人民政府" in names(graph)
    assert ("市水务主管部门", "有批准权的人民政府") in edges(graph, "REPORTS_TO")


def test_a_body_asked_by_baoqing_acts_on_the_object_not_the_holder() -> None:
    body = "第一条 年度考核不合格的，由市水务主管部门报请市人民政府对该县人民政府予以通报批评。\n"
    graph = document(body, _TITLE, "法律责任")
    assert ("市水务主管部门", "县人民政府") not in edges(graph, "SUPERVISES")


def test_the_own_unit_of_sanctioned_persons_is_a_set_of_its_own() -> None:
    body = "第一条 在水库保护工作中，国家工作人员擅离职守的，由其所在单位或者上级主管部门给予处分。\n"
    graph = document(body, _TITLE, "法律责任")
    assert "所在单位" in holder_names(graph, 1)
    assert ("所在单位", "国家工作人员") in edges(graph, "SUPERVISES")


def test_the_own_unit_of_a_sanctioned_body_is_that_body() -> None:
    body = "第一条 市水务主管部门及其工作人员不履行巡查职责的，由其所在单位或者上级主管部门责令改正。\n"
    graph = document(body, _TITLE, "法律责任")
    assert "所在单位" not in names(graph)
    assert ("上级主管部门", "市水务主管部门") in edges(graph, "SUPERVISES")


def test_the_own_unit_alone_bears_a_clause_with_no_sanction() -> None:
    body = "第一条 参加水库抢险的职工负伤的，由所在单位按照工伤处理。\n"
    graph = document(body, _TITLE, "法律责任")
    assert "所在单位" in holder_names(graph, 1)
