"""Relation rules of session 24 (round h): an oversight verb inside a 另有规定 piece (法律对X的管理职责另有规定的)
only names the matter another law rules on, no edge; 逐级签订责任书 with no 与-party makes each level of the
subjects pledge to the one above it (explicit where the levels are printed, implicit for a 各级 collective).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, short

_TITLE = "某市山林巡护条例"
_LEVELS = (
    "第一条 市人民政府领导全市山林巡护工作。县（市、区）人民政府负责本辖区山林巡护工作。"
    "乡（镇）人民政府负责本辖区山林巡护的日常工作。\n"
)


def test_a_deferred_management_duty_is_no_oversight() -> None:
    body = (
        "第一条 市林业主管部门、市财政部门按照各自职责做好山林巡护工作。"
        "行政法规对森林公园管理机构的巡护管理职责另有规定的，从其规定。\n"
        "第二条 市林业主管部门应当加强对县（市、区）林业主管部门的监督管理。\n"
    )
    supervised = edges(document(body, _TITLE), "SUPERVISES")
    assert not any(target == "森林公园管理机构" for _, target in supervised)
    assert ("市林业主管部门", "县（市、区）林业主管部门") in supervised  # a plain oversight stays


def test_stepwise_pledges_between_printed_levels() -> None:
    body = _LEVELS + "第二条 市、县（市、区）、乡（镇）人民政府应当逐级签订山林巡护目标责任书。\n"
    graph = document(body, _TITLE)
    pledges = {(short(r.source), short(r.target), r.implicit) for r in graph.relations if r.type == "REPORTS_TO"}
    assert ("县（市、区）人民政府", "市人民政府", False) in pledges
    assert ("乡（镇）人民政府", "县（市、区）人民政府", False) in pledges
    assert not any(source == "乡（镇）人民政府" and target == "市人民政府" for source, target, _ in pledges)


def test_stepwise_pledges_of_every_level_are_implicit() -> None:
    body = _LEVELS + "第二条 各级人民政府每年逐级签订山林巡护目标责任书。\n"
    graph = document(body, _TITLE)
    pledges = {(short(r.source), short(r.target), r.implicit) for r in graph.relations if r.type == "REPORTS_TO"}
    assert ("县（市、区）人民政府", "市人民政府", True) in pledges
    assert ("乡（镇）人民政府", "县（市、区）人民政府", True) in pledges


def test_a_pledge_with_a_party_is_not_stepwise() -> None:
    body = _LEVELS + "第二条 县（市、区）人民政府应当与乡（镇）人民政府逐级签订山林巡护目标责任书。\n"
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    assert reports == {("乡（镇）人民政府", "县（市、区）人民政府")}
