"""API errors as RFC 9457 problem details (``application/problem+json``).

Every API error has ``type`` (``about:blank``: the status says it all), ``title`` (the status
phrase), ``status``, ``detail`` (what went wrong, in words naming the input) and ``instance`` (the
request path); extension members carry the rest, e.g. ingest's ``errors`` list.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

MEDIA_TYPE = "application/problem+json"


class ProblemResponse(JSONResponse):
    media_type = MEDIA_TYPE


def problem(
    request: Request,
    status: int,
    detail: str,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> ProblemResponse:
    body = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        **extensions,
    }
    return ProblemResponse(body, status, headers=headers)


def from_detail(
    request: Request, status: int, detail: Any, headers: dict[str, str] | None = None
) -> ProblemResponse:
    """A problem from an ``HTTPException`` detail: a message, or a dict with ``detail`` + extras."""
    if isinstance(detail, dict):
        extras = {k: v for k, v in detail.items() if k != "detail"}
        return problem(request, status, str(detail.get("detail", "")), headers, **extras)
    return problem(request, status, str(detail), headers)
