"""Render BENCHMARKS.md from the figures of one run (``python -m benchmarks.report results.json``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT


def _load(value: Any) -> str:
    return "/".join(f"{x:.1f}" for x in value) if value else "-"


def _ms(figures: dict[str, Any]) -> str:
    return " / ".join(f"{figures[k]:.1f}" for k in ("p50", "p95", "p99")) if figures.get("n") else "-"


def _check(ok: bool) -> str:
    return "met" if ok else "**missed**"


def machine_section(m: dict[str, Any]) -> list[str]:
    packages = ", ".join(f"{k} {v}" for k, v in m["packages"].items() if v)
    return [
        "## Machine and versions",
        "",
        f"- CPU: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM, Linux {m['kernel']}",
        f"- Python {m['python']}; {packages}",
        f"- Neo4j 5.26.29 Community (Maven Central jars); {m['java']}; {m['wrk']}",
        f"- Commit {m['git']} plus the working tree; load average at the start: {_load(m['load_average'])} "
        "(1/5/15 min). The machine was shared with other engineers' test runs: every figure below carries the "
        "load average measured with it.",
        "",
    ]


def parse_section(p1: dict[str, Any], p2: dict[str, Any]) -> list[str]:
    idle_2 = p2["cpu_s"] / 2
    return [
        "## 1. Parse + extract, whole corpus",
        "",
        f"{p1['files']} files ({p1['ok']} parsed, {p1['refused']} refused as having no provisions, "
        f"{p1['crash']} crashes), {p1['chars']:,} characters.",
        "",
        "| run | wall s | docs/s | chars/s | CPU s | CPU µs/char | peak RSS MB | load (before→after) |",
        "|---|---|---|---|---|---|---|---|",
        f"| 1 process (also pickles each graph for stage 2, ~3%) | {p1['wall_s']:.1f} | {p1['docs_per_s']} | "
        f"{p1['chars_per_s']:,} | {p1['cpu_s']:.1f} | {p1['cpu_us_per_char']} | {p1['parent_peak_rss_mb']} | "
        f"{_load(p1['load_before'])} → {_load(p1['load_after'])} |",
        f"| 2 processes | {p2['wall_s']:.1f} | {p2['docs_per_s']} | {p2['chars_per_s']:,} | {p2['cpu_s']:.1f} | "
        f"{p2['cpu_us_per_char']} | parent {p2['parent_peak_rss_mb']}, worker {p2['worker_peak_rss_mb']} | "
        f"{_load(p2['load_before'])} → {_load(p2['load_after'])} |",
        "",
        f"Target ≤ 60 s with both cores: {_check(p2['wall_s'] <= 60)} on this shared machine "
        f"({p2['wall_s']:.1f} s wall). On two idle cores the same run needs its CPU time over two: "
        f"≈ {idle_2:.0f} s ({_check(idle_2 <= 60)}).",
        "",
    ]


def load_section(results: dict[str, Any]) -> list[str]:
    l1, l2, naive, adm = results["load_1"], results["load_2"], results["naive"], results.get("admin_import")
    nodes, rels = l1["nodes"] + l2["nodes"], l1["rels"] + l2["rels"]
    write_s = l1["write_s"] + l2["write_s"]
    writer_eps = (nodes + rels) / write_s
    naive_eps = naive["naive_entities_per_s"]
    naive_full_s = (nodes + rels) / naive_eps
    lines = [
        "## 2. Load into Neo4j",
        "",
        "The real writer (`graph/writer.py`, one transaction per document) timed on its write calls only "
        "(validated graphs streamed one at a time from the parse stage's pickle → committed), in two runs "
        "that together load the whole corpus; counts come from the database.",
        "",
        "| loader | documents | nodes | relationships | seconds | nodes/s | rels/s | entities/s | load |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| writer, part 1 | {l1['docs']} | {l1['nodes']:,} | {l1['rels']:,} | {l1['write_s']:.1f} | "
        f"{l1['nodes_per_s']:,} | {l1['rels_per_s']:,} | {l1['entities_per_s']:,} | {_load(l1['load'])} |",
        f"| writer, part 2 | {l2['docs']} | {l2['nodes']:,} | {l2['rels']:,} | {l2['write_s']:.1f} | "
        f"{l2['nodes_per_s']:,} | {l2['rels_per_s']:,} | {l2['entities_per_s']:,} | {_load(l2['load'])} |",
        f"| **writer, whole corpus** | {l1['docs'] + l2['docs']} | {nodes:,} | {rels:,} | {write_s:.1f} | "
        f"{nodes / write_s:,.0f} | {rels / write_s:,.0f} | {writer_eps:,.0f} | |",
        f"| naive, one row per transaction: sample of {naive['docs']} documents (every {naive['every']}th), "
        f"{naive['transactions']:,} transactions | {naive['docs']} | {naive['nodes']:,} | {naive['rels']:,} | "
        f"{naive['naive_s']:.1f} | | | {naive_eps:,} | {_load(naive['load'])} |",
        f"| naive, **extrapolated** to the whole corpus at the sample's rate | | {nodes:,} | {rels:,} | "
        f"{naive_full_s:,.0f} (est.) | | | {naive_eps:,} | |",
        f"| writer on the same sample (fresh) | {naive['docs']} | {naive['nodes']:,} | {naive['rels']:,} | "
        f"{naive['writer_s']:.1f} | | | {naive['writer_entities_per_s']:,} | |",
    ]
    if adm:
        lines.append(
            f"| `neo4j-admin database import full` of the same graph as CSV ({adm['csv_mb']} MB; "
            f"wall incl. both JVMs, export of {adm['export_s']:.0f} s excluded) | | {adm['exported'][0]:,} | "
            f"{adm['exported'][1]:,} | {adm['import_wall_s']:.1f} | {adm['nodes_per_s']:,} | {adm['rels_per_s']:,} | "
            f"{adm['entities_per_s']:,} | {_load(adm['load_before'])} → {_load(adm['load_after'])} |"
        )
    lines += [
        "",
        f"- Writer / naive: **{writer_eps / naive_eps:.0f}×** on the whole corpus against the extrapolation "
        f"(target ≥ 30×: {_check(writer_eps / naive_eps >= 30)}); "
        f"{naive['writer_entities_per_s'] / naive_eps:.0f}× on the sample itself.",
    ]
    if adm:
        share = writer_eps / adm["entities_per_s"]
        lines.append(
            f"- Writer / admin import: **{share:.0%}** of its entities/s (target ≥ 25%: {_check(share >= 0.25)}). "
            f"Imported counts equal the source's: {adm['same_counts']} ({adm['imported'][0]:,} nodes, "
            f"{adm['imported'][1]:,} relationships)."
        )
        lines.append(
            "- The import writes a bare store: no constraints or indexes, which it leaves to be built afterwards. "
            "The writer keeps 5 uniqueness constraints and 7 range indexes up to date at every commit, and "
            "2 full-text (CJK) indexes that are eventually consistent: a commit does not wait for them, and "
            "the writer's time ends with one wait until they hold every document (as `respgraph load` does)."
        )
    lines += [""]
    return lines


def memory_section(results: dict[str, Any]) -> list[str]:
    l1, l2, api = results["load_1"], results["load_2"], results.get("api", {})
    trace = ", ".join(f"{docs}: {mb}" for docs, mb in l1["rss_trace_mb"] + l2["rss_trace_mb"])
    return [
        "## 5. Memory",
        "",
        "| process | documents | peak RSS MB |",
        "|---|---|---|",
        f"| loader, part 1 | {l1['docs']} | {l1['peak_rss_mb']} |",
        f"| loader, part 2 | {l2['docs']} | {l2['peak_rss_mb']} |",
        f"| API (uvicorn, 1 process), idle / max under load / peak | | {api.get('api_rss_idle_mb')} / "
        f"{max((r['api_rss_max_mb'] for r in api.get('runs', [])), default=None)} / {api.get('api_peak_rss_mb')} |",
        "",
        f"Loader RSS every 250 documents (documents: MB; part 1, then part 2): {trace}. The loader holds one "
        "document at a time: its RSS stays flat along each run, and a run's peak follows the largest single "
        "document it writes, not how many it writes "
        f"({_check(l2['peak_rss_mb'] <= l1['peak_rss_mb'] * 1.25)}: {l1['peak_rss_mb']} MB for {l1['docs']} "
        f"documents, {l2['peak_rss_mb']} MB for {l2['docs']}, three times as many).",
        "",
    ]


def query_section(results: dict[str, Any]) -> list[str]:
    seeds, corpus = results["queries_seeds"], results.get("queries_corpus", {})
    lines = [
        "## 3. Query latency (ms, p50 / p95 / p99; a session per call, through the async driver)",
        "",
        f"| query | seeds only (load {_load(seeds['load_before'])}) | whole corpus "
        f"(load {_load(corpus.get('load_before'))}) |",
        "|---|---|---|",
    ]
    for name, figures in seeds.items():
        if isinstance(figures, dict) and "n" in figures:
            lines.append(f"| {name} | {_ms(figures)} | {_ms(corpus.get(name, {}))} |")
    lines += ["", "`PROFILE` of the chain's statement with the whole corpus loaded:", ""]
    for name, text in (corpus or seeds).get("profile", {}).items():
        lines += [f"`{name}`:", "", "```", text, "```", ""]
    return lines


def api_section(api: dict[str, Any]) -> list[str]:
    lines = [
        "## 4. API under load (whole corpus loaded, no response cache)",
        "",
        f"wrk on loopback with one thread (`-t1`), each run {api['seconds']} s (`-d`, `--timeout 5s`, inside "
        "`timeout`); the driver column runs the endpoint's service calls from as many asyncio tasks in one "
        "process for as long. "
        "A chain request runs one statement (cypher/api_chain.cypher: bearers, overseers, the document's "
        "upward edges, sanctions, liabilities) in one read transaction and climbs the edges in memory; an "
        "organ lookup runs one statement.",
        "",
        "| endpoint | clients | API req/s | API p50/p95/p99 ms | errors | driver req/s | driver p50/p95/p99 ms "
        "| API/driver | API RSS max MB | load |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in api["runs"]:
        a, d = run["api"], run["driver"]
        errors = a["errors"] + a["non2xx"]
        lines.append(
            f"| {run['endpoint']} | {run['connections']} | {a['rps']} | {a['p50']:.1f} / {a['p95']:.1f} / "
            f"{a['p99']:.1f} | {errors} | {d['rps']} | {_ms(d)} | {_ratio(run):.3f} | {run['api_rss_max_mb']} | "
            f"{_load(run['load'])} |"
        )
    lines += ["", "URLs: " + ", ".join(f"`{u}`" for u in api["urls"].values()), ""]
    return lines


def targets_section(results: dict[str, Any]) -> list[str]:
    """The issue's targets against this run's figures."""
    rows: list[tuple[str, str, bool]] = []
    p2 = results["parse_2"]
    rows.append(
        (
            "whole corpus parsed ≤ 60 s (2 processes)",
            f"{p2['wall_s']:.1f} s wall, CPU/2 ≈ {p2['cpu_s'] / 2:.0f} s",
            p2["wall_s"] <= 60,
        )
    )
    if "load_2" in results:
        l1, l2, naive = results["load_1"], results["load_2"], results["naive"]
        eps = (l1["nodes"] + l1["rels"] + l2["nodes"] + l2["rels"]) / (l1["write_s"] + l2["write_s"])
        rows.append(
            (
                "loader ≥ 30× naive",
                f"{eps / naive['naive_entities_per_s']:.0f}×",
                eps >= 30 * naive["naive_entities_per_s"],
            )
        )
        if "admin_import" in results:
            share = eps / results["admin_import"]["entities_per_s"]
            rows.append(("loader ≥ 25% of neo4j-admin import", f"{share:.0%}", share >= 0.25))
        rows.append(
            (
                "loader peak memory flat",
                f"{l1['peak_rss_mb']} MB ({l1['docs']} docs) vs {l2['peak_rss_mb']} MB ({l2['docs']} docs)",
                l2["peak_rss_mb"] <= l1["peak_rss_mb"] * 1.25,
            )
        )
    corpus = results.get("queries_corpus", {})
    for name, figures in corpus.items():
        if name.startswith(("chain ", "api_chain")):
            rows.append((f"p99 ≤ 20 ms, whole corpus: {name}", f"{figures['p99']:.1f} ms", figures["p99"] <= 20))
    for run in results.get("api", {}).get("runs", []):
        if run["connections"] == 8:
            rows.append(
                (
                    f"API p99 ≤ 50 ms at 8 clients: {run['endpoint']}",
                    f"{run['api']['p99']:.1f} ms",
                    run["api"]["p99"] <= 50,
                )
            )
    for run in results.get("api", {}).get("runs", []):
        rows.append(
            (
                f"API ≥ 60% of driver: {run['endpoint']} at {run['connections']}",
                f"{_ratio(run):.1%}",
                _ratio(run) >= 0.6,
            )
        )
    return [
        "## Targets (issue 7)",
        "",
        "| target | this run | |",
        "|---|---|---|",
        *[f"| {name} | {value} | {_check(ok)} |" for name, value, ok in rows],
        "",
    ]


def render(results: dict[str, Any]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Produced by `bash benchmarks/run.sh` (one run; `benchmarks/README.md` says what each stage measures). "
        "Figures are from that run only.",
        "",
        *machine_section(results["machine"]),
        *targets_section(results),
        *parse_section(results["parse_1"], results["parse_2"]),
    ]
    if "load_2" in results:
        lines += load_section(results)
    if "queries_seeds" in results:
        lines += query_section(results)
    if "api" in results:
        lines += api_section(results["api"])
    if "load_2" in results:
        lines += memory_section(results)
    return "\n".join(lines).rstrip() + "\n"


def write_report(results: dict[str, Any], path: Path) -> None:
    path.write_text(render(results), encoding="utf-8")


def _ratio(run: dict[str, Any]) -> float:
    """API / driver requests per second, from the two figures (a stored ratio was once rounded to two
    places, which let 59.8% pass as 60%)."""
    return float(run["api"]["rps"]) / max(float(run["driver"]["rps"]), 0.1)


if __name__ == "__main__":
    write_report(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")), ROOT / "BENCHMARKS.md")
