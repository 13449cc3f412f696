"""Holder and clause rules (s15a): the numbered items of a list whose lead names things or cases
(对下列事项…：, 有下列情形之一的…：, 建立下列制度：) are no duties, while the items of a 下列职责 or
下列规定 list stay duties; a long verbless 对 object before a piece opening on its subject and modal
joins that piece (which ends the clause); a ban after a place or time lead (X区域内禁止…) is a
prohibition on anyone, not the carried holder's duty. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts


def _doc(body: str, title: str = "某市城市绿化管理责任制规定") -> DocumentGraph:
    return document(body, title)


def test_items_of_a_list_of_matters_are_no_duties() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当每季度对下列事项开展抽查：\n（一）古树名木养护情况；\n（二）公园绿地开放情况。\n"
    )
    texts = duty_texts(graph)
    assert any("开展抽查" in t for t in texts)
    assert not any("古树名木" in t or "公园绿地" in t for t in texts)


def test_items_of_a_list_of_cases_after_a_sanction_are_no_duties() -> None:
    graph = _doc(
        "第一条 养护单位有下列情形之一的，由园林绿化主管部门责令改正；情节严重的，依法给予处分：\n"
        "（一）擅自砍伐行道树；\n（二）未按期补植苗木。\n"
    )
    texts = duty_texts(graph)
    assert any("责令改正" in t for t in texts)
    assert not any("擅自砍伐" in t or "补植苗木" in t for t in texts)


def test_items_of_a_list_of_duties_stay_duties() -> None:
    graph = _doc("第一条 园林绿化主管部门履行下列职责：\n（一）编制绿化规划；\n（二）监督绿地养护。\n")
    texts = duty_texts(graph)
    assert any("编制绿化规划" in t for t in texts)
    assert any("监督绿地养护" in t for t in texts)


def test_long_fronted_object_before_a_subject_and_modal_is_one_duty() -> None:
    graph = _doc("第一条 对认养绿地成绩显著的单位和个人，区人民政府应当给予表扬，没有认养协议的，应当先行签订协议。\n")
    texts = duty_texts(graph)
    assert "对认养绿地成绩显著的单位和个人，区人民政府应当给予表扬" in texts
    assert not any(t.startswith("对认养") and t.endswith("个人") for t in texts)
    assert any(t.startswith("没有认养协议的") for t in texts)  # the modal piece ends the merged clause


def test_verbless_object_without_modifier_joins_the_subject_piece() -> None:
    graph = _doc("第一条 对过冬苗木，园林绿化主管部门应当组织防寒包扎。\n")
    assert "对过冬苗木，园林绿化主管部门应当组织防寒包扎" in duty_texts(graph)


def test_ban_after_a_place_lead_is_no_duty_of_the_carried_holder() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当加强古树名木保护。在古树保护范围内，禁止挖坑取土，禁止堆放杂物。"
        "中心城区禁止擅自移植大树。\n"
    )
    texts = duty_texts(graph)
    assert any("古树名木保护" in t for t in texts)
    assert not any("禁止" in t for t in texts)
