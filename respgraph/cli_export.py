"""``respgraph export``: a document's whole subgraph as GraphML, GEXF, JSON, CSV or JSON-LD."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import networkx as nx

from graph.errors import NotFoundError, RespgraphError
from graph.formats import FORMATS


@click.command("export")
@click.option(
    "--document",
    "documents",
    multiple=True,
    help="Document id (repeat for several; relationships between them are kept). Default: every loaded document.",
)
@click.option("--format", "output_format", type=click.Choice(FORMATS), required=True)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="A file (a folder for csv). Single-file formats go to stdout without it.",
)
@click.pass_context
def export(ctx: click.Context, documents: tuple[str, ...], output_format: str, output: Path | None) -> None:
    """Export Document, Chapter, Article, Organ and Duty nodes and every relationship among them."""
    from respgraph.cli import fail

    if output_format == "csv" and output is None:
        raise click.UsageError("--format csv writes a folder: give it with --output")
    try:
        graph = read_documents(list(documents))
        _write(graph, output_format, output)
    except RespgraphError as error:
        fail(ctx, error)


def read_documents(documents: list[str]) -> nx.MultiDiGraph:
    """The projection of ``documents`` (all loaded ones when empty), with progress on stderr."""
    from graph.gateway import open_driver
    from graph.projection import document_ids, load_graph

    def progress(document: str, nodes: int, rels: int) -> None:
        click.echo(f"read {document}: {nodes} nodes, {rels} relationships", err=True)

    with open_driver() as (driver, database):
        loaded = document_ids(driver, database)
        missing = [d for d in documents if d not in loaded]
        if missing:
            raise NotFoundError(f"no document {', '.join(map(repr, missing))}; loaded: {', '.join(loaded) or 'none'}")
        wanted = documents or loaded
        if not wanted:
            raise NotFoundError("no document is loaded")
        return load_graph(driver, wanted, database, progress)


def _write(graph: nx.MultiDiGraph, output_format: str, output: Path | None) -> None:
    from graph import formats
    from graph.projection import counts

    if output_format == "csv":
        assert output is not None
        files = formats.write_csv(graph, output)
        where = f"{len(files)} files in {output}"
    elif output is None:
        formats.STREAM_WRITERS[output_format](graph, sys.stdout)
        where = "stdout"
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as stream:
            formats.STREAM_WRITERS[output_format](graph, stream)
        where = str(output)
    detail = ", ".join(f"{k} {v}" for k, v in sorted(counts(graph).items()))
    click.echo(
        f"exported {', '.join(graph.graph['documents'])}: {graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} relationships as {output_format} → {where} ({detail})",
        err=True,
    )
