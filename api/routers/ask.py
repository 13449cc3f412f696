"""GET /ask: a question in Chinese or English, interpreted and answered."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import services
from api.db import Session
from api.models import AskResponse
from api.routers import documented

router = APIRouter(tags=["ask"])


@router.get(
    "/ask",
    response_model=AskResponse,
    responses=documented(AskResponse),
    summary="Ask a question; the answer comes with the interpretation used",
)
async def ask(
    session: Session,
    q: Annotated[str, Query(min_length=1, max_length=500, examples=["县里的扶贫资金被挪用，谁负责？"])],
) -> AskResponse:
    return await services.ask(session, q)
