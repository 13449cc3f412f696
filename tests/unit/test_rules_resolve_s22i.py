"""Membership rules of session 23 (round 34, defined terms and memberships): a sanctioned person sits in
所在单位, the unit it works in; 由所在单位或者其上级机关 keeps both agents; a coastal subset does not
repeat its plain organ's membership. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, organ_id, short

_TITLE = "某省古树名木保护条例"


def test_a_sanctioned_person_sits_in_its_own_unit() -> None:
    body = (
        "第一条 国务院林业主管部门负责全国古树名木保护的指导工作。\n"
        "第二条 国家工作人员在古树名木保护工作中弄虚作假的，由其所在单位或者上级主管部门依法给予处分。\n"
    )
    graph = document(body, _TITLE)
    person = short(organ_id(graph, "国家工作人员"))
    part_of = edges(graph, "PART_OF")
    assert (person, "所在单位") in part_of
    assert (person, "国务院") not in part_of  # 国家 names the state, not the State Council


def test_a_printed_body_keeps_its_staff() -> None:
    body = "第一条 县林业局工作人员擅自移植古树的，由其所在单位或者上级主管部门依法给予处分。\n"
    assert ("县林业局工作人员", "所在单位") not in edges(document(body, _TITLE), "PART_OF")


def test_the_second_possessive_keeps_the_superior_in_the_agent_list() -> None:
    body = "第一条 国家工作人员擅自砍伐古树的，由所在单位或者其上级主管机关给予行政处分。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "给予行政处分") == {"所在单位", "上级主管机关"}
    assert ("上级主管机关", "国家工作人员") in edges(graph, "SUPERVISES")


def test_other_competent_bodies_are_not_the_superior() -> None:
    body = "第一条 国家工作人员擅自砍伐古树的，由所在单位或者其他有权机关给予行政处分。\n"
    assert "上级主管机关" not in holders_of_duty(document(body, _TITLE), "给予行政处分")


def test_a_coastal_subset_does_not_repeat_the_membership() -> None:
    body = (
        "第一条 县级以上人民政府应当加强古树名木保护。沿海县级以上人民政府应当保护沿海防护林中的古树。\n"
        "第二条 县级以上人民政府林业主管部门负责古树名木的保护管理工作。\n"
        "第三条 沿海县级以上人民政府林业主管部门应当加强对沿海防护林中古树的巡查。\n"
    )
    part_of = edges(document(body, _TITLE), "PART_OF")
    assert ("县级以上人民政府林业主管部门", "县级以上人民政府") in part_of
    assert ("沿海县级以上人民政府林业主管部门", "沿海县级以上人民政府") not in part_of


def test_a_coastal_subset_alone_keeps_its_membership() -> None:
    body = (
        "第一条 沿海县级以上人民政府应当保护沿海防护林中的古树。\n"
        "第二条 沿海县级以上人民政府林业主管部门应当加强对沿海防护林中古树的巡查。\n"
    )
    assert ("沿海县级以上人民政府林业主管部门", "沿海县级以上人民政府") in edges(document(body, _TITLE), "PART_OF")
