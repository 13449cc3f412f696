"""Holder rules of session 22 (round j, r34): 由所在X — 所在 with no noun before it qualifies the agent X
after 由 (the person's own township government or sub-district office), which bears the clause.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某市志愿消防队员保障办法"


def test_own_place_before_the_agent_after_you() -> None:
    body = (
        "第一条 市应急管理部门负责志愿消防队员保障工作。\n"
        "第二条 志愿消防队员参加训练期间待遇不变。是农村居民的，由所在乡、镇人民政府发放误工补贴。\n"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "发放误工补贴") == {"乡、镇人民政府"}


def test_own_unit_after_you_is_still_the_unit_set() -> None:
    body = "第一条 队员参加训练所需的交通费，由所在单位承担。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "交通费") == {"所在单位"}
