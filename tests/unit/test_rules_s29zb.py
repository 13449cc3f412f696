"""Round 97 (State Council small leads): a name opening with 地方 listed after a central department
(国务院X部门和地方X机构) is no department of 国务院, and a role after a body whose name ends in a
second head (X经办机构主要负责人: 办 then 机构) is that whole body's role, and a bare leader role
after a named department's or unit's leader in its sentence (，分管负责人…) is that body's."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names


def test_local_name_after_a_central_department_is_not_central() -> None:
    body = "第五条 国务院档案督查机构和地方督查机构应当加强对档案工作的检查。"
    graph = document(body, "档案督查条例")
    assert "地方督查机构" in holder_names(graph, 5)
    assert "国务院地方督查机构" not in names(graph)
    assert ("地方督查机构", "国务院") not in edges(graph, "PART_OF")


def test_local_name_after_a_local_department_still_shares_its_government() -> None:
    body = "第五条 县级以上人民政府商务部门和地方金融监管机构应当开展宣传。"
    graph = document(body, "某省宣传条例")
    assert "县级以上人民政府地方金融监管机构" in holder_names(graph, 5)


def test_role_after_a_body_ending_in_two_heads_is_the_whole_bodys() -> None:
    body = "第七条 养老保险经办机构主要负责人对本机构的内部管理负总责。"
    graph = document(body, "某省养老保险条例")
    assert holder_names(graph, 7) == {"养老保险经办机构主要负责人"}
    assert ("养老保险经办机构主要负责人", "养老保险经办机构") in edges(graph, "PART_OF")
    assert "养老保险经办" not in names(graph)


def test_bare_leader_after_a_named_units_leader_is_that_units() -> None:
    body = "第八条 养老保险经办机构主要负责人对本机构的内部管理负总责，分管负责人对分管业务负责。"
    graph = document(body, "某省养老保险条例")
    assert holder_names(graph, 8) == {"养老保险经办机构主要负责人", "养老保险经办机构分管负责人"}
    assert ("养老保险经办机构分管负责人", "养老保险经办机构") in edges(graph, "PART_OF")
