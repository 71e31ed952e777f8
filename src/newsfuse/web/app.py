"""The web app and JSON API over a newsfuse database.

Pages are rendered on the server (Jinja2 with autoescaping: article text is untrusted) and every
response carries a strict Content-Security-Policy, so even a stored ``<script>`` cannot run. The
API mirrors the pages; ``POST /api/ingest`` runs the CLI's pipeline and needs a bearer token.
"""

from __future__ import annotations

import hmac
import json
import os
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.datastructures import MutableHeaders, UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..ingest.readers import MAX_BYTES
from . import queries, view
from .data import Data
from .ingest import UPLOAD_NAME, Ingestor, safe_name

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
TOKEN_ENV = "NEWSFUSE_TOKEN"
INGEST_DOC = """Add articles. Needs `Authorization: Bearer <token>`.

Bodies: a JSON record `{title?, text, url?, source?, published?, language?}`, a JSON list of
records, or a multipart upload with a `file` field (.txt, .json, .jsonl, .html, .rss/.atom/.xml).
Validation and messages are the CLI's: `400` lists every `where: problem` line when nothing could
be added; `201` returns the added article ids (and any per-record errors)."""


class SecurityHeaders:
    """Adds the CSP and friends to every response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, with_headers)


def _json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda v: (v or "")[:10]
    return env


def _day(value: str | None, name: str) -> str | None:
    """Optional ISO date from a query string; HTML forms send empty fields as ''."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(
            400, f"'{name}' must be a date like 2024-11-27, got {value!r}"
        ) from None


