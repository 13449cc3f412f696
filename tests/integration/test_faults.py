"""Faults: a loader killed mid-load, repeated and concurrent loads, transient errors, Neo4j going away.

- SIGKILL: ``respgraph load`` of a large generated document runs in a subprocess against the test
  server and is killed while its write transaction is open (seen in SHOW TRANSACTIONS) and at fixed
  delays; afterwards the document is exactly the old or exactly the new version, never a mixture.
- 20 loads of the same file leave identical counts; two concurrent loads leave no duplicate ids.
- A transient error inside the write transaction is retried by the managed transaction; a read
  is retried by graph/queries.run after a transient error or a lost connection.
- The API answers 503 while its Neo4j is down and 200 again once it is back, without a restart.
  That test starts and stops a server of its own (RESPGRAPH_TEST_OUTAGE_BOLT_PORT/_HTTP_PORT,
  default 57688/57475, in a temporary home); it never stops the session's server.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from neo4j import AsyncGraphDatabase, AsyncSession, Driver, GraphDatabase
from neo4j.exceptions import ServiceUnavailable, TransientError

from api.app import create_app
from api.db import Target
from graph import queries, writer
from graph.errors import DatabaseUnavailableError
from graph.model import DocumentGraph
from graph.writer import apply_schema, delete_document, write_document
from loaders.pipeline import parse_file, parse_text
from respgraph.cli import main
from tests.conftest import throwaway_server
from tests.integration.seeded import SEEDS, neo4j_env, snapshot

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, "-c", "from respgraph.cli import main; main()"]


@pytest.fixture(scope="module")
def driver(neo4j_connection: Any) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as drv:
        apply_schema(drv, neo4j_connection.database)
        yield drv


def load_tags(driver: Driver, document: str) -> set[str]:
    records = driver.execute_query(
        "MATCH (n) WHERE n.document = $d OR n.id = $d RETURN DISTINCT n.load_tag AS tag "
        "UNION MATCH ()-[r]->() WHERE r.document = $d RETURN DISTINCT r.load_tag AS tag",
        d=document,
    ).records
    return {r["tag"] for r in records}


def totals(driver: Driver) -> tuple[int, int]:
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    return nodes, rels


def duplicate_ids(driver: Driver) -> list[Any]:
    nodes = driver.execute_query(
        "MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id"
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) WITH a, type(r) AS t, b, r.id AS id, count(*) AS c WHERE c > 1 "
        "RETURN a.id AS a, t, b.id AS b, id"
    ).records
    return [dict(r) for r in [*nodes, *rels]]


# --- SIGKILL mid-load ----------------------------------------------------------------------------

ARTICLES = 600


def big_document(version: str) -> str:
    """A regulation of ARTICLES articles, each with duties and relations; versions differ in every article."""
    lines = ["某县河道管理责任制规定"]
    for n in range(1, ARTICLES + 1):
        lines.append(
            f"第{n}条 乡镇人民政府负责本乡镇第{n}段河道的巡查和保洁工作（{version}），每年向县人民政府报告工作。"
            f"县水利局对第{n}段河道的治理进行监督检查和技术指导。"
        )
    if version == "new":
        lines.append(f"第{ARTICLES + 1}条 本规定自印发之日起施行。")
    return "\n".join(lines) + "\n"


def write_transaction_open(driver: Driver) -> bool:
    """A loader's transaction is running (any statement but SHOW and the schema's DDL)."""
    records = driver.execute_query(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery <> '' AND NOT currentQuery STARTS WITH 'SHOW' "
        "AND NOT currentQuery CONTAINS 'CONSTRAINT' AND NOT currentQuery CONTAINS 'INDEX' RETURN count(*) AS n"
    ).records
    return bool(records[0]["n"])


def wait_until_no_write_transaction(driver: Driver, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while write_transaction_open(driver):
        assert time.monotonic() < deadline, "the killed loader's transaction is still open"
        time.sleep(0.2)


def test_sigkill_mid_load_leaves_the_old_or_the_new_version(
    driver: Driver, neo4j_connection: Any, tmp_path: Path
) -> None:
    document = "fault-sigkill"
    path = tmp_path / f"{document}.txt"
    delete_document(driver, document)
    versions: dict[str, dict[str, Any]] = {}
    for version in ("new", "old"):  # the old one stays stored
        path.write_text(big_document(version), encoding="utf-8")
        graph, _ = parse_file(path, document)
        write_document(driver, graph)
        versions[version] = snapshot(driver, document)
    assert versions["old"] != versions["new"]
    path.write_text(big_document("new"), encoding="utf-8")
    env = {**os.environ, **neo4j_env(neo4j_connection)}
    outcomes: list[tuple[str, str]] = []
    try:
        # Killed while the write transaction is open (the point of the test), then at fixed delays
        # (while parsing, or around the commit).
        for when in ("in-transaction", 0.5, 3.0, "in-transaction"):
            process = subprocess.Popen(
                [*COMMAND, "load", str(path), "--document-id", document],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            seen_open = False
            try:
                deadline = time.monotonic() + 120
                if when == "in-transaction":
                    while process.poll() is None and time.monotonic() < deadline:
                        if write_transaction_open(driver):
                            seen_open = True
                            break
                        time.sleep(0.05)
                else:
                    assert isinstance(when, float)
                    time.sleep(when)
            finally:
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=30)
            wait_until_no_write_transaction(driver)
            state = snapshot(driver, document)
            stored = next((name for name, snap in versions.items() if snap == state), "a mixture")
            assert stored != "a mixture", f"killed {when}: the document is neither the old nor the new version"
            assert len(load_tags(driver, document)) == 1
            outcomes.append((str(when) + (" (transaction seen)" if seen_open else ""), stored))
            if stored == "new":  # put the old version back for the next round
                path.write_text(big_document("old"), encoding="utf-8")
                write_document(driver, parse_file(path, document)[0])
                path.write_text(big_document("new"), encoding="utf-8")
        print("SIGKILL outcomes:", outcomes)
        assert ("in-transaction (transaction seen)", "old") in outcomes, outcomes
    finally:
        delete_document(driver, document)


# --- repeated and concurrent loads ---------------------------------------------------------------


def document_counts(driver: Driver, document: str) -> tuple[int, int]:
    state = snapshot(driver, document)
    return len(state["nodes"]), len(state["rels"])


def test_twenty_loads_leave_identical_counts(driver: Driver, neo4j_connection: Any) -> None:
    document = "fault-repeat"
    delete_document(driver, document)
    env = neo4j_env(neo4j_connection)
    seen: list[tuple[tuple[int, int], tuple[int, int]]] = []
    try:
        for _ in range(20):
            result = CliRunner().invoke(main, ["load", str(SEEDS / "jx-tpgj.txt"), "--document-id", document], env=env)
            assert result.exit_code == 0, result.stderr
            seen.append((document_counts(driver, document), totals(driver)))
        assert len(set(seen)) == 1, seen
        assert seen[0][0][0] > 100
        assert not duplicate_ids(driver)
    finally:
        delete_document(driver, document)


def load_concurrently(driver: Driver, graph: DocumentGraph, count: int = 2) -> list[BaseException]:
    """``count`` threads write the same graph at the same moment; the errors they met."""
    barrier = threading.Barrier(count)
    failures: list[BaseException] = []

    def load() -> None:
        try:
            barrier.wait()
            write_document(driver, graph)
        except BaseException as error:  # reported by the caller
            failures.append(error)

    threads = [threading.Thread(target=load) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return failures


def test_two_concurrent_loads_leave_no_duplicates(driver: Driver) -> None:
    text = (SEEDS / "cn-2016-tpgj.txt").read_text(encoding="utf-8")
    for round_number in range(3):
        document = f"fault-concurrent-{round_number}"
        delete_document(driver, document)
        graph = parse_text(text, document, source="concurrent.txt")
        try:
            assert not load_concurrently(driver, graph)
            assert not duplicate_ids(driver)
            nodes, rels = document_counts(driver, document)
            expected = 1 + len(graph.chapters) + len(graph.articles) + len(graph.organs) + len(graph.duties)
            assert nodes == expected
            assert len(load_tags(driver, document)) == 1
            assert not load_concurrently(driver, graph)  # again, over the stored version
            assert not duplicate_ids(driver)
            assert document_counts(driver, document) == (nodes, rels)
        finally:
            delete_document(driver, document)


def test_a_transient_error_is_retried(driver: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer's transaction function runs under execute_write: a deadlock-like error is retried."""
    document = "fault-transient"
    graph = parse_text("某县规定\n第一条 县人民政府负责全县工作。\n", document, source="transient.txt")
    real = writer._write
    calls: list[int] = []

    def flaky(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise TransientError._hydrate_neo4j(
                code="Neo.TransientError.Transaction.DeadlockDetected", message="injected by the test"
            )
        return real(*args)

    monkeypatch.setattr(writer, "_write", flaky)
    try:
        write_document(driver, graph)
        assert len(calls) == 2
        assert document_counts(driver, document)[0] == 1 + 1 + len(graph.organs) + len(graph.duties)
    finally:
        delete_document(driver, document)


def test_writes_use_managed_transactions_and_reads_go_through_one_retrying_runner() -> None:
    """Writes retry under execute_write; reads are auto-commit (one round trip), so the only bare
    session.run of the API and the graph is graph/queries.run, which retries them itself."""
    writer_source = (ROOT / "graph" / "writer.py").read_text(encoding="utf-8")
    assert "session.execute_write(_write" in writer_source
    for folder in ("api", "graph"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name in ("localserver.py", "queries.py"):  # a liveness probe; the read runner
                continue
            source = path.read_text(encoding="utf-8")
            assert "session.run(" not in source, path
            assert "begin_transaction(" not in source, path


def test_a_read_is_retried_after_a_transient_error_and_a_lost_connection(
    neo4j_connection: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """graph/queries.run: a transient error and then a dropped connection, and the read still
    answers from the real server; three failures in a row surface as DatabaseUnavailableError."""
    real = AsyncSession.run
    failures = [
        TransientError._hydrate_neo4j(code="Neo.TransientError.General.DatabaseUnavailable", message="injected"),
        ServiceUnavailable("injected"),
    ]
    calls: list[int] = []

    async def flaky(self: AsyncSession, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if failures:
            raise failures.pop(0)
        return await real(self, *args, **kwargs)

    async def read() -> Any:
        drv = AsyncGraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth)
        async with drv, drv.session(database=neo4j_connection.database) as session:
            return await queries.health(session)

    monkeypatch.setattr(AsyncSession, "run", flaky)
    assert asyncio.run(read()) is not None
    assert len(calls) == 3

    failures[:] = [ServiceUnavailable("injected")] * queries.READ_ATTEMPTS
    with pytest.raises(DatabaseUnavailableError):
        asyncio.run(read())


# --- Neo4j down and back ---------------------------------------------------------------------------


@pytest.fixture
def own_server() -> Iterator[Any]:
    """A server of this test's own, in its own home and on its own ports; stopped and removed after."""
    home = Path(tempfile.mkdtemp(prefix="respgraph-outage-"))
    server = throwaway_server(
        home,
        int(os.environ.get("RESPGRAPH_TEST_OUTAGE_BOLT_PORT", "57688")),
        int(os.environ.get("RESPGRAPH_TEST_OUTAGE_HTTP_PORT", "57475")),
    )
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def test_the_api_answers_503_while_neo4j_is_down_and_recovers(own_server: Any) -> None:
    with GraphDatabase.driver(own_server.bolt_uri, auth=own_server.auth) as drv:
        apply_schema(drv)
        write_document(drv, parse_text("某县规定\n第一条 县人民政府负责全县工作。\n", "outage", source="o.txt"))
    app = create_app(Target(own_server.bolt_uri, own_server.auth, "neo4j"))
    with TestClient(app) as client:
        up = client.get("/api/v1/documents")
        assert up.status_code == 200 and [d["id"] for d in up.json()["documents"]] == ["outage"]
        own_server.stop()
        for path in ("/api/v1/documents", "/health", "/api/v1/documents/outage", "/api/v1/search?q=县"):
            started = time.monotonic()
            down = client.get(path)
            assert down.status_code == 503, (path, down.text)
            assert "not reachable" in down.json()["detail"]
            assert time.monotonic() - started < 20, "a dead database must answer quickly"
        own_server.start()
        deadline = time.monotonic() + 60
        while (back := client.get("/api/v1/documents")).status_code != 200:
            assert time.monotonic() < deadline, back.text
            time.sleep(1)
        assert [d["id"] for d in back.json()["documents"]] == ["outage"]
        assert client.get("/health").status_code == 200
