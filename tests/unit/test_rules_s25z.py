"""Round 65 rules: the article a PART_OF edge is placed at."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document


def _part_of_article(graph: DocumentGraph, source: str) -> int | None:
    return next(r.article for r in graph.relations if r.type == "PART_OF" and r.source == f"t/{source}")


def test_bare_form_tied_to_its_body_places_the_full_organ() -> None:
    # 县级以上人民政府或者其古树名木主管部门应当…: the bare department printed tied to its government holds
    # a duty of 县级以上人民政府古树名木主管部门, whose PART_OF goes there, not to its later full-name duty
    graph = document(
        "第一条 县级以上人民政府应当加强对古树名木保护工作的领导。\n"
        "第二条 对保护古树名木成绩显著的单位和个人，县级以上人民政府或者其古树名木主管部门应当给予表彰。\n"
        "第三条 县级以上人民政府古树名木主管部门应当建立古树名木档案。\n",
        "某省古树名木保护条例",
    )
    assert _part_of_article(graph, "县级以上人民政府古树名木主管部门") == 2


def test_untied_bare_form_leaves_the_full_organ_at_its_own_duty() -> None:
    # 古树名木主管部门应当…: printed alone, the bare department is not tied to the body; the full name's
    # first duty places the edge
    graph = document(
        "第一条 县级以上人民政府应当加强对古树名木保护工作的领导。\n"
        "第二条 古树名木主管部门应当开展古树名木普查。\n"
        "第三条 县级以上人民政府古树名木主管部门应当建立古树名木档案。\n",
        "某省古树名木保护条例",
    )
    assert _part_of_article(graph, "县级以上人民政府古树名木主管部门") == 3
