"""schemathesis against the OpenAPI schema of the running API: no 500 on any endpoint.

The API runs under uvicorn in a thread on a free loopback port, over the test Neo4j with both
seeds loaded and an API key configured (so the upload endpoint is live and every request carries
the key). schemathesis generates requests for every operation of the app's OpenAPI schema (the
one the server serves: a test checks they are equal) and sends them to that server.
``SCHEMATHESIS_EXAMPLES`` (default 40) bounds the examples per operation and phase. Documents
uploaded along the way are removed afterwards.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, settings
from neo4j import GraphDatabase

from api.app import create_app
from api.db import Target
from graph.settings import get_settings
from graph.writer import delete_document
from tests.integration.seeded import load_seeds

pytestmark = pytest.mark.integration

API_KEY = "schemathesis-key"
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "40"))
REQUESTS: Counter[str] = Counter()
STATUSES: Counter[int] = Counter()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def api_url(neo4j_connection: Any) -> Iterator[str]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as driver:
        load_seeds(driver, neo4j_connection.database)
        before = {r["id"] for r in driver.execute_query("MATCH (d:Document) RETURN d.id AS id").records}
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(get_settings(), "api_key", API_KEY)
            app = create_app(Target(neo4j_connection.uri, neo4j_connection.auth, neo4j_connection.database))
            port = _free_port()
            server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            deadline = time.monotonic() + 30
            while not server.started:
                assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
                time.sleep(0.05)
            try:
                yield f"http://127.0.0.1:{port}"
            finally:
                server.should_exit = True
                thread.join(timeout=30)
                records = driver.execute_query("MATCH (d:Document) RETURN d.id AS id").records
                for document in {r["id"] for r in records} - before:
                    delete_document(driver, document)
                print(f"\nschemathesis: {sum(REQUESTS.values())} requests, statuses {dict(sorted(STATUSES.items()))}")
                for label, count in sorted(REQUESTS.items()):
                    print(f"  {count:5d}  {label}")


def _openapi() -> dict[str, Any]:
    """The app's schema, built without a database (the running server serves the same; checked below)."""
    return create_app(Target("bolt://127.0.0.1:9", None, None)).openapi()


# Loaded at import: schemathesis's lazy fixture loader does not run under pytest 9.
schema = schemathesis.openapi.from_dict(_openapi())


def test_the_running_server_serves_this_schema(api_url: str) -> None:
    served = httpx.get(f"{api_url}/openapi.json", timeout=30).json()
    assert served == _openapi()
    assert len([op for ops in served["paths"].values() for op in ops]) >= 13


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_server_error(case: Any, api_url: str) -> None:
    case.headers = {**(case.headers or {}), "X-API-Key": API_KEY}
    response = case.call(base_url=api_url, timeout=60)
    REQUESTS[case.operation.label] += 1
    STATUSES[response.status_code] += 1
    assert response.status_code < 500, f"{case.operation.label} → {response.status_code}: {response.text[:300]}"
