"""The SOURCES a user names: feed URLs, text files of URLs, OPML subscription lists.

Each bad item is one :class:`InputError` naming it (file and line) and the problem; the good ones
are still watched. OPML is read with ``listparser`` from bytes (it is never given a URL, which it
would fetch itself).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..ingest.encoding import decode
from ..ingest.files import read_input
from ..ingest.readers import MAX_BYTES
from ..records import Source


def source_id(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:16]


def new_source(url: str, now: datetime) -> Source:
    return Source(id=source_id(url), url=url, added_at=now)


def is_web_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def read_sources(items: Iterable[str]) -> tuple[list[str], list[InputError]]:
    """Feed URLs from ``items`` (in order, each once) and what could not be read."""
    urls: list[str] = []
    errors: list[InputError] = []
    for item in items:
        text = item.strip()
        if "://" in text:
            if is_web_url(text):
                urls.append(text)
            else:
                errors.append(InputError(text, "not an http(s) URL with a host"))
            continue
        path = Path(text)
        if not path.is_file():
            errors.append(InputError(text, "neither a feed URL nor a file of feed URLs or OPML"))
            continue
        try:
            data = read_input(path, MAX_BYTES)
            if path.suffix.lower() == ".opml" or b"<opml" in data[:2048].lower():
                found, problems = _read_opml(path, data)
            else:
                found, problems = _read_list(path, decode(str(path), data).text)
        except InputError as error:
            errors.append(error)
            continue
        urls += found
        errors += problems
    return list(dict.fromkeys(urls)), errors


def _read_opml(path: Path, data: bytes) -> tuple[list[str], list[InputError]]:
    import listparser

    parsed = listparser.parse(data)
    if parsed.bozo and not parsed.feeds:
        raise InputError(str(path), f"not a readable OPML list ({parsed.bozo_exception})")
    urls, errors = [], []
    for n, feed in enumerate(parsed.feeds, 1):
        url = (feed.get("url") or "").strip()
        if is_web_url(url):
            urls.append(url)
        else:
            errors.append(InputError(f"{path}#outline{n}", f"not an http(s) feed URL: {url!r}"))
    if not urls and not errors:
        raise InputError(str(path), "OPML list names no feed (no outline with an xmlUrl)")
    return urls, errors


def _read_list(path: Path, text: str) -> tuple[list[str], list[InputError]]:
    """One URL a line; blank lines and lines starting with # are skipped."""
    urls, errors = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        value = line.strip()
        if not value or value.startswith("#"):
            continue
        if is_web_url(value):
            urls.append(value)
        else:
            errors.append(InputError(f"{path}:{lineno}", f"not an http(s) URL: {value[:80]!r}"))
    return urls, errors
