"""Clause subjects after stacked qualifiers (round 71): the whole place (全省, 全市), the document's own place
(本省) and 各/各类 before the body qualify the subject, not the clause; a name opens after 各类 (every body
of the kind) but not after a range word (以下各类); 有关行政管理部门 is the unnamed set 有关部门.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, surfaces

_TITLE = "某省文明乘车条例"


def test_a_social_unit_after_ge_lei_holds_the_duty() -> None:
    graph = document("第一条 各类学校应当组织学生学习乘车礼仪。", _TITLE)
    assert holders_of_duty(graph, "组织学生学习乘车礼仪") == {"学校"}
    graph = document("第一条 各媒体应当刊播文明乘车公益广告。", _TITLE)
    assert holders_of_duty(graph, "刊播文明乘车公益广告") == {"媒体"}


def test_stacked_place_and_ge_qualify_the_subject() -> None:
    graph = document("第一条 全省各级人民政府应当保障公交优先。", _TITLE)
    assert holders_of_duty(graph, "保障公交优先") == {"各级人民政府"}
    graph = document("第一条 本省各养老机构应当配备急救药品。", _TITLE)
    assert holders_of_duty(graph, "配备急救药品") == {"养老机构"}


def test_a_name_opens_after_ge_lei_but_not_after_a_range_word() -> None:
    assert surfaces("各类教育机构应当开展乘车安全教育。") == ["教育机构"]
    assert surfaces("对中等以下各类教育机构进行督导。") == []


def test_the_relevant_administrative_departments_are_the_unnamed_set() -> None:
    body = "第一条 有关部门应当做好文明乘车宣传。\n第二条 本省各有关行政管理部门应当按照职责维护乘车秩序。"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "维护乘车秩序") == holders_of_duty(graph, "做好文明乘车宣传")
