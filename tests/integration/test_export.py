"""``respgraph export`` against the loaded seeds: every format, counts equal to the database's.

The database counts are taken with queries of their own (a node belongs to a document by its
``document`` property, a Document node by its id), not with the export's queries.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner, Result
from neo4j import Driver, GraphDatabase

from graph.localserver import ADMIN_COMMAND, LocalServer, render_conf
from graph.settings import Settings
from respgraph.cli import main
from tests.integration.seeded import SEED_IDS, load_seeds, neo4j_env

pytestmark = pytest.mark.integration

COUNT_NODES = "MATCH (n) WHERE coalesce(n.document, n.id) IN $docs RETURN count(n) AS n"
COUNT_RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) WHERE coalesce(a.document, a.id) IN $docs AND coalesce(b.document, b.id) IN $docs "
    "RETURN count(r) AS n"
)


@pytest.fixture(scope="module")
def driver(neo4j_connection: Any) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_connection.uri, auth=neo4j_connection.auth) as drv:
        load_seeds(drv, neo4j_connection.database)
        yield drv


@pytest.fixture(scope="module")
def env(driver: Driver, neo4j_connection: Any) -> dict[str, str]:
    return neo4j_env(neo4j_connection)


def db_counts(driver: Driver, docs: list[str]) -> tuple[int, int]:
    nodes = driver.execute_query(COUNT_NODES, docs=docs).records[0]["n"]
    rels = driver.execute_query(COUNT_RELATIONSHIPS, docs=docs).records[0]["n"]
    return nodes, rels


def export(env: dict[str, str], *args: str) -> Result:
    result = CliRunner().invoke(main, ["export", *args], env=env)
    assert result.exit_code == 0, result.stderr or result.output
    return result


def documents_args(docs: list[str]) -> list[str]:
    return [arg for doc in docs for arg in ("--document", doc)]


@pytest.mark.parametrize("docs", [[SEED_IDS[0]], [SEED_IDS[1]], list(SEED_IDS)], ids=["cn", "jx", "both"])
def test_graphml_reimports_with_the_database_counts(driver: Driver, env: dict[str, str], docs: list[str]) -> None:
    result = export(env, *documents_args(docs), "--format", "graphml")
    graph = nx.read_graphml(io.BytesIO(result.stdout.encode("utf-8")))
    nodes, rels = db_counts(driver, docs)
    assert nodes > 100 and rels > 200
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, rels)
    assert "exported" in result.stderr and "exported" not in result.stdout
    organ = graph.nodes[f"{docs[0]}/县级政府"]
    assert organ["type"] == "Organ" and organ["caption"] == "县级政府"


def test_files_gexf_json_and_jsonld(driver: Driver, env: dict[str, str], tmp_path: Path) -> None:
    docs = list(SEED_IDS)
    nodes, rels = db_counts(driver, docs)
    for fmt in ("gexf", "json", "jsonld"):
        export(env, "--format", fmt, "--output", str(tmp_path / f"both.{fmt}"))
    gexf = nx.read_gexf(tmp_path / "both.gexf")
    assert (gexf.number_of_nodes(), gexf.number_of_edges()) == (nodes, rels)
    linked = nx.node_link_graph(json.loads((tmp_path / "both.json").read_text(encoding="utf-8")), edges="edges")
    assert (linked.number_of_nodes(), linked.number_of_edges()) == (nodes, rels)
    ld = json.loads((tmp_path / "both.jsonld").read_text(encoding="utf-8"))
    assert ld["@context"]["org"] == "http://www.w3.org/ns/org#"
    assert ld["@context"]["eli"] == "http://data.europa.eu/eli/ontology#"
    assert len(ld["@graph"]) == nodes + rels
    types = {item["@type"] for item in ld["@graph"]}
    assert {"org:Organization", "eli:LegalResource", "eli:LegalResourceSubdivision", "rg:SUPERVISES"} <= types


def test_csv_has_import_headers(driver: Driver, env: dict[str, str], tmp_path: Path) -> None:
    export(env, "--format", "csv", "--output", str(tmp_path / "csv"))
    files = {p.name: p.read_text(encoding="utf-8").splitlines()[0] for p in (tmp_path / "csv").glob("*.csv")}
    assert files["nodes_Organ.csv"].startswith("id:ID,") and files["nodes_Organ.csv"].endswith(",:LABEL")
    assert "aliases:string[]" in files["nodes_Organ.csv"]
    assert files["relationships_SUPERVISES.csv"].startswith(":START_ID,:END_ID,:TYPE")


def test_csv_imports_with_neo4j_admin(driver: Driver, env: dict[str, str], tmp_path: Path) -> None:
    """The CSV folder loads into an empty database with ``neo4j-admin database import full``."""
    server = LocalServer(tmp_path / "home", Settings().cache_dir)
    lib = server.lib_dir()
    if not any(lib.glob("neo4j-import-tool-*.jar")):
        pytest.skip(f"no neo4j-import-tool jar in {lib} (the jars come with the local test server)")
    export(env, "--format", "csv", "--output", str(tmp_path / "csv"))
    conf = tmp_path / "home" / "conf"
    conf.mkdir(parents=True)
    (conf / "neo4j.conf").write_text(
        render_conf(
            listen_address="127.0.0.1", bolt_port=1, http_port=2, heap="256m", pagecache="64m", auth_enabled=True
        ),
        encoding="latin-1",
    )
    files = sorted((tmp_path / "csv").glob("*.csv"))
    report = tmp_path / "import.report"  # the tool writes one into its working folder otherwise
    args = ["database", "import", "full", "neo4j", "--multiline-fields=true", f"--report-file={report}"]
    args += [f"--nodes={p}" for p in files if p.name.startswith("nodes_")]
    args += [f"--relationships={p}" for p in files if p.name.startswith("relationships_")]
    run_env = {k: v for k, v in os.environ.items() if k not in ("JAVA_OPTS", "HEAP_SIZE")}
    run_env |= {"NEO4J_HOME": str(tmp_path / "home"), "NEO4J_CONF": str(conf)}
    done = subprocess.run(
        [server.java, "-Xmx384m", "-cp", f"{lib}/*", ADMIN_COMMAND, *args],
        env=run_env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    imported = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships", done.stdout)
    assert imported, done.stdout[-2000:]
    assert (int(imported[1]), int(imported[2])) == db_counts(driver, list(SEED_IDS))


def test_unknown_document_is_one_line_on_stderr(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["export", "--document", "no-such-doc", "--format", "json"], env=env)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no-such-doc" in result.stderr


def test_analyze_prints_the_four_tables(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["analyze", "--document", SEED_IDS[0]], env=env)
    assert result.exit_code == 0, result.stderr
    for title in ("ending the most accountability chains", "no supervising organ", "Supervision cycles", "report to"):
        assert title in result.stdout
    assert "党中央、国务院" in result.stdout
