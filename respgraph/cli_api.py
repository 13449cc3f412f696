"""``respgraph serve`` (the HTTP API under uvicorn) and ``respgraph ask`` (the same answers in a terminal)."""

from __future__ import annotations

import asyncio
import json

import click
from neo4j.exceptions import Neo4jError

from api import services
from api.db import DriverHolder, resolve_target
from api.models import AskResponse
from graph.errors import BadRequestError, DatabaseUnavailableError, NotFoundError


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(host: str, port: int) -> None:
    """Run the HTTP API (docs at /docs, health at /health)."""
    import uvicorn

    uvicorn.run("api.app:create_app", factory=True, host=host, port=port)


@click.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the full JSON answer instead of the summary.")
def ask(question: str, as_json: bool) -> None:
    """Answer a question in Chinese or English, e.g. respgraph ask "县里的扶贫资金被挪用，谁负责？"."""
    try:
        response = asyncio.run(_ask(question))
    except BadRequestError as error:
        raise click.UsageError(str(error)) from error
    except NotFoundError as error:
        raise click.ClickException(str(error)) from error
    except DatabaseUnavailableError as error:
        raise click.ClickException(f"Neo4j is not reachable: {error}") from error
    except Neo4jError as error:
        raise click.ClickException(f"Neo4j: {error.message or error}") from error
    if as_json:
        click.echo(json.dumps(response.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    meaning = response.interpretation
    understood = ", ".join(f"{k}={v}" for k, v in meaning.model_dump().items() if v and k not in ("understood",))
    click.echo(click.style(f"» {understood}", dim=True))
    for line in response.summary:
        click.echo(line)


async def _ask(question: str) -> AskResponse:
    owner = DriverHolder(resolve_target())
    try:
        async with owner.driver().session(database=owner.target.database) as session:
            return await services.ask(session, question)
    finally:
        await owner.close()
