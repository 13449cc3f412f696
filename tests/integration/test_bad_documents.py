"""The bad-document matrix through ``respgraph load`` and ``POST /api/v1/documents`` on a real Neo4j.

The same cases and outcomes as tests/unit/test_bad_documents.py (``parse``): an error is one line
naming the file and the problem (stderr, or the JSON body), a non-zero exit or a 4xx status, and
the database unchanged (node and relationship counts, no document of that id); a loaded document
holds exactly the fixed article keys. ``collision`` finds its id taken by another source: load
refuses (exit 2), upload answers 409, and the stored document stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from neo4j import Driver, GraphDatabase

from api.app import create_app
from api.db import Target
from graph.settings import get_settings
from graph.writer import apply_schema, delete_document, write_document
from loaders.pipeline import parse_text
from respgraph.cli import main
from tests.bad_documents import CASES, Case
from tests.integration.seeded import neo4j_env

pytestmark = pytest.mark.integration

API_KEY = "bad-documents-test-key"
OTHER_SOURCE = "/elsewhere/another-document.txt"


@pytest.fixture(scope="module")
def driver(neo4j_connection: Any) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as drv:
        apply_schema(drv, neo4j_connection.database)
        yield drv


@pytest.fixture(scope="module")
def client(neo4j_connection: Any) -> Iterator[TestClient]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(get_settings(), "api_key", API_KEY)
        target = Target(neo4j_connection.uri, neo4j_connection.auth, neo4j_connection.database)
        with TestClient(create_app(target)) as test_client:
            yield test_client


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad-documents")


def counts(driver: Driver) -> tuple[int, int]:
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    return nodes, rels


def stored(driver: Driver, document: str) -> dict[str, Any] | None:
    """The document's source and its article ids (in number order), or None."""
    records = driver.execute_query(
        "MATCH (d:Document {id: $d}) "
        "RETURN d.source AS source, COLLECT { MATCH (a:Article {document: $d}) "
        "RETURN a.id ORDER BY a.start } AS articles",
        d=document,
    ).records
    return dict(records[0]) if records else None


def occupy(driver: Driver, document: str) -> dict[str, Any] | None:
    """Store a small document of this id from another source; return how it is stored."""
    text = "另一县规定\n第一条 县人民政府负责全县工作。\n"
    write_document(driver, parse_text(text, document, source=OTHER_SOURCE), replace=True)
    return stored(driver, document)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_load(case: Case, driver: Driver, neo4j_connection: Any, scratch: Path) -> None:
    path = case.path(scratch)
    document = f"bad-load-{case.name}"
    delete_document(driver, document)
    held = occupy(driver, document) if case.collides else None
    before = counts(driver)
    try:
        result = CliRunner().invoke(
            main, ["load", str(path), "--document-id", document], env=neo4j_env(neo4j_connection)
        )
        assert "Traceback" not in result.stderr
        if case.error or case.collides:
            assert result.exit_code == 2, result.stderr
            errors = [line for line in result.stderr.splitlines() if line.startswith("respgraph: error: ")]
            assert len(errors) == 1, result.stderr
            expected = re.escape(document) + ".*already holds" if case.collides else case.problem or ""
            assert re.search(expected, errors[0]), errors[0]
            if not case.collides:
                assert errors[0].startswith(f"respgraph: error: {path}: ")
            assert counts(driver) == before, "an error wrote something"
            assert stored(driver, document) == held
            return
        assert result.exit_code == 0, result.stderr
        document_row = stored(driver, document)
        assert document_row is not None
        assert document_row["articles"] == [f"{document}/{key}" for key in case.articles]
    finally:
        delete_document(driver, document)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_upload(case: Case, driver: Driver, client: TestClient, scratch: Path) -> None:
    path = case.path(scratch)
    document = f"bad-upload-{case.name}"
    delete_document(driver, document)
    held = occupy(driver, document) if case.collides else None
    before = counts(driver)
    media = {".md": "text/markdown", ".html": "text/html"}.get(path.suffix, "text/plain")
    try:
        response = client.post(
            "/api/v1/documents",
            params={"filename": path.name, "document_id": document},
            content=path.read_bytes(),
            headers={"X-API-Key": API_KEY, "Content-Type": media},
        )
        assert response.status_code == case.status, response.text
        body = response.json()
        if case.error or case.collides:
            detail = body["detail"]
            assert isinstance(detail, str) and "Traceback" not in detail
            assert path.name in detail, detail
            expected = "already holds" if case.collides else case.upload_problem or case.problem or ""
            assert re.search(expected, detail), detail
            assert counts(driver) == before, "an error wrote something"
            assert stored(driver, document) == held
            return
        assert body["document"] == document and body["articles"] == len(case.articles)
        assert bool(body["warnings"]) == bool(case.warning)
        document_row = stored(driver, document)
        assert document_row is not None and document_row["source"] == f"upload:{path.name}"
        assert document_row["articles"] == [f"{document}/{key}" for key in case.articles]
    finally:
        delete_document(driver, document)
