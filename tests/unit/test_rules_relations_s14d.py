"""Relation rules of session 14 (relations helper): a second report target after 并报 in the same
clause; a set spanning levels reporting to a 上一级X node the text names only by the relative words;
no PART_OF between a body named only as 上级/下级X and a body named in full. Each on a sentence
written for the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph, Organ
from loaders.pipeline import _relative_named
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省草原防火条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_second_report_verb_adds_its_target() -> None:
    graph = _doc(
        "第一条 县人民政府草原主管部门应当在防火期结束后向县人民政府提交评估报告，并报省人民政府草原主管部门备案。\n"
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县人民政府草原主管部门", "县人民政府") in reports
    assert ("县人民政府草原主管部门", "省人民政府草原主管部门") in reports


def test_spanning_set_reports_to_the_named_upper_set() -> None:
    graph = _doc(
        "第一条 县级以上人民政府草原主管部门应当编制草原火灾应急预案，报本级人民政府批准，"
        "并报上一级草原主管部门备案。\n"
        "第二条 上一级草原主管部门应当在三十日内提出审查意见。\n"
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县级以上人民政府草原主管部门", "上一级草原主管部门") in reports
    assert not any(r.implicit for r in graph.relations if r.type == "REPORTS_TO" and "上一级" in r.target)


def test_relative_body_has_no_part_of_with_a_named_body() -> None:
    upper = Organ(id="t/上级机关", name="上级机关", aliases=["上级机关"], collective=True)
    lower = Organ(id="t/下级党委和政府", name="下级党委和政府", aliases=["下级党委和政府"])
    named = Organ(id="t/省委、省政府", name="省委、省政府", aliases=["省委、省政府", "上级党委和政府"])
    assert _relative_named(upper) and _relative_named(lower)
    assert not _relative_named(named)  # printed by its name once: a body of its own level


def test_part_of_between_two_relative_bodies_stays() -> None:
    graph = _doc(
        "第一条 县级以上地方人民政府负责本行政区域草原防火工作。\n"
        "第二条 县级以上地方人民政府及其有关部门未履行草原防火职责的，"
        "由上级人民政府或者上级人民政府有关部门责令改正。\n"
    )
    assert ("上级人民政府有关部门", "上级人民政府") in edges(graph, "PART_OF")
