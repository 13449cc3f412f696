"""Holder rules of session 22 (round b, r32): the approval step that closes a chain (编制…，经X批准后组织
实施) joins the duty before it, and a bare power-list lead (X可以采取下列措施：) is no duty, its items are
X's. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市古树名木保护条例"


def test_an_approval_step_joins_the_duty_before_it() -> None:
    body = "第一条 市园林主管部门应当编制古树名木保护规划，经市人民政府批准后组织实施。\n"
    graph = document(body, _TITLE)
    assert "经市人民政府批准后组织实施" not in duty_texts(graph)
    assert any(text.endswith("经市人民政府批准后组织实施") for text in duty_texts(graph))


def test_an_approval_then_a_submission_joins_the_duty_before_it() -> None:
    body = "第一条 区园林主管部门应当划定古树名木保护范围，经区人民政府同意后，报市园林主管部门批准。\n"
    graph = document(body, _TITLE)
    assert not any(text.startswith("经区人民政府同意后") for text in duty_texts(graph))


def test_a_bare_power_lead_is_no_duty_and_its_items_are_the_holders() -> None:
    body = "第一条 市园林主管部门在监督检查中可以采取下列措施：\n（一）查阅养护记录；\n（二）进入养护现场检查。\n"
    graph = document(body, _TITLE)
    assert not any(text.endswith("采取下列措施：") for text in duty_texts(graph))
    assert holders_of_duty(graph, "进入养护现场检查") == {"市园林主管部门"}


def test_a_power_lead_with_content_of_its_own_stays_a_duty() -> None:
    # 组织有关部门采取…措施： names partners, an act of the lead itself
    body = "第一条 市园林主管部门可以组织有关部门采取下列救护措施：\n（一）设置支撑设施；\n（二）开展病虫害防治。\n"
    graph = document(body, _TITLE)
    assert any("组织有关部门采取下列救护措施" in text for text in duty_texts(graph))


def test_a_liability_after_a_condition_is_no_duty_of_the_carried_body() -> None:
    body = "第一条 市园林主管部门应当加强古树名木巡查，损毁古树名木造成他人损失的，应当承担赔偿责任。\n"
    graph = document(body, _TITLE)
    assert not any(text.endswith("承担赔偿责任") for text in duty_texts(graph))
    assert holders_of_duty(graph, "加强古树名木巡查") == {"市园林主管部门"}


def test_a_named_body_keeps_its_own_liability() -> None:
    body = "第一条 养护单位养护不当造成古树名木死亡的，养护单位应当承担赔偿责任。\n"
    graph = document(body, _TITLE)
    assert any(text.endswith("承担赔偿责任") for text in duty_texts(graph))
