"""Round 129 (sanctions whose party sits in an earlier part of the sentence): a later ;-part whose condition is
only the need of a sanction (…，由Z进行问责；需要给予处分的，由任免机关或者监察机关依法给予处分) is a sanction of
its own, imposed by its agents on the parties the sentence names before it. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某县防汛工作规定"


def test_a_needed_sanction_part_reaches_the_items_subjects() -> None:
    graph = document(
        "第九条 有下列情形之一的，由县纪委监委依规依纪依法对防汛责任人进行问责；需要给予处分的，由任免机关"
        "或者监察机关依法给予处分；涉嫌犯罪的，移送司法机关依法处理：\n（一）防汛责任人擅离职守的；\n"
        "（二）瞒报灾情的。\n第十条 防汛责任人应当按时到岗。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("任免机关", "防汛责任人") in found
    assert ("监察机关", "防汛责任人") in found


def test_a_suspected_violation_part_reaches_the_condition_subject() -> None:
    graph = document(
        "第九条 县水行政主管部门不履行巡查职责的，由县人民政府责令改正；涉嫌违纪违法的，由任免机关或者监察机关"
        "依法给予处分。\n第十条 县水行政主管部门应当巡查。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("县人民政府", "县水行政主管部门") in found
    assert ("任免机关", "县水行政主管部门") in found


def test_a_need_part_with_no_agent_gives_no_edge() -> None:
    graph = document(
        "第九条 有下列情形之一的，由县纪委监委依法对防汛责任人进行问责；需要给予处分的，依法给予处分：\n"
        "（一）防汛责任人擅离职守的。\n第十条 防汛责任人应当按时到岗。",
        _TITLE,
    )
    assert {source for source, _ in edges(graph, "SUPERVISES")} == {"县纪委监委"}


def test_the_staff_of_a_printed_body_are_sanctioned_through_it() -> None:
    graph = document(
        "第八条 县级以上人民政府有关部门应当按照职责分工做好河湖管理工作。\n"
        "第九条 河湖长和有关部门工作人员有下列行为之一的，由任免机关或者监察机关对直接负责的主管人员和其他直接"
        "责任人员依法给予处分：\n（一）虚报巡河数据的；\n（二）挪用治理资金的。",
        "某某省河湖长制条例",
    )
    found = edges(graph, "SUPERVISES")
    assert ("任免机关", "有关部门") in found
    assert ("任免机关", "有关部门工作人员") not in found


def test_state_employees_stay_a_role_of_their_own() -> None:
    graph = document(
        "第九条 国家工作人员在征兵工作中玩忽职守的，由其所在单位或者上级主管部门给予行政处分。",
        "某某市征兵工作条例",
    )
    assert all(target != "国务院" for _, target in edges(graph, "SUPERVISES"))
