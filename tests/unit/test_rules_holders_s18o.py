"""Holder and duty rules (s18o), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): a warning imposed by a named body (…的，由Y给予警告) makes a sanction
sentence, so its condition piece is no duty; a modal duty that opens a sanction sentence before its
的-piece (X应当…，未…的，由Y责令改正) stays X's duty, and X is the body sanctioned."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty


def _doc(body: str, title: str = "某县山林巡护管理办法") -> DocumentGraph:
    return document(body, title)


def test_a_warning_alone_makes_a_sanction_sentence() -> None:
    graph = _doc("第一条 护林员未按期报送巡查记录的，由乡镇人民政府予以警告。\n")
    assert all(holders_of_duty(graph, t) == {"乡镇人民政府"} for t in duty_texts(graph)), duty_texts(graph)
    assert not [t for t in duty_texts(graph) if t.endswith("的")], duty_texts(graph)


def test_the_condition_piece_after_a_modal_duty_is_no_duty() -> None:
    graph = _doc("第一条 乡镇人民政府应当设置防火检查站，未按时设置的，由县林业主管部门给予警告。\n")
    assert holders_of_duty(graph, "设置防火检查站") == {"乡镇人民政府"}
    assert not [t for t in duty_texts(graph) if t.endswith("的")], duty_texts(graph)


def test_a_modal_duty_before_the_condition_keeps_its_holder_and_is_sanctioned() -> None:
    graph = _doc("第一条 乡镇人民政府应当建立巡查台账，未按期建立的，由县林业主管部门责令改正。\n")
    assert holders_of_duty(graph, "建立巡查台账") == {"乡镇人民政府"}
    assert holders_of_duty(graph, "责令改正") == {"县林业主管部门"}
    assert ("县林业主管部门", "乡镇人民政府") in edges(graph, "SUPERVISES")
