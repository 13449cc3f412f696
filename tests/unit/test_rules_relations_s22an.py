"""Relation rules of session 22 (round an): a piece 对X…的，由Z约谈其R names the bodies 其 stands for
right after 对, so Z supervises each body's role R (not the body). On sentences written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省森林防火责任制实施办法") -> DocumentGraph:
    return document(body, title)


def test_interview_of_the_role_of_bodies_fronted_by_dui() -> None:
    graph = _doc(
        "第一条 各级林长负责森林防火。对林长巡林不到位的，由上一级林长约谈，责令整改；"
        "对有关部门防火检查走过场的，由本级林长约谈其主要负责人。\n"
    )
    supervised = {t for s, t in edges(graph, "SUPERVISES") if s == "本级林长"}
    assert supervised == {"有关部门主要负责人"}


def test_other_organ_before_the_frame_keeps_the_oversight_reading() -> None:
    graph = _doc("第一条 对省人民政府考核不合格的市级人民政府，由省森林防火指挥部约谈其主要负责人。\n")
    assert not [t for s, t in edges(graph, "SUPERVISES") if t.endswith("主要负责人")]
