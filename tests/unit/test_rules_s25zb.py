"""Round 66 (item66): numbered items keep their own holders (a set word or a manner phrase between the
subject and the duty; a 会同 partner holds its own item only)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_LEAD = "第十条 各有关部门在安全生产工作中履行下列职责：\n（一）县交通运输局负责道路运输安全监管。\n"
_TITLE = "某县安全生产责任制规定"


def _item(item: str) -> set[str]:
    graph = document(f"{_LEAD}（二）{item}\n（三）县水利局负责水利工程安全。", _TITLE)
    return holders_of_duty(graph, item[-12:-1])


def test_item_list_closed_by_set_word_with_manner_phrase() -> None:
    # (二)A、B、C等部门按照各自职责，负责…: the set word and the manner phrase stand before the duty
    item = "县商务局、县文化旅游局、县教育局等部门按照各自职责，负责本行业领域的消防安全管理。"
    assert _item(item) == {"县商务局", "县文化旅游局", "县教育局"}


def test_item_list_closed_by_set_word_before_duty_word() -> None:
    assert _item("县商务局以及县教育局等单位负责本行业领域的消防安全管理。") == {"县商务局", "县教育局"}


def test_item_subject_with_long_manner_phrase() -> None:
    item = "县商务局依照有关法律、法规以及县人民政府确定的职责分工，做好本行业领域的消防安全管理。"
    assert _item(item) == {"县商务局"}


def test_item_subject_with_scope_phrase_or_lawful_adverb() -> None:
    assert _item("县商务局在各自职责范围内加强本行业领域的消防安全管理。") == {"县商务局"}
    assert _item("县商务局依法查处本行业领域的消防违法行为。") == {"县商务局"}


def test_item_naming_an_object_keeps_the_carried_holder() -> None:
    # (二)A、B工作落实情况: no duty word, no manner phrase, so the organs name the object
    graph = document(f"{_LEAD}（二）县商务局、县教育局工作落实情况。", _TITLE)
    assert holders_of_duty(graph, "工作落实情况") == {"县交通运输局"}


def test_joint_partner_holds_its_own_item_only() -> None:
    body = (
        "第十条 县应急管理局履行下列职责：\n"
        "（一）组织编制全县防汛应急预案；\n"
        "（二）会同县气象局、县水利局开展洪涝灾害风险会商；\n"
        "（三）指导乡镇人民政府开展避险转移演练；\n"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "风险会商") == {"县应急管理局", "县气象局", "县水利局"}
    assert holders_of_duty(graph, "避险转移演练") == {"县应急管理局"}
