"""Role rules of session 24 (round 46, roles): workers named by their task in a sentence of their own
(特种作业人员应当…) are the regulated workers at large, not the staff of a unit an earlier sentence named; a
unit's trade union printed after it (X的工会) is a body inside the unit, and a union organises the workers it
names without employing them. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某市建筑施工安全条例"


def test_workers_in_a_sentence_of_their_own_take_no_earlier_unit() -> None:
    body = "第一条 施工单位应当每季度组织一次应急演练。起重作业人员应当在吊装前检查索具。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"施工单位", "起重作业人员"}
    assert not any(source == "起重作业人员" for source, _ in edges(graph, "PART_OF"))


def test_workers_printed_with_their_unit_still_belong_to_it() -> None:
    body = "第一条 施工单位的起重作业人员应当在吊装前检查索具。\n"
    graph = document(body, _TITLE)
    assert ("起重作业人员", "施工单位") in edges(graph, "PART_OF")


def test_a_units_union_is_a_body_inside_it() -> None:
    body = "第一条 施工单位的工会应当每年组织职工代表检查工地宿舍条件。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"工会"}
    assert ("工会", "施工单位") in edges(graph, "PART_OF")


def test_workers_a_union_organises_are_not_its_staff() -> None:
    body = "第一条 施工单位的工会应当组织从业人员参与安全检查，从业人员应当如实反映隐患。\n"
    graph = document(body, _TITLE)
    part_of = edges(graph, "PART_OF")
    assert ("从业人员", "工会") not in part_of
    assert ("从业人员", "施工单位") in part_of
