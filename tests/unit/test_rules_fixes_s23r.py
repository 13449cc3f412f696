"""Round 47 (small fixes): a list of units sharing the head 单位 names regulated units as the spelled-out
ones do, and a body described by its charge (负责…的X) after 由 is the clause's agent."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names


def test_unit_list_items_are_regulated_units() -> None:
    # 设计、监理等单位 names 设计单位 and 监理单位, regulated actors: no oversight edge reaches them
    graph = document(
        "第一条 县级以上人民政府交通运输主管部门应当督促设计、监理等单位落实安全责任。",
        "某某省公路养护条例",
    )
    assert not edges(graph, "SUPERVISES")


def test_charged_description_after_you_names_the_agent() -> None:
    # 由负责日常管理的林业主管部门复核: the description qualifies 林业主管部门, which acts
    graph = document(
        "第一条 乡镇人民政府应当汇总名录，由负责日常管理的林业主管部门复核。",
        "某某省古树名木保护条例",
    )
    assert "林业主管部门" in names(graph)
