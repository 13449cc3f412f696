"""Relation rules of session 17b, in the genre's own words. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某市农田水利设施管护责任制规定") -> DocumentGraph:
    return document(body, title)


def _implicit(graph: DocumentGraph, rel_type: str) -> set[tuple[str, str]]:
    return {
        (r.source.split("/", 1)[1], r.target.split("/", 1)[1])
        for r in graph.relations
        if r.type == rel_type and r.implicit
    }


def test_bare_cooperation_after_the_subject_assists_the_acting_body() -> None:
    # X负责…，Y应当配合: the bare verb right after Y (no 予以) is the same unaddressed assistance
    graph = _doc("第一条 区水务局负责灌溉渠道的巡查，镇人民政府应当积极配合。\n")
    assert ("镇人民政府", "区水务局") in _implicit(graph, "ASSISTS")


def test_bare_assistance_after_a_named_lead() -> None:
    # 由X负责监督管理，Y协助: Y helps the body that leads
    graph = _doc("第一条 灌溉渠道的养护由区水务局负责监督管理，镇人民政府协助。\n")
    assert ("镇人民政府", "区水务局") in _implicit(graph, "ASSISTS")


def test_asking_for_help_gives_the_asked_body_no_edge() -> None:
    # 可以请求Y协助: Y is asked, the text does not say Y shall; no ASSISTS, and no report either
    graph = _doc("第一条 区水务局巡查灌溉渠道，必要时可以请求镇人民政府协助。\n")
    assert not edges(graph, "ASSISTS")
    assert ("区水务局", "镇人民政府") not in edges(graph, "REPORTS_TO")


def test_a_request_for_help_is_no_report() -> None:
    # 提请Y(予以)配合: a request for help, not a submission to Y
    graph = _doc("第一条 区水务局清理违法占用渠道的，可以提请区公安局或者区城管局予以配合。\n")
    reports = edges(graph, "REPORTS_TO")
    assert ("区水务局", "区公安局") not in reports
    assert ("区水务局", "区城管局") not in reports


def test_a_submission_for_approval_stays_a_report() -> None:
    graph = _doc("第一条 区水务局编制渠道养护计划，报请区人民政府批准。\n")
    assert ("区水务局", "区人民政府") in edges(graph, "REPORTS_TO")


def test_the_asked_body_that_shall_help_assists_the_asker() -> None:
    # X可以提请Y协助。Y应当予以协助。: Y's own duty, addressed to the body that asked it
    graph = _doc("第一条 区水务局清理渠道受到阻挠的，可以提请区公安局协助。区公安局应当及时予以协助。\n")
    assert ("区公安局", "区水务局") in _implicit(graph, "ASSISTS")


def test_another_body_helping_in_the_next_sentence_is_not_the_asked_one() -> None:
    graph = _doc("第一条 区水务局可以提请区公安局协助。镇人民政府应当予以配合。\n")
    assert ("镇人民政府", "区水务局") not in edges(graph, "ASSISTS")


def test_guidance_received_by_the_subject() -> None:
    # X业务上受Y(的)指导和监督: Y guides and oversees X, like 接受Y的指导
    graph = _doc("第一条 区水务局负责本区渠道养护，业务上受市水务局的指导和监督。\n")
    assert ("市水务局", "区水务局") in edges(graph, "GUIDES")
    assert ("市水务局", "区水务局") in edges(graph, "SUPERVISES")


def test_acting_on_commission_is_no_guidance() -> None:
    # X受Y委托: Y is a separate organ, but 委托 is no oversight verb: no edge
    graph = _doc("第一条 镇人民政府受区水务局委托，负责渠道日常巡查。\n")
    assert not edges(graph, "GUIDES")
    assert not edges(graph, "SUPERVISES")
