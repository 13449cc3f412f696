"""Both seed documents loaded into the test Neo4j, for the Browser, export and web-page tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from neo4j import Driver

from graph.writer import apply_schema, write_document
from loaders.pipeline import parse_file

SEEDS = Path(__file__).resolve().parents[2] / "respgraph" / "seeds"
SEED_IDS = ("cn-2016-tpgj", "jx-tpgj")


def load_seeds(driver: Driver, database: str | None) -> list[str]:
    """Write both seeds (replacing a copy from elsewhere); other documents are left alone."""
    apply_schema(driver, database)
    ids = []
    for path in sorted(SEEDS.glob("*.txt")):
        graph, _ = parse_file(path)
        write_document(driver, graph, replace=True, database=database)
        ids.append(graph.document.id)
    return ids


def neo4j_env(connection: Any) -> dict[str, str]:
    """NEO4J_* variables that point respgraph commands at the test server."""
    env = {"NEO4J_URI": connection.uri, "NEO4J_DATABASE": connection.database or "neo4j"}
    if connection.auth:
        env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"] = connection.auth
    return env
