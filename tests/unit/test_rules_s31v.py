"""Round 101 (roles as objects of sanctions, fifth round): a later 约谈其R of a sentence with no agent of its own
(…约谈X分管负责人；情节严重的，约谈其主要负责人) goes on with the earlier interview: the interviewer supervises X's
second role, which sits in X.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某省森林防火工作责任制规定"


def test_a_later_their_role_after_an_interview_of_their_deputy() -> None:
    graph = document(
        "第一条 县级人民政府有下列情形之一的，由省林业主管部门会同省财政部门约谈其分管负责人；"
        "情节较重的，报经省人民政府同意后约谈其主要负责人：",
        _TITLE,
    )
    assert "县级人民政府主要负责人" in names(graph)
    assert ("县级人民政府主要负责人", "县级人民政府") in edges(graph, "PART_OF")
    supervised = edges(graph, "SUPERVISES")
    assert ("省林业主管部门", "县级人民政府主要负责人") in supervised
    assert ("省财政部门", "县级人民政府主要负责人") in supervised
    assert ("省人民政府", "县级人民政府主要负责人") not in supervised


def test_a_later_their_role_after_a_pointed_body() -> None:
    graph = document(
        "第一条 设区的市人民政府有下列情形之一的，省林业主管部门可以约谈该设区的市人民政府分管负责人；"
        "情节严重的，约谈其主要负责人：",
        _TITLE,
    )
    assert ("省林业主管部门", "设区的市人民政府主要负责人") in edges(graph, "SUPERVISES")
    assert ("设区的市人民政府主要负责人", "设区的市人民政府") in edges(graph, "PART_OF")


def test_a_later_their_role_needs_an_earlier_interview_of_a_role() -> None:
    graph = document(
        "第一条 设区的市人民政府有下列情形之一的，省林业主管部门应当予以通报批评；情节严重的，约谈其主要负责人：",
        _TITLE,
    )
    assert "设区的市人民政府主要负责人" not in names(graph)
