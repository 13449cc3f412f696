"""Round 100 (roles, third round): rules on sentences written for these tests."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_role_of_a_level_department_set_sits_in_the_set() -> None:
    # 市有关部门主要负责人: the head role printed over a level's set of departments is the set's role,
    # not the level's (市委、市政府 / 市人民政府)
    graph = document(
        "第一条 市人民政府负责全市古树保护工作。市有关部门按照职责做好古树保护工作。\n"
        "第二条 市有关部门主要负责人是本部门古树保护工作的第一责任人，应当组织落实本部门职责。",
        "某市古树保护责任制规定",
    )
    assert edges(graph, "PART_OF") == {("市有关部门主要负责人", "市有关部门")}


def test_role_of_a_government_department_set_sits_in_the_set() -> None:
    # 县级以上人民政府职能部门分管负责人 / 国务院有关部门负责人: the set named inside a government's name
    graph = document(
        "第一条 县级以上人民政府职能部门按照职责做好古树保护工作。\n"
        "第二条 县级以上人民政府职能部门分管负责人应当督促落实本部门古树保护职责。",
        "某省古树保护责任制规定",
    )
    assert ("县级以上人民政府职能部门分管负责人", "县级以上人民政府职能部门") in edges(graph, "PART_OF")
    central = document(
        "第一条 国务院有关部门按照职责做好古树保护工作。\n第二条 国务院有关部门负责人应当组织落实本部门职责。",
        "古树保护责任制办法",
    )
    assert edges(central, "PART_OF") == {("国务院有关部门负责人", "国务院有关部门")}


def test_role_shared_by_a_listed_body_keeps_its_reading() -> None:
    # 街道、镇和区有关部门领导班子成员: a list of bodies before the set shares the role word, so the role is
    # left to the list reading (no role of the set alone)
    graph = document(
        "第一条 街道、镇和区有关部门领导班子成员每年向本级党委报告古树保护工作情况。",
        "某区古树保护责任制规定",
    )
    assert ("区有关部门领导班子成员", "区有关部门") not in edges(graph, "PART_OF")
