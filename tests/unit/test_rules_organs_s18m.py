"""Organ rules of session 18 (round m): 原 + an act + a head (原批准机关, 原备案部门, 原许可机关, 原决定部门) names
the body that did the act earlier, so the act word inside it is no verb that cuts the name.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, surfaces


def test_the_body_that_did_an_act_earlier_is_one_name() -> None:
    assert surfaces("调度方案确需调整的，应当报原批准机关批准。", "county") == ["原批准机关"]
    assert surfaces("取水许可有效期届满前应当向原许可机关申请延续。", "county") == ["原许可机关"]
    assert surfaces("备案事项发生变化的，应当告知原备案部门。", "county") == ["原备案部门"]
    assert surfaces("当事人对处理结果有异议的，可以请求原决定部门复查。", "county") == ["原决定部门"]


def test_the_act_word_stays_a_verb_without_original() -> None:
    # 批准 / 备案 after no 原 still end a stem: 经批准机关 is no body's name
    assert "批准机关" not in surfaces("调度方案须经批准机关同意后实施。", "county")
    assert surfaces("县水务局将调度方案备案部门存档。", "county") == ["县水务局"]


def test_a_report_to_the_original_approver_is_an_edge() -> None:
    graph = document("第一条 调度方案确需调整的，县水务局应当报原批准机关批准。", "某县水库安全管理条例")
    assert ("县水务局", "原批准机关") in edges(graph, "REPORTS_TO")
