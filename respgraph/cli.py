"""The respgraph command line: a thin shell over loaders/, graph/ and api/."""

from __future__ import annotations

import click


@click.group()
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """respgraph: 责任制 documents as a cited Neo4j graph."""
    ctx.obj = {"debug": debug}
