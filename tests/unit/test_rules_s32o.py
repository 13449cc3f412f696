"""Round 103 (organ naming near-misses across the dev set): a place phrase printed whole before a shared
级 (设区的市、县级人民政府 → 设区的市人民政府, never an unprinted 设区的市级人民政府), and a unit the clause
that opens its sentence qualifies (X的Y单位应当…), which keeps that printed form among its names. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, names, organ_id

_TITLE = "某某市节水管理条例"


def test_a_place_phrase_before_a_shared_level_word_takes_no_level_word() -> None:
    graph = document(
        "第三条 设区的市、县级人民政府应当加强节水管理。第四条 设区的市或者县级人民政府应当公布节水名录。",
        "某某省节水管理条例",
    )
    assert "设区的市人民政府" in names(graph)
    assert "设区的市级人民政府" not in names(graph)


def test_a_list_of_levels_still_shares_its_level_word() -> None:
    graph = document("第三条 市、县级人民政府应当加强节水管理。", "某某省节水管理条例")
    assert "市级人民政府" in names(graph)


def test_a_unit_qualified_by_its_opening_clause_keeps_that_form() -> None:
    graph = document("第五条 使用地下水的重点排污单位应当安装计量设施。", _TITLE)
    assert organ_id(graph, "使用地下水的重点排污单位") == organ_id(graph, "重点排污单位")


def test_a_levelled_body_after_a_clause_keeps_no_such_form() -> None:
    graph = document("第五条 负责节水工作的市水行政主管部门应当公布名录。", _TITLE)
    assert all(not n.startswith("负责节水") for o in graph.organs for n in (o.name, *o.aliases))


def test_a_mass_body_printed_with_its_body_word_keeps_it() -> None:
    graph = document("第六条 工会组织应当依法监督节水设施的安全。", _TITLE)
    assert "工会组织" in names(graph)
