"""Duty rules of session 20 (round i): a bare duty-list lead (X履行下列职责：) and its item (一) are
one duty, while a lead with content of its own stays with that content. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

_TITLE = "某县古树名木保护办法"


def test_a_bare_duty_list_lead_joins_its_first_item() -> None:
    body = "第一条 县林业主管部门应当依法履行下列职责：\n（一）建立古树档案；\n（二）开展日常养护。\n"
    texts = duty_texts(document(body, _TITLE))
    assert "县林业主管部门应当依法履行下列职责：\n（一）建立古树档案" in texts, texts
    assert "（二）开展日常养护" in texts, texts
    assert not any(t.endswith("职责：") for t in texts), texts


def test_a_subjectless_bare_lead_after_another_duty_joins_its_first_item() -> None:
    body = (
        "第一条 乡镇人民政府协助县林业主管部门开展古树普查，并履行下列职责：\n"
        "（一）落实看护人员；\n（二）报告古树异常。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert any(t.startswith("并履行下列职责：") and t.endswith("落实看护人员") for t in texts), texts


def test_a_lead_with_content_of_its_own_keeps_that_content() -> None:
    body = (
        "第一条 县林业主管部门负责本县古树名木的保护管理，履行下列职责：\n"
        "（一）组织古树普查；\n（二）查处损害古树行为。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert "县林业主管部门负责本县古树名木的保护管理，履行下列职责：" in texts, texts
    assert "（一）组织古树普查" in texts, texts


def test_a_bare_publication_tail_joins_the_piece_that_fixed_its_thing() -> None:
    body = (
        "第一条 县人民政府应当划定古树保护区，并向社会公布。\n"
        "第二条 县林业主管部门应当设立古树保护标志，并向社会公布。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert "县人民政府应当划定古树保护区，并向社会公布" in texts, texts
    # 设立 is annotated either way: the tail stays apart
    assert "并向社会公布" in texts, texts


def test_a_publication_tail_after_a_submission_stays_apart() -> None:
    body = "第一条 古树保护范围由县林业主管部门报县人民政府划定，并向社会公布。\n"
    texts = duty_texts(document(body, _TITLE))
    assert "并向社会公布" in texts, texts
