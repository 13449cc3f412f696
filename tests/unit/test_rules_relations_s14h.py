"""PART_OF rules from the relation misses on the dev documents written in the seeds' genre: a
党委和政府 pair whose level word holds 、 inside brackets (县（市、区）) splits into halves only outside
the brackets, and a single role sent by a unit (选派/派驻/派出) sits in that unit. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省耕地保护责任制实施办法") -> DocumentGraph:
    return document(body, title)


def test_bracketed_level_pair_is_the_body_of_its_party_departments() -> None:
    graph = _doc(
        "第一条 县（市、区）党委和政府对本地区耕地保护工作负总责。\n"
        "第二条 县（市、区）党委宣传部负责耕地保护宣传。\n"
        "第三条 县（市、区）纪委监委对耕地保护责任落实情况进行监督。\n"
    )
    part_of = edges(graph, "PART_OF")
    # 县（市、区）党委宣传部 starts with the pair's half 县（市、区）党委: the pair is its body
    assert ("县（市、区）党委宣传部", "县（市、区）党委和政府") in part_of
    # 县（市 is no half of the pair: the discipline body gets no PART_OF from a broken prefix
    assert not any(source == "县（市、区）纪委监委" for source, _ in part_of)


def test_role_sent_by_a_unit_sits_in_that_unit() -> None:
    graph = _doc(
        "第一条 省交通运输厅应当向结对村选派第一书记，保障其工作经费。\n"
        "第二条 第一书记应当协助村民委员会做好耕地保护巡查工作。\n"
    )
    assert ("第一书记", "省交通运输厅") in edges(graph, "PART_OF")
    placed = [r.article for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/第一书记")]
    assert placed == [2]  # at the role's first duty (genre rule 8)


def test_role_sent_in_a_relative_phrase_sits_in_the_unit_before_it() -> None:
    graph = _doc(
        "第一条 省自然资源厅负责对省交通运输厅及其选派的第一书记开展耕地保护考核。\n"
        "第二条 省交通运输厅应当落实耕地保护结对任务。\n"
    )
    assert ("第一书记", "省交通运输厅") in edges(graph, "PART_OF")


def test_sent_role_of_a_role_holder_sits_in_the_holders_body() -> None:
    graph = _doc(
        "第一条 省交通运输厅承担结对责任，其主要负责人应当按要求选派第一书记。\n"
        "第二条 第一书记应当协助村民委员会做好耕地保护巡查工作。\n"
    )
    assert ("第一书记", "省交通运输厅") in edges(graph, "PART_OF")


def test_sending_word_inside_an_organ_name_sends_no_one() -> None:
    graph = _doc("第一条 第一书记应当定期向派出单位报告耕地保护工作情况。\n第二条 派出单位应当支持第一书记工作。\n")
    assert not any(source == "第一书记" for source, _ in edges(graph, "PART_OF"))
