"""Roles of round 49: party secretaries after a bracketed level or a 党工委, street office directors,
班子其他成员, 分管负责同志, the 河湖 keepers and police chiefs, 局长 after its bureau, the 乡级 tier."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, surfaces


def test_secretary_after_bracketed_level_or_working_committee() -> None:
    assert surfaces("社区（村）党组织书记对本社区垃圾清运工作负总责。", "county") == ["社区（村）党组织书记"]
    assert surfaces("嘎查（村）党组织书记督促牧户落实禁牧。", "county") == ["嘎查（村）党组织书记"]
    assert surfaces("街道党工委书记是辖区垃圾清运工作第一责任人。", "county") == ["街道党工委书记"]


def test_street_office_director_is_a_role_of_the_office() -> None:
    graph = document("第一条 街道党工委书记、街道办事处主任对辖区路灯维护工作负直接责任。", "某区路灯维护责任规定")
    assert {"街道党工委书记", "街道办事处主任"} <= names(graph)
    assert ("街道办事处主任", "街道办事处") in edges(graph, "PART_OF")
    assert holder_names(graph, 1) == {"街道党工委书记", "街道办事处主任"}


def test_other_members_printed_without_leadership_word() -> None:
    graph = document(
        "第一条 各级党委和政府主要负责人是本地区牧场管护第一责任人，班子其他成员对分管领域内的牧场管护负责。",
        "某盟牧场管护责任规定",
    )
    assert "各级党委和政府班子其他成员" in holder_names(graph, 1)


def test_field_leader_in_party_style() -> None:
    assert surfaces("未完成任务的，由行署分管负责同志约见该旗主要负责人。", "municipal")[0] == "行署分管负责同志"


def test_river_keepers_and_river_police_chiefs() -> None:
    graph = document(
        "第一条 县公安局设立河湖警长，河湖警长协助同级河长打击涉河违法行为。\n"
        "第二条 行政村应当配备河湖专管员，河湖专管员负责河塘日常巡查。",
        "某县河塘管护规定",
    )
    assert {"河湖警长", "河湖专管员"} <= names(graph)
    assert "河湖警长" in holder_names(graph, 1)
    assert "河湖专管员" in holder_names(graph, 2)


def test_bureau_chief_and_designation_verb_make_no_organ() -> None:
    found = surfaces("县水务局局长兼任县河塘管护办公室主任。", "county")
    assert found == ["县水务局", "县河塘管护办公室"]


def test_township_tier_shared_by_a_listed_position() -> None:
    graph = document("第一条 乡级河长、湖长负责河塘日常巡查。", "某县河塘管护规定")
    assert holder_names(graph, 1) == {"乡级河长", "乡级湖长"}
