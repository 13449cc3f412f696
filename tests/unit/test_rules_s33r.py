"""Round 106 (chair posts of committees and headquarters): the post a body's name-ending calls for, printed
right after the body (X委员会主任, X指挥部总指挥 / 指挥长), is that body's role, and so is the deputy printed
after it as its alternative or partner (主任或者副主任, 总指挥或者常务副总指挥, 指挥长、副指挥长); a post only
filled or appointed (总指挥由县长担任; 主任、副主任，由…任免) is none. A report to a head or the deputy it
delegates to (报X主任或者其委托的副主任批准) goes to both. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names
from tests.unit.rules_support import surfaces as _surfaces

_TITLE = "某某县防灾减灾工作责任制规定"


def test_a_headquarters_chief_and_his_deputy_after_or_are_its_roles() -> None:
    graph = document(
        "第八条 对防灾工作不力的乡镇，由县防灾减灾指挥部总指挥或者常务副总指挥约谈乡镇人民政府主要负责人。",
        _TITLE,
    )
    assert holders_of_duty(graph, "约谈") == {"县防灾减灾指挥部总指挥", "县防灾减灾指挥部常务副总指挥"}
    assert ("县防灾减灾指挥部总指挥", "县防灾减灾指挥部") in edges(graph, "PART_OF")
    assert ("县防灾减灾指挥部常务副总指挥", "县防灾减灾指挥部") in edges(graph, "PART_OF")


def test_a_committee_chair_and_deputy_joined_by_a_list_mark_are_its_roles() -> None:
    found = _surfaces("县减灾委员会主任、副主任应当定期检查防灾工作。", "county")
    assert found[:2] == ["县减灾委员会主任", "副主任"]
    found = _surfaces("县防灾指挥部指挥长、副指挥长负责组织抢险。", "county")
    assert found[:2] == ["县防灾指挥部指挥长", "副指挥长"]


def test_a_post_only_filled_or_appointed_is_no_role() -> None:
    assert "县防灾减灾指挥部总指挥" not in _surfaces("县防灾减灾指挥部总指挥由县长担任。", "county")
    found = _surfaces("县减灾委员会主任、副主任，由县人民政府任免。", "county")
    assert "副主任" not in found and "县减灾委员会主任" not in found


def test_a_relative_committee_chair_and_deputy_are_roles_of_the_relative_committee() -> None:
    graph = document(
        "第九条 发生较大灾害的，由上一级减灾委员会主任或者副主任约谈下级人民政府主要负责人。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "约谈")
    assert len(holders) == 2 and all(h.endswith(("主任", "副主任")) for h in holders)
    bodies = {target for source, target in edges(graph, "PART_OF") if source in holders}
    assert len(bodies) == 1 and next(iter(bodies)).endswith("减灾委员会")


def test_a_report_to_a_head_or_the_deputy_it_delegates_to_goes_to_both() -> None:
    graph = document(
        "第十条 县减灾委员会办公室拟订的年度计划需要调整的，应当报县减灾委员会主任或者其委托的副主任批准。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县减灾委员会办公室", "县减灾委员会主任") in reports
    assert ("县减灾委员会办公室", "县减灾委员会副主任") in reports
    assert "县减灾委员会副主任" in names(graph)
