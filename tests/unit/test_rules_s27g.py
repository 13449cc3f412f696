"""Duty precision of round 90: a subject with only the rule it acts by (其他有关部门按照各自职责 / A、B等部门按照
职责分工) joins the act after it; a clause that only defers to other law (另有规定的，从其规定) is no duty; an
unnamed criminal sanction (依照刑法有关规定追究刑事责任) is a liability; a body made of persons (由…负责人、
…代表组成) is a composition, no duty.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

_TITLE = "某市护林条例"


def test_an_other_set_with_only_its_rule_joins_the_act_after_it() -> None:
    body = "第一条 其他有关部门按照各自职责，做好护林防火工作。"
    assert duty_texts(document(body, _TITLE)) == ["其他有关部门按照各自职责，做好护林防火工作"]


def test_a_listed_subject_with_only_its_rule_joins_the_act_after_it() -> None:
    body = "第一条 市园林局、市公安局等部门按照职责分工，做好林区巡护工作。"
    assert duty_texts(document(body, _TITLE)) == ["市园林局、市公安局等部门按照职责分工，做好林区巡护工作"]


def test_a_rule_followed_by_an_act_of_its_own_stays_apart() -> None:
    body = "第一条 其他有关部门应当按照职责分工履行护林职责，每年向市人民政府报告护林情况。"
    texts = duty_texts(document(body, _TITLE))
    assert "其他有关部门应当按照职责分工履行护林职责" in texts


def test_a_deference_to_other_law_is_no_duty() -> None:
    body = "第一条 市园林局负责林木采伐的审批。法律、法规对采伐审批另有规定的，从其规定。"
    assert duty_texts(document(body, _TITLE)) == ["市园林局负责林木采伐的审批"]


def test_an_exception_inside_a_duty_keeps_the_duty() -> None:
    body = "第一条 市园林局不得收取审批费用，法律、法规另有规定的除外。"
    assert duty_texts(document(body, _TITLE)) == ["市园林局不得收取审批费用"]


def test_an_unnamed_criminal_sanction_is_no_duty() -> None:
    body = "第一条 违反本条例规定滥伐林木的，由市园林局责令补种；构成犯罪的，依照刑法有关规定追究刑事责任。"
    texts = duty_texts(document(body, _TITLE))
    assert not any("刑事责任" in t for t in texts)


def test_a_body_made_of_persons_is_a_composition() -> None:
    body = "第一条 市护林委员会由市长、副市长和有关部门负责人组成，负责全市护林工作的统筹协调。"
    assert duty_texts(document(body, _TITLE)) == ["负责全市护林工作的统筹协调"]
