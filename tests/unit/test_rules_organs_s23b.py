"""Organ rules of round 44 (laws seen for the first time): a set word (有关) opening a later level of a
level list picks from that level alone, so the levels before it still name their bodies, for one head
(市、有关县(区)X) and for a function list (市、有关县(区)A、B等部门); zones joined by 和 before one 管委会
each name their own committee.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, organ_named, surfaces


def test_a_set_word_opening_a_later_level_keeps_the_levels_before_it() -> None:
    graph = document("第一条 市、有关县（区）林业主管部门负责湖泊周边的绿化巡查。", "某市湖泊保护条例")
    assert {"市林业主管部门", "有关县（区）林业主管部门"} <= names(graph)
    assert holders_of_duty(graph, "绿化巡查") == {"市林业主管部门", "有关县（区）林业主管部门"}
    assert surfaces("市和有关区人民政府应当落实湖泊巡查。", "municipal") == ["市", "有关区人民政府"]


def test_a_set_word_opening_a_later_level_of_a_function_list() -> None:
    graph = document("第一条 市、有关县（区）教育、财政等部门应当按照各自职责做好湖泊宣传工作。", "某市湖泊保护条例")
    expected = {"市教育部门", "市财政部门", "有关县(区)教育部门", "有关县(区)财政部门"}
    assert expected <= names(graph)
    assert holders_of_duty(graph, "湖泊宣传") == expected


def test_zones_joined_by_and_before_one_committee_each_name_their_own() -> None:
    graph = document("第一条 南湖高新区和北岸物流园区管委会负责辖区内湖泊的日常保洁。", "某市湖泊保护条例")
    assert {"南湖高新区管委会", "北岸物流园区管委会"} <= names(graph)
    assert holders_of_duty(graph, "日常保洁") == {"南湖高新区管委会", "北岸物流园区管委会"}
    # a government and a committee joined by 和 keep their readings
    assert surfaces("市人民政府和南湖高新区管委会负责保洁。", "municipal") == ["市人民政府", "南湖高新区管委会"]


def test_regulated_farms_and_landfills_hold_their_duties() -> None:
    graph = document(
        "第一条 畜禽养殖户应当及时清运粪污。\n第二条 生活垃圾填埋场应当设置渗滤液收集设施。", "某县湖泊保护条例"
    )
    assert {"畜禽养殖户", "生活垃圾填埋场"} <= names(graph)
    assert holders_of_duty(graph, "清运粪污") == {"畜禽养殖户"}
    assert holders_of_duty(graph, "渗滤液") == {"生活垃圾填埋场"}
    # a landfill that is only the object of a government's duty is no organ
    graph = document("第一条 县人民政府应当统筹规划生活垃圾填埋场的选址。", "某县湖泊保护条例")
    assert names(graph) == {"县人民政府"}


def test_a_congress_and_its_standing_committee_named_in_full_are_two_organs() -> None:
    graph = document("第一条 县人民代表大会及其常务委员会应当通过执法检查等形式监督湖泊保护工作。", "某县湖泊保护条例")
    assert {"县人民代表大会", "县人民代表大会常务委员会"} <= names(graph)
    assert holders_of_duty(graph, "执法检查") == {"县人民代表大会", "县人民代表大会常务委员会"}
    # the short form stays one organ
    assert surfaces("县人民政府接受本级人大及其常委会的监督。", "county")[-1] == "本级人大及其常委会"


def test_the_own_place_before_a_level_set_is_a_printed_form_not_its_name() -> None:
    graph = document("第一条 本县各级人民政府应当加强湖泊保护工作。", "某县湖泊保护条例")
    organ = organ_named(graph, "各级人民政府")
    assert "本县各级人民政府" in organ.aliases
    assert holders_of_duty(graph, "湖泊保护") == {"各级人民政府"}
