"""Round 134 (lists of regulated units as holders): the units that build, own or use listed things, after a
的-stem that lists them, each hold the duty and are named bare. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某市水渠管理条例"


def test_units_of_listed_things_are_named_bare() -> None:
    graph = document(
        "第九条 横跨水渠的涵洞、闸门、泵站等建筑物及其设施的建设单位、产权单位或者使用单位，应当定期检查维护。",
        _TITLE,
    )
    assert {"建设单位", "产权单位", "使用单位"} <= names(graph)
    assert holders_of_duty(graph, "定期检查维护") == {"建设单位", "产权单位", "使用单位"}


def test_letting_roles_hold_the_duty_after_their_own_finding() -> None:
    graph = document(
        "第十一条 厂房、仓库或者堆场的发包人、出租人发现承租人向水渠倾倒废渣的，应当及时劝阻并报告水务部门。",
        _TITLE,
    )
    assert {"发包人", "出租人"} <= names(graph)
    assert holders_of_duty(graph, "及时劝阻") == {"发包人", "出租人"}
