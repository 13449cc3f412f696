"""Relation rules of session 16e, in the genre's own words. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某市城市供水设施保护条例") -> DocumentGraph:
    return document(body, title)


def test_own_unit_of_co_offenders_oversees_none_of_them() -> None:
    # A、B…的，由其所在单位或者Y给予处分: 所在单位 is each offender's own unit, no A→B edge; Y keeps its edges
    graph = _doc(
        "第一条 供水主管部门、城市管理部门及其工作人员违反本条例规定的，由其所在单位或者上级主管部门依法给予处分。\n"
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("供水主管部门", "城市管理部门") not in supervises
    assert ("城市管理部门", "供水主管部门") not in supervises
    assert ("上级主管部门", "供水主管部门") in supervises


def test_oversight_word_before_the_work_acted_on_is_a_noun() -> None:
    # 对X的…管理工作进行业务指导: the act is 指导 (GUIDES); 管理 names the work, no SUPERVISES
    graph = _doc("第一条 市水务局应当对区水务局开展的供水设施管理工作进行业务指导。\n")
    assert ("市水务局", "区水务局") in edges(graph, "GUIDES")
    assert ("市水务局", "区水务局") not in edges(graph, "SUPERVISES")


def test_oversight_verb_after_the_work_still_acts() -> None:
    # 对X的管理工作进行监督: the verb after 进行 is an oversight verb, the edge stays
    graph = _doc("第一条 市水务局应当对区水务局的供水设施管理工作进行监督。\n")
    assert ("市水务局", "区水务局") in edges(graph, "SUPERVISES")
