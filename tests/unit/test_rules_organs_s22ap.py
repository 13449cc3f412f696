"""Organ rules of round 43: a regulated actor opening a sentence with a condition that ends in 的 and a
comma before the modal (X停业的，应当…) is the subject that holds the duty.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, surfaces


def test_an_actor_opening_a_condition_holds_the_duty() -> None:
    assert surfaces("冷链仓储企业暂停营业的，应当提前十日告知客户。") == ["冷链仓储企业"]
    assert surfaces("滑雪场经营者变更经营场地的，必须重新办理登记。") == ["滑雪场经营者"]
    graph = document(
        "第一条 市商务主管部门负责冷链仓储的监督管理。\n"
        "第二条 冷链仓储企业暂停营业的，应当提前十日向市商务主管部门书面报告。",
        "某市冷链仓储管理办法",
    )
    assert holders_of_duty(graph, "书面报告") == {"冷链仓储企业"}
    assert any(source.endswith("冷链仓储企业") for source, _ in edges(graph, "REPORTS_TO"))


def test_a_listed_subject_opens_the_condition_whole() -> None:
    # the condition starts after the whole list, not after its first item
    assert surfaces("冷链仓储企业、冷链运输企业变更地址的，应当办理备案。") == ["冷链仓储企业", "冷链运输企业"]


def test_the_condition_frame_keeps_its_guards() -> None:
    # the actor only qualifies the condition's subject (成员), instances a kind (等), is a further head's
    # stem (煤矿企业), or opens a comma clause after the sentence's own subject
    assert surfaces("渔业合作社成员要求退出的，应当书面提出。") == []
    assert "冷链仓储企业" not in surfaces("冷链仓储企业等经营单位停业的，应当告知客户。")
    assert surfaces("煤矿企业停产整顿的，应当制定整改方案。") == ["煤矿企业"]
    assert surfaces("监理单位发现问题，冷链仓储企业拒不整改的，应当报告。") == ["监理单位"]
