"""Duty rules of session 21 (round i): 应当有X参加 names X as the holder of the clause, and X carries
to no later sentence (the act it attends is another party's). Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty, surfaces

_TITLE = "某县小型水库管理办法"


def test_the_modal_has_ends_before_the_attending_body() -> None:
    assert surfaces("水库除险加固工程验收，应当有县水行政主管部门参加。", "county") == ["县水行政主管部门"]
    assert surfaces("评审会议必须有县应急管理部门派员参加。", "county") == ["县应急管理部门"]


def test_the_attending_body_holds_the_clause() -> None:
    body = "第一条 小型水库除险加固工程完工后组织验收，应当有县水行政主管部门参加并出具意见。\n"
    graph = document(body, _TITLE)
    assert "小型水库除险加固工程完工后组织验收，应当有县水行政主管部门参加并出具意见" in duty_texts(graph)
    assert holders_of_duty(graph, "应当有县水行政主管部门参加") == {"县水行政主管部门"}


def test_the_attending_body_carries_to_no_later_sentence() -> None:
    body = (
        "第一条 小型水库除险加固工程验收，应当有县水行政主管部门参加。验收不合格的，水库不得蓄水运行。\n"
        "第二条 县水行政主管部门应当定期检查小型水库的安全状况。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert not any("不得蓄水运行" in t for t in texts), texts
    assert "县水行政主管部门应当定期检查小型水库的安全状况" in texts, texts


def test_a_planned_manner_or_staff_after_the_modal_names_no_agent() -> None:
    body = "第一条 水库管理单位应当有计划地开展库区清淤，应当有专人值守。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "有计划地开展库区清淤") == {"水库管理单位"}
