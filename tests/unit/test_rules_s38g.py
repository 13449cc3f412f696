"""Round 122 (SUPERVISES after the convention gate): the assessment a matter is taken into names its
assessor and the assessed (X工作情况纳入Y对Z的年度考核 → Y oversees Z), whoever holds the clause; a bare
有关部门 overseen by governments of several levels, after 及其/本级有关部门 in the article, is each one's own
set. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

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


def test_bare_departments_after_each_levels_own_set_are_each_governments_own() -> None:
    graph = document(
        "第五条 市、县人民政府及其有关部门应当做好节水工作。市、县人民政府应当督促有关部门履行节水职责。", _TITLE
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "市人民政府有关部门") in supervises
    assert ("县人民政府", "县人民政府有关部门") in supervises
    assert ("县人民政府", "市人民政府有关部门") not in supervises


def test_bare_departments_before_any_levels_own_set_stay_the_bare_set() -> None:
    graph = document(
        "第五条 市、县人民政府应当督促有关部门履行节水职责。第六条 市、县人民政府及其有关部门应当做好节水工作。", _TITLE
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "有关部门") in supervises
    assert ("县人民政府", "有关部门") in supervises


def test_oversight_accepted_after_the_lead_noun_gives_the_edge() -> None:
    graph = document("第五条 县水务局接受市水务局的领导和监督。", "某某市水务管理办法")
    assert ("市水务局", "县水务局") in edges(graph, "SUPERVISES")


def test_the_lead_noun_alone_accepted_gives_no_edge() -> None:
    graph = document("第五条 县水务局接受市水务局的领导。", "某某市水务管理办法")
    assert not edges(graph, "SUPERVISES")


def test_a_relative_assessor_with_nothing_to_step_from_gives_no_such_edge() -> None:
    graph = document("第五条 节约用水工作情况纳入上级人民政府对下级人民政府的年度考核。", _TITLE)
    assert not edges(graph, "SUPERVISES")
