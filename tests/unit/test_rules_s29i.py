"""Round 97, second street/township/village round: 审议X的(年度)工作报告 is X reporting to the subject (as
听取X汇报); 撤销或者变更X不适当的决定 is an oversight of X; the posts of a body with their headcount
(X设主任一名、副主任若干名) are its make-up, no duty.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges

_TITLE = "某县村民自治工作办法"


def test_reviewing_a_work_report_makes_its_body_report_to_the_reviewer() -> None:
    graph = document("第一条 村民会议每年审议村民委员会的年度工作报告，并评议村民委员会成员的工作。", _TITLE)
    assert ("村民委员会", "村民会议") in edges(graph, "REPORTS_TO")


def test_a_review_with_no_report_gives_no_edge() -> None:
    graph = document("第一条 村民会议审议村民委员会提交的村规民约草案。", _TITLE)
    assert ("村民委员会", "村民会议") not in edges(graph, "REPORTS_TO")


def test_overruling_a_body_decision_is_no_oversight_under_the_gate() -> None:
    graph = document("第一条 村民会议撤销或者变更村民委员会不适当的决定，并向乡镇人民政府备案。", _TITLE)
    # session 38 gate: 撤销或者变更 is no README trigger
    assert ("村民会议", "村民委员会") not in edges(graph, "SUPERVISES")
    graph = document("第一条 村民代表会议撤销或者改变村民委员会不适当的决定。", _TITLE)
    assert ("村民代表会议", "村民委员会") not in edges(graph, "SUPERVISES")


def test_posts_with_their_headcount_are_no_duty() -> None:
    graph = document("第一条 社区服务中心设主任一名，副主任二至三名。社区服务中心应当配备专职人员两名。", _TITLE)
    assert duty_texts(graph) == ["社区服务中心应当配备专职人员两名"]
    graph = document("第一条 乡镇人民政府设乡镇长一名、副乡镇长若干名，负责本乡镇的行政工作。", _TITLE)
    assert not any(text.endswith("名") for text in duty_texts(graph))
