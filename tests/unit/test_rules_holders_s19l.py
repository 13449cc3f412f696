"""Duty rules of session 20 (round l): a comma piece that only states the result of the act before it
(降低…/减少…, 保障…需要/满足…需求) is one duty with that act (gold item 2: purpose phrases are merged).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

_TITLE = "某县农村供水管理办法"


def test_a_lowering_or_reducing_piece_joins_the_act_before_it() -> None:
    body = (
        "第一条 县水行政主管部门应当推广节水灌溉技术，减少农田灌溉用水量。\n"
        "第二条 供水单位应当改造老旧管网，降低管网漏损率。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert "县水行政主管部门应当推广节水灌溉技术，减少农田灌溉用水量" in texts, texts
    assert "供水单位应当改造老旧管网，降低管网漏损率" in texts, texts
    assert not any(t.startswith(("减少", "降低")) for t in texts), texts


def test_a_need_served_joins_the_act_before_it() -> None:
    body = (
        "第一条 县人民政府应当将农村供水工程维护经费列入财政预算，保障供水设施运行需要。\n"
        "第二条 乡镇人民政府应当建设应急水源，满足干旱期间群众饮水需求。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert "县人民政府应当将农村供水工程维护经费列入财政预算，保障供水设施运行需要" in texts, texts
    assert "乡镇人民政府应当建设应急水源，满足干旱期间群众饮水需求" in texts, texts


def test_a_guarantee_of_resources_stays_a_duty_of_its_own() -> None:
    body = "第一条 县人民政府应当制定农村供水规划，保障农村供水工程建设资金。\n"
    texts = duty_texts(document(body, _TITLE))
    assert "保障农村供水工程建设资金" in texts, texts


def test_a_holder_with_a_modifier_keeps_its_adverbial_with_the_act() -> None:
    body = "第一条 水厂的运营单位应当按照国家和本省的规定，定期对出厂水进行检测。\n"
    texts = duty_texts(document(body, _TITLE))
    assert "水厂的运营单位应当按照国家和本省的规定，定期对出厂水进行检测" in texts, texts


def test_a_modified_holder_with_two_coordinated_acts_keeps_both() -> None:
    body = "第一条 接到报告的乡镇人民政府应当在一小时内向县人民政府报告，并同时通知县水行政主管部门。\n"
    texts = duty_texts(document(body, _TITLE))
    assert "接到报告的乡镇人民政府应当在一小时内向县人民政府报告" in texts, texts
    assert any(t.startswith("并同时通知") for t in texts), texts


def test_a_bare_taking_of_measures_joins_the_measures_it_names() -> None:
    body = (
        "第一条 县人民政府应当采取措施，改造农村老旧供水管网。\n"
        "第二条 县卫生健康主管部门，应当采取措施，加强对农村饮用水水质的监测。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert "县人民政府应当采取措施，改造农村老旧供水管网" in texts, texts
    assert "县卫生健康主管部门，应当采取措施，加强对农村饮用水水质的监测" in texts, texts
