"""Round 136 (member units of a level list): 市和县X的成员单位 is one member set, X成员单位, whose 同级/本级 body
is each listed level's X. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某某市森林防火条例"
_BODIES = "第四条 市和县森林防火指挥部负责本行政区域的森林防火组织协调工作。\n"


def test_member_units_of_a_level_list_are_one_member_set() -> None:
    graph = document(
        _BODIES + "第五条 市和县森林防火指挥部的成员单位应当每季度向同级森林防火指挥部通报火险隐患排查情况。",
        _TITLE,
    )
    assert holder_names(graph, 5) == {"森林防火指挥部成员单位"}


def test_the_member_set_reports_to_each_listed_level() -> None:
    graph = document(
        _BODIES + "第五条 市和县森林防火指挥部的成员单位应当每季度向同级森林防火指挥部报告火险隐患排查情况。",
        _TITLE,
    )
    found = edges(graph, "REPORTS_TO")
    assert ("森林防火指挥部成员单位", "市森林防火指挥部") in found
    assert ("森林防火指挥部成员单位", "县森林防火指挥部") in found


def test_member_units_of_one_body_stay_that_body_s() -> None:
    graph = document(
        _BODIES + "第五条 市森林防火指挥部的成员单位应当每季度向市森林防火指挥部报告火险隐患排查情况。",
        _TITLE,
    )
    assert holder_names(graph, 5) == {"市森林防火指挥部成员单位"}
