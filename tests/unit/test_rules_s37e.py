"""Round 118 (PART_OF precision): a body the text names only through 本级/同级 (督促本级相关部门, 同级公安机关,
本级林长制成员单位) gets no institutional (implicit) PART_OF in its level's pair, whose level the text never
prints for it; a body also printed with its level keeps the edge, and explicit edges stay. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市林长制工作规定"


def test_a_relative_department_set_sits_in_no_level_pair() -> None:
    graph = document(
        "第五条 市委、市人民政府统筹全市林长制工作。市总林长应当督促本级相关部门落实护林任务。"
        "第六条 本级相关部门应当按照职责分工做好森林巡护工作。",
        _TITLE,
    )
    assert ("市总林长", "市委、市人民政府") in edges(graph, "PART_OF")
    assert not any(source == "本级相关部门" for source, _ in edges(graph, "PART_OF"))


def test_a_relative_member_set_sits_in_no_level_pair() -> None:
    graph = document(
        "第五条 市党委和政府对本行政区域林长制工作负总责。"
        "第六条 市总林长应当督促本级林长制成员单位落实护林任务。本级林长制成员单位应当按照职责分工开展巡护。",
        _TITLE,
    )
    assert not any(source == "本级林长制成员单位" for source, _ in edges(graph, "PART_OF"))


def test_a_relative_police_body_sits_in_no_level_pair() -> None:
    graph = document(
        "第五条 市党委和政府对本行政区域林长制工作负总责。"
        "第六条 市总林长应当督促同级公安机关打击毁林行为。同级公安机关应当依法查处毁林案件。",
        _TITLE,
    )
    assert not any(source == "同级公安机关" for source, _ in edges(graph, "PART_OF"))


def test_a_department_printed_with_its_level_keeps_its_membership() -> None:
    graph = document(
        "第五条 市党委和政府对本行政区域林长制工作负总责。第六条 市林业主管部门应当组织开展森林巡护。",
        _TITLE,
    )
    assert ("市林业主管部门", "市党委和政府") in edges(graph, "PART_OF")
