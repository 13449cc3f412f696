"""Hostile requests: injection payloads through every parameter of every GET endpoint, and the guards.

The endpoints and their parameters come from the app itself (the OpenAPI schema, plus the GET
routes kept out of it such as /static/{name}); each payload goes into one parameter while the
others hold working values. No answer may be a 500, and the database must be byte-for-byte what it
was (every node and relationship with its properties, fingerprinted before and after). Also here:
the upload endpoint's parameters, read endpoints in read transactions with a timeout and a row
limit, CORS closed by default, and no credential in an error body or a log line.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import pkgutil
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from neo4j import READ_ACCESS, AsyncSession, Driver, GraphDatabase

import api.routers
import cypher
from api.app import create_app
from api.db import Target
from graph.settings import get_settings
from graph.writer import delete_document
from respgraph.cli import main
from tests.integration.seeded import SEED_IDS, load_seeds, neo4j_env

pytestmark = pytest.mark.integration

PAYLOADS: tuple[str, ...] = (
    "'",
    '"',
    "\\",
    "' OR 1=1 //",
    '" OR ""="',
    "}) DETACH DELETE n //",
    "x'}) MATCH (n) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    "`) DETACH DELETE n //",
    "cn-2016-tpgj' OR '1'='1",
    "CALL dbms.components()",
    "CALL dbms.components() YIELD name RETURN name",
    "RETURN 1; MATCH (n) DETACH DELETE n",
    "CALL db.clearQueryCaches()",
    "$limit",
    "{limit: -1}",
    "*:*",
    "text:(县 OR 省) AND NOT x~2^9",
    '"unbalanced',
    "/.*/",
    "../../../../etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "cn-2016-tpgj/../jx-tpgj",
    "-1",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "\x00",
    "县\x00级",
    "\u202e县级党委\u202d",  # right-to-left override
    "＇）ＤＥＴＡＣＨ　ＤＥＬＥＴＥ　ｎ",  # full-width look-alikes
    "\u200b\u200d\ufeff",
    "ﬁ\u0301\u0327",  # a ligature and combining marks (NFKC changes them)
    "🀄" * 3,
    "<script>alert(1)</script>",
    "${jndi:ldap://127.0.0.1/x}",
    "A" * 10_000,
    "县" * 5_000,
)

# Working values for the parameters that have no example in the schema.
DEFAULTS = {
    "document_id": "cn-2016-tpgj",
    "organ_id": "cn-2016-tpgj/县级党委和政府",
    "number": "19",
    "name": "app.js",
    "depth": "1",
}


@pytest.fixture(scope="module")
def driver(neo4j_connection: Any) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as drv:
        load_seeds(drv, neo4j_connection.database)
        yield drv


@pytest.fixture(scope="module")
def target(neo4j_connection: Any) -> Target:
    return Target(neo4j_connection.uri, neo4j_connection.auth, neo4j_connection.database)


@pytest.fixture(scope="module")
def client(driver: Driver, target: Target) -> Iterator[TestClient]:
    with TestClient(create_app(target)) as test_client:
        yield test_client


def fingerprint(driver: Driver) -> tuple[int, int, str]:
    """Counts and a digest of every node and relationship with all its properties."""
    nodes = driver.execute_query(
        "MATCH (n) RETURN elementId(n) AS e, labels(n) AS l, properties(n) AS p ORDER BY e"
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS t, elementId(a) AS a, elementId(b) AS b, "
        "properties(r) AS p ORDER BY e"
    ).records
    digest = hashlib.sha256()
    for record in [*nodes, *rels]:
        digest.update(repr(sorted(dict(record).items())).encode())
    return len(nodes), len(rels), digest.hexdigest()


def get_routes(app: FastAPI) -> list[tuple[str, list[dict[str, Any]]]]:
    """(path, parameters) of every GET route: the schema's, plus the routers' routes kept out of it
    (the web page's / and /static/{name}, mounted at the root)."""
    spec = app.openapi()
    routes = [
        (path, [p for p in ops["get"].get("parameters", []) if p["in"] in ("path", "query")])
        for path, ops in spec["paths"].items()
        if "get" in ops
    ]
    for module_info in pkgutil.iter_modules(api.routers.__path__):
        module = importlib.import_module(f"api.routers.{module_info.name}")
        for route in getattr(module, "router", APIRouter()).routes:
            if isinstance(route, APIRoute) and not route.include_in_schema and "GET" in route.methods:
                names = re.findall(r"{(\w+)(?::\w+)?}", route.path)
                parameters = [{"name": name, "in": "path", "required": True} for name in names]
                routes.append((re.sub(r":\w+}", "}", route.path), parameters))
    return routes


def working_value(parameter: dict[str, Any]) -> str:
    schema = parameter.get("schema", {})
    examples = schema.get("examples") or [DEFAULTS.get(parameter["name"], "cn-2016-tpgj")]
    return str(examples[0])


def request_for(
    path: str, parameters: list[dict[str, Any]], target: str | None, payload: str
) -> tuple[str, dict[str, str]]:
    """The URL and query of a request with ``payload`` in parameter ``target``, working values elsewhere."""
    query: dict[str, str] = {}
    url = path
    for parameter in parameters:
        name = parameter["name"]
        if name == target:
            value = payload
        elif parameter.get("required"):
            value = working_value(parameter)
        else:
            continue
        if parameter["in"] == "path":
            url = url.replace("{" + name + "}", quote(value, safe=""))
        else:
            query[name] = value
    return url, query


def test_injection_through_every_parameter_of_every_get_endpoint(client: TestClient, driver: Driver) -> None:
    routes = get_routes(client.app)  # type: ignore[arg-type]
    assert len(routes) >= 12
    before = fingerprint(driver)
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    for path, parameters in routes:
        targets: list[str | None] = [p["name"] for p in parameters] or [None]
        for target in targets:
            for payload in PAYLOADS if target else ("",):
                url, query = request_for(path, parameters, target, payload)
                response = client.get(url, params=query)
                statuses[response.status_code] += 1
                if response.status_code >= 500:
                    failures.append(
                        f"{response.status_code} GET {path} {target}={payload[:40]!r}: {response.text[:200]}"
                    )
    assert not failures, "\n".join(failures[:20])
    assert fingerprint(driver) == before, "a request changed the database"
    requests = sum(statuses.values())
    print(f"injection: {requests} requests over {len(routes)} GET routes, statuses {dict(sorted(statuses.items()))}")
    assert requests > 500


def test_payloads_in_the_api_key_header_are_refused(driver: Driver, target: Target) -> None:
    before = fingerprint(driver)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(get_settings(), "api_key", "the-real-key")
        with TestClient(create_app(target)) as client:
            for payload in PAYLOADS:
                if not payload.isascii() or len(payload) > 1000 or "\x00" in payload:
                    continue  # header values are short ASCII
                response = client.get("/api/v1/documents", headers={"X-API-Key": payload})
                assert response.status_code == 401, payload
                assert response.json() == {"detail": "missing or wrong X-API-Key"}
            assert client.get("/api/v1/documents", headers={"X-API-Key": "the-real-key"}).status_code == 200
    assert fingerprint(driver) == before


def test_injection_through_the_upload_parameters(driver: Driver, target: Target) -> None:
    """filename and document_id payloads: refused or stored as plain values; other documents untouched."""
    document = "injection-upload"
    seeds_before = {
        r["id"]: r["tag"]
        for r in driver.execute_query("MATCH (d:Document) RETURN d.id AS id, d.load_tag AS tag").records
    }
    body = "某县规定\n第一条 县人民政府负责全县工作。\n".encode()
    statuses: Counter[int] = Counter()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(get_settings(), "api_key", "upload-key")
        with TestClient(create_app(target)) as client:
            for payload in PAYLOADS:
                for params in (
                    {"document_id": payload, "filename": "x.txt"},
                    {"document_id": document, "filename": payload + ".txt"},
                    {"filename": payload},
                ):
                    response = client.post(
                        "/api/v1/documents",
                        params=params,
                        content=body,
                        headers={"X-API-Key": "upload-key", "Content-Type": "text/plain"},
                    )
                    statuses[response.status_code] += 1
                    assert response.status_code < 500, (params, response.text)
                    if response.status_code in (200, 201):  # a payload that is a valid id (NaN, -1)
                        delete_document(driver, response.json()["document"])
    after = {
        r["id"]: r["tag"]
        for r in driver.execute_query("MATCH (d:Document) RETURN d.id AS id, d.load_tag AS tag").records
    }
    assert after == seeds_before
    assert statuses[201] > 0 and statuses[422] > 0


def test_read_endpoints_run_reads_with_a_timeout_and_a_limit(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every statement a read endpoint runs goes through graph/queries.run: an auto-commit query
    with the settings' timeout, in a session opened for reading; no write transaction is opened."""
    reads: list[tuple[float | None, str]] = []
    real_run = AsyncSession.run

    async def spy_run(self: AsyncSession, query: Any, *args: Any, **kwargs: Any) -> Any:
        reads.append((getattr(query, "timeout", None), self._config.default_access_mode))
        return await real_run(self, query, *args, **kwargs)

    async def no_write(self: AsyncSession, work: Any, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a read endpoint opened a write transaction")

    monkeypatch.setattr(AsyncSession, "run", spy_run)
    monkeypatch.setattr(AsyncSession, "execute_write", no_write)
    for path, parameters in get_routes(client.app):  # type: ignore[arg-type]
        url, query = request_for(path, parameters, None, "")
        response = client.get(url, params=query)
        assert response.status_code < 500, (path, response.text)
    assert reads and set(reads) == {(get_settings().query_timeout_s, READ_ACCESS)}
    monkeypatch.setattr(get_settings(), "result_limit", 2)
    organs = client.get("/api/v1/organs", params={"document": "cn-2016-tpgj"}).json()
    assert 0 < len(organs["organs"]) <= 2
    assert len(client.get("/api/v1/search", params={"q": "负责"}).json()["hits"]) <= 2


def test_cors_is_closed_by_default_and_open_only_to_configured_origins(target: Target) -> None:
    preflight = {"Origin": "http://evil.example", "Access-Control-Request-Method": "GET"}
    with TestClient(create_app(target)) as client:
        assert get_settings().cors_origins == []
        response = client.get("/api/v1/documents", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in response.headers
        assert "access-control-allow-origin" not in client.options("/api/v1/documents", headers=preflight).headers
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(get_settings(), "cors_origins", ["http://dashboard.example"])
        with TestClient(create_app(target)) as client:
            ok = client.get("/api/v1/documents", headers={"Origin": "http://dashboard.example"})
            assert ok.headers["access-control-allow-origin"] == "http://dashboard.example"
            other = client.get("/api/v1/documents", headers={"Origin": "http://evil.example"})
            assert "access-control-allow-origin" not in other.headers


def test_no_credentials_in_error_bodies_or_logs(
    target: Target, neo4j_connection: Any, caplog: pytest.LogCaptureFixture
) -> None:
    wrong_password = "wrong-password-7f3a9c"
    real_password = target.auth[1] if target.auth else "no-real-password-set"
    caplog.set_level(logging.DEBUG)
    # Neo4j refuses the API's credentials: 503 with a message, no password in it or in the log.
    with TestClient(create_app(Target(target.uri, ("neo4j", wrong_password), target.database))) as client:
        response = client.get("/api/v1/documents")
        assert response.status_code == 503
        assert "credentials" in response.json()["detail"]
        health = client.get("/health")
        assert health.status_code == 503
        for text in (response.text, health.text):
            assert wrong_password not in text and real_password not in text
    # A wrong API key: 401, neither key echoed.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(get_settings(), "api_key", "configured-key-51d2")
        with TestClient(create_app(target)) as client:
            for headers in ({"X-API-Key": "guessed-key-0000"}, {}):
                denied = client.get("/api/v1/documents", headers=headers)
                assert denied.status_code == 401
                assert "configured-key-51d2" not in denied.text and "guessed-key-0000" not in denied.text
    # The CLI with a wrong password: one error line, no password.
    env = {**neo4j_env(neo4j_connection), "NEO4J_PASSWORD": wrong_password}
    result = CliRunner().invoke(main, ["load", "--document-id", "never", str(__file__)], env=env)
    assert result.exit_code != 0
    assert "refused the credentials" in result.stderr
    assert wrong_password not in result.output + result.stderr
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert wrong_password not in logged and real_password not in logged
    assert "configured-key-51d2" not in logged and "guessed-key-0000" not in logged
    wait_until_credentials_work(target)


def wait_until_credentials_work(target: Target, timeout: float = 30) -> None:
    """Failed logins may lock the user for a few seconds (auth rate limit); later tests need it back."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with GraphDatabase.driver(target.uri, auth=target.auth) as drv:
                drv.verify_connectivity()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def test_every_seed_is_still_there(driver: Driver) -> None:
    stored = {r["id"] for r in driver.execute_query("MATCH (d:Document) RETURN d.id AS id").records}
    assert set(SEED_IDS) <= stored


def test_cypher_comes_from_files_and_relationship_types_from_the_allow_list() -> None:
    """No statement is built from strings at run time: only {rel_type}, filled from the allow-list."""
    root = Path(__file__).resolve().parents[2]
    for path in (root / "cypher").glob("*.cypher"):
        text = path.read_text(encoding="utf-8")
        placeholders = set(re.findall(r"(?<![$\w]){(\w+)}", text))
        assert placeholders <= {"rel_type"}, (path.name, placeholders)
    for folder in ("api", "graph", "respgraph", "loaders"):
        for path in (root / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert not re.search(r"(\.run|execute_query)\(\s*f[\"']", source), path
    assert cypher.render("cleanup_nodes", "SUPERVISES")
    for hostile in ("SUPERVISES]->() DETACH DELETE n //", "`X`", "supervises", ""):
        with pytest.raises(ValueError):
            cypher.render("cleanup_nodes", hostile)
