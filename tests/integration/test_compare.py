"""Comparisons against a real Neo4j: graphs read back, stored IMPLEMENTS/CORRESPONDS_TO, the command and
GET /api/v1/compare.

The two river-chief texts of tests/unit/test_compare.py are written under ids unique to this run and
deleted afterwards (with every relationship they carry); nothing else in the database is touched.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from neo4j import Driver, GraphDatabase

from api.app import create_app
from api.db import Target
from graph.compare import Comparison, compare
from graph.compare_writer import compare_stored, read_graph, stored_relationships, write_comparison
from graph.localserver import Connection
from graph.model import DocumentGraph
from graph.writer import apply_schema, delete_document, write_document
from respgraph.cli import main
from tests.unit.test_compare import NATIONAL, PROVINCIAL, national, provincial

pytestmark = pytest.mark.integration

RUN = uuid.uuid4().hex[:8]
BASE, OTHER = f"cmp-base-{RUN}", f"cmp-other-{RUN}"
TEXTS = {BASE: NATIONAL, OTHER: PROVINCIAL}
PAIR = f"{OTHER}->{BASE}"


@pytest.fixture(scope="module")
def driver(neo4j_connection: Connection) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as drv:
        apply_schema(drv, neo4j_connection.database)
        yield drv


@pytest.fixture(scope="module")
def graphs(driver: Driver, neo4j_connection: Connection) -> Iterator[dict[str, DocumentGraph]]:
    written = {BASE: national(BASE), OTHER: provincial(OTHER)}
    try:
        for graph in written.values():
            write_document(driver, graph, database=neo4j_connection.database)
        yield written
    finally:
        for doc in written:
            delete_document(driver, doc, neo4j_connection.database)


def _stored(driver: Driver, connection: Connection) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(r["type"], r["source"], r["target"]): r for r in stored_relationships(driver, PAIR, connection.database)}


def _expected(comparison: Comparison) -> set[tuple[str, str, str]]:
    organs = {("CORRESPONDS_TO", p.other, p.base) for p in comparison.organs}
    articles = {("IMPLEMENTS", f"{OTHER}/{a.other}", f"{BASE}/{a.base}") for a in comparison.articles}
    document = {("IMPLEMENTS", OTHER, BASE)} if comparison.document else set()
    return organs | articles | document


def test_graphs_read_back_as_written(
    driver: Driver, neo4j_connection: Connection, graphs: dict[str, DocumentGraph]
) -> None:
    for doc, written in graphs.items():
        read = read_graph(driver, doc, neo4j_connection.database)
        assert [(a.key, a.text, a.start) for a in read.articles] == [(a.key, a.text, a.start) for a in written.articles]
        assert {o.id: (o.level, o.kind) for o in read.organs} == {o.id: (o.level, o.kind) for o in written.organs}
        assert {d.id: (d.text, d.start, d.end, sorted(d.holders), d.responsibility) for d in read.duties} == {
            d.id: (d.text, d.start, d.end, sorted(d.holders), d.responsibility) for d in written.duties
        }
    # the stored graphs compare exactly as the built ones
    stored = compare_stored(driver, BASE, OTHER, neo4j_connection.database)
    assert stored == compare(graphs[BASE], graphs[OTHER])


def test_stored_relationships_replace_the_previous_comparison(
    driver: Driver, neo4j_connection: Connection, graphs: dict[str, DocumentGraph]
) -> None:
    db = neo4j_connection.database
    comparison = compare_stored(driver, BASE, OTHER, db)
    summary = write_comparison(driver, comparison, db)
    assert (summary.organs, summary.articles, summary.documents) == (
        len(comparison.organs),
        len(comparison.articles),
        1,
    )
    first = _stored(driver, neo4j_connection)
    assert set(first) == _expected(comparison)
    assert all(r["document"] == OTHER for r in first.values())
    article_edge = first[("IMPLEMENTS", f"{OTHER}/a2", f"{BASE}/a2")]
    assert article_edge["confidence"] > 0.5 and article_edge["evidence"]

    write_comparison(driver, comparison, db)  # a recompute: the same relationships, nothing doubled
    assert _stored(driver, neo4j_connection) == first

    fewer = dataclasses.replace(
        comparison, organs=comparison.organs[:1], articles=comparison.articles[:2], document=None
    )
    write_comparison(driver, fewer, db)  # what the new run does not hold is gone
    assert set(_stored(driver, neo4j_connection)) == _expected(fewer)

    write_comparison(driver, comparison, db)
    write_document(driver, graphs[OTHER], database=db)  # reloading a document keeps its comparisons
    assert set(_stored(driver, neo4j_connection)) == _expected(comparison)


def test_compare_command_stores_and_prints(
    driver: Driver, neo4j_connection: Connection, graphs: dict[str, DocumentGraph], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("graph.gateway.current_connection", lambda: neo4j_connection)
    runner = CliRunner()
    result = runner.invoke(main, ["compare", BASE, OTHER, "--format", "json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["pair"] == PAIR and body["counts"]["new"] == 3
    assert {d["id"] for d in body["additions"]} == {f"{OTHER}/a5.d1", f"{OTHER}/a5.d2", f"{OTHER}/a6.d1"}
    assert ("IMPLEMENTS", OTHER, BASE) in _stored(driver, neo4j_connection)

    table = runner.invoke(main, ["compare", BASE, OTHER, "--no-store"])
    assert table.exit_code == 0 and "CORRESPONDS_TO" in table.stdout and "省委、省政府 → 省级党委和政府" in table.stdout
    missing = runner.invoke(main, ["compare", BASE, f"nope-{RUN}"])
    assert missing.exit_code != 0 and "no loaded document" in missing.output


@pytest.fixture(scope="module")
def client(neo4j_connection: Connection, graphs: dict[str, DocumentGraph]) -> Iterator[TestClient]:
    app = create_app(Target(neo4j_connection.uri, neo4j_connection.auth, neo4j_connection.database))
    with TestClient(app) as test_client:
        yield test_client


def _cited(duty: dict[str, Any]) -> None:
    text = TEXTS[duty["document"]]
    assert duty["id"] and isinstance(duty["article"], int)
    assert text[duty["start"] : duty["end"]] == duty["text"]


def test_compare_endpoint(client: TestClient) -> None:
    response = client.get("/api/v1/compare", params={"base": BASE, "other": OTHER})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["base"], body["other"], body["pair"]) == (BASE, OTHER, PAIR)
    assert body["document"]["evidence"] == "《河长制实施办法》"
    shifted = next(d for d in body["duties"] if d["match"] == "shifted")
    assert shifted["duty"]["id"] == f"{OTHER}/a3.d3" and shifted["counterparts"][0]["id"] == f"{BASE}/a3.d3"
    for d in body["duties"]:
        _cited(d["duty"])
        for counterpart in d["counterparts"]:
            _cited(counterpart)
    for duty in body["additions"] + body["gaps"]:
        _cited(duty)
    assert [g["id"] for g in body["gaps"]] == [f"{BASE}/a5.d1"]
    assert {(a["other_article"], a["base_article"]) for a in body["articles"]} >= {(2, 2), (3, 3), (4, 4)}


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"base": BASE, "other": f"nope-{RUN}"}, 404),
        ({"base": f"nope-{RUN}", "other": OTHER}, 404),
        ({"base": BASE}, 422),
        ({"base": BASE, "other": BASE}, 422),
        ({"base": "a b", "other": OTHER}, 422),
    ],
)
def test_compare_endpoint_errors(client: TestClient, params: dict[str, str], status: int) -> None:
    response = client.get("/api/v1/compare", params=params)
    assert response.status_code == status and response.json()["detail"]
