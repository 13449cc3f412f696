"""Holder rules of session 22 (round l): a subject's event piece (X违反…/X发生…/X拖欠…) followed by a
…的 piece opens a longer condition: it is no duty of X. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市供热管理条例"


def test_an_event_piece_before_a_condition_is_no_duty() -> None:
    body = "第一条 供热单位拖欠管网维护费用，经催告仍不缴纳的，城市管理部门可以申请人民法院强制执行。\n"
    graph = document(body, _TITLE)
    assert "供热单位拖欠管网维护费用" not in duty_texts(graph)
    assert holders_of_duty(graph, "申请人民法院强制执行") == {"城市管理部门"}


def test_a_violation_piece_before_a_condition_is_no_duty() -> None:
    body = "第一条 供热单位违反本条例规定，造成居民损失的，应当依法赔偿。\n"
    graph = document(body, _TITLE)
    assert "供热单位违反本条例规定" not in duty_texts(graph)


def test_the_event_subject_keeps_its_own_obligation_after_the_condition() -> None:
    # X发生…，造成…的，应当…: the condition's subject still bears the modal piece
    body = "第一条 供热单位发生管道爆裂，影响居民用热的，应当立即组织抢修。\n"
    graph = document(body, _TITLE)
    assert not any(text == "供热单位发生管道爆裂" for text in duty_texts(graph))
    assert holders_of_duty(graph, "立即组织抢修") == {"供热单位"}


def test_a_subject_doing_its_work_is_no_event() -> None:
    # 进行 is no event verb: X进行检查，发现…的，应当… stays X's duty
    body = "第一条 城市管理部门进行供热检查，发现安全隐患的，应当责令整改。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "进行供热检查") == {"城市管理部门"}
