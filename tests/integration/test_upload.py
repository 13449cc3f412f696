"""POST /api/v1/documents: the key, the limits, the answers (the bad-document matrix is elsewhere)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver, GraphDatabase

from api.app import create_app
from api.db import Target
from graph.settings import get_settings
from graph.writer import apply_schema, delete_document, write_document
from loaders.pipeline import parse_text

pytestmark = pytest.mark.integration

KEY = "upload-test-key"
TEXT = "某县河长制工作规定\n第一条 县人民政府负责全县河长制工作。\n第二条 乡镇人民政府对本乡镇河道管理负主体责任。\n"
PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@pytest.fixture(scope="module")
def driver(neo4j_connection: Any) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as drv:
        apply_schema(drv, neo4j_connection.database)
        yield drv


@pytest.fixture(scope="module")
def target(neo4j_connection: Any) -> Target:
    return Target(neo4j_connection.uri, neo4j_connection.auth, neo4j_connection.database)


@pytest.fixture
def client(target: Target, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setattr(get_settings(), "api_key", KEY)
    with TestClient(create_app(target)) as test_client:
        yield test_client


@pytest.fixture
def document(driver: Driver) -> Iterator[str]:
    delete_document(driver, "upload-river")
    yield "upload-river"
    delete_document(driver, "upload-river")


def post(client: TestClient, body: Any, key: str | None = KEY, headers: dict[str, str] = PLAIN, **params: Any) -> Any:
    return client.post(
        "/api/v1/documents", params=params, content=body, headers={**headers, **({"X-API-Key": key} if key else {})}
    )


def test_disabled_without_a_configured_key(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "api_key", None)
    with TestClient(create_app(target)) as client:
        response = post(client, TEXT.encode(), key="anything", filename="river.txt")
        assert response.status_code == 403
        assert "RESPGRAPH_API_KEY" in response.json()["detail"]
        assert client.get("/api/v1/documents").status_code == 200  # reads stay open


@pytest.mark.parametrize("key", [None, "", "wrong", KEY + "x", KEY[:-1]])
def test_a_missing_or_wrong_key_is_401(client: TestClient, key: str | None) -> None:
    response = post(client, TEXT.encode(), key=key, filename="river.txt")
    assert response.status_code == 401
    assert response.json() == {"detail": "missing or wrong X-API-Key"}


def test_upload_then_reload_then_conflict_then_replace(client: TestClient, driver: Driver, document: str) -> None:
    created = post(client, TEXT.encode("gbk"), filename=f"{document}.txt")
    assert created.status_code == 201, created.text
    summary = created.json()
    assert summary["document"] == document and summary["articles"] == 2 and summary["replaced"] is False
    assert summary["source"] == f"upload:{document}.txt"
    counts = driver.execute_query("MATCH (n {document: $d}) RETURN count(n) AS n", d=document).records[0]["n"]
    again = post(client, TEXT.encode(), filename=f"{document}.txt")
    assert again.status_code == 200 and again.json()["replaced"] is True
    assert driver.execute_query("MATCH (n {document: $d}) RETURN count(n) AS n", d=document).records[0]["n"] == counts
    conflict = post(client, TEXT.encode(), filename="other-name.md", document_id=document)
    assert conflict.status_code == 409
    assert "replace=true" in conflict.json()["detail"]
    replaced = post(
        client,
        TEXT.encode(),
        headers={"Content-Type": "text/markdown"},
        filename="x.md",
        document_id=document,
        replace=True,
    )
    assert replaced.status_code == 200 and replaced.json()["source"] == "upload:x.md"


@pytest.mark.parametrize(
    ("headers", "filename"),
    [
        ({"Content-Type": "application/pdf"}, "river.txt"),
        ({"Content-Type": "text/html"}, "river.txt"),
        ({}, "river.txt"),
        (PLAIN, "river.pdf"),
        (PLAIN, "river.txt.exe"),
    ],
)
def test_only_text_and_markdown_are_taken(client: TestClient, headers: dict[str, str], filename: str) -> None:
    response = post(client, TEXT.encode(), headers=headers, filename=filename)
    assert response.status_code == 415, response.text


def test_size_limit_declared_and_streamed(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "max_upload_bytes", 1000)
    declared = post(client, b"x" * 1001, filename="big.txt")
    assert declared.status_code == 413 and "1000-byte maximum" in declared.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is counted while reading
        for _ in range(50):
            yield b"y" * 100

    streamed = post(client, chunks(), filename="big.txt")
    assert streamed.status_code == 413


@pytest.mark.parametrize("params", [{}, {"filename": ".txt"}, {"document_id": "a/b"}, {"document_id": "x" * 101}])
def test_a_document_id_is_needed_and_checked(client: TestClient, params: dict[str, str]) -> None:
    assert post(client, TEXT.encode(), **params).status_code == 422


def test_neo4j_down_is_503_and_nothing_else_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "api_key", KEY)
    with TestClient(create_app(Target("bolt://127.0.0.1:9", ("neo4j", "x"), "neo4j"))) as client:
        response = post(client, TEXT.encode(), filename="river.txt")
        assert response.status_code == 503
        assert "not reachable" in response.json()["detail"]


def test_a_document_loaded_by_the_cli_is_not_overwritten(client: TestClient, driver: Driver, document: str) -> None:
    write_document(driver, parse_text(TEXT, document, source="/srv/documents/river.txt"))
    response = post(client, TEXT.encode(), filename=f"{document}.txt")
    assert response.status_code == 409
    stored = driver.execute_query("MATCH (d:Document {id: $d}) RETURN d.source AS s", d=document).records
    assert stored[0]["s"] == "/srv/documents/river.txt"
