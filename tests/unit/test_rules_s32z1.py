"""Round 105 (central inspection rules): the head of a body spanning levels, made from a relative print
seen from a collective source (本级人民政府行政首长 of 县级以上人民政府督查机构), sits in that spanning body
as any role of a body. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某工作督办规定"


def test_the_head_of_a_spanning_government_sits_in_it() -> None:
    graph = document(
        "第二条 县级以上人民政府督办机构负责本级人民政府督办工作的组织实施。"
        "第三条 督办机构拟定的年度督办计划，应当经本级人民政府行政首长批准后实施。",
        _TITLE,
    )
    assert ("督办机构", "县级以上人民政府行政首长") in edges(graph, "REPORTS_TO")
    assert ("县级以上人民政府行政首长", "县级以上人民政府") in edges(graph, "PART_OF")


def test_the_head_of_the_document_level_government_is_left_as_it_was() -> None:
    graph = document(
        "第二条 省人民政府督办机构负责督办工作。"
        "第三条 省人民政府督办机构的年度督办计划，应当经省人民政府行政首长批准后实施。",
        _TITLE,
    )
    assert not any(source == "县级以上人民政府行政首长" for source, _ in edges(graph, "PART_OF"))
