"""Roles printed after a list or a place word (round 58): 约谈该地区X reads X as printed after the place
word 该地区 points back with (the place is no prefecture level of X), and a role printed after 的 at the
end of a list of bodies (A、B的主要负责人) is each listed body's own head, as it is without the 的; the
interviewed roles of such a list are each an object of the verb.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某省湿地保护责任制规定"


def test_the_place_pointed_back_to_is_no_level_of_the_body_after_it() -> None:
    graph = document(
        "第一条 对湿地面积明显减少的地区，省林业局可以约谈该地区设区的市级党委和政府主要负责人，责令限期整改。",
        _TITLE,
    )
    assert ("省林业局", "设区的市级党委和政府主要负责人") in edges(graph, "SUPERVISES")
    assert ("设区的市级党委和政府主要负责人", "设区的市级党委和政府") in edges(graph, "PART_OF")
    assert not any(name.startswith("地区") for name in names(graph))


def test_a_role_after_the_of_of_a_list_is_each_bodys_head() -> None:
    graph = document("第一条 区自然资源局、区水务局的主要负责人应当参加湿地保护联席会议。", _TITLE)
    part_of = edges(graph, "PART_OF")
    assert ("区自然资源局主要负责人", "区自然资源局") in part_of
    assert ("区水务局主要负责人", "区水务局") in part_of


def test_each_role_of_an_interviewed_list_is_an_object() -> None:
    graph = document("第一条 湿地保护不力的，由市林业局约谈区林业局、街道办事处的主要负责人。", _TITLE)
    supervises = edges(graph, "SUPERVISES")
    assert ("市林业局", "区林业局主要负责人") in supervises
    assert ("市林业局", "街道办事处主要负责人") in supervises
    assert ("市林业局", "区林业局") not in supervises
