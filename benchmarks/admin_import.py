"""Stage 5: ``neo4j-admin database import full`` of the same graph, exported as CSV.

    python -m benchmarks.admin_import --work DIR

The benchmark server's whole graph is streamed to CSV (one file per label, one per relationship
type and end labels; not timed in the import figure), then imported into a throwaway NEO4J_HOME
(wall time of the admin command, both JVMs included). That home's server is started on its own
ports with authentication off (loopback only) to check the imported counts against the source.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import IO, Any

from neo4j import Driver, GraphDatabase

from benchmarks.common import IMPORT_BOLT_PORT, IMPORT_HTTP_PORT, emit, progress
from benchmarks.load import connect, counts
from graph.localserver import ADMIN_COMMAND, LocalServer, render_conf
from graph.settings import Settings

ARRAY_DELIMITER = "¦"  # not in the corpus; ';' is (in lists of aliases)
_TYPES = {"STRING": "string", "INTEGER": "long", "FLOAT": "double", "BOOLEAN": "boolean", "ZONED DATETIME": "datetime"}


def import_type(value_types: list[str]) -> str:
    """The import header type for the value types Cypher's valueType() reported for a property."""
    kinds = set()
    for value_type in value_types:
        bare = value_type.replace(" NOT NULL", "")
        if bare == "LIST<NOTHING>":
            continue  # an empty list says nothing about the element type
        if bare.startswith("LIST<"):
            kinds.add(_TYPES.get(bare[5:-1], "string") + "[]")
        else:
            kinds.add(_TYPES.get(bare, "string"))
    return kinds.pop() if len(kinds) == 1 else "string"


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ARRAY_DELIMITER.join(cell(x) for x in value)
    if hasattr(value, "iso_format"):
        return str(value.iso_format())
    return str(value)


def header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def export(driver: Driver, folder: Path) -> tuple[list[str], int, int]:
    """Write the CSV files; return the import arguments and the rows written (nodes, relationships)."""
    folder.mkdir(parents=True, exist_ok=True)
    arguments: list[str] = []
    nodes = rels = 0
    with driver.session(database="neo4j") as session:
        labels = [r["label"] for r in session.run("CALL db.labels() YIELD label RETURN label ORDER BY label")]
        for label in labels:
            columns = _columns(session, f"MATCH (n:`{label}`) UNWIND keys(n) AS k", "n", skip={"id"})
            path = folder / f"nodes_{label}.csv"
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([f"id:ID({label})", *[header(c, k) for c, k in columns], ":LABEL"])
                for record in session.run(f"MATCH (n:`{label}`) RETURN n.id AS id, properties(n) AS p"):
                    writer.writerow([record["id"], *[cell(record["p"].get(c)) for c, _ in columns], label])
                    nodes += 1
            arguments.append(f"--nodes={label}={path}")
        types = [
            r["t"] for r in session.run("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t")
        ]
        for rel_type in types:
            columns = _columns(session, f"MATCH ()-[r:`{rel_type}`]->() UNWIND keys(r) AS k", "r", skip=set())
            handles: dict[tuple[str, str], tuple[IO[str], Any]] = {}
            out: IO[str]
            query = (
                f"MATCH (a)-[r:`{rel_type}`]->(b) "
                "RETURN labels(a)[0] AS la, a.id AS a, labels(b)[0] AS lb, b.id AS b, properties(r) AS p"
            )
            for record in session.run(query):
                key = (record["la"], record["lb"])
                if key not in handles:
                    path = folder / f"rels_{rel_type}_{key[0]}_{key[1]}.csv"
                    out = path.open("w", encoding="utf-8", newline="")
                    writer = csv.writer(out)
                    writer.writerow(
                        [f":START_ID({key[0]})", f":END_ID({key[1]})", ":TYPE", *[header(c, k) for c, k in columns]]
                    )
                    handles[key] = (out, writer)
                    arguments.append(f"--relationships={rel_type}={path}")
                writer = handles[key][1]
                writer.writerow([record["a"], record["b"], rel_type, *[cell(record["p"].get(c)) for c, _ in columns]])
                rels += 1
            for opened, _ in handles.values():
                opened.close()
    return arguments, nodes, rels


def _columns(session: Any, match: str, var: str, skip: set[str]) -> list[tuple[str, str]]:
    query = f"{match} RETURN k, collect(DISTINCT valueType({var}[k])) AS types ORDER BY k"
    return [(r["k"], import_type(r["types"])) for r in session.run(query) if r["k"] not in skip]


def run_import(home: Path, lib: Path, arguments: list[str]) -> tuple[float, str]:
    """neo4j-admin database import full into ``home``; (wall seconds, its output's last lines)."""
    for sub in ("conf", "data", "logs", "run", "plugins", "import"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    conf = render_conf(
        listen_address="127.0.0.1",
        bolt_port=IMPORT_BOLT_PORT,
        http_port=IMPORT_HTTP_PORT,
        heap="1g",
        pagecache="512m",
        auth_enabled=False,
    )
    (home / "conf" / "neo4j.conf").write_text(conf, encoding="latin-1")
    env = {k: v for k, v in os.environ.items() if k not in ("JAVA_OPTS", "HEAP_SIZE")}
    env |= {"NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf"), "HEAP_SIZE": "1g"}
    # The database name goes first: --nodes/--relationships take any number of values after them.
    command = ["java", "-Xmx128m", "-cp", f"{lib}/*", ADMIN_COMMAND, "database", "import", "full", "neo4j"]
    command += ["--overwrite-destination", "--multiline-fields=true", f"--array-delimiter={ARRAY_DELIMITER}"]
    command += arguments
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=1800)
    wall = time.perf_counter() - started
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise RuntimeError(f"neo4j-admin import failed (exit {result.returncode}):\n{output[-3000:]}")
    return wall, "\n".join(output.strip().splitlines()[-6:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args()
    csv_dir, home = args.work / "csv", args.work / "import-home"
    shutil.rmtree(home, ignore_errors=True)
    with connect() as driver:
        source_nodes, source_rels = counts(driver)
        started = time.perf_counter()
        arguments, nodes, rels = export(driver, csv_dir)
        export_s = time.perf_counter() - started
    progress(f"exported {nodes} nodes, {rels} relationships in {export_s:.0f}s; importing")
    server = LocalServer(
        home, Settings().cache_dir, bolt_port=IMPORT_BOLT_PORT, http_port=IMPORT_HTTP_PORT, auth_enabled=False
    )
    load_before = os.getloadavg()
    wall, tail = run_import(home, server.ensure_jars(), arguments)
    load_after = os.getloadavg()
    progress(f"import took {wall:.1f}s; checking counts on a server of its own")
    server.start()
    try:
        with GraphDatabase.driver(server.bolt_uri, auth=None) as imported:
            imported_nodes, imported_rels = counts(imported)
    finally:
        server.stop()
    shutil.rmtree(home, ignore_errors=True)
    emit(
        {
            "source": [source_nodes, source_rels],
            "exported": [nodes, rels],
            "imported": [imported_nodes, imported_rels],
            "same_counts": [imported_nodes, imported_rels] == [source_nodes, source_rels],
            "csv_mb": round(sum(p.stat().st_size for p in csv_dir.iterdir()) / 2**20, 1),
            "export_s": round(export_s, 1),
            "import_wall_s": round(wall, 2),
            "entities_per_s": round((nodes + rels) / wall),
            "nodes_per_s": round(nodes / wall),
            "rels_per_s": round(rels / wall),
            "load_before": load_before,
            "load_after": load_after,
            "tool_output_tail": tail,
        }
    )


if __name__ == "__main__":
    main()
