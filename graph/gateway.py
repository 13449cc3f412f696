"""The Neo4j gateway for commands: one sync driver per process, from the resolved connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from graph.errors import DatabaseUnavailableError
from graph.localserver import Connection, resolve_connection
from graph.settings import get_connection_settings, get_settings


def current_connection() -> Connection:
    return resolve_connection(get_settings(), get_connection_settings())


@contextmanager
def open_driver(connection: Connection | None = None) -> Iterator[tuple[Driver, str]]:
    """A verified driver and its database; DatabaseUnavailableError with a hint when it cannot connect."""
    connection = connection or current_connection()
    driver = GraphDatabase.driver(connection.uri, auth=connection.auth)
    try:
        try:
            driver.verify_connectivity()
        except (ServiceUnavailable, OSError) as error:
            hint = " (start it with: respgraph neo4j start)" if connection.local else ""
            raise DatabaseUnavailableError(f"Neo4j at {connection.uri} does not answer{hint}") from error
        except AuthError as error:
            raise DatabaseUnavailableError(f"Neo4j at {connection.uri} refused the credentials") from error
        yield driver, connection.database
    finally:
        driver.close()
