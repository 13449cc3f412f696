"""Role rules of session 23 (round 39, staff and post roles): enforcement staff (执法人员) are a member
role of the body named before them (X的执法人员, X及其执法人员), not one position of the level, where that
phrase is a party of its clause (its subject, the one sanctioned); after 对 or a verb it is an object,
and before 的 a possessor, and neither ties the staff to the body. 本单位 before a member role qualifies
it and is not part of its name. Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市古树名木保护条例"


def test_enforcement_staff_of_a_department_sit_in_it() -> None:
    body = (
        "第一条 市林业主管部门负责本市古树名木保护工作。\n"
        "第二条 林业主管部门的执法人员进入古树名木保护范围检查时，应当佩戴执法标志。\n"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "佩戴执法标志") == {"执法人员"}
    assert ("执法人员", "林业主管部门") in edges(graph, "PART_OF")


def test_staff_after_jiqi_as_an_acted_on_subject_sit_in_the_body() -> None:
    body = "第一条 市林业主管部门负责本市古树名木保护工作。\n第二条 被检查的区园林绿化部门及其执法人员应当予以配合。\n"
    graph = document(body, _TITLE)
    assert ("执法人员", "区园林绿化部门") in edges(graph, "PART_OF")


def test_staff_as_an_object_are_no_member_of_the_body() -> None:
    body = (
        "第一条 市林业主管部门负责本市古树名木保护工作。\n"
        "第二条 区林业主管部门应当对受委托的镇人民政府及其执法人员加强业务监督、指导。\n"
        "第三条 区林业主管部门应当督促区园林绿化部门及其执法人员依法巡查。\n"
    )
    graph = document(body, _TITLE)
    part_of = edges(graph, "PART_OF")
    assert ("执法人员", "镇人民政府") not in part_of
    assert ("执法人员", "区园林绿化部门") not in part_of


def test_staff_as_a_possessor_are_no_member_of_the_body() -> None:
    body = (
        "第一条 市林业主管部门负责本市古树名木保护工作。\n"
        "第二条 区园林绿化部门的执法人员的执法资格应当报市林业主管部门备案。\n"
        "第三条 镇人民政府及其执法人员应当如实记录巡查情况。\n"
    )
    graph = document(body, _TITLE)
    part_of = edges(graph, "PART_OF")
    assert ("执法人员", "区园林绿化部门") not in part_of
    assert ("执法人员", "镇人民政府") in part_of


def test_own_unit_qualifies_a_member_role() -> None:
    body = (
        "第一条 养护单位应当定期组织本单位从业人员参加古树名木养护培训。\n第二条 从业人员应当按照规程养护古树名木。\n"
    )
    graph = document(body, _TITLE)
    assert "本单位从业人员" not in names(graph)
