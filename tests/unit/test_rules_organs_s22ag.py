"""海关 as a central organ (round 39): the name alone, its head office, and the guards that keep it
inside other words from being read as the body. Sentences written for these tests."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import surfaces


def test_customs_alone_is_a_central_body() -> None:
    found = find_mentions("海关应当做好入境水果的检疫工作。", "municipal")
    assert [(m.surface, m.level) for m in found] == [("海关", "central")]
    assert "海关" in surfaces("区商务局应当会同海关做好跨境电商服务。")


def test_the_head_office_is_its_own_name() -> None:
    found = find_mentions("海关总署应当会同有关部门制定检疫目录。", "provincial")
    assert (found[0].surface, found[0].level) == ("海关总署", "central")


def test_customs_inside_other_words_is_no_body() -> None:
    for text in (
        "经营者应当依照海关法的规定办理海关手续。",
        "保税仓库内的货物应当接受海关监管。",
        "企业进入海关特殊监管区域的，应当登记。",
        "经直属海关批准，企业可以设立保税仓库。",
        "申请人应当向主管海关提交材料。",
    ):
        assert not any("海关" in s for s in surfaces(text)), text


def test_a_place_opening_the_clause_names_one_office_as_printed() -> None:
    found = find_mentions("某州海关负责口岸食品的抽样检查。", "municipal")
    assert [(m.surface, m.display, m.level) for m in found] == [("某州海关", "某州海关", "central")]
    # a verb before it is no place: 未经海关 stays the body at large
    assert "未经海关" not in surfaces("物品未经海关查验的，不得放行。")
