"""Sanction target rules (s27x), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): X…的，由Y对X(的)主要负责人给予处分 reaches X through the role printed on it
(the edge goes to the role, PART_OF X; X too where staff words are listed with it); a ;-part opened by
the failure to comply (逾期不改正的) sanctions the same offenders; a list of bodies opening the
condition (市、区人民政府有关部门(及其工作人员)(，在…中)…的) is liable body by body."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, short


def _doc(body: str, title: str = "某市湿地保护条例") -> DocumentGraph:
    return document(body, title)


def _liable(graph: DocumentGraph) -> set[str]:
    return {short(li.organ) for li in graph.liabilities}


def test_a_sanctioned_role_of_the_offending_body_is_the_target() -> None:
    graph = _doc("第一条 区人民政府未完成湿地修复任务的，由市人民政府对区人民政府主要负责人给予处分。\n")
    assert ("市人民政府", "区人民政府主要负责人") in edges(graph, "SUPERVISES")
    assert ("市人民政府", "区人民政府") not in edges(graph, "SUPERVISES")
    assert ("区人民政府主要负责人", "区人民政府") in edges(graph, "PART_OF")


def test_a_role_listed_with_staff_words_keeps_the_body_too() -> None:
    graph = _doc(
        "第一条 区人民政府未完成湿地修复任务的，由市人民政府对区人民政府的主要负责人和直接负责的主管人员给予处分。\n"
    )
    assert {("市人民政府", "区人民政府主要负责人"), ("市人民政府", "区人民政府")} <= edges(graph, "SUPERVISES")


def test_a_part_after_failing_to_comply_sanctions_the_same_offenders() -> None:
    graph = _doc(
        "第一条 湿地管理部门未公开湿地名录的，由市人民政府责令限期改正；逾期不改正的，予以通报，"
        "并由监察机关对湿地管理部门负责人依法给予处分。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("市人民政府", "湿地管理部门") in supervised
    assert ("监察机关", "湿地管理部门负责人") in supervised


def test_each_body_of_an_offending_list_is_liable() -> None:
    graph = _doc(
        "第一条 市、区人民政府有关部门及其工作人员，违反本条例规定，不履行湿地保护职责的，"
        "对负有责任的主管人员和其他直接责任人员依法给予处分。\n"
    )
    assert {"市人民政府有关部门", "区人民政府有关部门"} <= _liable(graph)
    assert not graph.duties


def test_the_setting_of_the_offence_may_come_between_list_and_condition() -> None:
    graph = _doc(
        "第一条 市、区人民政府有关部门，在湿地保护工作中滥用职权、玩忽职守的，"
        "对直接负责的主管人员和其他直接责任人员，依法给予处分。\n"
    )
    assert {"市人民政府有关部门", "区人民政府有关部门"} <= _liable(graph)
    assert not graph.duties
