"""The read-only JSON API: events, their briefs and facts, articles, claims, entities."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import TypeAdapter

from ...brief import brief_data
from ...records import EventRecord
from .. import queries
from ..context import FROM_QUERY, SORT_QUERY, TO_QUERY, WebDep, not_found

RECORD = TypeAdapter(EventRecord)

router = APIRouter(prefix="/api")


def _page(result: queries.Page, items: list[Any]) -> dict[str, Any]:
    return {
        "total": result.total,
        "page": result.page,
        "per_page": result.per_page,
        "items": items,
    }


@router.get("/events", tags=["events"], response_class=JSONResponse)
async def list_events(
    request: Request,
    web: WebDep,
    q: str = Query("", description="words that must all appear in a member's title or text"),
    date_from: str | None = FROM_QUERY,
    date_to: str | None = TO_QUERY,
    place: str = Query("", description="place name or country code (substring)"),
    language: str = Query("", description="ISO 639-1 code of a member article"),
    sort: str = SORT_QUERY,
    page_no: int = Query(1, alias="page", ge=1, le=queries.MAX_PAGE),
    per_page: int = Query(20, ge=1, le=queries.MAX_PER_PAGE),
) -> Response:
    """Events, newest (or biggest) first, with counts of sources, languages and disputes."""

    def build() -> dict[str, Any]:
        result, _ = web.events_page(q, date_from, date_to, place, language, sort, page_no, per_page)
        return _page(result, [r.as_json() for r in result.items])

    return await web.cached_json(request, build)


@router.get("/events/{event_id}", tags=["events"], response_class=JSONResponse)
async def get_event(request: Request, web: WebDep, event_id: str) -> Response:
    """The event's brief (schema ``newsfuse.brief/2``, docs/brief.md)."""
    return await web.cached_json(request, lambda: brief_data(web.load_event(event_id)[1]))


@router.get("/events/{event_id}/facts", tags=["events"])
def get_facts(web: WebDep, event_id: str) -> dict[str, Any]:
    """Reconciled figures of the event (its own, then background ones), with each source's
    value and the explanations."""
    _, brief = web.load_event(event_id)
    data = brief_data(brief)
    return {
        "event_id": event_id,
        "facts": [f["fact"] for f in data["figures"] + data["background"]],
        "inconsistencies": data["inconsistencies"],
    }


@router.get("/events/{event_id}/record", tags=["events"])
def get_record(web: WebDep, event_id: str) -> dict[str, Any]:
    """The event record: what, when, where, who and how many, each with its evidence
    (docs/event-record.md); 404 when the event has none yet."""
    record = web.data.store().record(event_id)
    if record is None:
        raise not_found("event record", event_id)
    return RECORD.dump_python(record, mode="json")


@router.get("/articles", tags=["articles"])
def list_articles(
    web: WebDep,
    q: str = Query("", description="words that must all appear in the title or text"),
    event: str = Query("", description="only members of this event"),
    language: str = "",
    page_no: int = Query(1, alias="page", ge=1, le=queries.MAX_PAGE),
    per_page: int = Query(20, ge=1, le=queries.MAX_PER_PAGE),
) -> dict[str, Any]:
    """Articles, latest ingested first (metadata only; the text is at /api/articles/{id})."""
    seqs = web.data.search_seqs(q) if q.strip() else None
    result = queries.article_rows(
        web.data.store(),
        seqs=seqs,
        event_id=event or None,
        language=language or None,
        page=page_no,
        per_page=per_page,
    )
    return _page(result, result.items)


@router.get("/articles/{article_id}", tags=["articles"])
def get_article(web: WebDep, article_id: str) -> dict[str, Any]:
    """One article: clean text, sentences with offsets, its event and its copies."""
    article = web.load_article(article_id)
    store = web.data.store()
    record = asdict(article)
    record.pop("raw")
    record["published"] = article.published.isoformat() if article.published else None
    record["event_id"] = store.event_of(article_id)
    record["sentences"] = [asdict(s) for s in store.sentences(article_id)]
    record["duplicates"] = [
        {**asdict(d), "kind": d.kind.value} for d in store.duplicates([article_id])
    ]
    return record


@router.get("/articles/{article_id}/claims", tags=["articles"])
def get_claims(web: WebDep, article_id: str) -> dict[str, Any]:
    """Every figure the article states (``kind`` other = not a count, never a fact)."""
    web.load_article(article_id)
    claims = web.data.store().claims([article_id])
    return {
        "article_id": article_id,
        "claims": [json.loads(json.dumps(asdict(c), default=str)) for c in claims],
    }


@router.get("/entities", tags=["entities"])
def list_entities(
    web: WebDep,
    q: str = Query("", description="substring of the name or an alias"),
    type_: str = Query("", alias="type", description="PER, ORG, LOC, MISC"),
    page_no: int = Query(1, alias="page", ge=1, le=queries.MAX_PAGE),
    per_page: int = Query(50, ge=1, le=queries.MAX_PER_PAGE),
) -> dict[str, Any]:
    """Canonical entities with their aliases by language, most mentioned first."""
    result = queries.entity_rows(web.data.store(), q, type_, page_no, per_page)
    return _page(result, result.items)
