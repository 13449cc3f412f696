"""The one AsyncDriver of the app and the session-per-request dependency.

The driver is created lazily and dropped when the database proves unreachable, so a restarted
Neo4j is picked up by the next request without restarting the API.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader
from neo4j import READ_ACCESS, AsyncDriver, AsyncGraphDatabase, AsyncSession
from starlette.requests import HTTPConnection

from graph.localserver import resolve_connection
from graph.settings import get_connection_settings, get_settings


@dataclass(frozen=True)
class Target:
    uri: str
    auth: tuple[str, str] | None
    database: str | None


def resolve_target() -> Target:
    """NEO4J_URI/USERNAME/PASSWORD/DATABASE when set, else the local server of the settings."""
    conn = resolve_connection(get_settings(), get_connection_settings())
    return Target(conn.uri, conn.auth, conn.database)


class DriverHolder:
    """Owns the app's single AsyncDriver; ``reset`` drops it after a connection failure."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self._driver: AsyncDriver | None = None
        self._lock = asyncio.Lock()

    def driver(self) -> AsyncDriver:
        if self._driver is None:
            timeout = get_settings().query_timeout_s
            # Short connection and retry budgets: a dead database answers 503 quickly.
            options: dict[str, Any] = {
                "connection_timeout": min(timeout, 5.0),
                "connection_acquisition_timeout": min(timeout, 5.0),
                "max_transaction_retry_time": min(timeout, 1.0),
                "notifications_min_severity": "OFF",
            }
            self._driver = AsyncGraphDatabase.driver(self.target.uri, auth=self.target.auth, **options)
        return self._driver

    async def reset(self) -> None:
        async with self._lock:
            driver, self._driver = self._driver, None
            if driver is not None:
                # Closing a broken driver may fail; it is dropped either way.
                with contextlib.suppress(Exception):
                    await driver.close()

    async def close(self) -> None:
        await self.reset()


def holder(request: Request) -> DriverHolder:
    return request.app.state.neo4j  # type: ignore[no-any-return]


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One read session per request, closed when the response is done."""
    owner = holder(request)
    session = owner.driver().session(database=owner.target.database, default_access_mode=READ_ACCESS)
    try:
        yield session
    finally:
        await session.close()


Session = Annotated[AsyncSession, Depends(get_session)]


class ApiKeyError(Exception):
    """The request lacks the configured API key (mapped to 401 in api/errors.py)."""


class ApiKeyGuard(APIKeyHeader):
    """X-API-Key, checked when RESPGRAPH_API_KEY is set (health stays open).

    A security scheme rather than a Header parameter, so OpenAPI shows it as one; and the check is
    the scheme's own call, so a request solves one dependency for it rather than a scheme plus a
    checker function (each dependency level costs FastAPI about 10 µs a request).
    """

    async def __call__(self, request: HTTPConnection) -> None:
        expected = get_settings().api_key
        if not expected:
            return
        given = request.headers.get(self.model.name)
        if not (given and secrets.compare_digest(given.encode(), expected.encode())):
            raise ApiKeyError()


API_KEY_DESCRIPTION = "Required when RESPGRAPH_API_KEY is set"
# scheme_name: the name OpenAPI has always shown for the scheme
require_api_key = ApiKeyGuard(name="X-API-Key", scheme_name="APIKeyHeader", description=API_KEY_DESCRIPTION)
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description=API_KEY_DESCRIPTION)
