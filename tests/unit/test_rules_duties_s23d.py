"""Duty segmentation rules of session 23 (round 44, duties): the cost piece of an enforcement in the
violator's stead (…代为清除，所需费用由违法者承担) stays in the enforcing duty's span, and a five-character
对 object fronted before a subjectless piece (对…的单位和个人，给予奖励) is that piece's object. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_a_cost_piece_joins_the_enforcement_before_it() -> None:
    body = (
        "第一条 在湖泊内擅自设置网箱的，由湖泊管理机构责令限期拆除；逾期不拆除的，"
        "由湖泊管理机构组织强行拆除，所需费用由设置者承担。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    texts = duty_texts(graph)
    assert "逾期不拆除的，由湖泊管理机构组织强行拆除，所需费用由设置者承担" in texts
    assert not any(text.startswith("所需费用") for text in texts)
    assert holders_of_duty(graph, "所需费用") == {"湖泊管理机构"}


def test_a_cost_piece_alone_in_its_sentence_is_no_duty_of_its_own() -> None:
    body = "第一条 湖泊管理机构可以代为清理湖面漂浮物，所需的费用由违法者负担。\n"
    graph = document(body, _TITLE)
    assert duty_texts(graph) == ["湖泊管理机构可以代为清理湖面漂浮物，所需的费用由违法者负担"]


def test_a_five_character_fronted_object_joins_its_subjectless_act() -> None:
    body = "第一条 区人民政府负责湖泊保护工作，对表现突出的护湖志愿者，按照规定给予奖励。\n"
    graph = document(body, _TITLE)
    assert "对表现突出的护湖志愿者，按照规定给予奖励" in duty_texts(graph)


def test_a_five_character_fronted_case_joins_the_act_after_it() -> None:
    body = "第一条 区人民政府应当组织巡查；对新发现的违规养殖点，及时组织清理。\n"
    graph = document(body, _TITLE)
    assert "对新发现的违规养殖点，及时组织清理" in duty_texts(graph)


def test_a_longer_fronted_tail_with_its_own_verb_stays_apart() -> None:
    body = "第一条 区人民政府对巡查中发现的问题及时处理，督促责任单位限期整改。\n"
    graph = document(body, _TITLE)
    assert "督促责任单位限期整改" in duty_texts(graph)


def test_a_longer_fronted_object_joins_the_modal_piece_after_it() -> None:
    body = "第一条 区人民政府负责湖泊保护工作。对依法暂扣的非法捕捞船只网具，不得收取保管费用。\n"
    graph = document(body, _TITLE)
    assert "对依法暂扣的非法捕捞船只网具，不得收取保管费用" in duty_texts(graph)
