"""Relation rules from the dev documents written in the seeds' genre: an oversight noun whose object
stands before 的 and whose agent follows 由 (X的考核由Y组织实施: Y supervises X). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, short


def _doc(body: str, title: str = "某市河道保洁责任制规定") -> DocumentGraph:
    return document(body, title)


def test_oversight_noun_with_agent_after_you_supervises_the_possessor() -> None:
    graph = _doc("第一条 市人民政府办公室和市财政局的考核由市人民政府负责组织实施。\n")
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "市人民政府办公室") in supervises
    assert ("市人民政府", "市财政局") in supervises


def test_team_named_by_its_members_is_the_possessor() -> None:
    graph = _doc("第一条 驻村工作队应当协助村民委员会做好河道保洁。驻村工作队员的考核工作由乡镇人民政府负责。\n")
    assert ("乡镇人民政府", "驻村工作队") in edges(graph, "SUPERVISES")


def test_thing_before_de_gives_no_edge() -> None:
    # 河道的管理: the noun governs a thing, not the organ printed earlier in the clause
    graph = _doc("第一条 市水务局所辖河道的管理由区人民政府负责。\n")
    assert ("区人民政府", "市水务局") not in edges(graph, "SUPERVISES")


def _housed_edges(graph: DocumentGraph) -> set[tuple[str, str]]:
    return {(short(r.source), short(r.target)) for r in graph.relations if r.type == "PART_OF" and r.implicit}


def test_office_housed_in_a_department_is_an_implicit_part_of() -> None:
    graph = _doc(
        "第一条 市河道保洁委员会办公室（以下简称市保洁办）设在市城市管理局，负责委员会日常工作。\n"
        "第二条 市城市管理局负责河道保洁的日常监督。\n"
    )
    assert ("市保洁办", "市城市管理局") in _housed_edges(graph)


def test_office_set_up_earlier_in_the_sentence_is_housed_after_a_comma() -> None:
    graph = _doc(
        "第一条 市人民政府设立河道保洁办公室，一般设在市城市管理局，具体组成由市人民政府确定。"
        "河道保洁办公室负责河道保洁的组织协调。\n"
    )
    assert ("河道保洁办公室", "市城市管理局") in _housed_edges(graph)


def test_no_housing_edge_to_an_unnamed_department() -> None:
    graph = _doc(
        "第一条 市人民政府设立河道保洁办公室，设在市人民政府指定的部门。河道保洁办公室负责河道保洁的组织协调。\n"
    )
    assert not _housed_edges(graph)


def test_no_housing_edge_where_the_office_acts_only_later() -> None:
    # no duty of the office by the housing statement: where its edge would go is unknown
    graph = _doc(
        "第一条 市人民政府设立河道保洁办公室，设在市城市管理局。\n"
        "第二条 市城市管理局负责河道保洁的日常监督。\n"
        "第三条 河道保洁办公室负责河道保洁的组织协调。\n"
    )
    assert not _housed_edges(graph)
