"""Round 134 (naming of level-list bodies and places): a named place opening with a level word (市中区) listed
after another named place. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, names

_TITLE = "某某市青溪河保护条例"


def test_a_listed_place_may_open_with_a_level_word() -> None:
    graph = document("第八条 安平市、市中区人民政府负责本行政区域内的青溪河水土保持工作。", _TITLE)
    assert names(graph) == {"安平市人民政府", "市中区人民政府"}


def test_a_level_list_after_no_named_place_stays_a_level_list() -> None:
    graph = document("第八条 设区的市、市辖区人民政府负责本行政区域内的青溪河水土保持工作。", _TITLE)
    assert names(graph) == {"设区的市人民政府", "市辖区人民政府"}


def test_a_neighbour_phrase_opening_the_clause_leaves_the_subject() -> None:
    graph = document("第八条 与青溪河流域相邻的安平市、市中区人民政府应当配合做好汇水区域内的水土保持工作。", _TITLE)
    assert names(graph) == {"安平市人民政府", "市中区人民政府"}


def test_a_neighbour_phrase_after_the_subject_stays_a_partner() -> None:
    graph = document("第八条 县水利部门应当与青溪河相邻的其他县人民政府建立协作机制。", _TITLE)
    assert "县水利部门" in names(graph)
