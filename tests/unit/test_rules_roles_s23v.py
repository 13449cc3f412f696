"""Roles of round 48: the chair of a village or residents' committee."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names


def test_committee_chair_is_a_role_of_its_committee() -> None:
    graph = document(
        "第一条 村党组织书记、村民委员会主任对本村水塘管护工作负直接责任。\n"
        "第二条 居民委员会主任是本社区垃圾分类工作第一责任人。",
        "某县水塘管护责任规定",
    )
    assert "村民委员会主任" in names(graph)
    assert ("村民委员会主任", "村民委员会") in edges(graph, "PART_OF")
    assert holder_names(graph, 1) == {"村党组织书记", "村民委员会主任"}
    assert holder_names(graph, 2) == {"居民委员会主任"}


def test_office_chair_is_no_committee_role() -> None:
    graph = document("第一条 办公室主任由县水务局局长兼任，负责日常调度。", "某县水塘管护责任规定")
    assert not any(name.endswith("主任") for name in names(graph))
