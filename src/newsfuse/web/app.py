"""The web app and JSON API over a newsfuse database.

Pages are rendered on the server (Jinja2 with autoescaping: article text is untrusted) and every
response carries a strict Content-Security-Policy, so even a stored ``<script>`` cannot run. The
API mirrors the pages; writes (``POST /api/ingest``...) need a bearer token. Routes live in
``routers/`` (one module per area); this module wires them, the security headers and the errors.
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .context import HERE, TOKEN_ENV, Web, to_json
from .problems import MEDIA_TYPE, from_detail, problem
from .routers import ROUTERS

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


MAX_URL_BYTES = 16 * 1024  # path + query string; the server reads request heads up to ...
MAX_HEAD_BYTES = 2 * 1024**2  # ... this, so a longer URL gets a 414, never a reset connection


class UrlLimit:
    """Answers ``414 URI Too Long`` (a problem document) to a URL over ``MAX_URL_BYTES``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
            if size > MAX_URL_BYTES:
                body = to_json(
                    {
                        "type": "about:blank",
                        "title": "URI Too Long",
                        "status": 414,
                        "detail": f"the URL has {size:,} bytes, over the {MAX_URL_BYTES:,} limit",
                    }
                )
                headers = [
                    (b"content-type", MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                    *((k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()),
                ]
                await send({"type": "http.response.start", "status": 414, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


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


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(db_path: str, token: str | None = None) -> FastAPI:
    """The app serving ``db_path``; writes are enabled only with ``token`` or ``$NEWSFUSE_TOKEN``."""
    web = Web(str(db_path), token or os.environ.get(TOKEN_ENV) or None)
    app = FastAPI(
        title="newsfuse",
        description="Cross-checked, cited briefs of news events.",
        docs_url=None,  # Swagger UI needs a CDN and inline script: /docs is rendered here instead
        redoc_url=None,
    )
    app.state.web = web
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(UrlLimit)
    for router in ROUTERS:
        app.include_router(router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request) or not isinstance(exc.detail, str):
            return from_detail(request, exc.status_code, exc.detail, exc.headers)
        return web.page("error.html", exc.status_code, status=exc.status_code, message=exc.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        """422, as the OpenAPI spec says: a parameter out of its type or bounds."""
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        if _is_api(request):
            return problem(request, 422, "invalid request", errors=problems)
        return web.page("error.html", 422, status=422, message="; ".join(problems))

    return app


def server_config(app: ASGIApp, host: str, port: int) -> Any:
    """uvicorn's settings: h11, reading request heads up to ``MAX_HEAD_BYTES`` so that an over-long
    URL reaches ``UrlLimit`` (414) instead of having its connection reset."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="info",
        http="h11",
        h11_max_incomplete_event_size=MAX_HEAD_BYTES,
    )


def serve(
    db_path: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None
) -> None:
    """Run the app under uvicorn (loopback by default: expose it deliberately, behind TLS)."""
    import uvicorn

    uvicorn.Server(server_config(create_app(db_path, token), host, port)).run()
