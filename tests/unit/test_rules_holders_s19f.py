"""Duty rules of session 20 (round f): a penalty lead naming its authority (由Y按照下列规定处罚：) and
its item (一) are one duty; a catch-all item that only points at other law (法律、法规规定的其他职责)
is no duty; 本市应当 + action stands for the city government; a result piece (，保障…安全 /
确保…达标) joins the duty before it. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_a_penalty_lead_joins_its_first_item() -> None:
    body = (
        "第一条 违反本条例第五条规定的，由市水行政主管部门按照下列规定处罚：\n"
        "（一）在湖区洗车的，处二百元罚款；\n（二）在湖区烧烤的，处五百元罚款。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert any(t.endswith("处罚：\n（一）在湖区洗车的，处二百元罚款") for t in texts), texts
    assert not any(t.endswith("处罚：") for t in texts), texts
    assert any("在湖区烧烤的" in t for t in texts), texts


def test_a_bare_duty_list_lead_joins_its_first_item() -> None:
    # 履行下列职责： is annotated joined 12 times against 3 in the dev set; the lead decided (s19i):
    # a bare lead and its item (一) are one duty
    body = "第一条 市湖泊管理机构履行下列职责：\n（一）巡查湖岸；\n（二）清理漂浮物。\n"
    texts = duty_texts(document(body, _TITLE))
    assert "市湖泊管理机构履行下列职责：\n（一）巡查湖岸" in texts, texts
    assert "市湖泊管理机构履行下列职责：" not in texts, texts


def test_a_catch_all_item_pointing_at_law_is_no_duty() -> None:
    body = (
        "第一条 市湖泊管理机构履行下列职责：\n（一）巡查湖岸；\n（二）法律、法规规定的其他职责。\n"
        "第二条 区人民政府履行下列职责：\n（一）组织清淤；\n（二）依法应当履行的其他职责。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert not any("其他职责" in t for t in texts), texts
    assert any("组织清淤" in t for t in texts), texts


def test_a_catch_all_item_with_a_named_assigner_stays_a_duty() -> None:
    body = "第一条 区人民政府履行下列职责：\n（一）组织清淤；\n（二）市人民政府确定的其他职责。\n"
    texts = duty_texts(document(body, _TITLE))
    assert any(t.endswith("市人民政府确定的其他职责") for t in texts), texts


def test_the_city_with_a_modal_and_an_action_is_its_government() -> None:
    body = "第一条 本市应当加强湖泊生态补水，完善补水调度机制。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "加强湖泊生态补水") == {"市人民政府"}
    assert holders_of_duty(graph, "完善补水调度机制") == {"市人民政府"}


def test_a_result_state_joins_the_duty_before_it() -> None:
    body = "第一条 市水行政主管部门应当定期疏浚入湖河道，保障湖区水质达标。区人民政府应当保障巡湖经费。\n"
    texts = duty_texts(document(body, _TITLE))
    assert "市水行政主管部门应当定期疏浚入湖河道，保障湖区水质达标" in texts, texts
    assert any(t.endswith("保障巡湖经费") for t in texts), texts
