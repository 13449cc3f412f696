"""Oversight targets of round 92 (yue): 所在 before a levelled body points back to the place of the
condition, so the body after it is the verb's object, as after 该 (约谈所在设区的市、县人民政府分管负责人).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_a_levelled_body_after_suozai_is_the_object_of_the_interview() -> None:
    body = "第一条 对水土流失治理滞后的地方，由省水利厅约谈所在设区的市、县（市、区）人民政府分管负责人。"
    supervised = edges(document(body, "某省水土保持责任规定"), "SUPERVISES")
    assert ("省水利厅", "设区的市人民政府分管负责人") in supervised
    assert ("省水利厅", "县（市、区）人民政府分管负责人") in supervised


def test_suozai_di_stays_no_object_word() -> None:
    body = "第一条 县水务局应当将检查结果通报所在地乡镇人民政府。"
    assert not edges(document(body, "某县水务检查办法"), "SUPERVISES")


def test_their_deputy_is_the_role_of_the_body_the_sentence_opens_with() -> None:
    body = "第一条 市人民政府有下列情形之一的，由省水利厅约谈其分管负责人：\n（一）未完成治理任务的。"
    graph = document(body, "某省水土保持责任规定")
    assert ("省水利厅", "市人民政府分管负责人") in edges(graph, "SUPERVISES")
    assert ("市人民政府分管负责人", "市人民政府") in edges(graph, "PART_OF")


def test_their_staff_stays_no_role_of_the_body() -> None:
    body = "第一条 市人民政府有下列情形之一的，由省水利厅约谈其从业人员：\n（一）未完成治理任务的。"
    assert ("省水利厅", "市人民政府从业人员") not in edges(document(body, "某省水土保持责任规定"), "SUPERVISES")
