"""Exception classes → HTTP status codes (the only place where this mapping lives)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from api.db import ApiKeyError, holder
from graph.errors import (
    BadRequestError,
    DatabaseUnavailableError,
    DocumentConflictError,
    InputError,
    NotFoundError,
    RespgraphError,
)

UNAVAILABLE = "the graph database (Neo4j) is not reachable; retry when it is back"


async def _not_found(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=404)


async def _bad_request(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=422)


async def _conflict(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=409)


async def _unavailable(request: Request, error: Exception) -> JSONResponse:
    # Drop the driver: the next request builds a fresh one, so a restarted Neo4j is picked up.
    await holder(request).reset()
    return JSONResponse({"detail": UNAVAILABLE}, status_code=503)


async def _neo4j(request: Request, error: Exception) -> JSONResponse:
    code = getattr(error, "code", None) or ""
    if "TransactionTimedOut" in code:
        return JSONResponse({"detail": "the query took longer than the configured timeout"}, status_code=504)
    if code.startswith("Neo.ClientError.Security"):
        return JSONResponse({"detail": "Neo4j refused the configured credentials"}, status_code=503)
    if code.startswith("Neo.TransientError"):  # e.g. the database is still starting
        return await _unavailable(request, error)
    return await _other(request, error)


async def _unauthorised(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": "missing or wrong X-API-Key"}, status_code=401)


async def _other(request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": f"{type(error).__name__}: {error}"}, status_code=500)


async def _validation(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    problems = [
        f"{'.'.join(str(p) for p in e['loc'] if p not in ('query', 'path'))}: {e['msg']}" for e in error.errors()
    ]
    return JSONResponse({"detail": "; ".join(problems)}, status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiKeyError, _unauthorised)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(BadRequestError, _bad_request)
    app.add_exception_handler(InputError, _bad_request)  # an uploaded document the loader refuses
    app.add_exception_handler(DocumentConflictError, _conflict)
    app.add_exception_handler(DatabaseUnavailableError, _unavailable)
    app.add_exception_handler(ServiceUnavailable, _unavailable)
    app.add_exception_handler(SessionExpired, _unavailable)
    app.add_exception_handler(Neo4jError, _neo4j)
    app.add_exception_handler(RespgraphError, _other)
    app.add_exception_handler(RequestValidationError, _validation)
