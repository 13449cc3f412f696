"""Round 48 relation rules: a handling result fed back to a body (将处理结果反馈X / 将整改情况向X反馈) is a
report to it; an opinion fed back (向X反馈检查意见) or a result fed back to a person stays none; 对所属部门 is
the holder's own departments (as 对其所属部门). Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某县河道管理办法"


def test_result_fed_back_to_a_body_is_no_report_under_the_gate() -> None:
    graph = document("第五条 县有关部门应当及时处理，并将处理结果反馈县水务局。", _TITLE)
    # session 38 gate: 反馈 is no README trigger
    assert ("县有关部门", "县水务局") not in edges(graph, "REPORTS_TO")


def test_result_fed_back_with_gei_is_no_report_under_the_gate() -> None:
    graph = document("第五条 县有关部门应当及时处理，并将处理结果反馈给县水务局。", _TITLE)
    # session 38 gate: 反馈给 is no README trigger
    assert ("县有关部门", "县水务局") not in edges(graph, "REPORTS_TO")


def test_rectification_fed_back_through_xiang_is_no_report_under_the_gate() -> None:
    graph = document("第五条 镇人民政府应当将整改情况以书面形式向县水务局反馈。", _TITLE)
    # session 38 gate: 向X反馈 is no README trigger
    assert ("镇人民政府", "县水务局") not in edges(graph, "REPORTS_TO")


def test_opinion_fed_back_down_is_no_report() -> None:
    graph = document("第五条 县水务局应当在检查结束后向镇人民政府反馈检查意见。", _TITLE)
    assert edges(graph, "REPORTS_TO") == set()


def test_result_fed_back_to_a_person_is_no_report() -> None:
    graph = document("第五条 县水务局应当将处理结果反馈举报人。", _TITLE)
    assert edges(graph, "REPORTS_TO") == set()


def test_own_departments_without_qi() -> None:
    graph = document("第五条 市人民政府应当加强对所属部门河道保护工作的监督检查。", "某市河道管理办法")
    assert edges(graph, "SUPERVISES") == {("市人民政府", "市人民政府所属部门")}


def test_own_departments_of_each_level() -> None:
    graph = document("第五条 市、县人民政府应当对所属部门的河道保护工作进行考核。", "某市河道管理办法")
    assert {("市人民政府", "市人民政府所属部门"), ("县人民政府", "县人民政府所属部门")} <= edges(graph, "SUPERVISES")
