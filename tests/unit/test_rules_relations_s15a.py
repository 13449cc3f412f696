"""Relation and liability rules from the dev documents, in the genre's own words. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holders_of_duty


def _doc(body: str, title: str = "某市农田水利设施管护责任制规定") -> DocumentGraph:
    return document(body, title)


def test_named_imposer_after_the_condition_holds_the_sanction_and_supervises() -> None:
    # X…的，Y应当给予通报批评 (no 由): Y imposes the sanction, X is sanctioned
    graph = _doc(
        "第一条 区水务局对管护检查结果拒不整改的，市水务局应当给予通报批评，并向市人民政府提出追究责任的建议。\n"
    )
    assert ("市水务局", "区水务局") in edges(graph, "SUPERVISES")
    # session 38 gate: 提出…建议 is no README trigger
    assert ("市水务局", "市人民政府") not in edges(graph, "REPORTS_TO")
    assert holders_of_duty(graph, "应当给予通报批评") == {"市水务局"}


def test_body_that_only_proposes_the_sanction_is_no_imposer() -> None:
    # Y可以建议Z对X给予通报批评: Z imposes at Y's request; Y has no edge to X
    graph = _doc("第一条 区水务局拒不整改的，市水务局可以建议市人民政府对区水务局给予通报批评。\n")
    assert ("市水务局", "区水务局") not in edges(graph, "SUPERVISES")


def test_named_body_after_you_supervises_whom_it_holds_to_account() -> None:
    # …的，由Z依法追究X的责任: Z supervises X (without 由Z, X is only liable)
    graph = _doc("第一条 造成水利设施严重损毁的，由市监察局依法追究区水务局主要负责人的责任。\n")
    assert ("市监察局", "区水务局主要负责人") in edges(graph, "SUPERVISES")


def test_holding_to_account_with_no_named_body_gives_no_edge() -> None:
    graph = _doc("第一条 区水务局造成水利设施严重损毁的，应当依法追究区水务局主要负责人的责任。\n")
    assert not {(s, t) for s, t in edges(graph, "SUPERVISES") if t == "区水务局主要负责人"}


def test_agent_inside_a_condition_is_no_imposer() -> None:
    # 应当由Z追究X责任的，Y应当…: Z sits in the condition; Y, the holder, does not act on X
    graph = _doc("第一条 依法应当由市监察局追究区水务局主要负责人责任的，市水务局应当及时移送。\n")
    assert ("市水务局", "区水务局主要负责人") not in edges(graph, "SUPERVISES")


def test_cooperation_goes_to_the_body_acting_in_the_time_piece() -> None:
    # X依法检查…时，Y应当予以配合: Y assists X, printed in the same clause
    graph = _doc("第一条 区水务局依法检查灌溉渠道时，镇人民政府应当予以配合。\n")
    assert ("镇人民政府", "区水务局") in edges(graph, "ASSISTS")


def test_public_bound_to_cooperate_gets_no_edge() -> None:
    graph = _doc("第一条 区水务局依法检查灌溉渠道时，灌区管理单位和个人应当予以配合。\n")
    assert not edges(graph, "ASSISTS")


def test_body_that_qualifies_the_matter_is_no_object_of_oversight() -> None:
    # 对X(不)明确的管理事项: the matters whose responsible body is (un)clear; 管理 acts on no body
    graph = _doc(
        "第一条 对主管部门明确的管护和管理事项，区水务局应当依法履行职责。\n"
        "第二条 对主管部门不明确的管理事项，镇人民政府应当及时协调。\n"
    )
    assert not {(s, t) for s, t in edges(graph, "SUPERVISES") if t == "主管部门"}
