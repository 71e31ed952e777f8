"""Read articles from files and folders: plain text, HTML pages, JSON / JSON lines and feeds.

Every reader yields either an :class:`Article` or an :class:`InputError` naming the item and the
problem, so one bad file, line or feed entry never stops the batch.

JSON records (``.json`` holds one record or an array of them, ``.jsonl`` one record a line)::

    {"id": "optional stable id", "title": "...", "text": "required body",
     "url": "...", "source": "outlet name", "published": "ISO 8601 date/time",
     "language": "ISO 639-1 code (detected when absent)"}
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..errors import InputError
from ..records import Article
from .clean import clean_text, normalise_text, split_title

MAX_BYTES = 10 * 1024 * 1024  # a news report is never this long; larger ones are refused
MAX_COLLECTION_BYTES = 4 * 1024**3  # JSON lines are streamed: the limit applies to each record
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES

Item = Article | InputError


def content_hash(text: str) -> str:
    """Hash of the clean text, insensitive to case and spacing: exact copies share it."""
    canonical = re.sub(r"\s+", " ", text.lower()).strip()
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def make_article(
    *,
    key: str,
    text: str,
    raw: str,
    title: str = "",
    source_path: str = "",
    url: str | None = None,
    outlet: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    original_source: str | None = None,
    meta: dict[str, str] | None = None,
) -> Article:
    """Build an Article whose id depends only on where it came from and what it says."""
    digest = content_hash(f"{title}\n{text}")
    article_id = hashlib.sha1(f"{key}\0{digest}".encode()).hexdigest()[:16]
    if outlet is None and url:
        outlet = outlet_from_url(url)
    return Article(
        id=article_id,
        text=text,
        title=title,
        raw=raw,
        source_path=source_path,
        url=url,
        outlet=outlet,
        original_source=original_source,
        published=published,
        language=language,
        content_hash=digest,
        meta=meta or {},
    )


_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(?P<original>.+)$")


def outlet_from_url(url: str) -> str | None:
    """The site's host name, looking through web-archive copies to the archived page."""
    archived = _ARCHIVE.match(url)
    if archived:
        url = archived.group("original")
        url = url if "://" in url else "http://" + url
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def parse_datetime(value: Any) -> datetime | None:
    """Parse an ISO-like date or date-time; None when absent or unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            from email.utils import parsedate_to_datetime

            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    # Stored times are naive UTC, so reports from different time zones order correctly.
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files under ``paths`` in a stable order (folders walked recursively, sorted)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
        elif path.is_dir():
            try:
                children = sorted(p for p in path.rglob("*") if p.is_file())
            except OSError as exc:
                yield InputError(str(path), f"cannot list folder ({exc.strerror or exc})")
                continue
            for child in children:
                if child.suffix.lower() in SUPPORTED and not child.name.startswith("."):
                    yield child
        else:
            yield path


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise InputError(
            str(path),
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one input",
        )
    if size == 0:
        raise InputError(str(path), "empty file")


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing unreadable, empty, oversized and binary files."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                str(path),
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one input",
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(str(path), "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "binary file (contains NUL bytes), not text")
    return data


def decode(path: Path | str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Articles of one file, chosen by suffix (feeds are also recognised by their content)."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSON_SUFFIXES and suffix != ".json":
            yield from _read_jsonl(path, max_bytes)
            return
        data = read_bytes(path, max_bytes)
        if suffix == ".json":
            yield from _read_json(path, decode(path, data))
        elif suffix in FEED_SUFFIXES or _looks_like_feed(data):
            yield from _read_feed(path, data)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(path, decode(path, data))
        elif suffix in TEXT_SUFFIXES:
            yield _read_text(path, decode(path, data))
        else:
            yield InputError(str(path), f"unsupported file type {suffix or '(none)'}")
    except InputError as error:
        yield error


def read_inputs(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, max_bytes)


def _looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in data[:4096] or b"<feed" in data[:4096])


def text_to_article(raw: str, where: str, key: str, source_path: str = "") -> Article:
    """A plain-text report (cleaned; the first line is the title when it looks like one)."""
    cleaned = clean_text(raw)
    title, body = split_title(cleaned.text)
    if not body:
        raise InputError(where, "no article text left after cleaning")
    return make_article(
        key=key,
        text=body,
        raw=raw,
        title=title,
        source_path=source_path,
        original_source=cleaned.original_source,
    )


def _read_text(path: Path, raw: str) -> Article:
    return text_to_article(raw, str(path), path.name, str(path))


def _read_html(path: Path, raw: str) -> Article:
    return page_to_article(raw, str(path), source_path=str(path), fallback_key=path.name)


def page_to_article(
    raw: str,
    where: str,
    *,
    source_path: str,
    fallback_key: str,
    key: str | None = None,
    url: str | None = None,
) -> Article:
    """An HTML article page's main text and metadata (trafilatura), boilerplate left out.

    The id's key is ``key`` when given (a feed entry's id, stable however the page moves), else
    the page's own canonical address, else ``fallback_key``; ``url`` (where it was fetched) stands
    in for a page that names no address of its own.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(where, "no article text found in the HTML page")
    cleaned = clean_text(text)
    page_url = getattr(doc, "url", None) or url
    return make_article(
        key=key or page_url or fallback_key,
        text=cleaned.text,
        raw=raw,
        title=normalise_text(getattr(doc, "title", None) or ""),
        source_path=source_path,
        url=page_url,
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        published=parse_datetime(getattr(doc, "date", None)),
        original_source=cleaned.original_source,
    )


