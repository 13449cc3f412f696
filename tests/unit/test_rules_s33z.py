"""Round 107 (street and township rules): the departments under vertical management named by that status
(实行垂直管理的部门, 实行垂直管理部门设在辖区内的机构) as one working set holding its duties; the street's pair
printed only as the prefix of a role (街道党工委和街道办事处领导班子成员): the role sits in both printed bodies,
no pair node; and 工作协调领导小组, whose 协调 is part of the name, not the verb. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某市街道工作规定"


def test_the_vertically_managed_departments_hold_their_duty() -> None:
    graph = document(
        "第五条 实行垂直管理的部门在辖区内调整服务网点，应当事先告知街道办事处。"
        "第六条 街道办事处可以对实行垂直管理的部门的服务情况进行评价。",
        _TITLE,
    )
    assert holders_of_duty(graph, "调整服务网点") == {"实行垂直管理的部门"}
    # session 38 gate: 评价 is no README trigger
    assert ("街道办事处", "实行垂直管理的部门") not in edges(graph, "SUPERVISES")


def test_the_offices_of_vertically_managed_departments_hold_their_duty() -> None:
    graph = document("第七条 实行垂直管理部门设在辖区内的机构应当配合街道办事处做好防汛工作。", _TITLE)
    assert holders_of_duty(graph, "做好防汛工作") == {"实行垂直管理部门设在辖区内的机构"}
    assert ("实行垂直管理部门设在辖区内的机构", "街道办事处") in edges(graph, "ASSISTS")


def test_a_role_of_the_street_pair_printed_as_its_prefix_sits_in_both_bodies() -> None:
    graph = document(
        "第八条 街道党工委应当加强对社区工作的领导。街道办事处应当做好便民服务。"
        "第九条 街道党工委和街道办事处领导班子成员应当按照分工落实安全责任。",
        _TITLE,
    )
    role = "街道党工委和街道办事处领导班子成员"
    assert holders_of_duty(graph, "落实安全责任") == {role}
    assert {(role, "街道党工委"), (role, "街道办事处")} <= edges(graph, "PART_OF")
    assert "街道党工委和街道办事处" not in names(graph)


def test_a_street_pair_holding_a_duty_keeps_its_role() -> None:
    graph = document(
        "第八条 街道党工委应当加强对社区工作的领导。街道办事处应当做好便民服务。"
        "第九条 街道党工委、街道办事处应当组织开展安全检查。"
        "街道党工委、街道办事处领导班子成员应当按照分工落实安全责任。",
        _TITLE,
    )
    role = "街道党工委、街道办事处领导班子成员"
    assert (role, "街道党工委、街道办事处") in edges(graph, "PART_OF")


def test_the_two_street_bodies_listed_with_no_role_are_two_holders() -> None:
    graph = document(
        "第八条 街道党工委应当加强对社区工作的领导。街道办事处应当做好便民服务。"
        "第九条 街道党工委和街道办事处应当组织开展安全检查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织开展安全检查") == {"街道党工委", "街道办事处"}
    assert "街道党工委和街道办事处" not in names(graph)


def test_a_work_coordination_leading_group_keeps_its_whole_name() -> None:
    graph = document(
        "第十条 县人民政府设立乡镇工作协调领导小组。"
        "第十一条 对职责有争议的事项，由县乡镇工作协调领导小组办公室提出处理意见，报领导小组确定。",
        "某县乡镇工作条例",
    )
    assert holders_of_duty(graph, "提出处理意见") == {"县乡镇工作协调领导小组办公室"}


def test_coordinating_a_leading_groups_members_stays_a_verb() -> None:
    assert surfaces("领导小组办公室负责统筹协调领导小组成员单位的工作。", "county")[0] == "领导小组办公室"
    assert "协调领导小组成员单位" not in surfaces("领导小组办公室负责统筹协调领导小组成员单位的工作。", "county")
