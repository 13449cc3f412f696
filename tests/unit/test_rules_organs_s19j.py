"""Organ rules of session 19 (round j): a proper place named with 市/县/区/乡/镇 before a body
(甲乙市人民政府, 丙丁县人民政府) names that one place's body at the suffix's level, apart from the generic
body of its level and from other named places; at the document's own level it is the document's body.
以及 joins the last two functions of a 、 list before 等部门 as 和 does (A、B以及C等部门).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named, surfaces


def _lake_law() -> str:
    return (
        "第一条 省人民政府水行政主管部门负责全省湖泊保护的监督管理。\n"
        "第二条 云岭市人民政府和青禾县人民政府应当编制湖泊保护规划。\n"
        "第三条 云岭市人民政府生态环境主管部门应当加强湖区水质监测。\n"
        "第四条 青禾县人民政府交通运输部门应当做好湖区航道维护。\n"
    )


def test_named_places_are_bodies_of_their_own_levels() -> None:
    graph = document(_lake_law(), "某省湖泊保护条例")
    city, county = organ_named(graph, "云岭市人民政府"), organ_named(graph, "青禾县人民政府")
    assert (city.level, county.level) == ("municipal", "county")
    assert holder_names(graph, 2) == {"云岭市人民政府", "青禾县人民政府"}


def test_a_named_place_department_belongs_to_its_own_government() -> None:
    graph = document(_lake_law(), "某省湖泊保护条例")
    assert organ_named(graph, "云岭市人民政府生态环境主管部门").level == "municipal"
    part_of = edges(graph, "PART_OF")
    assert ("云岭市人民政府生态环境主管部门", "云岭市人民政府") in part_of
    assert ("青禾县人民政府交通运输部门", "青禾县人民政府") in part_of
    assert "省人民政府水行政主管部门" in names(graph)


def test_two_named_places_of_one_level_stay_apart() -> None:
    body = "第一条 青禾县人民政府和白沙县人民政府应当共同做好界河巡查。\n"
    graph = document(body, "某市界河管理条例")
    assert {"青禾县人民政府", "白沙县人民政府"} <= names(graph)


def test_the_document_own_place_is_its_plain_body() -> None:
    body = "第一条 市人民政府负责全市公园管理。\n第二条 云岭市人民政府应当公布公园名录。\n"
    graph = document(body, "云岭市公园管理条例")
    governments = [o for o in graph.organs if o.kind == "government"]
    assert len(governments) == 1 and {"市人民政府", "云岭市人民政府"} <= set(governments[0].aliases)
    assert governments[0].level == "municipal"


def test_a_phrase_ending_with_a_level_suffix_names_no_place() -> None:
    body = "第一条 对给予乡镇人民政府处分的，应当告知本人。\n第二条 示范区人民政府应当制定规划。\n"
    graph = document(body, "某省监察规定")
    assert all(o.level != "township" or o.name.startswith("乡镇") for o in graph.organs)
    # a verb read before a generic body is no place name (指导 + 县人民政府)
    assert surfaces("省水利厅应当指导县人民政府开展巡查。")[-1] == "县人民政府"


def test_yiji_joins_the_last_two_functions_of_a_list() -> None:
    text = "县级以上人民政府公安、财政、林业以及气象等部门应当按照各自职责做好防火工作。"
    assert surfaces(text) == ["县级以上人民政府公安", "财政", "林业", "气象等部门"]
    graph = document(f"第一条 {text}\n", "某省森林防火条例")
    assert {"县级以上人民政府林业部门", "县级以上人民政府气象部门"} <= names(graph)


def test_yiji_before_a_second_list_keeps_the_lists_apart() -> None:
    # 以及 joining two lists (departments, then units) is no join of two items of one list
    found = surfaces("市公安、交通等部门以及供电、通信等单位应当配合。", "municipal")
    assert found[:2] == ["公安", "交通等部门"]
