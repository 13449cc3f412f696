"""Round 102 (bdd): 被检查地区人民政府应当… in an article with no edge of its own names the bodies the
document's earlier edges of that act reach, where exactly one of them ends with the printed head word."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty


def test_overseen_government_resolves_to_the_one_checked_body() -> None:
    graph = document(
        "第一条 国家林草局组织对省级人民政府开展年度检查。\n第二条 被检查地区人民政府应当如实报送护林工作台账。\n",
        "护林工作检查办法",
    )
    assert holders_of_duty(graph, "如实报送护林工作台账") == {"省级人民政府"}


def test_overseen_government_left_unread_when_two_bodies_are_checked() -> None:
    graph = document(
        "第一条 国家林草局组织对省级人民政府开展年度检查。\n"
        "第二条 省级人民政府应当对下级人民政府开展检查。\n"
        "第三条 被检查地区人民政府应当如实报送护林工作台账。\n",
        "护林工作检查办法",
    )
    assert not any("护林工作台账" in d.text and d.holders for d in graph.duties)
