"""Holder rules from the RESPONSIBLE_FOR misses of the dev set (s14g): every member of a bare lead's
会同 list, the bodies that send staff to a team (由A、B派人组成), and a body named only by the request
it received (收到复核请求的机关). Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names


def _doc(body: str, title: str = "某省湿地保护条例") -> DocumentGraph:
    return document(body, title)


def test_every_member_of_a_bare_leads_joint_list_holds() -> None:
    graph = _doc("第一条 林业主管部门应当会同水利、农业农村、文化旅游等部门建立湿地巡护制度。\n")
    assert holder_names(graph, 1) == {"林业主管部门", "水行政主管部门", "农业农村部门", "文化旅游部门"}


def test_bodies_sending_staff_to_a_team_hold_the_clause() -> None:
    graph = _doc(
        "第一条 湿地联合检查组由县级以上人民政府、林业主管部门、公安机关以及工会派员组成。\n"
        "第二条 湿地联合检查组由县级以上人民政府、林业主管部门组成。\n"
    )
    assert holder_names(graph, 1) == {"县级以上人民政府", "林业主管部门", "公安机关", "工会"}
    # no sending printed: a composition, no duty (s32u: dev gw-wwdc, yt-senlin, gz-liuxihe, cq-jydd annotate a
    # named body made of bodies or persons with no duty, 4 of 4)
    assert holder_names(graph, 2) == set()


def test_body_named_by_the_request_it_received_is_the_one_asked() -> None:
    graph = _doc(
        "第一条 申请人对处理意见不服的，可以向作出处理意见的县级以上人民政府申请复查。"
        "收到申请的人民政府应当在二十日内作出复查决定。\n"
        "第二条 申请人对复查意见不服的，可以请求复查机关、单位的上一级机关、单位复核。"
        "收到复核请求的机关、单位应当在二十日内提出复核意见。\n"
    )
    assert holder_names(graph, 1) == {"县级以上人民政府"}
    assert holder_names(graph, 2) == {"上一级机关、单位"}


def test_body_that_appoints_a_post_holds_the_clause() -> None:
    graph = _doc(
        "第一条 县级以上人民政府可以派出湿地巡查组。巡查组组长由本级人民政府确定。\n"
        "第二条 专职督学由县级以上人民政府任免。\n"
    )
    assert holder_names(graph, 1) == {"县级以上人民政府"}
    assert holder_names(graph, 2) == {"县级以上人民政府"}


def test_referring_clause_that_applies_this_text_is_no_duty() -> None:
    graph = _doc(
        "第一条 县级以上人民政府林业主管部门负责湿地保护工作。\n"
        "第二条 需要由县级以上人民政府水行政主管部门开展湿地修复的，参照本条例执行。\n"
        "第三条 街道办事处处理涉及湿地的工作，可以参照执行本条例规定的巡护和考核等制度。\n"
    )
    assert holder_names(graph, 2) == set()
    assert holder_names(graph, 3) == set()
