"""``POST /api/ingest``: articles in through the CLI's readers and pipeline (token-protected)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import UploadFile

from ...ingest.readers import MAX_BYTES
from ...store import StoreError
from ..context import WebDep
from ..ingest import UPLOAD_NAME, safe_name
from ..problems import problem

router = APIRouter(prefix="/api")
LIMIT = MAX_BYTES + 65536  # a body, plus room for a multipart envelope

INGEST_DOC = """Add articles. Needs `Authorization: Bearer <token>`.

Bodies: a JSON record `{title?, text, url?, source?, published?, language?}`, a JSON list of
records, or a multipart upload with a `file` field (.txt, .json, .jsonl, .html, .rss/.atom/.xml).
Validation and messages are the CLI's: `400` lists every `where: problem` line when nothing could
be added; `201` returns the added article ids (and any per-record errors)."""

INGEST_BODY = {
    "requestBody": {
        "content": {
            "application/json": {"schema": {"type": ["object", "array"]}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
        "required": True,
    }
}


@router.post(
    "/ingest", tags=["ingest"], status_code=201, description=INGEST_DOC, openapi_extra=INGEST_BODY
)
async def ingest(request: Request, web: WebDep) -> Response:
    web.check_token(request)
    name, body, origin = await read_upload(request)
    try:
        result = await run_in_threadpool(web.ingestor.ingest, name, body, origin)
    except StoreError as exc:  # locked by another writer for minutes: the client may retry
        raise HTTPException(503, str(exc), {"Retry-After": "30"}) from None
    payload = {
        "added": result.added,
        "known": result.known,
        "errors": result.errors,
        "events": result.events,
        "articles": [f"/api/articles/{aid}" for aid in result.added],
    }
    if result.errors and not result.added and not result.known:
        detail = f"nothing ingested: {len(result.errors)} problem(s)"
        return problem(request, 400, detail, **payload)
    return JSONResponse(payload, 201 if result.added else 200)


async def read_upload(request: Request) -> tuple[str, bytes, str]:
    """(file name choosing the reader, bytes, origin tag) of a JSON body or an upload."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    length = request.headers.get("content-length", "")
    if length.isascii() and length.isdigit() and (len(length) > 12 or int(length) > LIMIT):
        raise HTTPException(413, f"request is over the {MAX_BYTES // 10**6} MB limit")
    if kind == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(400, "multipart upload needs a 'file' field with the file")
        body = await upload.read(MAX_BYTES + 1)
        if len(body) > MAX_BYTES:
            raise HTTPException(413, f"file is over the {MAX_BYTES // 10**6} MB limit")
        return safe_name(upload.filename, UPLOAD_NAME), body, "upload"
    if kind in ("application/json", ""):
        body = bytearray()
        async for chunk in request.stream():  # a body without a length is bounded too
            body += chunk
            if len(body) > MAX_BYTES:
                raise HTTPException(413, f"request is over the {MAX_BYTES // 10**6} MB limit")
        body = bytes(body)
        if not body.strip():
            raise HTTPException(400, {"detail": "empty body", "errors": ["body: empty"]})
        return "body.json", body, "api"
    raise HTTPException(
        415, f"unsupported content type {kind!r}: send application/json or multipart/form-data"
    )
