"""Stage 2: write throughput of the real writer, and of a naive one-row-per-transaction loader.

    python -m benchmarks.load writer --cache FILE [--skip N] [--count N]
    python -m benchmarks.load naive  --cache FILE --every K

Graphs stream from the cache one at a time (validated DocumentGraphs, pickled by the parse stage),
so the process never holds more than one document: its peak RSS is the loader's. Only the write
calls are timed (validated graph in memory -> committed). Nodes and relationships are counted by
the database before and after, so the figures are what was committed.

``naive`` writes every K-th document of the cache one row per transaction (the same statements
and rows as graph/writer.py, UNWIND over a single row, each in its own managed transaction), then
the real writer on the same documents, deleting them after each pass so both write them fresh.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction

import cypher
from benchmarks.common import BOLT_PORT, emit, peak_rss_mb, progress, rss_mb
from graph import writer
from graph.model import DocumentGraph


def graphs(cache: Path, skip: int = 0, count: int | None = None, every: int = 1) -> Iterator[DocumentGraph]:
    """Graphs of the cache in order, one at a time: ``count`` of them after ``skip``, every ``every``-th."""
    taken = 0
    with cache.open("rb") as handle:
        index = 0
        while count is None or taken < count:
            try:
                graph = pickle.load(handle)
            except EOFError:
                return
            if index >= skip and (index - skip) % every == 0:
                taken += 1
                yield graph
            index += 1


def counts(driver: Driver) -> tuple[int, int]:
    """(nodes, relationships) in the database, from the count store."""
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_="neo4j")
    rels, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_="neo4j")
    return int(nodes[0]["c"]), int(rels[0]["c"])


def connect() -> Driver:
    password = json.loads(Path(os.environ["RESPGRAPH_BENCH_AUTH"]).read_text())["password"]
    uri = os.environ.get("RESPGRAPH_BENCH_URI", f"bolt://127.0.0.1:{BOLT_PORT}")
    return GraphDatabase.driver(uri, auth=("neo4j", password), notifications_min_severity="OFF")


def run_writer(driver: Driver, cache: Path, skip: int, count: int | None, trace_every: int) -> dict[str, Any]:
    nodes0, rels0 = counts(driver)
    write_s = 0.0
    docs = 0
    trace: list[tuple[int, float]] = []
    started = time.perf_counter()
    for graph in graphs(cache, skip, count):
        t0 = time.perf_counter()
        writer.write_document(driver, graph, database="neo4j", refresh=False)
        write_s += time.perf_counter() - t0
        docs += 1
        if docs % trace_every == 0:
            trace.append((docs, round(rss_mb(os.getpid()), 1)))
            progress(f"writer: {docs} documents, {write_s:.1f}s writing")
    # As `respgraph load` does: one wait at the end until the full-text indexes hold everything.
    t0 = time.perf_counter()
    writer.refresh_search(driver, "neo4j")
    write_s += time.perf_counter() - t0
    elapsed = time.perf_counter() - started
    nodes1, rels1 = counts(driver)
    nodes, rels = nodes1 - nodes0, rels1 - rels0
    return {
        "docs": docs,
        "write_s": round(write_s, 2),
        "elapsed_s": round(elapsed, 2),
        "nodes": nodes,
        "rels": rels,
        "nodes_per_s": round(nodes / write_s),
        "rels_per_s": round(rels / write_s),
        "entities_per_s": round((nodes + rels) / write_s),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_trace_mb": trace,
        "load": os.getloadavg(),
    }


def naive_write(driver: Driver, graph: DocumentGraph) -> int:
    """One document, one row per transaction (write_graph.cypher with a single row in a single
    part; the first transaction writes the Document node alone); returns the transactions run."""
    full = writer.graph_params(graph, "naive")
    empty: dict[str, list[dict[str, Any]]] = {part: [] for part in full["rows"]}
    steps = [{**full, "rows": empty}]
    steps += [{**full, "rows": {**empty, part: [row]}} for part, rows in full["rows"].items() for row in rows]
    statement = cypher.load("write_graph")

    def write(tx: ManagedTransaction, values: dict[str, Any]) -> None:
        tx.run(statement, values).consume()

    with driver.session(database="neo4j") as session:
        for values in steps:
            session.execute_write(write, values)
    return len(steps)


def run_naive(driver: Driver, cache: Path, every: int) -> dict[str, Any]:
    sample = list(graphs(cache, every=every))
    nodes0, rels0 = counts(driver)
    transactions = 0
    t0 = time.perf_counter()
    for graph in sample:
        transactions += naive_write(driver, graph)
    writer.refresh_search(driver, "neo4j")
    naive_s = time.perf_counter() - t0
    nodes1, rels1 = counts(driver)
    _delete(driver, sample)
    t0 = time.perf_counter()
    for graph in sample:
        writer.write_document(driver, graph, database="neo4j", refresh=False)
    writer.refresh_search(driver, "neo4j")
    writer_s = time.perf_counter() - t0
    nodes2, rels2 = counts(driver)
    _delete(driver, sample)
    nodes, rels = nodes1 - nodes0, rels1 - rels0
    return {
        "docs": len(sample),
        "every": every,
        "transactions": transactions,
        "nodes": nodes,
        "rels": rels,
        "writer_same_counts": [nodes2 - nodes0, rels2 - rels0] == [nodes, rels],
        "naive_s": round(naive_s, 2),
        "writer_s": round(writer_s, 2),
        "naive_entities_per_s": round((nodes + rels) / naive_s),
        "writer_entities_per_s": round((nodes + rels) / writer_s),
        "naive_transactions_per_s": round(transactions / naive_s),
        "load": os.getloadavg(),
    }


def _delete(driver: Driver, sample: list[DocumentGraph]) -> None:
    for graph in sample:
        writer.delete_document(driver, graph.document.id, database="neo4j")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["writer", "naive"])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--trace-every", type=int, default=250)
    args = parser.parse_args()
    with connect() as driver:
        if args.mode == "writer":
            emit(run_writer(driver, args.cache, args.skip, args.count, args.trace_every))
        else:
            emit(run_naive(driver, args.cache, args.every))


if __name__ == "__main__":
    main()
