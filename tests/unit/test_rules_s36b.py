"""Round 115 (missing SUPERVISES across the dev set): a short name for a list of state bodies whose head
word the vocabulary files as a regulated unit (A部门、B人民政府(以下统称W单位)) names those bodies, so an
oversight of W is an edge between organs. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, organ_named

_TITLE = "某某县目标管理办法"


def test_a_short_name_for_state_bodies_is_overseen_as_they_are() -> None:
    graph = document(
        "第二条 县人民政府各部门、乡镇人民政府和街道办事处（以下统称目标责任单位）应当落实年度目标。"
        "第三条 县目标管理机构应当对目标责任单位的年度目标执行情况进行监督检查。",
        _TITLE,
    )
    assert ("县目标管理机构", "目标责任单位") in edges(graph, "SUPERVISES")
    assert organ_named(graph, "目标责任单位").kind == "agency"


def test_a_short_name_for_a_list_with_firms_stays_a_regulated_unit() -> None:
    graph = document(
        "第二条 本县行政区域内的企业、事业单位和个体经济组织（以下统称用工单位）应当落实年度目标。"
        "第三条 县目标管理机构应当对用工单位的年度目标执行情况进行监督检查。",
        _TITLE,
    )
    assert not any(target == "用工单位" for _, target in edges(graph, "SUPERVISES"))


_RIVER_TITLE = "某某县水库管理责任制办法"


def test_a_level_word_right_after_an_inspection_verb_is_the_body_inspected() -> None:
    graph = document(
        "第二条 乡镇人民政府、街道办事处负责本辖区水库巡查。第三条 县水利局应当督促检查乡镇（街道）落实水库巡查责任。",
        _RIVER_TITLE,
    )
    assert any(source == "县水利局" and "乡镇" in target for source, target in edges(graph, "SUPERVISES"))


def test_a_level_word_listed_after_departments_is_overseen_with_them() -> None:
    graph = document(
        "第二条 乡镇人民政府、街道办事处负责本辖区水库巡查。"
        "第三条 县人民政府应当督促本级有关部门和乡镇（街道）落实水库巡查责任。",
        _RIVER_TITLE,
    )
    targets = {target for source, target in edges(graph, "SUPERVISES") if source == "县人民政府"}
    assert any("乡镇" in target for target in targets)
    assert any("有关部门" in target for target in targets)


def test_the_body_of_the_place_after_accepts_supervises_the_subject() -> None:
    graph = document(
        "第二条 县人民政府负责本地区水库安全工作。第三条 水库管理机构负责本水库安全运行，并接受所在县人民政府的监督。",
        _RIVER_TITLE,
    )
    assert ("县人民政府", "水库管理机构") in edges(graph, "SUPERVISES")


def test_a_body_printed_right_after_nairu_is_the_one_assessed() -> None:
    graph = document(
        "第二条 县（市、区）人民政府负责本行政区域水库保护。"
        "第三条 市人民政府应当将水库保护工作纳入县（市、区）人民政府年度绩效考核。",
        "某某市水库保护条例",
    )
    assert ("市人民政府", "县（市、区）人民政府") in edges(graph, "SUPERVISES")


def test_a_plan_after_nairu_names_no_body_assessed() -> None:
    graph = document(
        "第二条 县（市、区）人民政府负责本行政区域水库保护。"
        "第三条 市人民政府应当将水库保护工作纳入国民经济和社会发展规划。",
        "某某市水库保护条例",
    )
    assert not edges(graph, "SUPERVISES")
