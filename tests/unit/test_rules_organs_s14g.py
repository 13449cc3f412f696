"""The office printed bare after a coordinating body and 及其 (X及其办公室) is that body's own office.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, surfaces


def test_office_after_a_joint_conference_is_its_office() -> None:
    graph = document(
        "第一条 河道保护联席会议及其办公室应当督促检查议定事项的落实，重要问题向省人民政府报告。\n",
        "某省河道保护条例",
    )
    assert "河道保护联席会议办公室" in names(graph)
    assert "办公室" not in names(graph)
    assert ("河道保护联席会议办公室", "河道保护联席会议") in edges(graph, "PART_OF")


def test_office_after_a_levelled_committee_keeps_the_level() -> None:
    graph = document(
        "第一条 市粮食安全委员会及其办公室负责协调全市粮食储备工作。\n第二条 市粮食安全委员会办公室应当定期检查。\n",
        "某市粮食储备办法",
    )
    assert "市粮食安全委员会办公室" in names(graph)
    assert "办公室" not in names(graph)


def test_office_after_an_ordinary_department_is_left_alone() -> None:
    # 及其办公室 after a department with no standing office of its own: the rule does not name one
    assert surfaces("市水务局及其办公室负责。", "municipal")[-1] == "办公室"
    graph = document("第一条 市水务局及其办公室负责河道检查。\n", "某市河道管理办法")
    assert "市水务局办公室" not in names(graph)


def test_role_of_an_unnamed_department_set_is_part_of_it() -> None:
    graph = document(
        "第一条 有关部门应当按照职责分工做好粮食储备工作。\n"
        "第二条 有关部门主要负责人应当定期检查本部门粮食储备工作。\n",
        "某省粮食安全责任制规定",
    )
    assert ("有关部门主要负责人", "有关部门") in edges(graph, "PART_OF")


def test_role_of_a_levelled_department_is_untouched() -> None:
    # a role printed over a body of its own (县人民政府主要负责人) keeps that body
    graph = document("第一条 县人民政府主要负责人应当定期检查粮食储备工作。\n", "某县粮食安全责任制规定")
    assert "县人民政府主要负责人" in names(graph)
