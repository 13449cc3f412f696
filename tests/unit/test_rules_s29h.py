"""Round 97 (poverty-alleviation and rural-revitalisation rules): a sanctioned team named by its members
(驻村工作队员) keeps the list of offenders going, and the departments printed bare after a body and 及其
(X人民政府及其部门) are that body's departments, a set of their own.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某省乡村振兴促进条例"
_TEAMS = "第一条 县人民政府按照规定选派驻村第一书记和驻村工作队。\n"


def test_a_team_named_by_its_members_keeps_the_offender_list_going() -> None:
    graph = document(_TEAMS + "第二条 驻村工作队员和第一书记长期脱岗的，由派出单位召回调整。", _TITLE)
    supervised = edges(graph, "SUPERVISES")
    assert ("派出单位", "驻村工作队") in supervised
    assert ("派出单位", "第一书记") in supervised


def test_a_team_named_by_its_repeated_member_word_keeps_the_list_going() -> None:
    graph = document(_TEAMS + "第二条 驻村工作队队员、第一书记弄虚作假的，由派出单位召回调整。", _TITLE)
    assert ("派出单位", "第一书记") in edges(graph, "SUPERVISES")


def test_the_bare_departments_after_a_government_and_its_owner_word_are_its_own() -> None:
    graph = document("第一条 市人民政府及其部门应当公开乡村振兴项目资金的使用情况。", _TITLE)
    assert "市人民政府部门" in names(graph)
    assert holders_of_duty(graph, "公开") == {"市人民政府", "市人民政府部门"}
    assert ("市人民政府部门", "市人民政府") in edges(graph, "PART_OF")


def test_the_bare_departments_keep_a_sanctioned_list_going() -> None:
    body = "第一条 县人民政府及其部门、乡（镇）人民政府挤占帮扶资金的，由上级机关责令改正。"
    supervised = edges(document(body, _TITLE), "SUPERVISES")
    assert ("上级机关", "县人民政府部门") in supervised
    assert ("上级机关", "乡（镇）人民政府") in supervised


def test_the_bare_departments_of_an_unnamed_set_of_governments_are_its_own_set() -> None:
    # round 130 (s41l): keyed by their owner, they no longer merge with every other 有关 set's departments,
    # so they are a set of their own as after a named body (dev gw-yingji, qh-fupin)
    graph = document("第一条 有关人民政府及其部门应当及时拨付帮扶资金。", _TITLE)
    assert "有关人民政府部门" in names(graph)
    assert ("有关人民政府部门", "有关人民政府") in edges(graph, "PART_OF")


def test_a_named_department_after_the_owner_word_is_untouched() -> None:
    graph = document("第一条 市人民政府及其部门负责人应当接受监督。", _TITLE)
    assert "市人民政府部门" not in names(graph)
