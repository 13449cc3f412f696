"""Duty-holder rules from the RESPONSIBLE_FOR misses of the dev set (session 14, round 5): the bare
members of a 会同 list are departments of the lead's government, and the organ of a time piece
(X办理…时，Y应当…) is no holder. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names


def _doc(body: str, title: str = "某省湖泊保护条例") -> DocumentGraph:
    return document(body, title)


def test_bare_joint_members_take_the_leads_government() -> None:
    graph = _doc(
        "第一条 县级以上人民政府渔业主管部门应当会同交通、气象、文化旅游等部门编制湖泊航行规划。\n"
        "第二条 县级以上人民政府交通部门、气象部门负责湖泊航行安全。\n"
    )
    # the members are the departments printed whole in article 2; 文化旅游, printed only here, is
    # named as printed (genre rule 11)
    assert holder_names(graph, 1) == {
        "县级以上人民政府渔业主管部门",
        "县级以上人民政府交通部门",
        "县级以上人民政府气象部门",
        "文化旅游部门",
    }


def test_bare_joint_members_take_the_leads_level() -> None:
    graph = _doc("第一条 县渔业主管部门应当会同交通、气象等部门开展湖泊巡查。\n第二条 县气象部门负责湖泊气象监测。\n")
    assert holder_names(graph, 1) == {"县渔业主管部门", "交通部门", "县气象部门"}


def test_joint_members_of_a_bare_lead_stay_out() -> None:
    # s14g: every member of a bare lead's list joins too (genre rule 2, 会同 gives joint holders); the
    # bare members are named as printed, at the lead's own scope (see test_rules_holders_s14g.py)
    graph = _doc("第一条 渔业主管部门应当会同交通、气象等部门开展湖泊巡查。\n")
    assert holder_names(graph, 1) == {"渔业主管部门", "交通部门", "气象部门"}


def test_organ_of_a_time_piece_is_no_holder() -> None:
    graph = _doc(
        "第一条 县级以上人民政府渔业主管部门开展湖泊执法检查时，乡镇人民政府应当提供便利。\n"
        "第二条 县级水务部门接到污染报告之后，县级生态环境部门应当及时组织监测。\n"
    )
    assert holder_names(graph, 1) == {"乡镇人民政府"}
    assert holder_names(graph, 2) == {"县级生态环境部门"}


def test_time_piece_without_an_organ_of_its_own_keeps_the_opening_subject() -> None:
    graph = _doc("第一条 县级水务部门发现湖泊污染时，应当及时通知下游乡镇人民政府。\n")
    assert holder_names(graph, 1) == {"县级水务部门"}
