"""Holder and clause rules (s15d): a clause that ends on the partners or staff of its act
(X应当会同有关部门，制定…) is one duty with the piece that prints the act. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某市城市绿化管理责任制规定") -> DocumentGraph:
    return document(body, title)


def test_partner_lead_joins_the_act_after_it() -> None:
    graph = _doc("第一条 市园林绿化主管部门应当会同市财政部门，编制古树名木保护经费预算。\n")
    texts = duty_texts(graph)
    assert len(texts) == 1
    assert texts[0].startswith("市园林绿化主管部门应当会同") and texts[0].endswith("经费预算")
    assert {"市园林绿化主管部门", "市财政部门"} <= holders_of_duty(graph, "经费预算")


def test_staff_list_with_a_tail_joins_the_act_after_it() -> None:
    graph = _doc("第一条 区人民政府应当组织住房城乡建设、城市管理等部门，每年开展一次绿地养护检查。\n")
    texts = duty_texts(graph)
    assert len(texts) == 1 and "绿地养护检查" in texts[0] and texts[0].startswith("区人民政府")


def test_partner_clause_with_its_own_act_stays_apart() -> None:
    graph = _doc("第一条 市园林绿化主管部门应当会同市财政部门制定补贴办法，组织实施绿化考核。\n")
    texts = duty_texts(graph)
    assert any(t.endswith("补贴办法") for t in texts)
    assert any(t.startswith("组织实施") for t in texts)


def test_place_word_before_the_subject_keeps_the_subject() -> None:
    graph = _doc("第一条 本市各级人民政府应当每年组织一次城市绿化普查，更新古树名木档案。\n")
    assert "各级人民政府" in holders_of_duty(graph, "绿化普查")
    assert "各级人民政府" in holders_of_duty(graph, "古树名木档案")


def test_definitions_are_no_duties_and_stop_the_carried_holder() -> None:
    graph = _doc(
        "第一条 区园林绿化主管部门负责辖区内行道树的养护管理。本规定所称行道树，是指道路两侧栽植的乔木。\n"
        "第二条 园林绿化主管部门应当公布养护标准。本规定下列用语的含义：\n"
        "（一）养护单位，是指承担绿地日常养护的单位；\n"
        "（二）认养人，是指认养绿地的个人。\n"
    )
    texts = duty_texts(graph)
    assert any("行道树的养护管理" in t for t in texts)
    assert any("养护标准" in t for t in texts)
    assert not any("是指" in t or "所称" in t or "用语的含义" in t for t in texts)


def test_a_clause_binding_whom_the_text_applies_to_is_no_duty() -> None:
    graph = _doc("第一条 本市各级园林绿化主管部门均应遵守本规定。\n第二条 园林绿化主管部门应当公布养护标准。\n")
    texts = duty_texts(graph)
    assert not any("遵守本规定" in t for t in texts)
    assert any("养护标准" in t for t in texts)


def _sanctions(body: str) -> list[str]:
    return duty_texts(document(body, "某市城市绿化管理条例", "法律责任"))


def test_a_penalty_by_a_named_body_keeps_its_comma_pieces_together() -> None:
    texts = _sanctions(
        "第一条 违反本条例规定，擅自占用公共绿地的，由园林绿化主管部门责令停止侵占，限期退还绿地，"
        "并按照下列规定予以处罚。\n"
    )
    assert len(texts) == 1 and texts[0].endswith("予以处罚")


def test_enforcement_in_the_violators_stead_joins_its_cost_and_fine() -> None:
    texts = _sanctions(
        "第一条 擅自搭建棚亭的，由园林绿化主管部门责令限期拆除；逾期不拆除的，强制拆除，所需费用由违法者承担，"
        "并处二千元以下罚款。\n"
    )
    assert any(t.startswith("逾期不拆除的") and t.endswith("罚款") for t in texts)
    assert not any(t.startswith(("所需费用", "并处")) for t in texts)


def test_a_manner_phrase_after_a_permission_or_an_item_number_joins_its_act() -> None:
    graph = _doc(
        "第一条 区园林绿化主管部门可以根据养护检查结果，提出调整养护单位的建议。\n"
        "第二条 市园林绿化主管部门应当履行下列职责：\n（一）按照绿地系统规划，组织建设城市公园；\n"
        "（二）编制年度绿化计划。\n"
    )
    texts = duty_texts(graph)
    assert any(t.startswith("区园林绿化主管部门可以根据") and t.endswith("建议") for t in texts)
    # the bare 履行下列职责： lead joins item (一) (s19i), the manner phrase stays with its act
    assert any(t.endswith("下列职责：\n（一）按照绿地系统规划，组织建设城市公园") for t in texts), texts
    assert next(d for d in graph.duties if "调整养护单位" in d.text).modality == "may"
