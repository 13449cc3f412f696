"""Relation rules of round 32 (relations): 建议 may stand in a list of oversight verbs before their shared
object (督促、建议X履行职责), and 在Y的指导下 in a later piece of the sentence acts on the subject printed
earlier in that sentence (X负责…，并在Y的指导下…). Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某省湿地保护条例"


def test_a_proposal_verb_in_an_oversight_list_shares_the_object() -> None:
    body = "第一条 省林业主管部门应当督促、建议市人民政府履行湿地保护职责。\n"
    graph = document(body, _TITLE)
    assert ("省林业主管部门", "市人民政府") in edges(graph, "SUPERVISES")


def test_a_proposal_alone_is_still_no_oversight() -> None:
    # 建议Y对X进行…: Y acts on X at the holder's request, the holder has no edge to X
    body = "第一条 省林业主管部门可以建议省人民政府对市人民政府进行考核。\n"
    graph = document(body, _TITLE)
    assert ("省林业主管部门", "市人民政府") not in edges(graph, "SUPERVISES")


def test_guidance_frame_after_a_comma_acts_on_the_sentence_subject() -> None:
    body = "第一条 乡（镇）人民政府负责湿地日常巡护，并在县林业主管部门的指导下开展湿地监测。\n"
    graph = document(body, _TITLE)
    assert ("县林业主管部门", "乡（镇）人民政府") in edges(graph, "GUIDES")


def test_guidance_frame_after_an_agent_piece_acts_on_the_agent() -> None:
    body = "第一条 受损湿地由乡（镇）人民政府组织修复，并在县林业主管部门的指导下开展验收。\n"
    graph = document(body, _TITLE)
    assert ("县林业主管部门", "乡（镇）人民政府") in edges(graph, "GUIDES")


def test_guidance_frame_in_a_later_sentence_takes_no_carried_subject() -> None:
    body = "第一条 乡（镇）人民政府负责湿地日常巡护。在县林业主管部门的指导下开展湿地监测。\n"
    graph = document(body, _TITLE)
    assert ("县林业主管部门", "乡（镇）人民政府") not in edges(graph, "GUIDES")
