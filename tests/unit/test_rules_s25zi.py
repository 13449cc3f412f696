"""Round 69 (level heads): a level word and 长 at a clause or list opening (区长, 乡镇长, 县长) is the head of
that level's government, a role of the level's main body named as printed."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces


def test_level_head_after_a_secretary_is_a_role_of_the_pair() -> None:
    graph = document(
        "第一条 县委、县政府对本县河道保洁工作负总责。\n第二条 县委书记、县长每季度至少检查一次河道保洁情况。",
        "某县河道保洁责任制",
    )
    assert "县长" in names(graph)
    assert holders_of_duty(graph, "每季度至少检查") == {"县委书记", "县长"}
    assert ("县长", "县委、县政府") in edges(graph, "PART_OF")


def test_township_head_after_a_street_director() -> None:
    graph = document(
        "第一条 街道办事处、乡镇人民政府负责辖区垃圾分类工作。\n"
        "第二条 街道办事处主任、乡镇长应当每月巡查垃圾分类设施。",
        "某区垃圾分类责任制",
    )
    assert "乡镇长" in holders_of_duty(graph, "每月巡查")


def test_level_head_only_as_a_word_of_its_own() -> None:
    # inside another word (社区长效, 城市长远), going on into another word (县长期, 市长信箱), or after 由
    assert surfaces("建立社区长效机制，城市长远规划，县长期坚持，开通市长信箱，由区长任组长。", "county") == []
