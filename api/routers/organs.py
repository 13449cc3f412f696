"""Organs: search and one organ with its duties and relations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import services
from api.db import Session
from api.models import OrganDetail, OrganList
from api.routers import documented
from graph.model import Kind

router = APIRouter(prefix="/organs", tags=["organs"])


@router.get("", response_model=OrganList, responses=documented(OrganList), summary="Find organs")
async def list_organs(
    session: Session,
    q: Annotated[
        str | None, Query(max_length=100, description="A fragment of the name or an alias", examples=["县级"])
    ] = None,
    level: Annotated[
        str | None, Query(max_length=20, description="county, 县级, 县一级 …", examples=["county"])
    ] = None,
    kind: Annotated[Kind | None, Query(description="The organ kind (DESIGN.md vocabulary)")] = None,
    document: Annotated[str | None, Query(max_length=200, examples=["cn-2016-tpgj"])] = None,
) -> OrganList:
    return await services.list_organs(session, q, level, kind, document)


@router.get(
    "/{organ_id:path}",
    response_model=OrganDetail,
    responses=documented(OrganDetail),
    summary="One organ (the id holds a /: percent-encode it or not)",
)
async def get_organ(organ_id: str, session: Session) -> OrganDetail:
    return await services.get_organ(session, organ_id)
