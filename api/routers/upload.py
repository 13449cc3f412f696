"""POST /api/v1/documents: upload one document; the loader parses it and the writer stores it.

The request body is the file itself (``Content-Type: text/plain`` or ``text/markdown``; the loader
detects UTF-8 with or without BOM, GB18030/GBK and UTF-16 with BOM, whatever charset is declared):

    curl -X POST -H "X-API-Key: $RESPGRAPH_API_KEY" -H "Content-Type: text/plain" \\
         --data-binary @河长制规定.txt "http://127.0.0.1:8000/api/v1/documents?filename=河长制规定.txt"

- 403 while no API key is configured (``RESPGRAPH_API_KEY`` unset): uploads are disabled, and the
  body says how to enable them. 401 without the right ``X-API-Key`` (compared in constant time).
- 415 unless the type is text/plain or text/markdown and ``filename`` (if given) ends in .txt/.md.
- 413 above ``RESPGRAPH_MAX_UPLOAD_BYTES`` (default 2,000,000 bytes).
- 422 when the loader refuses the text (empty, undecodable, an HTML page, no provisions), with
  the file and the problem; 409 when the id holds a document from another source (``replace=true``
  overrides); 503 when Neo4j is down. Nothing is written on any error.
- 201 with the summary for a new document, 200 when it replaced (or reloaded) one.
"""

from __future__ import annotations

import re
import secrets
from pathlib import PurePosixPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, Security
from neo4j import GraphDatabase
from pydantic import BaseModel, ConfigDict
from starlette.concurrency import run_in_threadpool

from api.db import ApiKeyError, Target, api_key_header, holder
from api.models import ErrorBody
from graph.errors import DocumentConflictError
from graph.settings import get_settings
from graph.writer import WriteSummary, apply_schema, write_document
from loaders.pipeline import parse_bytes

router = APIRouter(prefix="/documents", tags=["documents"])

TYPES = ("text/plain", "text/markdown", "text/x-markdown")
SUFFIXES = (".txt", ".md")
DOCUMENT_ID = r"^\w[\w.-]{0,99}$"
DISABLED = "uploads are disabled: no API key is configured (set RESPGRAPH_API_KEY to enable POST /api/v1/documents)"


class UploadSummary(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "document": "pds-river",
                    "source": "upload:pds-river.txt",
                    "chapters": 5,
                    "articles": 30,
                    "organs": 21,
                    "duties": 64,
                    "relations": 40,
                    "replaced": False,
                    "warnings": [],
                }
            ]
        }
    )

    document: str
    source: str
    chapters: int
    articles: int
    organs: int
    duties: int
    relations: int
    replaced: bool
    warnings: list[str]


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": UploadSummary, "description": "An existing document was reloaded or replaced"},
    401: _error("Missing or wrong X-API-Key"),
    403: _error("Uploads are disabled: no API key is configured"),
    409: _error("The document id holds a document from another source (use replace=true)"),
    413: _error("The body is larger than the configured maximum"),
    415: _error("Not text/plain or text/markdown, or the file name is not .txt/.md"),
    422: _error("The loader refused the document (empty, undecodable, HTML, no provisions) or a parameter"),
    503: _error("Neo4j is not reachable"),
}
_BODY = {
    "requestBody": {
        "required": True,
        "description": "The document's bytes (UTF-8, GB18030/GBK, or UTF-16 with a byte-order mark)",
        "content": {media: {"schema": {"type": "string"}} for media in ("text/plain", "text/markdown")},
    }
}


async def require_upload_key(x_api_key: Annotated[str | None, Security(api_key_header)]) -> None:
    """Uploads need a configured key (403 without one) and that key in X-API-Key (401)."""
    expected = get_settings().api_key
    if not expected:
        raise HTTPException(403, DISABLED)
    if not (x_api_key and secrets.compare_digest(x_api_key.encode(), expected.encode())):
        raise ApiKeyError()


@router.post(
    "",
    status_code=201,
    response_model=UploadSummary,
    responses=_RESPONSES,
    openapi_extra=_BODY,
    summary="Upload a document (text/plain or text/markdown): parse it and load it; needs X-API-Key",
    dependencies=[Depends(require_upload_key)],
)
async def upload_document(
    request: Request,
    response: Response,
    filename: Annotated[
        str | None, Query(max_length=200, description="The file's name (.txt or .md)", examples=["河长制规定.txt"])
    ] = None,
    document_id: Annotated[
        str | None,
        Query(pattern=DOCUMENT_ID, description="Default: the file name without extension", examples=["pds-river"]),
    ] = None,
    replace: Annotated[bool, Query(description="Replace a document of this id from another source")] = False,
) -> UploadSummary:
    name = PurePosixPath(filename.replace("\\", "/")).name if filename else None
    doc_id = document_id or (PurePosixPath(name).stem if name else "")
    source = f"upload:{name or doc_id or 'unnamed'}"
    _check_type(request.headers.get("content-type", ""), name, source)
    if not re.fullmatch(DOCUMENT_ID, doc_id):
        raise HTTPException(
            422, f"{source}: give document_id (letters, digits, _ . -, at most 100 characters) or a .txt/.md filename"
        )
    data = await _read_body(request, get_settings().max_upload_bytes, source)
    try:
        summary, warnings = await run_in_threadpool(_load, holder(request).target, data, doc_id, source, replace)
    except DocumentConflictError as error:
        held = str(error).split(";")[0]
        raise HTTPException(409, f"{source}: {held}; choose another document_id or pass replace=true") from None
    if summary.replaced:
        response.status_code = 200
    return UploadSummary(
        document=summary.document,
        source=source,
        chapters=summary.chapters,
        articles=summary.articles,
        organs=summary.organs,
        duties=summary.duties,
        relations=summary.relations,
        replaced=summary.replaced,
        warnings=warnings,
    )


def _check_type(content_type: str, name: str | None, source: str) -> None:
    media = content_type.split(";")[0].strip().lower()
    if name is not None and not name.lower().endswith(SUFFIXES):
        raise HTTPException(415, f"{source}: only .txt and .md files are loaded")
    if media not in TYPES:
        raise HTTPException(415, f"{source}: Content-Type {media or 'missing'!r}; send text/plain or text/markdown")


async def _read_body(request: Request, limit: int, source: str) -> bytes:
    """The body, refused with 413 as soon as it passes ``limit`` bytes (declared or received)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"{source}: the file is {int(declared)} bytes, above the {limit}-byte maximum")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"{source}: the file is above the {limit}-byte maximum")
        chunks.append(chunk)
    return b"".join(chunks)


def _load(target: Target, data: bytes, document_id: str, source: str, replace: bool) -> tuple[WriteSummary, list[str]]:
    """Parse, then write in one transaction (a thread: both are blocking). Raises before writing anything."""
    graph, _ = parse_bytes(data, document_id, source)
    with GraphDatabase.driver(target.uri, auth=target.auth, connection_timeout=5.0) as driver:
        driver.verify_connectivity()  # a database that is down answers 503 now, not after the retry budget
        apply_schema(driver, target.database)
        return write_document(driver, graph, replace=replace, database=target.database), graph.warnings
