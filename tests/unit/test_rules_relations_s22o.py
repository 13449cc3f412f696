"""Relation rules of round 35 (relations2): a sanction sentence that also fines the offender, takes its
illegal gains or halts its business sanctions a regulated actor, whatever its name, so its 由Y责令改正
gives no oversight edge. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某省人力资源市场管理条例"


def test_fined_institution_gets_no_oversight_edge() -> None:
    body = (
        "第一条 人才中介服务机构违反本条例规定发布虚假招聘信息的，由县级以上人力资源社会保障主管部门"
        "责令改正，没收违法所得，并处二万元以上五万元以下的罚款。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert not edges(graph, "SUPERVISES")


def test_fine_after_a_semicolon_in_the_same_sentence_counts() -> None:
    body = (
        "第一条 人才交流机构未按照规定公示收费标准的，由市人力资源社会保障主管部门责令改正；"
        "逾期不改正的，处五千元以上一万元以下的罚款。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert not edges(graph, "SUPERVISES")


def test_sanctioned_department_without_a_fine_keeps_its_edge() -> None:
    body = (
        "第一条 县人力资源社会保障主管部门未按照规定公布用工信息的，由市人力资源社会保障主管部门"
        "责令改正，通报批评。\n"
        "第二条 人才中介服务机构违反本条例规定的，处一万元罚款。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert ("市人力资源社会保障主管部门", "县人力资源社会保障主管部门") in edges(graph, "SUPERVISES")
