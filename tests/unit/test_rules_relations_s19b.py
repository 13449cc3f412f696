"""Relation rules of session 22 (round b): a 反馈 answering a body's proposal reports back to that body
(对X提出的建议，Y应当反馈… / 听取X意见，并向其反馈…); 反馈 to any other body stays no report, and a body
told to make another answer (督促相关单位对X…反馈) gives no edge from the holder.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某县山林巡护办法"


def test_feedback_on_a_proposal_is_no_report_under_the_gate() -> None:
    body = (
        "第一条 县人民政府负责山林巡护工作。\n"
        "第二条 对县林业主管部门和县自然资源主管部门提出的巡护整改建议，乡镇人民政府应当在十五日内反馈处理结果。\n"
    )
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    # session 38 gate: 反馈 is no README trigger
    assert ("乡镇人民政府", "县林业主管部门") not in reports
    assert ("乡镇人民政府", "县自然资源主管部门") not in reports


def test_feedback_to_the_body_heard_is_no_report_under_the_gate() -> None:
    body = (
        "第一条 县人民政府负责山林巡护工作。\n"
        "第二条 县人民政府有关部门应当听取乡镇人民政府的意见和建议，并及时向其反馈处理情况。\n"
    )
    # session 38 gate: 反馈 is no README trigger
    assert ("县人民政府有关部门", "乡镇人民政府") not in edges(document(body, _TITLE), "REPORTS_TO")


def test_feedback_with_no_proposal_gives_no_report() -> None:
    body = "第一条 县人民政府负责山林巡护工作。\n第二条 县林业主管部门应当向乡镇人民政府反馈巡护检查情况。\n"
    assert not edges(document(body, _TITLE), "REPORTS_TO")


def test_feedback_a_holder_urges_of_another_gives_no_edge_from_it() -> None:
    body = (
        "第一条 县人民政府负责山林巡护工作。\n"
        "第二条 乡镇人民政府应当督促护林员对县林业主管部门提出的整改意见予以反馈。\n"
    )
    assert ("乡镇人民政府", "县林业主管部门") not in edges(document(body, _TITLE), "REPORTS_TO")
