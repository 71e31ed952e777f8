"""HTML pages: the events list, an event's brief, an article with its highlights, the API docs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ...brief.render import (
    cited_html,
    excerpt,
    header,
    record_lines,
    stated,
    story_lines,
    update_by,
    updates_shown,
    when,
    who_lines,
)
from ...escape import safe_url
from .. import analyst, queries, view
from ..context import FROM_QUERY, SORT_QUERY, TO_QUERY, WebDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
async def events_html(
    request: Request,
    web: WebDep,
    q: str = "",
    date_from: str | None = FROM_QUERY,
    date_to: str | None = TO_QUERY,
    place: str = "",
    language: str = "",
    sort: str = SORT_QUERY,
    page_no: int = Query(1, alias="page", ge=1, le=queries.MAX_PAGE),
) -> HTMLResponse:
    def context() -> dict[str, Any]:
        result, index = web.events_page(q, date_from, date_to, place, language, sort, page_no, 20)
        params = {
            "q": q,
            "from": date_from or "",
            "to": date_to or "",
            "place": place,
            "language": language,
            "sort": sort,
        }
        return {
            "result": result,
            "params": params,
            "languages": index.languages,
            "query": {k: v for k, v in params.items() if v},
        }

    return await web.cached_html(request, "events.html", context)


@router.get("/events/{event_id}")
async def event_html(request: Request, web: WebDep, event_id: str) -> HTMLResponse:
    def context() -> dict[str, Any]:
        _, brief = web.load_event(event_id)
        numbers = brief.numbers
        claim_ids = [c for f in brief.figures for v in f.values for c in v.claim_ids]
        locations = web.data.store().claim_locations(claim_ids)
        return {
            "brief": brief,
            "figures": view.figure_rows(brief.figures, locations, numbers),
            "source_number": numbers,
            "safe_url": safe_url,
            "header": header,
            "record_lines": record_lines,
            "when": when,
            "excerpt": excerpt,
            "story": list(zip(brief.story, story_lines(brief), strict=True)),
            "who_lines": who_lines,
            "stated": stated,
            "update_by": lambda update: update_by(brief, update),
            "updates_shown": updates_shown,
            "cited": lambda text: cited_html(text, numbers),
            "analyst": analyst.event_panel(web.data.store(), event_id),
        }

    return await web.cached_html(request, "event.html", context)


@router.get("/articles/{article_id}")
def article_html(web: WebDep, article_id: str) -> HTMLResponse:
    article = web.load_article(article_id)
    store = web.data.store()
    sentences = store.sentences(article_id)
    claims = store.claims([article_id])
    mentions = store.mentions([article_id])
    places = store.places([article_id])
    spans = view.article_spans(claims, mentions, places)
    event_id = store.event_of(article_id)
    event = store.event(event_id) if event_id else None
    links = store.duplicates([article_id])
    return web.page(
        "article.html",
        article=article,
        paragraphs=view.paragraphs(article, sentences, spans),
        claims=[c for c in claims if c.kind.value != "other"],
        entities=store.entities(sorted({m.entity_id for m in mentions if m.entity_id})),
        places=view.place_rows(places),
        event=event,
        copy_of=[d for d in links if d.article_id == article_id],
        copies=[d for d in links if d.duplicate_of == article_id],
        safe_url=safe_url,
    )


@router.get("/docs")
def docs_html(request: Request, web: WebDep) -> HTMLResponse:
    spec = request.app.openapi()
    return web.page("docs.html", spec=spec, paths=spec.get("paths", {}))
