"""Relative levels of session 23 (round 39): level arithmetic that reaches a level the text names no
organ of gives the level's general name (县人民政府's 下级人民政府 = 乡（镇）人民政府), while a text that
prints a township body keeps its own name. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市档案督查办法"


def test_the_unprinted_level_below_a_county_holder_gets_its_general_name() -> None:
    body = "第一条 市、县（市、区）人民政府档案督查机构负责对下级人民政府的档案工作进行督查。\n"
    graph = document(body, _TITLE)
    supervised = edges(graph, "SUPERVISES")
    assert ("市人民政府档案督查机构", "县（市、区）人民政府") in supervised
    assert ("县（市、区）人民政府档案督查机构", "乡（镇）人民政府") in supervised
    assert "下级人民政府" not in names(graph)


def test_a_printed_township_body_keeps_the_general_name_off() -> None:
    body = (
        "第一条 县人民政府档案督查机构负责对下级人民政府的档案工作进行督查。\n"
        "第二条 乡镇人民政府、街道办事处应当配合档案督查。\n"
    )
    graph = document(body, _TITLE)
    assert "乡（镇）人民政府" not in names(graph)
