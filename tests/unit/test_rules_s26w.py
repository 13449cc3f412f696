"""Alternative agents of round 82: after 由, 或者其他有关… adds the rest of the set as a holder of the
same act, and so does the body X authorizes in 由X或者其授权的Y / 由X或者X授权的Y; a 其他 set that is not
an 有关 set (其他相关机关) and a joint set after 其授权的 are left alone.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty


def test_the_rest_of_an_unnamed_set_is_an_alternative_agent() -> None:
    body = "第一条 违反本办法规定，擅自占用公园绿地的，由园林主管部门或者其他有关部门责令限期恢复。"
    graph = document(body, "某市公园管理办法")
    assert holders_of_duty(graph, "责令限期恢复") == {"园林主管部门", "有关部门"}


def test_a_related_set_after_other_is_not_joined() -> None:
    body = "第一条 违反本办法规定，擅自占用公园绿地的，由园林主管部门或者其他相关机关责令限期恢复。"
    graph = document(body, "某市公园管理办法")
    assert holders_of_duty(graph, "责令限期恢复") == {"园林主管部门"}


def test_the_other_set_is_not_joined_in_a_subject() -> None:
    body = "第一条 园林主管部门或者其他有关部门的工作人员应当佩戴工作证件。"
    graph = document(body, "某市公园管理办法")
    assert "有关部门" not in holders_of_duty(graph, "佩戴工作证件")


def test_the_body_an_agent_authorizes_is_an_alternative_agent() -> None:
    body = "第一条 园区内发生重大污染事件的，由市人民政府或者其授权的有关部门组织核查。"
    graph = document(body, "某市公园管理办法")
    assert holders_of_duty(graph, "组织核查") == {"市人民政府", "有关部门"}


def test_the_agent_printed_twice_with_what_it_authorizes() -> None:
    body = "第一条 跨区的重大污染事件由市人民政府或者市人民政府授权的有关部门组织核查。"
    graph = document(body, "某市公园管理办法")
    assert holders_of_duty(graph, "组织核查") == {"市人民政府", "有关部门"}


def test_another_bodys_authorized_set_is_not_joined() -> None:
    body = "第一条 跨区的重大污染事件由市人民政府或者区人民政府授权的有关部门组织核查。"
    graph = document(body, "某市公园管理办法")
    assert "有关部门" not in holders_of_duty(graph, "组织核查")
