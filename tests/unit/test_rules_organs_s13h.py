"""Session 13 (h): relative references between tiers of roles (上一级/下一级 X after an object)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, surfaces


def test_relative_word_opens_a_name_after_an_object() -> None:
    # 对相应河道下一级湖长: the name opens at 下一级, not at the object 河道 before it
    found = surfaces("区级湖长负责对相应河道下一级湖长进行考核", "municipal")
    assert "下一级湖长" in found
    assert not any(s.startswith("河道") for s in found)


def test_both_tiers_word_is_no_opening() -> None:
    assert "下一级湖长" not in surfaces("加强上下一级湖长之间的联系", "municipal")


def test_relative_role_after_an_object_resolves_one_tier_down() -> None:
    graph = document(
        "第一条 区级湖长应当组织对相应河道下一级湖长的评议和考核。\n第二条 街道级湖长负责日常巡查。",
        "某市湖泊保护办法",
    )
    assert ("区级湖长", "街道级湖长") in edges(graph, "SUPERVISES")
