"""Holder and duty rules of round s20f, each on a sentence written for this file (not from the seeds, the
dev documents or the corpus): the items of a condition list (X应当具备下列条件：) are its content, no
duties; a bare 负有/承担下列职责： or 履行下列义务： lead joins its item (一)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某县古树名木保护办法"


def test_items_of_a_condition_list_are_no_duties() -> None:
    body = "第一条 古树养护员应当具备下列条件：\n（一）熟悉古树养护技术；\n（二）有三年以上园林工作经历。\n"
    texts = duty_texts(document(body, _TITLE))
    assert not [t for t in texts if t.startswith("（")], texts


def test_a_bare_duty_list_lead_with_fu_you_joins_item_one() -> None:
    body = "第一条 县林业主管部门负有下列职责：\n（一）组织古树名木普查；\n（二）建立古树名木档案。\n"
    texts = duty_texts(document(body, _TITLE))
    assert texts[0].startswith("县林业主管部门负有下列职责") and "组织古树名木普查" in texts[0], texts
    assert len(texts) == 2, texts


def test_an_obligation_list_lead_joins_item_one() -> None:
    body = "第一条 乡镇人民政府应当履行下列义务：\n（一）巡查辖区内古树名木；\n（二）制止损害古树名木的行为。\n"
    graph = document(body, _TITLE)
    texts = duty_texts(graph)
    assert "巡查辖区内古树名木" in texts[0] and len(texts) == 2, texts
    assert holders_of_duty(graph, "巡查辖区内") == {"乡镇人民政府"}


def test_a_right_of_the_subject_is_no_duty() -> None:
    body = (
        "第一条 古树养护员依法享有获得养护补贴的权利。\n"
        "第二条 古树养护员享有下列权利：\n（一）获得养护培训；\n（二）获得劳动保护。\n"
        "第三条 县林业主管部门应当告知养护员享有申请复核的权利。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert not [t for t in texts if t.startswith(("古树养护员", "（"))], texts
    assert any(t.startswith("县林业主管部门应当告知") for t in texts), texts
