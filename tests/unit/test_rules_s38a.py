"""Session 38 (the convention gate): an explicit REPORTS_TO stands only where its evidence prints a report word of
the gold README's list (报告/汇报, 报…批准/备案, 签订责任书, 提请, 申报, and 上报/报送/述职), and a SUPERVISES whose
only modes are evaluations or overrulings (评议, 评价, 撤销或者变更) is none. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某县社区服务条例"


def test_a_report_word_keeps_the_report() -> None:
    graph = document("第五条 县民政局应当将年度服务计划报县人民政府批准，并每年向县人民政府报告执行情况。", _TITLE)
    assert ("县民政局", "县人民政府") in edges(graph, "REPORTS_TO")


def test_a_complaint_or_feedback_is_no_report() -> None:
    graph = document(
        "第五条 社区服务中心应当及时向县民政局反映居民的意见和要求，并将处理结果反馈县民政局。",
        _TITLE,
    )
    assert ("社区服务中心", "县民政局") not in edges(graph, "REPORTS_TO")


def test_an_application_alone_is_no_report() -> None:
    graph = document("第五条 社区服务中心需要调整服务范围的，应当向县民政局提出申请。", _TITLE)
    assert ("社区服务中心", "县民政局") not in edges(graph, "REPORTS_TO")


def test_an_evaluation_alone_is_no_oversight() -> None:
    graph = document("第五条 县人民政府每年组织居民代表评议社区服务中心的工作。", _TITLE)
    assert ("县人民政府", "社区服务中心") not in edges(graph, "SUPERVISES")


def test_an_evaluation_beside_a_readme_mode_stays_oversight() -> None:
    graph = document("第五条 县人民政府应当对社区服务中心的工作进行监督检查和评议。", _TITLE)
    assert ("县人民政府", "社区服务中心") in edges(graph, "SUPERVISES")


def test_a_report_piece_after_answering_to_a_body_keeps_the_report() -> None:
    graph = document("第五条 村务监督委员会向村民会议负责，每年至少报告一次工作。", "某某省村务监督办法")
    assert ("村务监督委员会", "村民会议") in edges(graph, "REPORTS_TO")


def test_answering_to_a_body_alone_is_no_report() -> None:
    graph = document("第五条 村务监督委员会向村民会议负责，其成员可以列席村民委员会会议。", "某某省村务监督办法")
    assert ("村务监督委员会", "村民会议") not in edges(graph, "REPORTS_TO")
