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
