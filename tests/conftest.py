"""Shared fixtures. Integration tests get a Neo4j from ``RESPGRAPH_TEST_NEO4J_URI`` or a throwaway server.

The throwaway server lives in a temporary home on ports 17687/17474 (``RESPGRAPH_TEST_NEO4J_BOLT_PORT``
/ ``RESPGRAPH_TEST_NEO4J_HTTP_PORT``), shares the jar cache of ``RESPGRAPH_CACHE_DIR``, has
authentication on, and is stopped and deleted at the end of the session. A server given by URI is
never stopped or wiped.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph.localserver import Connection, LocalServer
from graph.settings import Settings

if TYPE_CHECKING:
    from neo4j import Driver

INTEGRATION_DIR = Path(__file__).parent / "integration"


@pytest.hookimpl(tryfirst=True)  # before -m deselects, so `-m "not integration"` sees the mark
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if INTEGRATION_DIR in item.path.parents:
            item.add_marker(pytest.mark.integration)


def throwaway_server(home: Path, bolt_port: int, http_port: int) -> LocalServer:
    """A small test server in ``home`` that shares the user's jar cache (auth on)."""
    return LocalServer(
        home,
        Settings().cache_dir,
        bolt_port=bolt_port,
        http_port=http_port,
        heap="512m",
        pagecache="128m",
    )


def _external_connection() -> Connection | None:
    uri = os.environ.get("RESPGRAPH_TEST_NEO4J_URI")
    if not uri:
        return None
    password = os.environ.get("RESPGRAPH_TEST_NEO4J_PASSWORD")
    user = os.environ.get("RESPGRAPH_TEST_NEO4J_USER", "neo4j")
    database = os.environ.get("RESPGRAPH_TEST_NEO4J_DATABASE", "neo4j")
    return Connection(uri=uri, auth=(user, password) if password else None, database=database, local=False)


@pytest.fixture(scope="session")
def neo4j_connection() -> Iterator[Connection]:
    external = _external_connection()
    if external is not None:
        yield external
        return
    home = Path(tempfile.mkdtemp(prefix="respgraph-test-neo4j-"))
    server = throwaway_server(
        home,
        int(os.environ.get("RESPGRAPH_TEST_NEO4J_BOLT_PORT", "17687")),
        int(os.environ.get("RESPGRAPH_TEST_NEO4J_HTTP_PORT", "17474")),
    )
    try:
        server.start()
        yield Connection(uri=server.bolt_uri, auth=server.auth, database="neo4j", local=True)
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def neo4j_driver(neo4j_connection: Connection) -> Iterator[Driver]:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as driver:
        yield driver
