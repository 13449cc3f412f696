"""``respgraph neo4j start|stop|status``: the local Neo4j server of graph/localserver.py."""

from __future__ import annotations

import sys
from typing import NoReturn

import click
from pydantic import ValidationError

from graph.errors import LocalServerError, RespgraphError
from graph.localserver import LocalServer
from graph.settings import Settings

# Exit codes of ``status`` (the LSB init-script convention: 3 = not running).
EXIT_ANSWERING = 0
EXIT_NOT_ANSWERING = 1
EXIT_ERROR = 2
EXIT_NOT_RUNNING = 3


def _server(bolt_port: int | None = None, http_port: int | None = None) -> LocalServer:
    # Settings() rather than the cached get_settings(): the environment is read at each command.
    try:
        settings = Settings()
    except ValidationError as error:
        raise LocalServerError(f"invalid RESPGRAPH_* setting: {error.errors()[0]['msg']}") from error
    overrides = {k: v for k, v in (("bolt_port", bolt_port), ("http_port", http_port)) if v is not None}
    return LocalServer.from_settings(settings.model_copy(update=overrides))


# What a command reports as one line: our own errors and file-system problems (permissions, disk).
_EXPECTED = (RespgraphError, OSError)


def _fail(ctx: click.Context, error: Exception) -> NoReturn:
    """One line on stderr (the log tail only with --debug), no traceback."""
    root = ctx.find_root().obj
    if isinstance(root, dict) and root.get("debug"):
        raise error
    click.echo(f"respgraph: error: {str(error).splitlines()[0]}", err=True)
    sys.exit(EXIT_ERROR)


@click.group()
def neo4j() -> None:
    """The local Neo4j server (jars from Maven Central, data under RESPGRAPH_HOME)."""


@neo4j.command()
@click.option("--bolt-port", type=int, default=None, help="Default: RESPGRAPH_BOLT_PORT or 7687.")
@click.option("--http-port", type=int, default=None, help="Default: RESPGRAPH_HTTP_PORT or 7474.")
@click.option("--timeout", type=float, default=240.0, show_default=True, help="Seconds to wait for Bolt.")
@click.pass_context
def start(ctx: click.Context, bolt_port: int | None, http_port: int | None, timeout: float) -> None:
    """Start the server (downloading its jars once) and wait until Bolt answers."""
    try:
        info = _server(bolt_port, http_port).start(timeout=timeout)
    except _EXPECTED as error:
        _fail(ctx, error)
    state = "was already running" if info["already_running"] else f"started in {info['seconds']:.1f} s"
    click.echo(f"Neo4j {info['version']} {state} (pid {info['pid']})")
    click.echo(f"Bolt:     {info['bolt_uri']}")
    click.echo(f"Browser:  {info['browser_url']}")
    if info["user"]:
        click.echo(f"User:     {info['user']} (password in {info['password_file']})")
    else:
        click.echo("User:     none (authentication disabled)")


@neo4j.command()
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds before SIGKILL.")
@click.pass_context
def stop(ctx: click.Context, timeout: float) -> None:
    """Stop the server this home started (never another one)."""
    try:
        stopped = _server().stop(timeout=timeout)
    except _EXPECTED as error:
        _fail(ctx, error)
    click.echo("Neo4j stopped" if stopped else "Neo4j was not running")


@neo4j.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Exit 0 when Bolt answers, 1 when running but not answering, 3 when not running."""
    try:
        current = _server().status()
    except _EXPECTED as error:
        _fail(ctx, error)
    click.echo(current.message)
    if current.answering:
        click.echo(f"Browser:  {current.http_url}/browser/")
        sys.exit(EXIT_ANSWERING)
    sys.exit(EXIT_NOT_ANSWERING if current.running else EXIT_NOT_RUNNING)


if __name__ == "__main__":
    neo4j()
