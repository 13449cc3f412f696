"""Round 73 (REPORTS_TO, second pass): sentences written for these rules, not taken from any document."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_an_account_owed_to_a_body_is_no_report_under_the_gate() -> None:
    # 向X作出(书面)说明 / 向X说明理由 / 向X说明情况: an account owed to X, a report
    graph = document(
        "第一条 县水利部门未完成年度任务的，应当向县人民政府作出书面说明。\n"
        "第二条 乡镇人民政府需要延长期限的，应当向县农业农村部门说明理由。\n"
        "第三条 区城管执法部门应当每季度向区民政部门说明情况。",
        "某市河湖保护条例",
    )
    reports = edges(graph, "REPORTS_TO")
    # session 38 gate: 作出说明/说明理由/说明情况 is no README trigger
    assert ("县水利部门", "县人民政府") not in reports
    assert ("乡镇人民政府", "县农业农村部门") not in reports
    assert ("区城管执法部门", "区民政部门") not in reports


def test_an_account_to_a_member_of_the_public_is_no_report() -> None:
    # 向申请人说明理由: the applicant is no organ, no edge
    graph = document("第一条 县农业农村部门不予批准的，应当向申请人说明理由。", "某市河湖保护条例")
    assert edges(graph, "REPORTS_TO") == set()
