"""Roles of round 101 (roles4): a leader printed bare after another body's leader with 或者 (约谈X主要负责人
或者分管负责人) is X's, a relative X (下级人民政府) included; the staff who inspect or enforce (执法人员,
检查人员, 审计人员), acting as a clause's subject, sit in the department the article names first as the
overseer, not when they are only an object (配备执法人员).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某省草原防火条例"


def test_a_deputy_after_or_is_the_same_bodys() -> None:
    body = (
        "第一条 县级以上人民政府对下级人民政府进行考核。"
        "考核不合格的，由上一级草原防火指挥部约谈下级人民政府主要负责人或者分管负责人。"
    )
    graph = document(body, _TITLE)
    assert "下级人民政府分管负责人" in names(graph)
    assert ("下级人民政府分管负责人", "下级人民政府") in edges(graph, "PART_OF")
    assert ("上一级草原防火指挥部", "下级人民政府分管负责人") in edges(graph, "SUPERVISES")


def test_a_deputy_after_or_keeps_a_level_body() -> None:
    body = "第一条 草原防火工作不力的，由省草原主管部门约谈市人民政府主要负责人或者分管负责人。"
    graph = document(body, _TITLE)
    assert ("市人民政府分管负责人", "市人民政府") in edges(graph, "PART_OF")


def test_inspecting_staff_sit_in_the_overseeing_department() -> None:
    body = "第一条 草原主管部门依法开展监督检查，可以进入现场。执法人员进行检查时，应当出示执法证件。"
    graph = document(body, _TITLE)
    assert ("执法人员", "草原主管部门") in edges(graph, "PART_OF")


def test_staff_printed_with_their_department_as_joint_subject() -> None:
    body = "第一条 审计人员依法办事受保护。审计机关和审计人员应当保守草原项目资金审计中知悉的秘密。"
    graph = document(body, _TITLE)
    assert ("审计人员", "审计机关") in edges(graph, "PART_OF")


def test_staff_named_only_as_an_object_get_no_body() -> None:
    body = "第一条 草原主管部门应当配备执法人员，并定期组织培训。"
    graph = document(body, _TITLE)
    assert not any(source == "执法人员" for source, _ in edges(graph, "PART_OF"))
