"""Street-office texts of round 98: X是Y的派出机关 defines X as Y's agency, so X sits in Y (PART_OF,
explicit), placed at the definition where X holds a duty there, else at X's first duty.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, short


def _part_of_articles(body: str, title: str) -> set[tuple[str, str, int]]:
    """The PART_OF edges of the document with the article each is placed at."""
    graph = document(body, title)
    return {(short(r.source), short(r.target), r.article) for r in graph.relations if r.type == "PART_OF"}


def test_the_agency_sits_in_the_government_that_sends_it() -> None:
    body = (
        "第一条 街道办事处是县人民政府的派出机关，在县人民政府领导下，负责辖区内的公共服务工作。\n"
        "第二条 街道办事处应当组织开展社区环境整治。"
    )
    graph = document(body, "某县街道工作规定")
    assert ("街道办事处", "县人民政府") in edges(graph, "PART_OF")


def test_a_party_working_committee_sits_in_the_party_committee_printed_only_there() -> None:
    body = "第一条 街道党工委是县委的派出机关，负责辖区党的建设工作。\n第二条 街道办事处应当做好社区服务。"
    graph = document(body, "某县街道工作规定")
    assert ("街道党工委", "县委") in edges(graph, "PART_OF")


def test_a_definition_article_places_the_edge_at_the_first_duty() -> None:
    body = (
        "第一条 本规定所称街道办事处，是县人民政府的派出机关。\n"
        "第二条 县人民政府应当加强对街道工作的领导。\n"
        "第三条 街道办事处应当组织开展社区环境整治。"
    )
    assert ("街道办事处", "县人民政府", 3) in _part_of_articles(body, "某县街道工作规定")


def test_a_body_named_inside_an_agency_noun_without_copula_is_no_definition() -> None:
    body = "第一条 乡镇人民政府以及街道办事处等县人民政府派出机关应当做好防灾工作。"
    graph = document(body, "某县防灾工作规定")
    assert ("街道办事处", "县人民政府") not in edges(graph, "PART_OF")
