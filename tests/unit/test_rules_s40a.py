"""Round 126 (SUPERVISES recall): 分管部门, the departments each deputy leader of a body is in charge of, is one
working set of its own that the deputies oversee (其他分管负责人督促分管部门…, 督促指导分管部门…). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某县防汛工作责任制规定"


def test_deputies_overseeing_the_departments_in_their_charge_give_an_edge() -> None:
    graph = document(
        "第五条 县人民政府其他分管负责人负责督促分管部门落实防汛工作措施。第六条 县人民政府应当加强防汛工作。",
        _TITLE,
    )
    assert any(target == "分管部门" for _, target in edges(graph, "SUPERVISES"))


def test_guidance_and_urging_of_the_departments_in_charge_give_both_edges() -> None:
    graph = document(
        "第五条 县人民政府其他分管负责人应当督促指导分管部门做好汛期巡查工作。第六条 县人民政府应当加强防汛工作。",
        _TITLE,
    )
    assert any(target == "分管部门" for _, target in edges(graph, "SUPERVISES"))
    assert any(target == "分管部门" for _, target in edges(graph, "GUIDES"))


def test_the_departments_and_units_in_charge_are_one_set_named_whole() -> None:
    graph = document(
        "第五条 乡镇党委和政府领导班子其他成员督促分管部门和单位做好秸秆禁烧工作。第六条 乡镇人民政府宣传。",
        _TITLE,
    )
    assert any(target == "分管部门和单位" for _, target in edges(graph, "SUPERVISES"))
