"""Relation rules of session 13 (round e): designation clauses (X由Y担任, 由Y担任X)
carry no duty and make no holder of the incumbent; and a PART_OF of an
organ with no duty sits where its name is first printed, not at an earlier 上一级/下级 reference to it
(genre rule 8). Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names


def _doc(body: str, title: str = "某省湿地保护责任规定") -> DocumentGraph:
    return document(body, title)


def _duty_texts(graph: DocumentGraph, article: int) -> list[str]:
    return [d.text for d in graph.duties if d.article == article]


def test_post_filled_by_a_leader_is_no_duty() -> None:
    graph = _doc(
        "第一条 省湿地保护委员会负责全省湿地保护的统筹协调。省湿地总管护长由省委副书记担任。\n"
        "第二条 省林业主管部门应当组织湿地调查。\n"
    )
    texts = _duty_texts(graph, 1)
    assert not [t for t in texts if "担任" in t]
    assert any("统筹协调" in t for t in texts)


def test_body_set_up_bears_the_duty_after_its_designation_clause() -> None:
    graph = _doc(
        "第一条 县级以上人民政府应当建立健全湿地保护委员会，由本级人民政府分管负责人担任主任，"
        "研究解决湿地保护中的重大问题。\n"
    )
    texts = _duty_texts(graph, 1)
    assert not [t for t in texts if "担任" in t]
    duty = next(d for d in graph.duties if "重大问题" in d.text)
    assert [h.split("/", 1)[1] for h in duty.holders] == ["湿地保护委员会"]
    assert "县级以上人民政府分管负责人" not in holder_names(graph, 1)


def test_designation_with_a_modal_stays_a_duty() -> None:
    # 应当由Y担任 is read as Y's obligation (a dev annotator's call), so it is left as it was
    graph = _doc("第一条 湿地管护站站长应当由县林业主管部门负责人担任。\n")
    assert [t for t in _duty_texts(graph, 1) if "担任" in t]


def test_part_of_sits_at_printed_name_not_at_level_reference() -> None:
    graph = _doc(
        "第一条 县人民政府湿地主管部门应当编制湿地保护名录，报上一级人民政府湿地主管部门备案。\n"
        "第二条 县人民政府应当落实湿地管护经费。\n"
        "第三条 湿地保护名录调整后，县人民政府湿地主管部门应当报市人民政府湿地主管部门备案。\n",
        "某市湿地保护责任规定",
    )
    edge = next(r for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/市人民政府湿地主管部门"))
    assert edge.article == 3
