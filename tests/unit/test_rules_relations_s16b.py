"""Relation rules of session 16b, in the genre's own words. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holders_of_duty


def _doc(body: str, title: str = "某市农田水利设施管护责任制规定") -> DocumentGraph:
    return document(body, title)


def test_subject_barred_without_approval_reports_to_the_approver() -> None:
    # 未经X批准，Y不得…: Y needs X's approval, a REPORTS_TO like 报…批准; the lead joins Y's duty
    graph = _doc("第一条 未经市水务局批准，区水务局不得调整灌区管护范围。\n")
    assert ("区水务局", "市水务局") in edges(graph, "REPORTS_TO")
    assert holders_of_duty(graph, "未经市水务局批准") == {"区水务局"}


def test_permission_of_a_team_leader_is_no_report_under_the_gate() -> None:
    # 未经X允许: 允许 after 经 is an approval word like 同意
    graph = _doc("第一条 未经调查组组长允许，调查组成员不得对外公布调查结论。\n")
    # session 38 gate: 经X允许 is no README trigger
    assert ("调查组成员", "调查组组长") not in edges(graph, "REPORTS_TO")


def test_approval_lead_with_no_printed_subject_names_no_one() -> None:
    # 区水务局 holds the sentence before; 未经X批准，不得… names no applicant, so no edge from it
    graph = _doc("第一条 区水务局负责灌溉渠道日常养护。未经市水务局批准，不得擅自改建灌溉渠道。\n")
    assert ("区水务局", "市水务局") not in edges(graph, "REPORTS_TO")


def test_approval_lead_of_a_prohibition_on_anyone_names_no_one() -> None:
    graph = _doc("第一条 区水务局负责灌溉渠道日常养护。未经市水务局批准，任何单位不得改建灌溉渠道。\n")
    assert ("区水务局", "市水务局") not in edges(graph, "REPORTS_TO")


def test_offence_without_approval_is_no_report_of_the_sanctioning_body() -> None:
    # 未经X批准擅自…的，由Z责令…: an offence by someone else; Z does not report to X
    graph = _doc("第一条 未经市水务局批准，擅自改建灌溉渠道的，由区水务局责令限期恢复原状。\n")
    assert ("区水务局", "市水务局") not in edges(graph, "REPORTS_TO")


def test_fronted_object_reaches_the_agent_across_a_degree_piece() -> None:
    # 对…的X，视情节轻重，由Y约谈: the manner piece stands between the topic and the agent's piece
    graph = _doc("第一条 对管护工作推进不力的镇人民政府，视情节轻重，由区人民政府进行约谈、通报。\n")
    assert ("区人民政府", "镇人民政府") in edges(graph, "SUPERVISES")
    assert holders_of_duty(graph, "由区人民政府进行约谈") == {"区人民政府"}
