"""One exception root for respgraph; HTTP codes are assigned only in ``api/``."""

from __future__ import annotations


class RespgraphError(Exception):
    """Root of every error respgraph raises on purpose."""


class InputError(RespgraphError):
    """A document cannot be read or holds no provisions; nothing is written."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InvalidGraphError(RespgraphError):
    """An extracted DocumentGraph breaks an invariant (dangling id, span mismatch)."""


class DocumentConflictError(RespgraphError):
    """A document id already belongs to a document from another source."""


class NotFoundError(RespgraphError):
    """A requested document, article or organ does not exist."""


class BadRequestError(RespgraphError):
    """A parameter cannot be interpreted (unknown topic, level, or question)."""


class DatabaseUnavailableError(RespgraphError):
    """Neo4j cannot be reached."""


class LocalServerError(RespgraphError):
    """The local Neo4j server could not be assembled, started or stopped."""
