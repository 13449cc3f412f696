"""Organ resolution rules from the session-12 dev misses: two kinds of place at one level (设区的市
and 自治州) are two organs where a document names both, one where it names one kind alone; a place
before 设区的市 stays a qualifier. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_id, short


def test_two_kinds_of_place_at_one_level_are_two_organs() -> None:
    graph = document(
        "第一条 设区的市、自治州人民政府应当督促、指导县（市、区）人民政府做好山林防火工作。\n"
        "第二条 县（市、区）人民政府林业主管部门应当将防火检查结果报设区的市、自治州人民政府林业主管部门备案。\n"
        "第三条 市人民政府应当组织山林防火演练。\n",
        "某省山林防火条例",
    )
    assert {"设区的市人民政府", "自治州人民政府"} <= holder_names(graph, 1)
    assert {("设区的市人民政府", "县（市、区）人民政府"), ("自治州人民政府", "县（市、区）人民政府")} <= edges(
        graph, "SUPERVISES"
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县（市、区）人民政府林业主管部门", "自治州人民政府林业主管部门") in reports
    assert ("县（市、区）人民政府林业主管部门", "设区的市人民政府林业主管部门") in reports
    assert ("自治州人民政府林业主管部门", "自治州人民政府") in edges(graph, "PART_OF")
    # the ordinary city of the level stays one organ under its two printed forms
    assert holder_names(graph, 3) == {"设区的市人民政府"}


def test_a_relative_reference_reaches_a_named_body_of_the_level() -> None:
    graph = document(
        "第一条 设区的市、自治州人民政府应当督促县（市、区）人民政府做好山林防火工作。\n"
        "第二条 县（市、区）人民政府应当每年向上一级人民政府报告山林防火工作。\n",
        "某省山林防火条例",
    )
    reports = [r for r in graph.relations if r.type == "REPORTS_TO" and r.article == 2]
    assert reports and all(r.implicit for r in reports)
    assert {short(r.target) for r in reports} <= {"设区的市人民政府", "自治州人民政府"}
    assert names(graph) == {"设区的市人民政府", "自治州人民政府", "县（市、区）人民政府"}  # no phantom


def test_one_kind_of_place_alone_is_the_level_body() -> None:
    graph = document(
        "第一条 州人民政府应当督促县（市）人民政府做好山林防火工作。\n"
        "第二条 县（市）人民政府应当每年向上一级人民政府报告山林防火工作，并报州林业主管部门备案。\n",
        "青山自治州山林防火条例",
    )
    state = organ_id(graph, "州人民政府")
    assert organ_id(graph, "上一级人民政府") == state  # 上一级 of a county is the 州
    assert ("县（市）人民政府", "州人民政府") in edges(graph, "REPORTS_TO")
    assert "上一级人民政府" not in names(graph)


def test_a_place_before_the_city_word_qualifies_it() -> None:
    graph = document("第一条 南湖受水区设区的市、县人民政府应当编制地下水压采方案。\n", "某省调水条例")
    held = holder_names(graph, 1)
    assert len(held) == 2 and "县人民政府" in held
