"""What every router shares: the database, the ingestor, templates, caching and the token check.

One ``Web`` object is built per app and kept on ``app.state``; routes receive it through the
``WebDep`` dependency (an async function, so it never costs a threadpool hop).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader

from ..brief import Brief
from ..brief.render import update_text, update_when
from ..records import Article, Event
from . import queries
from .data import Data
from .ingest import Ingestor

HERE = Path(__file__).parent
TOKEN_ENV = "NEWSFUSE_TOKEN"

# Query parameters shared by the events page and the events API.
SORT_QUERY = Query(
    "updated",
    pattern="^(updated|newest|biggest)$",
    description="updated: latest report received first; newest: latest report published first",
)
FROM_QUERY = Query(None, alias="from", description="ISO date: events ending on/after it")
TO_QUERY = Query(None, alias="to", description="ISO date: events starting on/before it")


def to_json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda v: (v or "")[:10]
    env.filters["update_when"] = update_when
    env.filters["update_text"] = update_text
    return env


def day(value: str | None, name: str) -> str | None:
    """Optional ISO date from a query string; HTML forms send empty fields as ''."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(
            422, f"'{name}' must be a date like 2024-11-27, got {value[:40]!r}"
        ) from None


def not_found(kind: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {kind} with id {key!r}")


class Web:
    """The app's state and the lookups several routers use."""

    def __init__(self, db_path: str, token: str | None) -> None:
        self.token = token
        self.data = Data(db_path)
        self.ingestor = Ingestor(db_path)
        self.env = templates()

    # -- rendering ---------------------------------------------------------------------------
    def page(self, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(name).render(**context), status_code=status_code)

    async def cached(self, request: Request, build: Callable[[], Any]) -> bytes | str:
        """Hot bodies are built once per database version and URL; hits skip the threadpool."""
        key = f"{request.url.path}?{request.url.query}"
        hit = self.data.cached(key)
        return hit if hit is not None else await run_in_threadpool(self.data.memo, key, build)

    async def cached_html(
        self, request: Request, name: str, context: Callable[[], dict[str, Any]]
    ) -> HTMLResponse:
        body = await self.cached(request, lambda: self.env.get_template(name).render(**context()))
        return HTMLResponse(body)

    async def cached_json(self, request: Request, build: Callable[[], Any]) -> Response:
        body = await self.cached(request, lambda: to_json(build()))
        return Response(body, media_type="application/json")

    # -- lookups -----------------------------------------------------------------------------
    def events_page(
        self, q: str, date_from: str | None, date_to: str | None, place: str, language: str,
        sort: str, page_no: int, per_page: int,
    ) -> tuple[queries.Page, queries.EventIndex]:  # fmt: skip
        f = queries.EventFilter(
            q=q,
            date_from=day(date_from, "from"),
            date_to=day(date_to, "to"),
            place=place,
            language=language,
            sort=sort,
            page=page_no,
            per_page=per_page,
        )
        index = self.data.index()
        return index.search(f, self.data.search_seqs(q) if q.strip() else None), index

    def load_event(self, event_id: str) -> tuple[Event, Brief]:
        event = self.data.store().event(event_id)
        if event is None:
            raise not_found("event", event_id)
        return event, self.data.brief(event)

    def load_article(self, article_id: str) -> Article:
        article = self.data.store().article(article_id)
        if article is None:
            raise not_found("article", article_id)
        return article

    # -- writes ------------------------------------------------------------------------------
    def check_token(self, request: Request, action: str = "ingest") -> None:
        """Writes need ``Authorization: Bearer <token>``; without a configured token they are off."""
        if self.token is None:
            raise HTTPException(
                403, f"{action} is disabled: start the server with a token (${TOKEN_ENV})"
            )
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        challenge = {"WWW-Authenticate": "Bearer"}
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "missing bearer token (Authorization: Bearer …)", challenge)
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise HTTPException(401, "invalid token", challenge)


async def get_web(request: Request) -> Web:
    return request.app.state.web


WebDep = Annotated[Web, Depends(get_web)]
