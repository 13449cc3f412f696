"""Round 98 (yuetan): 由Y责令(其)限期整改 after a condition is an oversight order on the sanctioned body."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

TITLE = "某县防汛工作责任制规定"
HEAD = "第一条 县人民政府负责本县防汛工作。乡（镇）人民政府负责本乡镇防汛工作。\n"


def test_ordered_rectification_within_a_deadline_supervises() -> None:
    graph = document(HEAD + "第二条 乡（镇）人民政府防汛工作不力的，由县人民政府责令限期整改。\n", TITLE)
    assert ("县人民政府", "乡（镇）人民政府") in edges(graph, "SUPERVISES")


def test_ordered_rectification_with_its_pronoun_supervises() -> None:
    body = HEAD + "第二条 乡（镇）人民政府未按时上报险情的，由县人民政府责令其限期整改；情节较重的，予以通报。\n"
    assert ("县人民政府", "乡（镇）人民政府") in edges(document(body, TITLE), "SUPERVISES")


def test_orderer_next_clause_stays_its_duty() -> None:
    # the order as an edge word only: the orderer's own next act is not folded into a sanction
    body = HEAD + "第二条 县人民政府复查发现整改不到位的，责令限期整改，并将有关情况报告市人民政府。\n"
    graph = document(body, TITLE)
    assert ("县人民政府", "乡（镇）人民政府") not in edges(graph, "SUPERVISES")
    assert any("报告市人民政府" in d.text for d in graph.duties)
