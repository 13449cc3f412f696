"""GET /search: full-text search over articles and duties."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.db import Session
from api.models import SearchHit, SearchResponse
from api.routers import documented
from graph import queries as q

router = APIRouter(tags=["search"])


@router.get(
    "/search",
    response_model=SearchResponse,
    responses=documented(SearchResponse),
    summary="Full-text search (Chinese-aware) over article and duty texts",
)
async def search(
    session: Session,
    q_: Annotated[str, Query(alias="q", min_length=1, max_length=200, examples=["扶贫资金"])],
    document: Annotated[str | None, Query(max_length=200)] = None,
) -> SearchResponse:
    rows = await q.search(session, q_, document)
    return SearchResponse(q=q_, hits=[SearchHit(**row) for row in rows])
