"""Round 135 (organs the loader never builds): schools, nurseries and places of custody that open a clause
before a modal are regulated actors, one holder per listed item. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

_TITLE = "某某市防御台风办法"


def test_a_list_of_schools_and_nurseries_holds_the_duty_item_by_item() -> None:
    graph = document(
        "第四条 市人民政府应当加强对防御台风工作的领导。\n"
        "第五条 托儿所、幼儿园、职业学校应当在台风预警发布后组织师生转移到安全场所。",
        _TITLE,
    )
    assert holder_names(graph, 5) == {"托儿所", "幼儿园", "职业学校"}


def test_places_of_custody_hold_their_own_duty() -> None:
    graph = document(
        "第四条 市人民政府应当加强对防御台风工作的领导。\n"
        "第五条 看守所、拘留所应当制定台风期间被羁押人员的安全转移方案。",
        _TITLE,
    )
    assert holder_names(graph, 5) == {"看守所", "拘留所"}


def test_a_school_as_an_object_is_no_holder() -> None:
    graph = document(
        "第四条 市人民政府应当加强对防御台风工作的领导。\n第五条 教育主管部门应当督促学校开展防御台风演练。",
        _TITLE,
    )
    assert holder_names(graph, 5) == {"教育主管部门"}
