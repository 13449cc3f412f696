"""Shared by the integration tests: both seeds loaded into the test Neo4j, a document's stored
facts as a comparable snapshot, and the environment that points respgraph commands at the server."""

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


VOLATILE = {"loaded_at", "load_tag"}  # load stamps: change at every load by design


def snapshot(driver: Driver, document: str) -> dict[str, Any]:
    """Every node and relationship of a document with its properties (load stamps left out)."""
    nodes = driver.execute_query(
        "MATCH (n) WHERE n.document = $d OR n.id = $d "
        "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id",
        d=document,
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE r.document = $d OR (type(r) = 'IN_DOCUMENT' AND b.id = $d) "
        "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b, props.id",
        d=document,
    ).records

    def clean(props: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in props.items() if k not in VOLATILE}

    return {
        "nodes": [(r["id"], sorted(r["labels"]), clean(r["props"])) for r in nodes],
        "rels": [(r["a"], r["t"], r["b"], clean(r["props"])) for r in rels],
    }


def neo4j_env(connection: Any) -> dict[str, str]:
    """NEO4J_* variables that point respgraph commands at the test server."""
    env = {"NEO4J_URI": connection.uri, "NEO4J_DATABASE": connection.database or "neo4j"}
    if connection.auth:
        env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"] = connection.auth
    return env
