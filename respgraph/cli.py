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
    from graph.writer import apply_schema, refresh_search, write_document
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
                        summary = write_document(driver, graph, replace=replace, database=database, refresh=False)
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
            refresh_search(driver, database)  # the loaded documents are searchable on return
    except RespgraphError as error:
        fail(ctx, error)
    click.echo(f"loaded {len(files) - failures} of {len(files)} documents", err=True)
    if failures:
        sys.exit(2)


SEEDS = Path(__file__).resolve().parent / "seeds"


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def up(ctx: click.Context, host: str, port: int) -> None:
    """Start the local Neo4j (unless NEO4J_URI is set), load both seed documents, serve the API."""
    import uvicorn

    from graph.gateway import current_connection
    from graph.localserver import LocalServer
    from graph.settings import get_settings

    try:
        connection = current_connection()
        browser = None
        if connection.local:
            started = LocalServer.from_settings(get_settings()).start()
            browser = started["browser_url"]
            click.echo(f"Neo4j {started['version']} answers at {started['bolt_uri']}", err=True)
        # The seeds are the project's own: a copy from another checkout replaces the stored one.
        ctx.invoke(load, files=tuple(sorted(SEEDS.glob("*.txt"))), document_id=None, replace=True)
    except RespgraphError as error:
        fail(ctx, error)
        return
    base = f"http://{host}:{port}"
    click.echo("")
    click.echo(f"Web page:       {base}/")
    click.echo(f"API:            {base}/api/v1/documents")
    click.echo(f"Health:         {base}/health")
    click.echo(f"API docs:       {base}/docs")
    click.echo(f"Ask:            {base}/api/v1/ask?q=县里的扶贫资金被挪用谁负责")
    if browser:
        click.echo(f"Neo4j Browser:  {browser}  (user neo4j, password in {get_settings().home / 'auth.json'})")
    click.echo("Serving until Ctrl-C.")
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, log_level="warning")


def _register() -> None:
    from respgraph import cli_compare
    from respgraph.cli_analyze import analyze
    from respgraph.cli_api import ask, serve
    from respgraph.cli_eval import eval_command
    from respgraph.cli_export import export
    from respgraph.cli_neo4j import neo4j

    for command in (eval_command, neo4j, serve, ask, export, analyze, cli_compare.compare):
        main.add_command(command)


_register()
