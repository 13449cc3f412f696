"""Duty-holder rules from the RESPONSIBLE_FOR misses of the dev set: condition items of a sanction
list, 将…交由X (X receives, the carried subject acts), 负有…责任的 as a sanction condition, 由Y约谈 on a
condition, a list of violators running past the last organ found, and the report back to the
sanctioning body. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names


def _doc(body: str, title: str = "某省河道保洁条例") -> DocumentGraph:
    return document(body, title)


def test_items_ending_in_de_are_conditions_not_duties() -> None:
    graph = _doc(
        "第一条 违反本条例规定，有下列行为之一的，由县级人民政府责令改正；情节严重的，依法给予处分：\n"
        "（一）县级水务部门负责的保洁任务未按期完成的；\n"
        "（二）乡镇人民政府拒不落实保洁责任的。\n"
    )
    assert holder_names(graph, 1) == {"县级人民政府"}


def test_handed_over_organ_is_no_agent() -> None:
    graph = _doc("第一条 县级水务部门应当承担保洁任务，不得将保洁任务交由乡镇人民政府承担。\n")
    assert holder_names(graph, 1) == {"县级水务部门"}


def test_party_at_fault_is_sanctioned_not_a_holder() -> None:
    graph = _doc(
        "第一条 保洁单位对河道污染负有责任的，依照下列规定处以罚款：\n"
        "（一）污染较轻的，处一万元罚款；\n"
        "（二）污染较重的，处五万元罚款。\n"
    )
    assert holder_names(graph, 1) == set()


def test_interview_imposed_on_a_condition_is_held_by_the_interviewer() -> None:
    graph = _doc("第一条 县级水务部门未按期完成保洁任务的，由县级人民政府约谈其主要负责人。\n")
    assert holder_names(graph, 1) == {"县级人民政府"}
    # 约谈 as an ordinary duty keeps its subject
    graph = _doc("第一条 县级人民政府应当约谈保洁不力的乡镇负责人。\n")
    assert holder_names(graph, 1) == {"县级人民政府"}


def test_violator_list_past_the_last_organ_is_a_condition() -> None:
    graph = _doc(
        "第一条 各级人民政府、水务部门、负责保洁验收的单位和其他有关部门及其工作人员玩忽职守的，"
        "依法给予处分；构成犯罪的，依法追究刑事责任。\n"
    )
    assert holder_names(graph, 1) == set()


def test_report_back_to_the_sanctioning_body_is_the_sanctioned_bodies() -> None:
    graph = _doc(
        "第一条 县级水务部门保洁工作不力的，由县级人民政府约谈其主要负责人，责令限期整改。"
        "整改情况应当在一个月内向县级人民政府书面报告。\n"
    )
    assert holder_names(graph, 1) == {"县级人民政府", "县级水务部门"}
    duties = [d for d in graph.duties if d.article == 1]
    assert [h.split("/", 1)[1] for h in duties[-1].holders] == ["县级水务部门"]


def test_reference_clause_is_no_duty() -> None:
    graph = _doc(
        "第一条 县级人民政府认为需要另行组织保洁的，依照本条例的有关规定执行。\n"
        "第二条 水库管理单位的保洁经费，按照国家有关规定执行。\n"
        "第三条 村民委员会承担的河道保洁，参照本条例的规定执行。\n"
        "第四条 县级水务部门应当按照本条例的规定执行保洁标准。\n"
    )
    assert holder_names(graph, 1) == holder_names(graph, 2) == holder_names(graph, 3) == set()
    assert holder_names(graph, 4) == {"县级水务部门"}  # its own modal: a duty


def test_first_penalty_by_a_named_body_imposes_though_a_later_clause_sanctions() -> None:
    graph = _doc(
        "第一条 县级水务部门挪用保洁经费的，由县级财政部门责令限期退回；"
        "对直接负责的主管人员，由有关机关依法给予处分。\n"
    )
    assert holder_names(graph, 1) == {"县级财政部门", "有关机关"}
