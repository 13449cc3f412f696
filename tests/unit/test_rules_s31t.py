"""Round 101 (REPORTS_TO, fourth round): a matter reviewed by one level and then passed up level by level
(经X审核后逐级上报Y) reaches Y from the reviewing level X, not from the body that submitted it."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_stepwise_report_after_review_climbs_through_the_reviewer() -> None:
    # 经X审核后逐级上报Y: the township reports to the county bureau, which passes the matter on to the city
    graph = document(
        "第一条 乡镇人民政府应当汇总渔船登记情况，经县渔业主管部门审核后逐级上报至市渔业主管部门。",
        "某某市渔船管理办法",
    )
    found = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "县渔业主管部门") in found
    assert ("县渔业主管部门", "市渔业主管部门") in found
    assert ("乡镇人民政府", "市渔业主管部门") not in found


def test_review_then_report_without_stepwise_keeps_the_submitter() -> None:
    # 经X审核后报Y (no 逐级): the submitter reports to both, as most annotations draw it
    graph = document(
        "第一条 乡镇人民政府应当提出渔港划定方案，经县渔业主管部门审核后报县人民政府批准。",
        "某某市渔港管理办法",
    )
    found = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "县渔业主管部门") in found
    assert ("乡镇人民政府", "县人民政府") in found
