"""Run every stage once, in order, and write BENCHMARKS.md (``bash benchmarks/run.sh``).

Stages run as subprocesses (their peak RSS is their own); figures accumulate in
``<work>/results.json`` after each stage, so a failure late in the run keeps what was measured.
The benchmark Neo4j lives in a temporary home on ports 61687/61474 and is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import BOLT_PORT, HTTP_PORT, ROOT, SEEDS, machine, progress, run_stage
from benchmarks.load import connect, counts
from benchmarks.report import write_report
from graph import writer
from graph.localserver import LocalServer
from graph.settings import Settings
from loaders.pipeline import parse_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--naive-every", type=int, default=250, help="the naive loader takes every N-th document")
    parser.add_argument("--first-part", type=float, default=0.25, help="share of the corpus in the first load")
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk / driver run")
    parser.add_argument("--iterations", type=int, default=300, help="calls per query latency figure")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="respgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": machine()}
    out = work / "results.json"

    def save(key: str, value: Any) -> None:
        results[key] = value
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    cache = work / "graphs.pkl"
    save("parse_1", run_stage("parse", "--jobs", "1", "--cache", str(cache)))
    save("parse_2", run_stage("parse", "--jobs", "2"))

    home = work / "neo4j-home"
    server = LocalServer(
        home, Settings().cache_dir, bolt_port=BOLT_PORT, http_port=HTTP_PORT, heap="2g", pagecache="2g"
    )
    progress(f"starting the benchmark Neo4j in {home}")
    save("server", server.start())
    os.environ["RESPGRAPH_BENCH_AUTH"] = str(server.auth_file)
    try:
        with connect() as driver:
            writer.apply_schema(driver, "neo4j")
            for seed in ("cn-2016-tpgj", "jx-tpgj"):
                graph, _ = parse_file(SEEDS / f"{seed}.txt", seed)
                writer.write_document(driver, graph, database="neo4j")
            save("seed_counts", counts(driver))
        save("queries_seeds", run_stage("queries", "--iterations", str(args.iterations)))
        save("naive", run_stage("load", "naive", "--cache", str(cache), "--every", str(args.naive_every)))
        total = results["parse_1"]["ok"]
        first = round(total * args.first_part)
        save("load_1", run_stage("load", "writer", "--cache", str(cache), "--count", str(first)))
        save("load_2", run_stage("load", "writer", "--cache", str(cache), "--skip", str(first)))
        with connect() as driver:
            save("corpus_counts", counts(driver))
        save("queries_corpus", run_stage("queries", "--iterations", str(args.iterations)))
        save("api", run_stage("api", "--seconds", str(args.seconds)))
        save("admin_import", run_stage("admin_import", "--work", str(work)))
    finally:
        progress("stopping the benchmark Neo4j")
        server.stop()
        shutil.rmtree(home, ignore_errors=True)
        cache.unlink(missing_ok=True)
        shutil.rmtree(work / "csv", ignore_errors=True)
    write_report(results, ROOT / "BENCHMARKS.md")
    progress(f"figures in {out} and {ROOT / 'BENCHMARKS.md'}")


if __name__ == "__main__":
    main()
