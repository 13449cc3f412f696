"""经X审核(同意)后，报Y批准 with no submitter printed: the reviewing body X holds the clause and
reports to Y; a printed proposer (由Z提出…) or a subject carried across ； keeps the clause."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

TITLE = "某某省湖泊管理条例"


def test_reviewer_without_submitter_reports_on() -> None:
    graph = document("第十条 新建湖区码头需要占用湖面的，应当经省人民政府审核同意后，报国务院批准。", TITLE)
    assert holder_names(graph, 10) == {"省人民政府"}
    assert ("省人民政府", "国务院") in edges(graph, "REPORTS_TO")


def test_reviewer_of_an_opening_condition() -> None:
    graph = document("第十条 转让国有滩涂使用权的，经渔业主管部门审核同意后，报县级以上人民政府依法决定。", TITLE)
    assert ("渔业主管部门", "县级以上人民政府") in edges(graph, "REPORTS_TO")


def test_printed_proposer_keeps_the_clause() -> None:
    graph = document(
        "第十条 湖泊保护范围由县级人民政府提出划定方案，经市水行政主管部门审核后，报市人民政府批准。", TITLE
    )
    assert edges(graph, "REPORTS_TO") == {("县级人民政府", "市人民政府"), ("县级人民政府", "市水行政主管部门")}


def test_subject_before_semicolon_goes_on() -> None:
    graph = document(
        "第十条 县人民政府渔业主管部门应当签署意见后，报送市渔业主管部门审批；跨市的，"
        "经省渔业主管部门签署意见后，报送省人民政府审批。",
        TITLE,
    )
    assert ("省渔业主管部门", "省人民政府") not in edges(graph, "REPORTS_TO")


def test_relative_reviewer_is_left_alone() -> None:
    graph = document("第十条 湖泊调查成果，经本级人民政府审核，报上一级人民政府批准后公布。", TITLE)
    assert not holder_names(graph, 10)
