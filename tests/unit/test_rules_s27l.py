"""Audit oversight of round 91: the kind of audit printed as the modifier of 审计 (县（区）党政主要负责人
自然资源资产离任审计, X的任期经济责任审计) makes the organs joined right before it the audited; a thing
there (专项资金) names no organ and gives no edge.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市湿地保护条例"


def test_the_role_before_a_departure_audit_is_audited() -> None:
    body = "第一条 市审计局应当将湿地保护目标完成情况纳入县（区）党政主要负责人自然资源资产离任审计内容。"
    assert edges(document(body, _TITLE), "SUPERVISES") == {("市审计局", "县（区）党政主要负责人")}


def test_each_role_of_a_joined_list_is_audited() -> None:
    body = "第一条 市审计局应当推进县（区）、乡镇主要负责人和市有关部门主要负责人自然资源资产离任审计全覆盖。"
    assert edges(document(body, _TITLE), "SUPERVISES") == {
        ("市审计局", "县（区）主要负责人"),
        ("市审计局", "乡镇主要负责人"),
        ("市审计局", "市有关部门主要负责人"),
    }


def test_a_term_audit_after_de_audits_the_role_before_it() -> None:
    body = "第一条 市审计局应当组织县（区）人民政府主要负责人的任期经济责任审计。"
    assert edges(document(body, _TITLE), "SUPERVISES") == {("市审计局", "县（区）人民政府主要负责人")}


def test_an_audit_of_a_thing_gives_no_edge() -> None:
    body = "第一条 市审计局应当开展湿地保护专项资金离任审计，并将湿地保护资金纳入审计内容。"
    assert edges(document(body, _TITLE), "SUPERVISES") == set()
