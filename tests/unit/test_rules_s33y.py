"""Round 107 (central 督导 rules): 商请X… asks body X to act, the whole verb stands before the body's
name (as 提请, 请求), so no body named 请X. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某某工作督导办法"


def test_a_body_asked_by_shangqing_keeps_its_own_name() -> None:
    graph = document(
        "第三条 督导涉及国有林场的，督导组可以商请林业主管部门派员参加。林业主管部门应当配合督导组工作。",
        _TITLE,
    )
    assert "林业主管部门" in names(graph)
    assert not any(name.startswith("请") for name in names(graph))
    assert ("林业主管部门", "督导组") in edges(graph, "ASSISTS")


def test_shangwu_and_shangye_bodies_stay_whole() -> None:
    graph = document("第三条 县级人民政府商务主管部门应当配合督导组开展工作。", _TITLE)
    assert "县级人民政府商务主管部门" in names(graph)