def _not_found(kind: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {kind} with id {key!r}")


def create_app(db_path: str, token: str | None = None) -> FastAPI:
    """The app serving ``db_path``; ingest is enabled only with ``token`` or ``$NEWSFUSE_TOKEN``."""
    token = token or os.environ.get(TOKEN_ENV) or None
    data = Data(str(db_path))
    ingestor = Ingestor(str(db_path))
    env = _templates()
    app = FastAPI(
        title="newsfuse",
        description="Cross-checked, cited briefs of news events.",
        docs_url=None,  # Swagger UI needs a CDN and inline script: /docs is rendered here instead
        redoc_url=None,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SecurityHeaders)

    def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status_code)

    async def cached(request: Request, build: Any) -> bytes | str:
        """Hot bodies are built once per database version and URL; hits skip the threadpool."""
        key = f"{request.url.path}?{request.url.query}"
        hit = data.cached(key)
        return hit if hit is not None else await run_in_threadpool(data.memo, key, build)

    async def cached_html(request: Request, name: str, context: Any) -> HTMLResponse:
        body = await cached(request, lambda: env.get_template(name).render(**context()))
        return HTMLResponse(body)

    async def cached_json(request: Request, build: Any) -> Response:
        body = await cached(request, lambda: _json(build()))
        return Response(body, media_type="application/json")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or not isinstance(exc.detail, str):
            return JSONResponse(
                exc.detail if isinstance(exc.detail, dict) else {"detail": exc.detail},
                exc.status_code,
                headers=exc.headers,
            )
        return page("error.html", exc.status_code, status=exc.status_code, message=exc.detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "invalid request", "errors": problems}, 400)
        return page("error.html", 400, status=400, message="; ".join(problems))

    # -- shared lookups ---------------------------------------------------------------------
    def events_page(
        q: str, date_from: str | None, date_to: str | None, place: str, language: str,
        sort: str, page_no: int, per_page: int,
    ) -> tuple[queries.Page, queries.EventIndex]:  # fmt: skip
        f = queries.EventFilter(
            q=q,
            date_from=_day(date_from, "from"),
            date_to=_day(date_to, "to"),
            place=place,
            language=language,
            sort=sort,
            page=page_no,
            per_page=per_page,
        )
        index = data.index()
        return index.search(f, data.search_seqs(q) if q.strip() else None), index

    def load_event(event_id: str) -> tuple[Any, dict[str, Any]]:
        event = queries.event(data.store().db, event_id)
        if event is None:
            raise _not_found("event", event_id)
        return event, data.brief(event)

    def load_article(article_id: str) -> Any:
        article = data.store().article(article_id)
        if article is None:
            raise _not_found("article", article_id)
        return article

    sort_query = Query("newest", pattern="^(newest|biggest)$")
    from_query = Query(None, alias="from", description="ISO date: events ending on/after it")
    to_query = Query(None, alias="to", description="ISO date: events starting on/before it")

    # -- pages --------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def events_html(
        request: Request,
        q: str = "",
        date_from: str | None = from_query,
        date_to: str | None = to_query,
        place: str = "",
        language: str = "",
        sort: str = sort_query,
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        def context() -> dict[str, Any]:
            result, index = events_page(q, date_from, date_to, place, language, sort, page_no, 20)
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

        return await cached_html(request, "events.html", context)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    async def event_html(request: Request, event_id: str) -> HTMLResponse:
        def context() -> dict[str, Any]:
            _, brief = load_event(event_id)
            source_number = {s["article_id"]: s["n"] for s in brief["sources"]}
            labels = {s["article_id"]: s["outlet"] for s in brief["sources"]}
            claim_ids = [v["claim_id"] for f in brief["figures"] for v in f.get("values", [])]
            locations = queries.claim_locations(data.store().db, claim_ids)
            return {
                "brief": brief,
                "figures": view.figure_rows(brief["figures"], locations, source_number, labels),
                "places": view.place_rows(brief["places"]),
                "source_number": source_number,
                "safe_url": view.safe_url,
            }

        return await cached_html(request, "event.html", context)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_html(article_id: str) -> HTMLResponse:
        article = load_article(article_id)
        store = data.store()
        sentences = store.sentences(article_id)
        claims = store.claims([article_id])
        mentions = store.mentions([article_id])
        places = store.places([article_id])
        spans = view.article_spans(claims, mentions, places)
        event_id = store.event_of(article_id)
        event = queries.event(store.db, event_id) if event_id else None
        links = store.duplicates([article_id])
        return page(
            "article.html",
            article=article,
            paragraphs=view.paragraphs(article, sentences, spans),
            claims=[c for c in claims if c.kind.value != "other"],
            entities=store.entities(sorted({m.entity_id for m in mentions if m.entity_id})),
            places=view.place_rows([asdict(p) for p in places]),
            event=event,
            copy_of=[d for d in links if d.article_id == article_id],
            copies=[d for d in links if d.duplicate_of == article_id],
            safe_url=view.safe_url,
        )

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_html() -> HTMLResponse:
        spec = app.openapi()
        return page("docs.html", spec=spec, paths=spec.get("paths", {}))

    # -- API -----------------------------------------------------------------------------------
    @app.get("/api/events", tags=["events"], response_class=JSONResponse)
    async def list_events(
        request: Request,
        q: str = Query("", description="words that must all appear in a member's title or text"),
        date_from: str | None = from_query,
        date_to: str | None = to_query,
        place: str = Query("", description="place name or country code (substring)"),
        language: str = Query("", description="ISO 639-1 code of a member article"),
        sort: str = sort_query,
        page_no: int = Query(1, alias="page", ge=1),
        per_page: int = Query(20, ge=1, le=queries.MAX_PER_PAGE),
    ) -> Response:
        """Events, newest (or biggest) first, with counts of sources, languages and disputes."""

        def build() -> dict[str, Any]:
            result, _ = events_page(q, date_from, date_to, place, language, sort, page_no, per_page)
            return {
                "total": result.total,
                "page": result.page,
                "per_page": result.per_page,
                "items": [r.as_json() for r in result.items],
            }

        return await cached_json(request, build)

    @app.get("/api/events/{event_id}", tags=["events"], response_class=JSONResponse)
    async def get_event(request: Request, event_id: str) -> Response:
        """The event's brief (schema ``newsfuse.brief/1``)."""
        return await cached_json(request, lambda: load_event(event_id)[1])

    @app.get("/api/events/{event_id}/facts", tags=["events"])
    def get_facts(event_id: str) -> dict[str, Any]:
        """Reconciled figures of the event, with each source's value and the explanations."""
        _, brief = load_event(event_id)
        return {
            "event_id": event_id,
            "facts": brief["figures"],
            "inconsistencies": brief["inconsistencies"],
        }

    @app.get("/api/articles", tags=["articles"])
    def list_articles(
        q: str = Query("", description="words that must all appear in the title or text"),
        event: str = Query("", description="only members of this event"),
        language: str = "",
        page_no: int = Query(1, alias="page", ge=1),
        per_page: int = Query(20, ge=1, le=queries.MAX_PER_PAGE),
    ) -> dict[str, Any]:
        """Articles, latest ingested first (metadata only; the text is at /api/articles/{id})."""
        seqs = data.search_seqs(q) if q.strip() else None
        result = queries.article_rows(
            data.store().db,
            seqs=seqs,
            event_id=event or None,
            language=language or None,
            page=page_no,
            per_page=per_page,
        )
        return {
            "total": result.total,
            "page": result.page,
            "per_page": result.per_page,
            "items": result.items,
        }

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: str) -> dict[str, Any]:
        """One article: clean text, sentences with offsets, its event and its copies."""
        article = load_article(article_id)
        store = data.store()
        record = asdict(article)
        record.pop("raw")
        record["published"] = article.published.isoformat() if article.published else None
        record["event_id"] = store.event_of(article_id)
        record["sentences"] = [asdict(s) for s in store.sentences(article_id)]
        record["duplicates"] = [
            {**asdict(d), "kind": d.kind.value} for d in store.duplicates([article_id])
        ]
        return record

    @app.get("/api/articles/{article_id}/claims", tags=["articles"])
    def get_claims(article_id: str) -> dict[str, Any]:
        """Every figure the article states (``kind`` other = not a count, never a fact)."""
        load_article(article_id)
        claims = data.store().claims([article_id])
        return {
            "article_id": article_id,
            "claims": [json.loads(json.dumps(asdict(c), default=str)) for c in claims],
        }

    @app.get("/api/entities", tags=["entities"])
    def list_entities(
        q: str = Query("", description="substring of the name or an alias"),
        type_: str = Query("", alias="type", description="PER, ORG, LOC, MISC"),
        page_no: int = Query(1, alias="page", ge=1),
        per_page: int = Query(50, ge=1, le=queries.MAX_PER_PAGE),
    ) -> dict[str, Any]:
        """Canonical entities with their aliases by language, most mentioned first."""
        result = queries.entity_rows(data.store(), q, type_, page_no, per_page)
        return {
            "total": result.total,
            "page": result.page,
            "per_page": result.per_page,
            "items": result.items,
        }

    @app.post(
        "/api/ingest",
        tags=["ingest"],
        status_code=201,
        description=INGEST_DOC,
        openapi_extra={
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
        },
    )
    async def ingest(request: Request) -> JSONResponse:
        check_token(request)
        name, body, origin = await read_upload(request)
        result = await run_in_threadpool(ingestor.ingest, name, body, origin)
        payload = {
            "added": result.added,
            "known": result.known,
            "errors": result.errors,
            "events": result.events,
            "articles": [f"/api/articles/{aid}" for aid in result.added],
        }
        if result.errors and not result.added and not result.known:
            detail = f"nothing ingested: {len(result.errors)} problem(s)"
            return JSONResponse({"detail": detail, **payload}, 400)
        return JSONResponse(payload, 201 if result.added else 200)

    def check_token(request: Request) -> None:
        if token is None:
            raise HTTPException(
                403, f"ingest is disabled: start the server with a token (${TOKEN_ENV})"
            )
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        challenge = {"WWW-Authenticate": "Bearer"}
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "missing bearer token (Authorization: Bearer …)", challenge)
        if not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "invalid token", challenge)

    async def read_upload(request: Request) -> tuple[str, bytes, str]:
        """(file name choosing the reader, bytes, origin tag) of a JSON body or an upload."""
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BYTES + 65536:
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
            body = await request.body()
            if len(body) > MAX_BYTES:
                raise HTTPException(413, f"request is over the {MAX_BYTES // 10**6} MB limit")
            if not body.strip():
                raise HTTPException(400, {"detail": "empty body", "errors": ["body: empty"]})
            return "body.json", body, "api"
        raise HTTPException(
            415, f"unsupported content type {kind!r}: send application/json or multipart/form-data"
        )

    return app


def serve(
    db_path: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None
) -> None:
    """Run the app under uvicorn (loopback by default: expose it deliberately, behind TLS)."""
    import uvicorn

    uvicorn.run(create_app(db_path, token), host=host, port=port, log_level="info")
