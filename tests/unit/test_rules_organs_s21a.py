"""Organ rules of session 21 (round a): the municipality's level list 区、县 (and 区（县级市）, 区（县）) names one
county body; 其他 and 政府 between 等 and the head of a function list keep the list; 与 inside a listed item joins
one function's name; a level word before a unit of its place (乡镇煤矿) is no body. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names


def test_district_and_county_list_names_one_county_body() -> None:
    graph = document(
        "第一条 区、县人民政府应当组织河岸绿化。\n\n"
        "第二条 区、县园林行政部门负责本辖区的古桥巡查。\n\n"
        "第三条 各区、县人民政府应当保障巡查经费。",
        "某市古桥保护条例",
    )
    assert holder_names(graph, 1) == {"区、县人民政府"}
    assert holder_names(graph, 2) == {"区、县园林行政部门"}
    assert holder_names(graph, 3) == {"区、县人民政府"}


def test_bracketed_county_alternative_after_the_city_splits_by_level() -> None:
    graph = document(
        "第一条 市、区（县级市）人民政府应当划定古桥保护范围。\n\n"
        "第二条 市、区（县）文物行政主管部门负责古桥修缮的监督。",
        "某市古桥保护条例",
    )
    assert holder_names(graph, 1) == {"市人民政府", "区（县级市）人民政府"}
    assert holder_names(graph, 2) == {"市文物行政主管部门", "区（县）文物行政主管部门"}


def test_district_and_county_before_a_township_body_is_a_level_of_it() -> None:
    # 区、县 stands as a bare level word in a level list: the government named once is at each level
    graph = document("第一条 区、县和乡镇人民政府应当设立古桥巡查员。", "某市古桥保护条例")
    assert holder_names(graph, 1) == {"区、县人民政府", "乡镇人民政府"}


def test_other_and_government_before_the_list_head_keep_the_list() -> None:
    graph = document(
        "第一条 文化、交通、水务等其他有关部门应当按照各自职责做好古桥保护。\n\n"
        "第二条 财政、园林等政府有关部门应当保障古桥修缮经费。",
        "某市古桥保护条例",
    )
    assert holder_names(graph, 1) == {"文化部门", "交通部门", "水务部门"}
    assert holder_names(graph, 2) == {"财政部门", "园林部门"}


def test_yu_inside_a_listed_item_joins_one_function() -> None:
    graph = document("第一条 文化、海洋与渔业等有关部门应当按照各自职责做好渡口管理。", "某市渡口安全条例")
    assert holder_names(graph, 1) == {"文化部门", "海洋与渔业部门"}


def test_a_level_word_before_a_unit_of_the_place_is_no_body() -> None:
    # 乡镇 modifies the mines it owns here: neither holder nor the target of the oversight
    graph = document("第一条 县人民政府应当加强对乡镇煤矿的管理，对乡镇企业进行指导。", "某县矿业条例")
    assert names(graph) == {"县人民政府"}
    assert not graph.relations
