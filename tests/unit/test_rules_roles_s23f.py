"""Role rules of session 24 (round 45, roles): the workers of a unit named by their task (特种作业人员,
现场技术人员) are roles holding duties, social where no unit is named; 专业技术人员 is a resource, not a role;
and a head role printed over a government and its departments joined by a plain 及 (X人民政府及有关部门主要负责人)
splits into the government's head and its departments' head, as with 及其. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named

_TITLE = "某市矿山安全管理条例"


def test_a_units_special_workers_are_its_role() -> None:
    body = "第一条 施工单位的特种作业人员应当每年参加复训，持有效证件上岗。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"特种作业人员"}
    assert ("特种作业人员", "施工单位") in edges(graph, "PART_OF")


def test_bare_workers_are_a_social_role() -> None:
    body = "第一条 爆破作业人员应当在作业结束后清点剩余炸药。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"爆破作业人员"}
    assert organ_named(graph, "爆破作业人员").level == "social"


def test_a_named_technician_holds_the_duty() -> None:
    body = "第一条 井下值班技术人员应当在交班前向接班人员说明通风情况。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"井下值班技术人员"}


def test_qualified_staff_a_unit_must_have_are_no_role() -> None:
    body = "第一条 矿山企业应当配备专业技术人员和救护器材，并报市应急管理部门备案。\n"
    graph = document(body, _TITLE)
    assert "专业技术人员" not in names(graph)
    assert holder_names(graph, 1) == {"矿山企业"}


def test_a_head_role_over_a_government_and_its_departments_joined_by_ji_splits() -> None:
    body = "第一条 市、区人民政府及有关部门主要负责人对本地区、本部门矿山安全工作负总责。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {
        "市人民政府主要负责人",
        "区人民政府主要负责人",
        "市人民政府有关部门主要负责人",
        "区人民政府有关部门主要负责人",
    }
    assert ("市人民政府主要负责人", "市人民政府") in edges(graph, "PART_OF")
