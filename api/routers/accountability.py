"""GET /accountability: the cited chain of organs answering for a matter at a level."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import services
from api.db import Session
from api.models import AccountabilityAnswer
from api.routers import documented

router = APIRouter(tags=["accountability"])


@router.get(
    "/accountability",
    response_model=AccountabilityAnswer,
    responses=documented(AccountabilityAnswer),
    summary="Who answers for a matter at a level, up to the top, each hop cited",
)
async def accountability(
    session: Session,
    topic: Annotated[str, Query(max_length=50, description="fund, exit, … or 资金, 贫困退出 …", examples=["fund"])],
    level: Annotated[
        str | None,
        Query(max_length=20, description="county, 县级 …; omit for every level", examples=["county"]),
    ] = None,
    document: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Default: a loaded 责任制 document (genre_titles in synonyms.yaml), highest level first",
            examples=["cn-2016-tpgj"],
        ),
    ] = None,
) -> AccountabilityAnswer:
    topic_code, level_code = services.resolve_topic_level(topic, level)
    # A named document is checked by the chain's own statement (404 when absent).
    document_id = document or (await services.pick_document(session))[0]
    return await services.accountability(session, document_id, topic_code, level_code)
