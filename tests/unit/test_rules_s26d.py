"""Organs missed as clause subjects: a 、 list of construction-project parties sharing 单位 with no 等
(each party one unit, the project before the first item only qualifying the list), and public places
named as the subject of a duty (港口、码头应当…: one holder per place)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

TITLE = "某某市供热工程管理条例"


def test_project_parties_split_one_unit_each() -> None:
    graph = document("第八条 供热管网建设、勘察、设计、施工和监理单位，应当遵守工程质量标准。", TITLE)
    assert holder_names(graph, 8) == {"建设单位", "勘察单位", "设计单位", "施工单位", "监理单位"}


def test_project_parties_without_and_split_too() -> None:
    graph = document("第八条 设计、施工、监理单位应当对供热管网工程质量负责。", TITLE)
    assert holder_names(graph, 8) == {"设计单位", "施工单位", "监理单位"}


def test_function_list_before_unit_stays_unsplit() -> None:
    graph = document("第八条 供热、供气单位应当保障用户安全用热。", TITLE)
    assert not {"供热单位", "供气单位"} & holder_names(graph, 8)


def test_places_as_subjects_hold_the_duty() -> None:
    graph = document("第九条 车站、机场、加油站应当在醒目位置张贴供热安全提示。", TITLE)
    assert holder_names(graph, 9) == {"车站", "机场", "加油站"}


def test_place_list_with_a_non_actor_stays_unread() -> None:
    graph = document("第九条 车站、广告牌应当保持整洁。", TITLE)
    assert not holder_names(graph, 9)


def test_facility_rule_on_a_place_names_no_holder() -> None:
    graph = document("第九条 新建码头应当配套建设供热设施。码头需要改建供热管网的，应当报市人民政府批准。", TITLE)
    assert not {"新建码头", "码头"} & holder_names(graph, 9)
