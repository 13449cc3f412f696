"""Round 91 (topic): a committee's members printed after its full name are a role of that committee, an
oversight noun fronted before 的…，由Y makes Y oversee the possessor, and an eligibility bar is no duty."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, names, surfaces


def test_committee_members_are_one_role_per_committee() -> None:
    # the level word 村 opens each committee's name: two member roles, not one role of the bare 村
    assert surfaces("居民议事委员会成员和村务公开委员会成员应当参加培训", "township") == [
        "居民议事委员会成员",
        "村务公开委员会成员",
    ]


def test_fronted_audit_of_committee_members_goes_to_them() -> None:
    graph = document(
        "第一条 村民委员会应当按月公开财务收支。\n"
        "第二条 村民委员会成员的离任经济责任审计，由县人民政府审计部门或者镇人民政府负责实施。",
        "某县村务公开规定",
    )
    assert "村民委员会成员" in names(graph)
    assert edges(graph, "SUPERVISES") == {("县人民政府审计部门", "村民委员会成员"), ("镇人民政府", "村民委员会成员")}
    assert ("村民委员会成员", "村民委员会") in edges(graph, "PART_OF")


def test_fronted_assessment_with_a_comma_before_its_agent() -> None:
    graph = document("第一条 镇农业服务中心的考核，由镇人民政府统一组织。", "某镇农业服务管理办法")
    assert ("镇人民政府", "镇农业服务中心") in edges(graph, "SUPERVISES")


def test_eligibility_bar_is_no_duty() -> None:
    graph = document(
        "第一条 村民委员会应当公开村务。受到开除处分的人员三年内不得担任村务公开委员会成员。",
        "某县村务公开规定",
    )
    assert duty_texts(graph) == ["村民委员会应当公开村务"]
