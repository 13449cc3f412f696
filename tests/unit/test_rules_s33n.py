"""Round 106 (PART_OF across all documents): a committee that divides its work among bodies it sets up
under it (X下设Y…专业委员会) holds them as its own parts, as X设立Y does (PART_OF, explicit, genre
rule 8). Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市防汛抗旱工作责任制规定"


def test_a_committee_set_up_under_a_body_by_xiashe_sits_in_it() -> None:
    graph = document(
        "第五条 市防汛抗旱指挥部下设城区、山区等专业委员会。第六条 专业委员会负责本领域防汛抗旱工作的组织协调。",
        _TITLE,
    )
    assert ("专业委员会", "市防汛抗旱指挥部") in edges(graph, "PART_OF")


def test_xiashe_of_things_is_no_membership() -> None:
    graph = document(
        "第九条 市防汛抗旱指挥部下设若干物资仓库，并负责物资的储备和调度。",
        _TITLE,
    )
    assert not [e for e in edges(graph, "PART_OF") if e[1] == "市防汛抗旱指挥部"]
