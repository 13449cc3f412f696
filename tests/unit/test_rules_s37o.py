"""Round 120 (missing REPORTS_TO): a report verb followed by 当地 names the reporter's local body as the
target (报告当地X, 报当地X备案), as 向当地X and 报所在地X already do. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某安全管理办法"


def test_a_report_to_the_local_body_after_the_verb_is_a_report() -> None:
    graph = document(
        "第二条 负有消防监督管理职责的部门负责本行政区域的安全监督管理工作。"
        "第三条 经营单位负责人接到隐患报告后，应当立即采取措施，并如实报告当地负有消防监督管理职责的部门。",
        _TITLE,
    )
    assert ("经营单位负责人", "负有消防监督管理职责的部门") in edges(graph, "REPORTS_TO")


def test_a_filing_with_the_local_body_is_a_report() -> None:
    graph = document(
        "第二条 负有河道监督管理职责的部门负责本行政区域的河道管理工作。"
        "第三条 养护单位应当制定养护方案，报当地负有河道监督管理职责的部门备案。",
        _TITLE,
    )
    assert ("养护单位", "负有河道监督管理职责的部门") in edges(graph, "REPORTS_TO")
