"""Round 136 (liabilities): every body or role of a 追究…的责任 list is liable, not only the first after 追究;
a role named only there sits in no body of the document (no PART_OF). Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市湿地保护办法"


def _liable(graph: DocumentGraph, article: int) -> set[str]:
    return {short(li.organ) for li in graph.liabilities if li.article == article}


def _part_of_sources(graph: DocumentGraph) -> set[str]:
    return {short(r.source) for r in graph.relations if r.type == "PART_OF"}


def test_every_body_of_a_long_pursued_list_is_liable() -> None:
    graph = document(
        "第四条 市、县（区）党委和政府负责本行政区域湿地保护工作。\n"
        "第五条 湿地面积明显减少的，依法追究有关市、县（区）党委和政府、市有关部门及其相关责任人员的责任。",
        _TITLE,
        "责任追究",
    )
    assert {"县（区）党委和政府", "市有关部门"} <= _liable(graph, 5)


def test_the_roles_after_a_pursuit_are_liable_one_by_one() -> None:
    graph = document(
        "第四条 区人民政府负责本辖区湿地保护工作。\n"
        "第五条 湿地遭受严重破坏的，追究区人民政府主要负责人、分管负责人和有关部门负责人的责任。",
        _TITLE,
        "责任追究",
    )
    liable = _liable(graph, 5)
    # the head of an unnamed set is no role node of its own: the set is liable
    assert liable == {"区人民政府主要负责人", "区人民政府分管负责人", "有关部门"}
    # roles made for the liability alone sit in no body
    assert not {"区人民政府主要负责人", "区人民政府分管负责人"} & _part_of_sources(graph)


def test_a_role_a_sanction_sentence_names_keeps_its_body() -> None:
    graph = document(
        "第四条 区人民政府负责本辖区湿地保护工作。\n"
        "第五条 湿地遭受严重破坏的，由市人民政府责令改正，并追究区人民政府主要负责人的责任。",
        _TITLE,
        "责任追究",
    )
    assert _liable(graph, 5) == {"区人民政府主要负责人"}
    assert "区人民政府主要负责人" in _part_of_sources(graph)
