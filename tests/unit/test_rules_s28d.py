"""Rules of round 95 (a 直辖市's own bureaus, committee offices named by reference, head roles shared over
a 或者 list). Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_BUREAUS = (
    "第一条 市委、市政府统一领导本市城市绿化工作。市政府负责组织编制城市绿化规划。\n"
    "第二条 市园林局负责绿化养护的监督管理。市交通委负责道路绿化带的日常管护。\n"
)


def test_a_metropolis_bureau_sits_in_its_government() -> None:
    part_of = edges(document(_BUREAUS, "重庆市城市绿化责任规定"), "PART_OF")
    assert {("市园林局", "市政府"), ("市交通委", "市政府")} <= part_of
    assert ("市园林局", "市委、市政府") not in part_of


def test_a_city_bureau_elsewhere_stays_in_the_pair() -> None:
    part_of = edges(document(_BUREAUS, "某市城市绿化责任规定"), "PART_OF")
    assert {("市园林局", "市委、市政府"), ("市交通委", "市委、市政府")} <= part_of


def test_an_office_printed_with_its_owners_head_word_is_the_owners() -> None:
    body = "第一条 市护林领导小组负责组织护林巡查。领导小组办公室设在市林业局，负责巡查日常工作。\n"
    graph = document(body, "某市林木保护规定")
    assert "市护林领导小组办公室" in names(graph)
    assert ("市护林领导小组办公室", "市护林领导小组") in edges(graph, "PART_OF")


def test_an_office_printed_with_its_is_the_committee_just_named() -> None:
    body = "第一条 市林木保护委员会负责统筹全市林木保护工作，其办公室设在市林业局，承担委员会日常工作。\n"
    graph = document(body, "某市林木保护规定")
    assert holders_of_duty(graph, "承担委员会日常工作") == {"市林木保护委员会办公室"}
    assert ("市林木保护委员会办公室", "市林木保护委员会") in edges(graph, "PART_OF")


def test_a_bare_office_after_the_office_in_full_is_that_office() -> None:
    body = "第一条 市森林防火委员会办公室设在市应急局。办公室负责汇总全市火情。\n"
    graph = document(body, "某市林木保护规定")
    assert holders_of_duty(graph, "汇总全市火情") == {"市森林防火委员会办公室"}
    assert "办公室" not in names(graph)


def test_a_collective_leading_groups_office_sits_in_the_group() -> None:
    body = (
        "第一条 县级以上人民政府林木保护领导小组负责协调本行政区域林木保护工作。"
        "领导小组办公室设在本级林业主管部门，承担领导小组日常工作。\n"
    )
    part_of = edges(document(body, "某省林木保护规定"), "PART_OF")
    group = "县级以上人民政府林木保护领导小组"
    assert (group + "办公室", group) in part_of
    assert (group + "办公室", "县级以上人民政府") not in part_of


def test_a_head_role_is_shared_over_an_alternative_list() -> None:
    body = "第一条 市林业局负责监督林木保护工作。未完成年度造林任务的，由市林业局约谈县政府或者市有关部门主要负责人。\n"
    graph = document(body, "某市林木保护规定")
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "市林业局"}
    assert {"县政府主要负责人", "市有关部门主要负责人"} <= supervised
