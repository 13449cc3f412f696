"""Relation rules of session 13 (round f): X结果报Y / X情况报Y with no 将 and no report word is a
submission to Y (REPORTS_TO); X…的，由Z约谈其R makes Z supervise the role R of each body X the
sentence opens with. On sentences written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省森林防火责任制实施办法") -> DocumentGraph:
    return document(body, title)


def test_result_sent_to_a_body_is_a_report() -> None:
    graph = _doc("第一条 省林业局每年对市级党委和政府森林防火工作开展考核，考核结果报省人民政府。\n")
    assert ("省林业局", "省人民政府") in edges(graph, "REPORTS_TO")
    assert ("省林业局", "市级党委和政府") in edges(graph, "SUPERVISES")


def test_a_report_system_names_no_receiver() -> None:
    graph = _doc("第一条 县级人民政府应当建立森林防火工作情况报告制度。\n")
    assert not edges(graph, "REPORTS_TO")


_LEADERS = (
    "第一条 市级党委和政府、县级党委和政府应当落实森林防火责任。"
    "市级党委和政府主要负责人、县级党委和政府主要负责人是第一责任人。\n"
)


def test_interview_of_their_leaders_targets_each_bodys_role() -> None:
    graph = _doc(
        _LEADERS + "第二条 市级党委和政府、县级党委和政府森林防火考核不合格的，"
        "由省扶贫开发领导小组约谈其党政主要负责人，责令限期整改。\n"
    )
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "省扶贫开发领导小组"}
    assert supervised == {"市级党委和政府主要负责人", "县级党委和政府主要负责人"}


def test_interview_after_a_fronted_object_is_left_to_the_oversight_matcher() -> None:
    graph = _doc(_LEADERS + "第二条 对森林防火工作不力的下级人民政府，由省人民政府约谈其主要负责人。\n")
    assert not [t for s, t in edges(graph, "SUPERVISES") if t.endswith("主要负责人")]
