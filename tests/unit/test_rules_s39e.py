"""Round 123 (subject lists of regulated actors): a regulated actor whose clause states its charge over its own
work or products (X对其…负责, X对本单位…负主体责任) holds that duty as it would one before a modal; a subject list
may close on a body the lexicon reads (X企业、Y机构应当). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某供热管理办法"


def test_an_actor_answering_for_its_own_products_holds_the_duty() -> None:
    graph = document(
        "第五条 药品零售企业对其销售药品的质量负责。第六条 县人民政府应当加强药品管理。",
        "某某药品管理办法",
    )
    assert holders_of_duty(graph, "销售药品的质量") == {"药品零售企业"}


def test_an_actor_bearing_the_main_responsibility_for_its_own_work_holds_the_duty() -> None:
    graph = document("第五条 供热单位对本单位供热设施的安全负主体责任。", _TITLE)
    assert holders_of_duty(graph, "供热设施的安全") == {"供热单位"}


def test_a_body_charged_with_training_a_units_head_makes_no_actor_of_the_unit() -> None:
    graph = document(
        "第五条 县供热办公室对供热单位负责人进行培训。第六条 县人民政府应当加强供热管理。",
        _TITLE,
    )
    assert "供热单位" not in names(graph)


def test_an_institution_listed_beside_an_enterprise_holds_the_duty_too() -> None:
    graph = document(
        "第五条 供热企业、供热计量检测机构应当公开收费标准。第六条 县人民政府应当加强供热管理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "公开收费标准") == {"供热企业", "供热计量检测机构"}


def test_an_institution_after_an_owner_word_with_a_verb_stem_is_no_actor() -> None:
    graph = document(
        "第五条 供热企业或者其委托的检测机构应当公开收费标准。第六条 县人民政府应当加强供热管理。",
        _TITLE,
    )
    assert "其委托的检测机构" not in names(graph)
