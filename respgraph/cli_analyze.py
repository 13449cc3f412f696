"""``respgraph analyze``: the graph analyses of graph/analysis.py printed as tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import click
import networkx as nx

from graph import analysis
from graph.errors import RespgraphError

CELL_WIDTH = 44  # display columns; a duty text is cut with … beyond it


@click.command("analyze")
@click.option("--document", "documents", multiple=True, help="Document id (repeatable). Default: every loaded one.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Rows per table.")
@click.pass_context
def analyze(ctx: click.Context, documents: tuple[str, ...], limit: int) -> None:
    """Who ends the most accountability chains, unsupervised duties, supervision cycles, silent bearers."""
    from respgraph.cli import fail
    from respgraph.cli_export import read_documents

    try:
        graph = read_documents(list(documents))
    except RespgraphError as error:
        fail(ctx, error)
        return
    for title, headers, rows in report(graph):
        click.echo(f"\n{title} ({len(rows)})")
        click.echo(table(headers, rows[:limit]) if rows else "  (none)")
        if len(rows) > limit:
            click.echo(f"  … {len(rows) - limit} more (--limit)")


def report(graph: nx.MultiDiGraph) -> list[tuple[str, list[str], list[list[str]]]]:
    """The four analyses as (title, headers, rows) of display strings."""

    def name(node: str) -> str:
        return str(graph.nodes[node].get("caption", node))

    def level(node: str) -> str:
        return str(graph.nodes[node].get("level", ""))

    ends = [
        [name(r.organ), level(r.organ), str(r.chains), str(r.own), str(r.bearers)] for r in analysis.chain_ends(graph)
    ]
    loose = [
        [name(r.article) if r.article else "", "、".join(name(h) for h in r.holders), name(r.duty)]
        for r in analysis.unsupervised_duties(graph)
    ]
    cycles = [[str(len(c)), " → ".join(name(o) for o in [*c, c[0]])] for c in analysis.supervision_cycles(graph)]
    silent = [[name(r.organ), level(r.organ), str(r.duties)] for r in analysis.silent_bearers(graph)]
    return [
        ("Organs ending the most accountability chains", ["organ", "level", "chains", "own", "bearers"], ends),
        ("Duties with no supervising organ", ["article", "holders", "duty"], loose),
        ("Supervision cycles", ["length", "cycle"], cycles),
        ("Organs bearing duties that report to no one", ["organ", "level", "duties"], silent),
    ]


def width(text: str) -> int:
    """Display columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cut(text: str, limit: int = CELL_WIDTH) -> str:
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain aligned table that lines up in a terminal with Chinese text."""
    cells = [[cut(c) for c in row] for row in [headers, *rows]]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "  " + "  ".join(c + " " * (w - width(c)) for c, w in zip(row, widths, strict=True)).rstrip()

    rule = "  " + "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])
