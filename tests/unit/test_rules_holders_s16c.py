"""Holder and clause rules (s16c): a sentence whose subject is a member of the public (从事…的单位和个人，
应当…; 当事人/监护人/信访人…) holds no duty, and the holder of the sentence before does not carry into it,
while a 对…的单位和个人 object or a possessor (当事人提交的材料) leaves the carried holder in place. Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts


def _doc(body: str, title: str = "某市城市绿化管理责任制规定") -> DocumentGraph:
    return document(body, title)


def test_public_subject_sentence_takes_no_carried_holder() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当公布古树名木名录，加强日常巡查。"
        "经营苗圃的单位和个人，应当建立苗木台账，不得销售带疫苗木。\n"
    )
    texts = duty_texts(graph)
    assert any("公布古树名木名录" in t for t in texts)
    assert not any("苗木台账" in t or "带疫苗木" in t for t in texts)


def test_named_party_of_the_public_holds_no_duty() -> None:
    graph = _doc("第一条 园林绿化主管部门应当受理认养申请。当事人提交认养申请，应当载明认养期限。\n")
    texts = duty_texts(graph)
    assert any("受理认养申请" in t for t in texts)
    assert not any("认养期限" in t for t in texts)


def test_public_as_object_or_possessor_keeps_the_carried_holder() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当受理认养申请。"
        "对认养成绩显著的单位和个人，应当给予表扬。当事人提交的材料不全的，应当一次告知补正内容。\n"
    )
    texts = duty_texts(graph)
    assert any("给予表扬" in t for t in texts)
    assert any("一次告知补正内容" in t for t in texts)


def _holders_of(graph: DocumentGraph, words: str) -> set[str]:
    return {h.split("/")[-1] for d in graph.duties if words in d.text for h in d.holders}


def test_assisted_bodies_after_a_comma_are_objects_not_holders() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当开展绿地巡查，配合城市管理、交通运输等部门，做好道路绿化带养护，"
        "组织开展病虫害防治。\n"
    )
    assert _holders_of(graph, "道路绿化带养护") == {"园林绿化主管部门"}
    assert _holders_of(graph, "病虫害防治") == {"园林绿化主管部门"}
    assert any(t.startswith("配合城市管理") and t.endswith("道路绿化带养护") for t in duty_texts(graph))
    assists = {(r.source.split("/")[-1], r.target.split("/")[-1]) for r in graph.relations if r.type == "ASSISTS"}
    assert ("园林绿化主管部门", "城市管理部门") in assists


def test_things_named_before_an_owner_agent_join_its_duty() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当编制绿化规划。"
        "公园、广场、停车场等场所的绿地，居住区周边，由其管理单位负责日常养护和补植。\n"
    )
    texts = duty_texts(graph)
    assert "公园、广场、停车场等场所的绿地，居住区周边，由其管理单位负责日常养护和补植" in texts
    assert _holders_of(graph, "日常养护和补植") == {"管理单位"}


def test_an_owner_agent_after_a_condition_or_other_bodies_stays_apart() -> None:
    graph = _doc(
        "第一条 园林绿化主管部门应当编制绿化规划。园林绿化主管部门统筹绿地认养工作，由其他有关部门负责认养登记。\n"
    )
    texts = duty_texts(graph)
    assert not any(t.startswith("园林绿化主管部门统筹") and "认养登记" in t for t in texts)
