"""Downloads: events as CSV, JSON lines, ACLED- and UCDP-style rows; an event's figures as CSV.

The files are ``newsfuse.export``'s, exactly as ``newsfuse export`` writes them (docs/export.md),
sent with their media type and ``Content-Disposition: attachment`` so a browser saves them.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from ...export import FORMATS, ExportError, load
from ..context import WebDep

router = APIRouter(prefix="/api", tags=["export"])
MAX_EVENTS = 1000  # events named in one request
EVENT_QUERY = Query([], alias="event", description="only these events (repeat; default: all)")


def _stem(text: str) -> str:
    """A file-name-safe stem (an event id comes from the URL: never trust it in a header)."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)[:80] or "newsfuse"


async def _download(
    request: Request, web: WebDep, format_name: str, event_ids: list[str] | None, stem: str
) -> Response:
    if event_ids and len(event_ids) > MAX_EVENTS:
        raise HTTPException(400, f"at most {MAX_EVENTS} events per export, got {len(event_ids)}")
    chosen = FORMATS[format_name]

    def build() -> bytes:
        try:
            return chosen.render(load(web.data.store(), event_ids or None)).encode()
        except ExportError as exc:
            raise HTTPException(404, str(exc)) from None

    body = await web.cached(request, build)
    return Response(
        body,
        media_type=chosen.media_type,
        headers={"Content-Disposition": f'attachment; filename="{chosen.filename(_stem(stem))}"'},
    )


# path -> (format, what the download holds); every one takes ?event=ID to export only those.
DOWNLOADS = {
    "/events.csv": ("csv", "One row per event: what, when, where, who, how many, sources."),
    "/events.jsonl": ("jsonl", "One JSON object per line and event: reports, record, figures."),
    "/events.acled.csv": ("acled", "One row per event in ACLED's columns."),
    "/events.ucdp.csv": ("ucdp", "One row per event in the UCDP GED's columns."),
    "/figures.csv": ("figures", "One row per figure a report states, with its fact."),
}


def _all_events(format_name: str) -> Callable[..., Awaitable[Response]]:
    async def download(request: Request, web: WebDep, event: list[str] = EVENT_QUERY) -> Response:
        return await _download(request, web, format_name, event, "newsfuse")

    return download


for _path, (_format, _doc) in DOWNLOADS.items():
    router.add_api_route(
        _path,
        _all_events(_format),
        methods=["GET"],
        response_class=Response,
        name=f"download_{_format}",
        description=f"{_doc} See docs/export.md for the columns.",
    )


@router.get("/events/{event_id}/figures.csv", response_class=Response)
async def event_figures_csv(request: Request, web: WebDep, event_id: str) -> Response:
    """The event's figures, one row per figure a report states."""
    return await _download(request, web, "figures", [event_id], event_id)
