"""One router per resource."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from api.models import ErrorBody, example

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Unknown id"},
    422: {"model": ErrorBody, "description": "A parameter is wrong; the message says which"},
    503: {"model": ErrorBody, "description": "Neo4j is not reachable"},
}


def documented(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses: the model's example for 200, and the error bodies."""
    ok: dict[str, Any] = {"description": "OK"}
    sample = example(model)
    if sample:
        ok["content"] = {"application/json": {"example": sample}}
    return {200: ok, **_ERRORS}
