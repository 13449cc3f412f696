"""The writer against a real Neo4j: atomic, idempotent, nothing stale, round-trips the parse."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase

from graph.errors import DocumentConflictError
from graph.writer import apply_schema, delete_document, write_document
from loaders.pipeline import parse_file, parse_text
from tests.integration.seeded import SEEDS, snapshot


@pytest.fixture(scope="module")
def driver(neo4j_connection: Any) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as driver:
        apply_schema(driver, neo4j_connection.database)
        yield driver


@pytest.fixture
def doc_id(driver: Driver) -> Iterator[str]:
    document = f"test-{uuid.uuid4().hex[:8]}"
    yield document
    delete_document(driver, document)


def test_reload_of_unchanged_file_changes_nothing(driver: Driver, doc_id: str) -> None:
    graph, _ = parse_file(SEEDS / "cn-2016-tpgj.txt", doc_id)
    write_document(driver, graph)
    first = snapshot(driver, doc_id)
    write_document(driver, graph)
    assert snapshot(driver, doc_id) == first
    assert len(first["nodes"]) == 1 + len(graph.chapters) + len(graph.articles) + len(graph.organs) + len(graph.duties)


def test_changed_document_leaves_nothing_stale(driver: Driver, doc_id: str) -> None:
    before = "某市条例\n第一条 市人民政府负责全市工作。\n第二条 县人民政府应当每年向市人民政府报告工作。\n"
    after = "某市条例\n第一条 市人民政府负责全市工作。\n"
    write_document(driver, parse_text(before, doc_id, source="same.txt"))
    write_document(driver, parse_text(after, doc_id, source="same.txt"))
    stored = snapshot(driver, doc_id)
    ids = {node[0] for node in stored["nodes"]}
    assert f"{doc_id}/a2" not in ids
    assert not [r for r in stored["rels"] if r[1] == "REPORTS_TO"]
    assert f"{doc_id}/县人民政府" not in ids


def test_id_from_another_source_is_refused_unless_replace(driver: Driver, doc_id: str) -> None:
    text = "某市条例\n第一条 市人民政府负责全市工作。\n"
    write_document(driver, parse_text(text, doc_id, source="a.txt"))
    with pytest.raises(DocumentConflictError):
        write_document(driver, parse_text(text + "第二条 县人民政府负责。\n", doc_id, source="b.txt"))
    assert f"{doc_id}/a2" not in {n[0] for n in snapshot(driver, doc_id)["nodes"]}
    write_document(driver, parse_text(text + "第二条 县人民政府负责。\n", doc_id, source="b.txt"), replace=True)
    assert f"{doc_id}/a2" in {n[0] for n in snapshot(driver, doc_id)["nodes"]}


def test_database_holds_what_parse_prints(driver: Driver, doc_id: str) -> None:
    graph, _ = parse_file(SEEDS / "jx-tpgj.txt", doc_id)
    write_document(driver, graph)
    printed = graph.to_interchange()
    stored = {node[0]: node[2] for node in snapshot(driver, doc_id)["nodes"]}
    for article in printed["articles"]:
        props = stored[f"{doc_id}/{article['key']}"]
        assert (props["text"], props["start"], props["end"]) == (article["text"], article["start"], article["end"])
    for organ in printed["organs"]:
        props = stored[organ["id"]]
        assert (props["name"], props["level"], props["kind"], props["aliases"]) == (
            organ["name"],
            organ["level"],
            organ["kind"],
            organ["aliases"],
        )
    for duty in printed["duties"]:
        props = stored[duty["id"]]
        assert (props["text"], props["start"], props["end"], props["holders"], props["topics"]) == (
            duty["text"],
            duty["start"],
            duty["end"],
            duty["holders"],
            duty["topics"],
        )
    rels = {(r[1], r[0], r[2], r[3].get("article")) for r in snapshot(driver, doc_id)["rels"]}
    for relation in printed["relations"]:
        assert (relation["type"], relation["source"], relation["target"], relation["article"]) in rels
    responsible = {(r[0], r[2]) for r in snapshot(driver, doc_id)["rels"] if r[1] == "RESPONSIBLE_FOR"}
    assert responsible == {(h, d["id"]) for d in printed["duties"] for h in d["holders"]}
