"""Holder and clause rules from the seeds' genre in the dev set (s14i): a unit's head role hands the
sending of staff (选派) back to the unit, and a fronted 对 object (对…的问题) is one clause with the
piece that acts on it. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holders_of_duty


def _doc(body: str, title: str = "某省乡村振兴责任制实施办法") -> DocumentGraph:
    return document(body, title)


def test_sending_staff_after_a_head_role_is_the_units_act() -> None:
    graph = _doc(
        "第一条 各级定点帮扶单位承担帮扶责任，单位主要负责人要每年到结对村走访，"
        "按规定选派第一书记，加强对第一书记的考核管理。\n"
    )
    assert holders_of_duty(graph, "到结对村走访") == {"各级定点帮扶单位主要负责人"}
    assert holders_of_duty(graph, "选派第一书记") == {"各级定点帮扶单位"}
    assert holders_of_duty(graph, "考核管理") == {"各级定点帮扶单位"}
    assert ("各级定点帮扶单位", "第一书记") in edges(graph, "SUPERVISES")


def test_head_role_keeps_its_clauses_without_sending() -> None:
    graph = _doc("第一条 各级定点帮扶单位承担帮扶责任，单位主要负责人要每年到结对村走访，听取群众意见。\n")
    assert holders_of_duty(graph, "听取群众意见") == {"各级定点帮扶单位主要负责人"}


def test_fronted_object_joins_the_subjectless_piece() -> None:
    graph = _doc("第一条 县级人民政府每年开展乡村振兴检查，对检查中暴露的短板，逐项研究解决。\n")
    texts = [d.text for d in graph.duties]
    assert "对检查中暴露的短板，逐项研究解决" in texts
    assert "逐项研究解决" not in texts


def test_fronted_object_joins_the_piece_with_its_own_subject() -> None:
    graph = _doc("第一条 省人民政府应当统筹乡村建设。对住房安全存在隐患的农户，县级人民政府应当优先安排危房改造。\n")
    duty = next(d for d in graph.duties if "危房改造" in d.text)
    assert duty.text.startswith("对住房安全存在隐患的农户")
    assert holders_of_duty(graph, "危房改造") == {"县级人民政府"}


def test_fronted_object_with_an_act_after_de_stays_apart() -> None:
    graph = _doc("第一条 县级人民政府对工作落后的予以通报，督促整改到位。\n")
    texts = [d.text for d in graph.duties]
    assert "督促整改到位" in texts
