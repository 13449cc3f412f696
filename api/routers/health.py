"""GET /health: 200 with versions and loaded documents, 503 when Neo4j does not answer."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.db import Session
from api.errors import UNAVAILABLE
from api.models import Health
from api.routers import documented
from graph import queries as q
from graph.errors import DatabaseUnavailableError

router = APIRouter(tags=["health"])


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


@router.get("/health", response_model=Health, responses=documented(Health), summary="Service and database health")
async def health(session: Session) -> Health | JSONResponse:
    versions = {
        "respgraph": _version("respgraph"),
        "neo4j_driver": _version("neo4j"),
        "python": platform.python_version(),
    }
    try:
        row = await q.health(session)
    except DatabaseUnavailableError:
        body = Health(status="unavailable", versions=versions, documents=[], detail=UNAVAILABLE)
        return JSONResponse(body.model_dump(), status_code=503)
    assert row is not None
    versions.update({"neo4j": str(row["version"]), "neo4j_edition": str(row["edition"])})
    return Health(status="ok", versions=versions, documents=row["documents"])
