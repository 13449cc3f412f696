"""``respgraph compare BASE OTHER``: compare two loaded documents and store the comparison.

Both documents are read back from Neo4j (so any loaded document compares, whatever its file),
compared by graph/compare.py, and the IMPLEMENTS / CORRESPONDS_TO relationships are written in one
transaction (``--no-store`` only prints). The result goes to stdout; messages go to stderr.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import click

from api.compare_models import CompareResponse, build_response
from api.models import Duty
from graph.errors import RespgraphError

WIDTH = 48  # characters of a duty's text in the table


@click.command("compare")
@click.argument("base")
@click.argument("other")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--no-store", is_flag=True, help="Print only; do not store IMPLEMENTS / CORRESPONDS_TO.")
@click.pass_context
def compare(ctx: click.Context, base: str, other: str, output_format: str, no_store: bool) -> None:
    """Compare OTHER (the implementing text) with BASE (the reference): article map, duty classes
    (same / shifted / partial / new), additions and gaps. BASE and OTHER are loaded document ids."""
    from graph.compare import compare as compare_graphs
    from graph.compare_writer import read_graph, write_comparison
    from graph.gateway import open_driver
    from respgraph.cli import fail

    if base == other:
        raise click.UsageError("BASE and OTHER must be two different documents")
    try:
        with open_driver() as (driver, database):
            base_graph, other_graph = read_graph(driver, base, database), read_graph(driver, other, database)
            comparison = compare_graphs(base_graph, other_graph)
            if not no_store:
                summary = write_comparison(driver, comparison, database)
                click.echo(
                    f"stored {summary.pair}: {summary.articles} IMPLEMENTS between articles, "
                    f"{summary.documents} between documents, {summary.organs} CORRESPONDS_TO",
                    err=True,
                )
    except RespgraphError as error:
        fail(ctx, error)
        return
    response = build_response(comparison, base_graph, other_graph)
    if output_format == "json":
        click.echo(json.dumps(response.model_dump(mode="json"), ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(table(response)))


def table(r: CompareResponse) -> list[str]:
    """The comparison as text sections: document, organs, articles, duties, additions, gaps."""
    counts = ", ".join(f"{k} {v}" for k, v in r.counts.items())
    lines = [f"{r.other} → {r.base}: {counts}"]
    if r.document:
        ref = r.document
        lines.append(f"IMPLEMENTS (document): cites 《{ref.cited}》 in {ref.article} [{ref.start}:{ref.end}]")
    lines += _section(
        "CORRESPONDS_TO", (f"{o.other.name} → {o.base.name}  ({o.score:.2f}; {o.evidence})" for o in r.organs)
    )
    lines += _section(
        "IMPLEMENTS (articles)",
        (f"{a.other_label} → {a.base_label}  {a.confidence:.2f}  {'; '.join(a.evidence[:3])}" for a in r.articles),
    )
    lines += _section(
        "duties",
        (
            f"{d.match:8} {_duty(d.duty)}" + "".join(f"\n{'':11}≈ {_duty(c)}" for c in d.counterparts[:2])
            for d in r.duties
            if d.match != "new"
        ),
    )
    lines += _section("additions (no counterpart in the base)", (_duty(d) for d in r.additions))
    lines += _section("gaps (base duties no duty carries)", (_duty(d) for d in r.gaps))
    return lines


def _section(title: str, rows: Iterable[str]) -> list[str]:
    body = [f"  {row}" for row in rows]
    return ["", f"{title} ({len(body)})", *body]


def _duty(d: Duty) -> str:
    text = d.text if len(d.text) <= WIDTH else d.text[: WIDTH - 1] + "…"
    return f"{d.id} {d.label or d.article_key}「{text}」[{d.start}:{d.end}]"
