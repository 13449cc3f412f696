"""GET /graph: the organs and relationships around one organ, ready to draw."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.db import Session
from api.models import GraphEdge, GraphNode, GraphResponse
from api.routers import documented
from graph import queries as q
from graph.errors import NotFoundError

router = APIRouter(tags=["graph"])
MAX_DEPTH = 4


@router.get(
    "/graph",
    response_model=GraphResponse,
    responses=documented(GraphResponse),
    summary="Nodes and edges around an organ (breadth-first, bounded depth)",
)
async def neighbourhood(
    session: Session,
    center: Annotated[str, Query(max_length=300, examples=["cn-2016-tpgj/县级党委和政府"])],
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH)] = 1,
) -> GraphResponse:
    start = await q.organ_exists(session, center)
    if start is None:
        raise NotFoundError(f"no organ {center!r}")
    nodes = {center: _node(start, 0, True)}
    edges: dict[str, GraphEdge] = {}
    frontier = [center]
    for level in range(1, depth + 1):
        rows = await q.graph_step(session, frontier)
        frontier = []
        for row in rows:
            n, e = row["neighbour"], row["edge"]
            edges.setdefault(f"{e['type']}:{e['id']}:{e['source']}:{e['target']}", GraphEdge(**e))
            if n["id"] not in nodes:
                nodes[n["id"]] = _node(n, level, False)
                frontier.append(n["id"])
    return GraphResponse(center=center, depth=depth, nodes=list(nodes.values()), edges=list(edges.values()))


def _node(row: dict[str, str], depth: int, center: bool) -> GraphNode:
    return GraphNode(
        id=row["id"],
        label=row["name"],
        level=row.get("level"),
        kind=row.get("kind"),
        document=row["document"],
        depth=depth,
        center=center,
    )
