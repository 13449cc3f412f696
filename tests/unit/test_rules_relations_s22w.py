"""Relation rules of round 37 (SUPERVISES in sanctions of a body's staff), each on a sentence written for
the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names, names


def _doc(body: str, title: str = "某省草原保护条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_sanction_of_a_bodys_staff_supervises_the_body() -> None:
    graph = _doc(
        "第一条 县级以上草原行政主管部门负责草原监督管理工作。\n"
        "第二条 草原行政主管部门和草原监理机构的工作人员滥用职权的，由上级主管部门或者监察机关依法给予处分。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    for agent in ("上级主管部门", "监察机关"):
        assert (agent, "草原行政主管部门") in supervised
        assert (agent, "草原监理机构") in supervised
    assert holder_names(graph, 2) == {"上级主管部门", "监察机关"}  # the sanctioned bodies hold nothing


def test_staff_own_unit_stays_a_set_of_its_own() -> None:
    graph = _doc(
        "第一条 县级以上草原行政主管部门负责草原监督管理工作。\n"
        "第二条 草原行政主管部门的工作人员玩忽职守的，由其所在单位或者监察机关给予行政处分。\n"
    )
    assert "所在单位" in names(graph)  # persons are sanctioned: their unit is no fold into the body
    assert ("监察机关", "草原行政主管部门") in edges(graph, "SUPERVISES")
    assert not any(source == "所在单位" for source, _ in edges(graph, "SUPERVISES"))
