"""A real Neo4j of this module's own (temp home, ports 17688/17475), driven through the CLI."""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

import graph.localserver as ls
from graph.localserver import LocalServer
from graph.settings import Settings
from respgraph.cli_neo4j import neo4j

pytestmark = pytest.mark.integration

BOLT_PORT = int(os.environ.get("RESPGRAPH_TEST_OWN_BOLT_PORT", "17688"))
HTTP_PORT = int(os.environ.get("RESPGRAPH_TEST_OWN_HTTP_PORT", "17475"))
LABEL = "RespgraphLocalServerTest"


@dataclass(frozen=True)
class Own:
    server: LocalServer
    env: dict[str, str]


@pytest.fixture(scope="module")
def own() -> Iterator[Own]:
    home = Path(tempfile.mkdtemp(prefix="respgraph-test-own-neo4j-"))
    # Small, like the session's throwaway server; the jar cache is shared.
    server = LocalServer(
        home, Settings().cache_dir, bolt_port=BOLT_PORT, http_port=HTTP_PORT, heap="512m", pagecache="128m"
    )
    env = {
        "RESPGRAPH_HOME": str(home),
        "RESPGRAPH_CACHE_DIR": str(Settings().cache_dir),
        "RESPGRAPH_BOLT_PORT": str(BOLT_PORT),
        "RESPGRAPH_HTTP_PORT": str(HTTP_PORT),
        "RESPGRAPH_HEAP": server.heap,
        "RESPGRAPH_PAGECACHE": server.pagecache,
    }
    try:
        yield Own(server, env)
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def cli(own: Own, *args: str) -> Result:
    return CliRunner().invoke(neo4j, list(args), env=own.env)


def started(own: Own) -> None:
    result = cli(own, "start", "--timeout", "300")
    assert result.exit_code == 0, result.output


def test_start_then_status_answers(own: Own) -> None:
    started(own)
    result = cli(own, "status")
    assert result.exit_code == 0, result.output
    assert own.server.bolt_uri in result.output
    begin = time.monotonic()
    again = cli(own, "start")
    assert again.exit_code == 0 and "already running" in again.output
    assert time.monotonic() - begin < 10


def test_browser_and_discovery_use_our_ports(own: Own) -> None:
    started(own)
    with urllib.request.urlopen(own.server.browser_url, timeout=10) as response:
        assert response.status == 200
    with urllib.request.urlopen(own.server.http_url + "/", timeout=10) as response:
        discovery = json.load(response)
    assert discovery["bolt_direct"] == own.server.bolt_uri


def test_authentication_is_on(own: Own) -> None:
    started(own)
    assert own.server.auth is not None
    with (
        GraphDatabase.driver(own.server.bolt_uri, auth=("neo4j", "wrong-password")) as driver,
        pytest.raises(AuthError),
    ):
        driver.verify_connectivity()


def test_data_survives_stop_and_start(own: Own) -> None:
    started(own)
    token = uuid.uuid4().hex
    run(own, f"CREATE (:{LABEL} {{token: $token}})", token=token)
    try:
        stopped = cli(own, "stop")
        assert stopped.exit_code == 0 and "stopped" in stopped.output
        assert cli(own, "status").exit_code == 3
        started(own)
        assert run(own, f"MATCH (n:{LABEL} {{token: $token}}) RETURN count(n) AS c", token=token) == [1]
    finally:
        run(own, f"MATCH (n:{LABEL}) DELETE n")


def test_kill_9_leaves_a_stale_pid_and_status_says_not_running(own: Own) -> None:
    started(own)
    pids = {own.server._read_pid(), ls._read_int(own.server.home / "run" / "neo4j.pid")} - {None}
    assert pids
    for pid in pids:
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while any(ls._pid_alive(pid) for pid in pids if pid is not None):
        assert time.monotonic() < deadline, "the JVM survived SIGKILL"
        time.sleep(0.2)
    assert own.server.pid_file.exists()
    result = cli(own, "status")
    assert result.exit_code == 3, result.output
    assert "stale" in result.output
    started(own)  # recovers the store and replaces the stale pid file
    assert cli(own, "status").exit_code == 0
    assert cli(own, "stop").exit_code == 0


def run(own: Own, query: str, **params: object) -> list[object]:
    with GraphDatabase.driver(own.server.bolt_uri, auth=own.server.auth) as driver:
        records, _, _ = driver.execute_query(query, params, database_="neo4j")
    return [record[0] for record in records]
