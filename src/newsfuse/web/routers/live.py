"""Live: the watched sources (page and API) and each event's change feed.

``POST /api/sources`` registers a feed for ``newsfuse watch`` (run without SOURCES it watches
every registered one); its URL goes through the fetcher's SSRF guard before anything is stored.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import TypeAdapter

from ...fetch.guard import Guard, Refused
from ...fetch.sources import new_source, source_id
from ...fetch.watch import utcnow
from ...records import EventUpdate
from ...store import Store
from ...updates import describe
from ..context import WebDep

router = APIRouter()
GUARD = Guard()  # the web app never opens private addresses
_UPDATE = TypeAdapter(EventUpdate)


def _update_json(update: EventUpdate) -> dict[str, Any]:
    """An update as JSON, each change with its words ('people killed: 31, revised from 24')."""
    data = _UPDATE.dump_python(update, mode="json")
    for change, item in zip(update.changes, data["changes"], strict=True):
        item["text"] = describe(change)
    return data


def source_rows(store: Store) -> list[dict[str, Any]]:
    """Every watched source with its state and how many entries and articles it brought."""
    counts = store.source_counts()
    rows = []
    for source in store.sources():
        row = asdict(source)
        for name in ("added_at", "last_fetch", "next_due"):
            value = row[name]
            row[name] = value.isoformat(timespec="seconds") if value else None
        row["entries"], row["articles"] = counts.get(source.id, (0, 0))
        rows.append(row)
    return rows


@router.get("/sources", include_in_schema=False, response_class=HTMLResponse)
async def sources_html(request: Request, web: WebDep) -> HTMLResponse:
    return await web.cached_html(
        request, "sources.html", lambda: {"sources": source_rows(web.data.store())}
    )


@router.get("/api/sources", tags=["sources"], response_class=JSONResponse)
async def list_sources(request: Request, web: WebDep) -> Response:
    """Watched feeds: status of the last poll, its time, the error, entries and articles."""
    return await web.cached_json(request, lambda: {"items": source_rows(web.data.store())})


@router.post("/api/sources", tags=["sources"], status_code=201)
async def add_source(request: Request, web: WebDep) -> JSONResponse:
    """Register a feed URL to watch (`{"url": ...}`; needs `Authorization: Bearer <token>`).

    Only http(s) URLs whose host resolves to public addresses are accepted (no loopback,
    private, link-local/cloud-metadata, multicast or reserved address): `400` says why."""
    web.check_token(request, "adding sources")
    try:
        body = await request.json()
    except ValueError:
        raise HTTPException(400, 'body must be JSON: {"url": "https://..."}') from None
    url = body.get("url") if isinstance(body, dict) else None
    if not isinstance(url, str) or not url.strip():
        raise HTTPException(400, "body must be JSON with a 'url' string")
    try:
        await GUARD.check(url.strip())
    except Refused as exc:
        raise HTTPException(400, str(exc)) from None

    def register() -> dict[str, Any]:
        store = web.data.store()
        store.add_sources([new_source(url.strip(), utcnow())])
        return next(r for r in source_rows(store) if r["id"] == source_id(url.strip()))

    return JSONResponse(await run_in_threadpool(register), 201)


@router.get("/api/events/{event_id}/updates", tags=["events"], response_class=JSONResponse)
async def event_changes(
    request: Request,
    web: WebDep,
    event_id: str,
    since: str | None = Query(None, description="ISO time: only reports received after it"),
    limit: int = Query(50, ge=0, le=500, description="how many updates (newest first)"),
) -> Response:
    """The event's change feed: reports that joined it, newest first, and the figures they moved
    (new, higher than every earlier report, or revised by the same authority)."""
    cutoff = None
    if since is not None:
        try:
            cutoff = datetime.fromisoformat(since)
        except ValueError:
            raise HTTPException(400, f"'since' must be an ISO time, got {since!r}") from None
        if cutoff.tzinfo is not None:  # arrivals are naive UTC
            cutoff = cutoff.astimezone(UTC).replace(tzinfo=None)

    def build() -> dict[str, Any]:
        event, brief = web.load_event(event_id)
        updates = brief.updates
        if cutoff is not None:
            updates = [u for u in updates if u.received and u.received > cutoff]
        received = [u.received for u in brief.updates if u.received]
        return {
            "event_id": event.id,
            "report_count": len(brief.sources),
            "updated_at": max(received).isoformat() if received else None,
            "updates": [_update_json(u) for u in updates[:limit]],
        }

    return await web.cached_json(request, build)
