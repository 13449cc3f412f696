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
    except Exception as error:  # noqa: BLE001 - every failure becomes one message
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


def _register() -> None:
    from respgraph.cli_eval import eval_command

    main.add_command(eval_command)


_register()
