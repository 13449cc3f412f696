"""Round 141 (possessive holders X的Y): a subject named through a possessive 的-phrase keeps its duty when a
time piece (在…前/后/时) stands between it and the modal; the verb 收集 opens no organ's name. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某省工资集体协商办法"
_DEFINED = "第三条 本办法所称工资协商代表（以下简称协商代表），是指依法推选参加工资协商的人员。\n"


def test_a_possessive_subject_keeps_its_duty_across_a_time_piece() -> None:
    graph = document(
        _DEFINED + "第四条 劳资双方的协商代表在协商开始前应当做好下列准备工作：\n\n"
        "（一）整理工资数据；\n\n（二）约定协商的日程。",
        _TITLE,
    )
    assert holders_of_duty(graph, "整理工资数据") == {"协商代表"}
    assert holders_of_duty(graph, "约定协商的日程") == {"协商代表"}


def test_collecting_opens_no_organ_name() -> None:
    graph = document(
        _DEFINED + "第四条 协商代表应当听取并收集用人单位和劳动者对工资方案的看法。",
        _TITLE,
    )
    assert "收集用人单位" not in names(graph)
    # a unit named by the collecting it does keeps the word
    graph = document("第四条 废旧电池收集单位应当按月登记回收数量。", "某某市废旧电池回收管理办法")
    assert "废旧电池收集单位" in names(graph)
