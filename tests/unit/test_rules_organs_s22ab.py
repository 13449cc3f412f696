"""Organ mention rules of round 39: a level word + 以上 with no 级 (区以上人民政府) is a collective, not
上人民政府; the township government with the street office in brackets (镇人民政府(街道办事处)) is one
body; 共同(的) before 上一级 opens the mention (由共同的上一级人民政府…), and its 负责…的部门 is named whole.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces


def test_a_level_word_before_yishang_is_a_collective() -> None:
    assert surfaces("跨区的渡口由区以上人民政府统一规划。", "provincial") == ["区以上人民政府"]
    assert surfaces("渡口规划报设区的市以上人民政府批准。", "provincial") == ["设区的市以上人民政府"]
    assert surfaces("由省以上交通运输主管部门审定。", "provincial") == ["省以上交通运输主管部门"]
    graph = document("第一条 县以上人民政府应当加强渡口安全巡查。", "某省渡口管理条例")
    assert holders_of_duty(graph, "渡口安全巡查") == {"县以上人民政府"}
    assert next(o for o in graph.organs if o.name == "县以上人民政府").collective


def test_the_street_office_in_brackets_is_one_township_body() -> None:
    graph = document("第一条 镇人民政府（街道办事处）应当组织渡口安全巡查。", "某市渡口管理条例")
    assert holders_of_duty(graph, "渡口安全巡查") == {"镇人民政府（街道办事处）"}
    assert not any(name.endswith("（") for name in names(graph))


def test_the_common_superior_holds_the_duty_it_is_given() -> None:
    graph = document("第一条 渡口跨区设置发生争议的，由共同的上一级人民政府负责协调。", "某市渡口管理条例")
    assert holders_of_duty(graph, "负责协调") == {"共同的上一级人民政府"}
    # without 共同 the plain relative reading is unchanged
    assert surfaces("报上一级人民政府批准。", "municipal") == ["上一级人民政府"]


def test_the_common_superiors_charged_department_is_named_whole() -> None:
    graph = document("第一条 渡口跨区设置的，由其共同的上一级人民政府负责管理交通的部门审核。", "某市渡口管理条例")
    assert holders_of_duty(graph, "审核") == {"共同的上一级人民政府负责管理交通的部门"}
