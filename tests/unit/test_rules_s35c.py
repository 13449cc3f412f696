"""Round 112 (duty segmentation with a second subject): an act with its own modal followed, after a comma,
by a piece that opens on a new organ subject is two duties with two holders, whether the second piece has a
modal of its own (…，Y应当…) or only its verb where the text has named Y before (…报告Y，Y汇总后报Z). A set
pointing back to bodies just named (有关机关) and a unit's staff stay in one clause. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某市水源保护条例"


def test_a_second_subject_with_its_verb_after_a_modal_act_is_its_own_duty() -> None:
    graph = document(
        "第五条 区水务部门应当按照巡查要求及时处置并报告市水务部门，市水务部门对区水务部门的处置情况进行抽查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "及时处置") == {"区水务部门"}
    assert holders_of_duty(graph, "进行抽查") == {"市水务部门"}
    assert not any("及时处置" in text and "抽查" in text for text in duty_texts(graph))


def test_a_second_subject_with_its_modal_after_a_condition_and_modal_is_its_own_duty() -> None:
    graph = document(
        "第六条 发生水源污染事件的，区水务部门应当在两小时内报告市水务部门，市水务部门应当及时组织处置。",
        _TITLE,
    )
    assert holders_of_duty(graph, "及时组织处置") == {"市水务部门"}
    assert not any("两小时" in text and "组织处置" in text for text in duty_texts(graph))


def test_a_set_pointing_back_to_the_bodies_just_named_stays_in_one_clause() -> None:
    graph = document(
        "第七条 市水务部门发现违法线索的，应当按照规定将线索移送公安机关、市场监管部门，有关机关应当依法查处。",
        _TITLE,
    )
    assert "有关机关应当依法查处" not in duty_texts(graph)


def test_a_units_staff_after_its_act_stays_in_one_clause() -> None:
    graph = document(
        "第八条 供水单位进行管网维修时，应当按照有关规定设置警示标志，供水作业人员应当佩戴安全标识。",
        _TITLE,
    )
    assert "供水作业人员应当佩戴安全标识" not in duty_texts(graph)
