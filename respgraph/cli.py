"""The respgraph command line: a thin shell over loaders/, graph/ and api/."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from graph.errors import RespgraphError


def fail(ctx: click.Context, error: Exception) -> None:
    """One clear line on stderr and a non-zero exit; a traceback only with --debug."""
    if ctx.obj and ctx.obj.get("debug"):
        raise error
    click.echo(f"respgraph: error: {error}", err=True)
    sys.exit(2 if isinstance(error, RespgraphError) else 1)


@click.group()
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """respgraph: 责任制 documents as a cited Neo4j graph."""
    ctx.obj = {"debug": debug}


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["json", "summary"]), default="json")
@click.option("--document-id", default=None, help="Defaults to the file name without extension.")
@click.pass_context
def parse(ctx: click.Context, file: Path, output_format: str, document_id: str | None) -> None:
    """Print the extracted graph of FILE (DESIGN.md interchange JSON) without touching a database."""
    from loaders.pipeline import parse_file

    try:
        graph, _ = parse_file(file, document_id)
    except Exception as error:
        fail(ctx, error)
        return
    for warning in graph.warnings:
        click.echo(f"respgraph: warning: {file}: {warning}", err=True)
    if output_format == "json":
        click.echo(json.dumps(graph.to_interchange(), ensure_ascii=False, indent=1))
    else:
        click.echo(
            f"{graph.document.id}: {len(graph.chapters)} chapters, {len(graph.articles)} articles, "
            f"{len(graph.organs)} organs, {len(graph.duties)} duties, {len(graph.relations)} relations"
        )


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--document-id", default=None, help="Only with one file; defaults to the file name.")
@click.option("--replace", is_flag=True, help="Replace a document of the same id from another source.")
@click.pass_context
def load(ctx: click.Context, files: tuple[Path, ...], document_id: str | None, replace: bool) -> None:
    """Parse FILES and write each to Neo4j in one transaction (schema applied first)."""
    from graph.gateway import open_driver
    from graph.writer import apply_schema, write_document
    from loaders.pipeline import parse_file

    if document_id and len(files) > 1:
        fail(ctx, click.UsageError("--document-id takes a single file"))
    failures = 0
    try:
        with open_driver() as (driver, database):
            apply_schema(driver, database)
            with click.progressbar(files, label="loading", file=sys.stderr, show_pos=True) as bar:
                for file in bar:
                    try:
                        graph, _ = parse_file(file, document_id)
                        summary = write_document(driver, graph, replace=replace, database=database)
                    except RespgraphError as error:
                        failures += 1
                        click.echo(f"\nrespgraph: error: {error}", err=True)
                        continue
                    click.echo(
                        f"\n{summary.document}: {summary.articles} articles, {summary.organs} organs, "
                        f"{summary.duties} duties, {summary.relations} relations"
                        + (" (reloaded)" if summary.replaced else ""),
                        err=True,
                    )
    except RespgraphError as error:
        fail(ctx, error)
    click.echo(f"loaded {len(files) - failures} of {len(files)} documents", err=True)
    if failures:
        sys.exit(2)


def _register() -> None:
    from respgraph.cli_eval import eval_command
    from respgraph.cli_neo4j import neo4j

    main.add_command(eval_command)
    main.add_command(neo4j)


_register()
