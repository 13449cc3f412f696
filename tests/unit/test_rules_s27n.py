"""Duty over-splitting of round 91 (split): a subject that _after_subject does not step over (its short
name, its list, its partners after 会同) with only a frame (在…领导下 / 按照…的要求) joins the act after it;
a sentence whose subject is the offender and whose sanction names no sanctioning body
(X在…中滥用职权的，依法给予处分) is a liability, no duty (genre rule 10).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

_TITLE = "某市护林条例"


def test_a_subject_with_its_short_name_and_a_leadership_frame_joins_the_act() -> None:
    body = "第一条 村民委员会（以下简称村委会）在乡镇人民政府领导下，开展林区巡查。"
    assert duty_texts(document(body, _TITLE)) == ["村民委员会（以下简称村委会）在乡镇人民政府领导下，开展林区巡查"]


def test_a_subject_with_its_partner_and_a_rule_joins_the_act() -> None:
    body = "第一条 市公安局应当会同市园林局按照有关规定，确定护林重点区域。"
    assert duty_texts(document(body, _TITLE)) == ["市公安局应当会同市园林局按照有关规定，确定护林重点区域"]


def test_a_listed_subject_under_a_coordination_frame_joins_the_act() -> None:
    body = "第一条 公安、交通等有关部门应当在市人民政府的统一协调下，做好护林工作。"
    assert duty_texts(document(body, _TITLE)) == ["公安、交通等有关部门应当在市人民政府的统一协调下，做好护林工作"]


def test_a_frame_with_its_own_act_stays_apart() -> None:
    body = "第一条 市公安局应当会同市园林局按照巡查计划组织夜间巡查，每月通报一次。"
    assert "市公安局应当会同市园林局按照巡查计划组织夜间巡查" in duty_texts(document(body, _TITLE))


def test_an_offender_sanction_with_no_sanctioning_body_is_no_duty() -> None:
    body = (
        "第一条 市园林局负责林木采伐的审批。"
        "负有护林职责的国家工作人员，在护林工作中滥用职权的，依法给予处分；构成犯罪的，依法追究刑事责任。"
    )
    assert duty_texts(document(body, _TITLE)) == ["市园林局负责林木采伐的审批"]


def test_a_sanction_imposed_by_a_named_body_stays_its_duty() -> None:
    body = "第一条 市园林局未履行护林职责的，由市人民政府对直接负责的主管人员依法给予处分。"
    assert duty_texts(document(body, _TITLE)) == [
        "市园林局未履行护林职责的，由市人民政府对直接负责的主管人员依法给予处分"
    ]


def test_a_duty_before_the_sanction_condition_stays() -> None:
    body = "第一条 市园林局应当巡查林区，发现滥伐林木的，依法给予处分。"
    assert "市园林局应当巡查林区" in duty_texts(document(body, _TITLE))
