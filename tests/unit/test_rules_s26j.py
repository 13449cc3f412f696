"""Round 73, SUPERVISES second pass: a regulated actor overseeing the members of its own unit (company →
employees). Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_company_urges_its_own_workers() -> None:
    graph = document(
        "第一条 生产经营单位应当定期组织应急演练，并教育、督促从业人员熟悉逃生路线。\n", "某县危险化学品安全管理办法"
    )
    assert ("生产经营单位", "从业人员") in edges(graph, "SUPERVISES")


def test_company_vetting_others_staff_gives_no_edge() -> None:
    graph = document("第一条 生产经营单位应当对承包单位有关人员的上岗资格进行审查。\n", "某县危险化学品安全管理办法")
    assert not edges(graph, "SUPERVISES")


def test_department_urging_a_companys_workers_gives_no_edge() -> None:
    graph = document("第一条 县应急管理部门应当督促生产经营单位的从业人员参加培训。\n", "某县危险化学品安全管理办法")
    assert ("县应急管理部门", "从业人员") not in edges(graph, "SUPERVISES")
