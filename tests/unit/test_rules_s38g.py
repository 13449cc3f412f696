"""Round 122 (SUPERVISES after the convention gate): the assessment a matter is taken into names its
assessor and the assessed (X工作情况纳入Y对Z的年度考核 → Y oversees Z), whoever holds the clause. Each rule on
a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某县节水管理办法"


def test_a_matter_taken_into_an_assessment_gives_the_assessor_its_edge() -> None:
    graph = document("第五条 节约用水工作情况纳入县人民政府对乡镇人民政府的年度考核。", _TITLE)
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_every_joined_object_of_the_assessment_is_overseen() -> None:
    graph = document(
        "第五条 节约用水考核纳入县人民政府对乡镇人民政府以及县有关部门的年度绩效考评，由县水务局组织实施。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("县人民政府", "乡镇人民政府") in supervises
    assert ("县人民政府", "县有关部门") in supervises


def test_a_scope_noun_after_the_assessment_keeps_the_edge() -> None:
    graph = document("第五条 节水考核结果纳入县人民政府对乡镇人民政府综合考核评价的重要内容。", _TITLE)
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_an_assessment_with_no_organ_before_dui_gives_no_such_edge() -> None:
    graph = document("第五条 节约用水工作情况纳入年度目标对照的考核。", _TITLE)
    assert not edges(graph, "SUPERVISES")
