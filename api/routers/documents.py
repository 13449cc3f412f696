"""Documents: the list, one document with its chapters, one article with its facts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api import services
from api.db import Session
from api.models import ArticleDetail, DocumentDetail, DocumentList
from api.routers import documented

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get(
    "", response_model=DocumentList, responses=documented(DocumentList), summary="Loaded documents, highest level first"
)
async def list_documents(
    session: Session,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Documents to skip")] = 0,
    limit: Annotated[int, Query(ge=1, le=services.MAX_PAGE, description="Documents in this page")] = 100,
) -> DocumentList:
    return await services.list_documents(session, offset, limit)


@router.get(
    "/{document_id}",
    response_model=DocumentDetail,
    responses=documented(DocumentDetail),
    summary="A document: metadata, chapters, counts",
)
async def get_document(document_id: str, session: Session) -> DocumentDetail:
    return await services.get_document(session, document_id)


@router.get(
    "/{document_id}/articles/{number}",
    response_model=ArticleDetail,
    responses=documented(ArticleDetail),
    summary="An article's text and every fact extracted from it, with spans",
)
async def get_article(
    session: Session,
    document_id: str,
    number: Annotated[str, Path(description="Article number: 10, or 10-1 for 第十条之一", examples=["19"])],
) -> ArticleDetail:
    return await services.get_article(session, document_id, number)
