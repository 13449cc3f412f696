"""Relation rules of session 22 (round k): a graded 处分 (给予警告或者记过的处分 / 政务处分 / 依法予以处分)
after a …的，由Y… condition is a sanction Y imposes on the failing body, and the 由 of 理由 (无正当理由…的，
由Y责令改正) marks no agent. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某省档案管理条例"


def test_a_graded_sanction_supervises_the_failing_body() -> None:
    body = (
        "第一条 县级以上人民政府档案主管部门不履行档案监督职责，造成档案严重损毁的，"
        "由任免机关对其直接负责的主管人员给予警告或者记过的处分。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert ("任免机关", "县级以上人民政府档案主管部门") in edges(graph, "SUPERVISES")


def test_a_political_sanction_supervises_the_failing_body() -> None:
    body = "第一条 省档案主管部门未按照规定开放档案的，由监察机关对直接负责的主管人员依法给予政务处分。\n"
    graph = document(body, _TITLE, "法律责任")
    assert ("监察机关", "省档案主管部门") in edges(graph, "SUPERVISES")


def test_a_grade_without_a_condition_is_no_sanction() -> None:
    # no …的， condition before the agent: a plain statement about 处分, no oversight edge
    body = "第一条 监察机关对档案主管部门作出的处分应当予以登记。\n"
    graph = document(body, _TITLE, "法律责任")
    assert ("监察机关", "档案主管部门") not in edges(graph, "SUPERVISES")


def test_the_you_of_liyou_is_no_agent() -> None:
    body = "第一条 档案主管部门无正当理由拒不接收移交档案的，由其上级主管部门责令限期改正。\n"
    graph = document(body, _TITLE, "法律责任")
    assert ("上级主管部门", "档案主管部门") in edges(graph, "SUPERVISES")
    assert holders_of_duty(graph, "责令限期改正") == {"上级主管部门"}
