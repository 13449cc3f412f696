"""Roles of round 53: a collective role printed with its spanning 党委和政府 pair (各级党委和政府主要负责人) sits
in that pair even where the pair bears no duty of its own (a leader's post is the body's own), but not in a
government set that bears none (the dev annotations place those roles elsewhere); 社区（村） is a village
level word as 村（社区） is, so the roles printed after it (社区（村）党组织书记) hold their duties.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某省农村人居环境整治责任制规定"


def test_a_collective_role_sits_in_its_pair_that_bears_no_duty() -> None:
    graph = document(
        "第一条 人居环境整治实行党政同责。\n各级党委和政府主要负责人是本地区人居环境整治的第一责任人，"
        "分管负责人负直接责任。",
        _TITLE,
    )
    assert ("各级党委和政府主要负责人", "各级党委和政府") in edges(graph, "PART_OF")
    graph = document(
        "第一条 人居环境整治实行党政同责。\n地方各级党委和政府领导班子其他成员对分管领域的整治工作负责。", _TITLE
    )
    assert ("地方各级党委和政府领导班子其他成员", "地方各级党委和政府") in edges(graph, "PART_OF")


def test_a_role_of_a_government_set_that_bears_no_duty_gets_no_edge_to_it() -> None:
    graph = document(
        "第一条 人居环境整治实行政府负责制。\n各级人民政府主要负责人是本地区人居环境整治的第一责任人。", _TITLE
    )
    assert ("各级人民政府主要负责人", "各级人民政府") not in edges(graph, "PART_OF")


def test_a_secretary_printed_after_the_community_village_level_word_holds_its_duty() -> None:
    graph = document("第一条 社区（村）党组织书记对本社区（村）环境卫生工作负责。", _TITLE)
    assert holder_names(graph, 1) == {"社区（村）党组织书记"}
