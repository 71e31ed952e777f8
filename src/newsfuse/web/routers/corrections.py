"""Why an event's reports are together, and the analysts' corrections of the grouping.

``GET /api/events/{id}/why`` explains the grouping (``newsfuse.why``). Merge, split, move and undo
are ``newsfuse.corrections``' (the CLI's ``newsfuse events merge|split|move|undo``), behind the
same bearer token as ``POST /api/ingest``, one write at a time with ingest; the touched events
are re-analysed before the answer, so their briefs show the change at once.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, TypeAdapter

from ...corrections import CorrectionError, Corrections, Outcome
from ...pipeline import Pipeline
from ...records import Correction, GroupingReasons
from ...why import explain_grouping
from ..context import WebDep, not_found

router = APIRouter(prefix="/api", tags=["corrections"])
_WHY = TypeAdapter(GroupingReasons)
_CORRECTION = TypeAdapter(Correction)
MAX_IDS = 1000
ID = Field(min_length=1, max_length=200)


class Change(BaseModel):
    """Who makes a correction and why (kept in the audit log)."""

    by: str = Field("", max_length=100, description="who (default: web)")
    why: str = Field("", max_length=1000, description="why, in a few words")

    @property
    def author(self) -> str:
        return self.by.strip() or "web"


class Merge(Change):
    events: list[str] = Field(min_length=2, max_length=MAX_IDS, description="all join the first")


class Split(Change):
    event: str = ID
    articles: list[str] = Field(min_length=1, max_length=MAX_IDS, description="leave, together")


class Move(Change):
    articles: list[str] = Field(min_length=1, max_length=MAX_IDS)
    event: str = Field(min_length=1, max_length=200, description="the event they join")


class Undo(Change):
    correction: str | None = Field(None, max_length=200, description="default: the latest")


@router.get("/events/{event_id}/why", tags=["events"], response_class=JSONResponse)
async def why(request: Request, web: WebDep, event_id: str) -> Response:
    """Why the event's reports are together (per report: the reasons it belongs) and what keeps
    the nearest other event apart, in plain words with the data behind each reason."""

    def build() -> Any:
        found = explain_grouping(web.data.store(), event_id)
        if found is None:
            raise not_found("event", event_id)
        return _WHY.dump_python(found, mode="json")

    return await web.cached_json(request, build)


@router.get("/corrections")
def log(web: WebDep, event: str = Query("", description="only those touching this event")) -> Any:
    """The audit log of corrections, newest first: who, when, what, why, undone."""
    entries = Corrections(Pipeline(web.data.store())).log(event or None)
    return {"items": [_CORRECTION.dump_python(c, mode="json") for c in entries]}


async def writer(request: Request, web: WebDep) -> None:
    """Corrections need the bearer token; checked before the body is even read."""
    web.check_token(request, "correcting events")


WRITE = [Depends(writer)]


async def _correct(web: WebDep, change: Any, status: int) -> JSONResponse:
    """Run one correction under the write lock; answer with it and the touched events."""

    def run(pipeline: Pipeline) -> dict[str, Any]:
        outcome: Outcome = change(Corrections(pipeline))
        events = pipeline.store.events(outcome.events)
        return {
            "correction": _CORRECTION.dump_python(outcome.correction, mode="json"),
            "events": [
                {
                    "id": e.id,
                    "title": e.title,
                    "article_count": len(e.article_ids),
                    "url": f"/events/{e.id}",
                }
                for e in events
            ],
            "left": outcome.left,
        }

    try:
        body = await run_in_threadpool(web.ingestor.with_pipeline, run)
    except CorrectionError as exc:
        raise HTTPException(400, str(exc)) from None
    return JSONResponse(body, status)


@router.post("/corrections/merge", status_code=201, dependencies=WRITE)
async def merge(web: WebDep, body: Merge) -> JSONResponse:
    """Merge the events into the first one named; they stay one event in every later run.
    Needs `Authorization: Bearer <token>`."""
    return await _correct(
        web, lambda c: c.merge(body.events, author=body.author, reason=body.why), 201
    )


@router.post("/corrections/split", status_code=201, dependencies=WRITE)
async def split(web: WebDep, body: Split) -> JSONResponse:
    """Split articles off an event into a new one; they stay apart from its other articles.
    Needs `Authorization: Bearer <token>`."""
    return await _correct(
        web,
        lambda c: c.split(body.event, body.articles, author=body.author, reason=body.why),
        201,
    )


@router.post("/corrections/move", status_code=201, dependencies=WRITE)
async def move(web: WebDep, body: Move) -> JSONResponse:
    """Move articles into another event; they stay with it in every later run.
    Needs `Authorization: Bearer <token>`."""
    return await _correct(
        web,
        lambda c: c.move(body.articles, body.event, author=body.author, reason=body.why),
        201,
    )


@router.post("/corrections/undo", status_code=200, dependencies=WRITE)
async def undo(web: WebDep, body: Undo) -> JSONResponse:
    """Undo a correction (the latest by default): its articles go back where they were.
    Needs `Authorization: Bearer <token>`."""
    return await _correct(
        web,
        lambda c: c.undo(body.correction, author=body.author, reason=body.why),
        200,
    )
