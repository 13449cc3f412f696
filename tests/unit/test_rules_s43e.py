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


_WATER = "某某市节约用水条例"
_WATER_LEAD = "第四条 市人民政府应当加强对节约用水工作的领导。\n"


def test_zones_listed_before_a_bare_deng_each_hold_the_duty() -> None:
    graph = document(_WATER_LEAD + "第五条 化工园区、物流园区等应当建设雨水收集利用设施。", _WATER)
    assert holder_names(graph, 5) == {"化工园区", "物流园区"}


def test_a_deng_before_a_category_and_a_condition_adds_no_example() -> None:
    graph = document(
        _WATER_LEAD + "第五条 洗车企业、浴室企业等用水单位超计划用水的，应当缴纳超额用水加价费。",
        _WATER,
    )
    assert not holder_names(graph, 5) & {"洗车企业", "浴室企业"}


def test_a_zone_named_by_its_building_stage_is_no_holder() -> None:
    graph = document(_WATER_LEAD + "第五条 新建物流园区应当同步建设再生水管网。", _WATER)
    assert "新建物流园区" not in holder_names(graph, 5)


def test_a_housing_estate_beside_units_holds_the_duty() -> None:
    graph = document(
        _WATER_LEAD + "第五条 沿河机关单位和居住小区应当配合有关部门做好节水宣传。",
        _WATER,
    )
    assert "居住小区" in holder_names(graph, 5)
