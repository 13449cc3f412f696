"""Every saved Neo4j Browser query (browser/queries/*.cypher) runs on the loaded seeds and returns rows.

A query file is what the Browser runs as a favourite: comment lines, ``:param name => value;``
lines (evaluated here by the server, as the Browser does), then one Cypher statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase

from tests.integration.seeded import load_seeds

pytestmark = pytest.mark.integration

BROWSER = Path(__file__).resolve().parents[2] / "browser"
QUERIES = sorted((BROWSER / "queries").glob("*.cypher"))
PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")


def split_favourite(text: str) -> tuple[dict[str, str], str]:
    """The ``:param`` expressions by name, and the Cypher statement without comments."""
    params: dict[str, str] = {}
    body = []
    for line in text.splitlines():
        match = PARAM.match(line.strip())
        if match:
            params[match[1]] = match[2]
        elif not line.lstrip().startswith("//"):
            body.append(line)
    return params, "\n".join(body).strip().rstrip(";")


@pytest.fixture(scope="module")
def driver(neo4j_connection: Any) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as drv:
        load_seeds(drv, neo4j_connection.database)
        yield drv


def test_there_are_the_four_queries_and_a_style() -> None:
    names = {q.stem for q in QUERIES}
    assert {"accountability_chain", "organ_neighbourhood", "jiangxi_additions", "supervision_tree"} <= names
    grass = (BROWSER / "respgraph.grass").read_text(encoding="utf-8")
    for label, caption in [("Organ", "{name}"), ("Article", "{label}"), ("Duty", "{text}")]:
        assert re.search(rf"node\.{label} \{{[^}}]*caption: '{re.escape(caption)}';", grass), label


@pytest.mark.parametrize("path", QUERIES, ids=[q.stem for q in QUERIES])
def test_saved_query_returns_rows(driver: Driver, neo4j_connection: Any, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("// "), "the first comment line names the favourite"
    expressions, statement = split_favourite(text)
    assert expressions, "parameters are declared with :param lines"
    used = set(re.findall(r"\$(\w+)", statement))
    assert used <= set(expressions), f"undeclared parameters: {used - set(expressions)}"
    for name in expressions:
        assert re.search(rf"^//\s+{name}\s", text, re.M), f"parameter {name} is not documented"
    database = neo4j_connection.database
    params = {
        name: driver.execute_query(f"RETURN {expr} AS value", database_=database).records[0]["value"]
        for name, expr in expressions.items()
    }
    records, _, _ = driver.execute_query(statement, params, database_=database)
    assert records, f"{path.name} returned no rows with {params}"