def record_to_article(record: Any, where: str, source_path: str, fallback_key: str) -> Article:
    """Validate one JSON record (see the module docstring) and build its Article."""
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(where, "field 'text' must be a string")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    cleaned = clean_text(text or "")
    if not cleaned.text:
        # Crawls often keep only the headline, or a login page in place of the report; the
        # headline still tells which event the report is about.
        text = title
        cleaned = clean_text(text or "")
        if not cleaned.text:
            raise InputError(
                where,
                "missing or empty field 'text', or only page debris (and no 'title' to use instead)",
            )
    if record.get("id") is not None and not isinstance(record["id"], str | int):
        raise InputError(where, "field 'id' must be a string or an integer")
    for name in ("title", "url", "source", "published", "language"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"field '{name}' must be a string")
    published = record.get("published")
    parsed = parse_datetime(published)
    if published and parsed is None:
        raise InputError(where, f"field 'published' is not an ISO date: {published!r}")
    key = str(record.get("id") or record.get("url") or fallback_key)
    return make_article(
        key=key,
        text=cleaned.text,
        raw=text,
        title=normalise_text(str(record.get("title") or "")),
        source_path=source_path,
        url=record.get("url"),
        outlet=record.get("source"),
        published=parsed,
        language=record.get("language"),
        original_source=cleaned.original_source,
        meta={"record_id": str(record["id"])} if record.get("id") is not None else None,
    )


def _read_json(path: Path, raw: str) -> Iterator[Item]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}", f"invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(str(path), "invalid JSON (nested too deeply)") from None
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, 1):
        try:
            yield record_to_article(record, f"{path}[{index}]", str(path), f"{path.name}#{index}")
        except InputError as error:
            yield error


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    """One record a line, streamed: a bad line is reported and skipped, the rest still read."""
    _check_size(path, MAX_COLLECTION_BYTES)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    with handle:
        for lineno, data in enumerate(handle, 1):
            if not data.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                if len(data) > max_bytes:
                    raise InputError(where, f"record is {len(data) / 1e6:.1f} MB, over the limit")
                record = json.loads(decode(where, data))
                yield record_to_article(record, where, str(path), f"{path.name}#{lineno}")
            except json.JSONDecodeError as exc:
                yield InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            except RecursionError:
                yield InputError(where, "invalid JSON (nested too deeply)")
            except InputError as error:
                yield error


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary), one line per block element."""
    if "<" not in fragment:
        return normalise_text(fragment)
    import lxml.html

    fragment = re.sub(r"\s+", " ", fragment)  # line breaks inside HTML are just spaces
    try:
        root = lxml.html.fromstring(fragment)
    except (ValueError, lxml.etree.ParserError):
        return normalise_text(re.sub(r"<[^>]+>", " ", fragment))
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return normalise_text(root.text_content())


def _read_feed(path: Path, data: bytes) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "unreadable"
        raise InputError(str(path), f"broken feed ({reason})")
    if not feed.entries:
        raise InputError(str(path), "feed has no entries")
    outlet = feed.feed.get("title") or None
    for index, entry in enumerate(feed.entries, 1):
        try:
            yield entry_to_article(
                entry,
                f"{path}#entry{index}",
                outlet=outlet,
                source_path=str(path),
                key=entry_key(entry) or f"{path.name}#{index}",
            )
        except InputError as error:
            yield error


def entry_key(entry: Any) -> str | None:
    """What identifies a feed entry across fetches: its id (guid), else its link."""
    return entry.get("id") or entry.get("link") or None


def entry_body(entry: Any) -> str:
    """A feed entry's HTML: its full content when the feed carries it, else its summary."""
    body = ""
    if entry.get("content"):
        body = " \n".join(part.get("value", "") for part in entry["content"])
    return body or entry.get("summary", "") or entry.get("description", "")


def entry_to_article(
    entry: Any, where: str, *, outlet: str | None, source_path: str, key: str
) -> Article:
    """A feedparser entry as an article whose text is the entry's content or summary."""
    body = entry_body(entry)
    text = html_to_text(body)
    if not text:
        raise InputError(where, "feed entry has no text")
    cleaned = clean_text(text)
    published = entry.get("published") or entry.get("updated")
    return make_article(
        key=key,
        text=cleaned.text,
        raw=body,
        title=normalise_text(entry.get("title", "")),
        source_path=source_path,
        url=entry.get("link"),
        outlet=outlet,
        published=parse_datetime(published),
        original_source=cleaned.original_source,
    )
