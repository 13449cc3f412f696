"""Holder rules of session 13 (round d): X部门 and X主管部门 of one level are one department;
由所在地(的)Y names Y as the agent. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names


def _doc(body: str, title: str = "某省全民健身条例") -> DocumentGraph:
    return document(body, title)


def test_item_of_a_list_and_its_competent_department_are_one() -> None:
    graph = _doc(
        "第一条 市发展改革、交通运输、财政等部门按照各自职责做好全民健身工作。\n"
        "第二条 市交通运输主管部门应当在绿道沿线设置健身步道。\n"
    )
    assert "市交通运输主管部门" in holder_names(graph, 1)
    assert "市交通运输部门" not in names(graph)


def test_place_word_between_agent_marker_and_organ() -> None:
    graph = _doc(
        "第一条 社区健身设施的维护，由所在地乡镇人民政府、街道办事处负责。\n"
        "第二条 擅自改变健身设施用途的，由所在地体育主管部门责令改正。\n"
        "第三条 公园健身步道的养护，由所在地的区人民政府负责。\n"
    )
    assert holder_names(graph, 1) == {"乡镇人民政府、街道办事处"}
    assert holder_names(graph, 2) == {"体育主管部门"}
    assert holder_names(graph, 3) == {"区人民政府"}
