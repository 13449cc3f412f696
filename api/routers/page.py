"""The web page at ``/``: three static files that call the public API from the browser."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import Response

from graph.errors import NotFoundError

router = APIRouter(include_in_schema=False)
# An allow-list, not a directory mount: nothing else under api/ can be fetched.
_FILES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}


def _static(name: str) -> Response:
    if name not in _FILES:
        raise NotFoundError(f"no page file {name!r}")
    body = resources.files("api").joinpath("static", name).read_bytes()
    # no-cache: the browser revalidates, so a new version of the page is seen at once.
    return Response(body, media_type=_FILES[name], headers={"Cache-Control": "no-cache"})


@router.get("/")
async def index() -> Response:
    return _static("index.html")


@router.get("/static/{name}")
async def static(name: str) -> Response:
    return _static(name)
