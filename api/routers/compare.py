"""Compare: what a text (``other``) keeps of its reference (``base``), moves, adds and leaves out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.compare_models import CompareResponse, build_response
from api.db import Session
from api.routers import documented
from graph.compare_writer import compare_stored_async
from graph.errors import BadRequestError

router = APIRouter(prefix="/compare", tags=["compare"])

DocumentId = Annotated[str, Query(min_length=1, max_length=200, pattern=r"^\S+$")]


@router.get(
    "",
    response_model=CompareResponse,
    responses=documented(CompareResponse),
    summary="Compare two loaded documents: article map, duty classes, additions and gaps",
)
async def compare(
    session: Session,
    base: Annotated[DocumentId, Query(description="The reference (higher) text", examples=["cn-2016-tpgj"])],
    other: Annotated[DocumentId, Query(description="The implementing text", examples=["jx-tpgj"])],
) -> CompareResponse:
    """Computed from the stored graphs on each request; nothing is written (``respgraph compare``
    stores the IMPLEMENTS and CORRESPONDS_TO relationships)."""
    if base == other:
        raise BadRequestError("base and other must be two different documents")
    comparison, base_graph, other_graph = await compare_stored_async(session, base, other)
    return build_response(comparison, base_graph, other_graph)
