"""Read articles from files and folders: plain text, HTML pages, JSON / JSON lines and feeds.

Every reader yields either an :class:`Article` or an :class:`InputError` naming the item and the
problem, so one bad file, line or feed entry never stops the batch: whatever goes wrong inside one
input, even an error nobody foresaw, becomes that input's one-line error.

JSON records (``.json`` holds one record or an array of them, ``.jsonl`` one record a line)::

    {"id": "optional stable id", "title": "...", "text": "required body",
     "url": "...", "source": "outlet name", "published": "ISO 8601 date/time",
     "language": "ISO 639-1 code (detected when absent)"}

Every input is bounded: a file is at most ``MAX_BYTES``, a report's clean text at most
``MAX_TEXT_CHARS`` characters, a title ``MAX_TITLE_CHARS``, other fields ``MAX_FIELD_CHARS``; HTML
pages and feeds are parsed in a worker under a time and memory budget (``budget``). Files are
found and opened by ``files`` (no symbolic link out of the given folders, no special files) and
decoded by ``encoding`` (BOM, UTF-8, declared charset, detection).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..escape import path_text, valid_unicode
from ..outlets import host
from ..records import Article
from . import budget
from .clean import clean_text, normalise_text, split_title
from .encoding import Decoded, bom, decode
from .files import iter_files, open_input, read_input

MAX_BYTES = 10 * 1024 * 1024  # a news report is never this long; larger ones are refused
MAX_COLLECTION_BYTES = 4 * 1024**3  # JSON lines are streamed: the limit applies to each record
# The longest report of the evaluation sets has 100,000 characters; a text many times longer is a
# book, a dump of many reports or garbage, and would cost minutes in extraction.
MAX_TEXT_CHARS = 300_000
MAX_TITLE_CHARS = 500  # a longer "title" is a paragraph: it is cut at a word
MAX_FIELD_CHARS = 2_000  # ids, URLs, outlet names, languages and dates are short
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
PARSERS = ("newsfuse.ingest.readers", "trafilatura", "feedparser", "lxml.html")  # in the worker
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")

Item = Article | InputError
log = logging.getLogger(__name__)


def content_hash(text: str) -> str:
    """Hash of the clean text, insensitive to case and spacing: exact copies share it."""
    canonical = re.sub(r"\s+", " ", text.lower()).strip()
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def make_article(
    *,
    where: str,
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
    """Build an Article whose id depends only on where it came from and what it says.

    Every string is made storable (an unpaired surrogate becomes U+FFFD); a text over
    ``MAX_TEXT_CHARS`` is refused, a title over ``MAX_TITLE_CHARS`` cut at a word."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            where,
            f"text is {len(text):,} characters after cleaning, over the {MAX_TEXT_CHARS:,}-"
            "character limit for one report",
        )
    text, title, key = valid_unicode(text), _short_title(valid_unicode(title)), valid_unicode(key)
    digest = content_hash(f"{title}\n{text}")
    article_id = hashlib.sha1(f"{key}\0{digest}".encode()).hexdigest()[:16]
    url = valid_unicode(url) if url else None
    if outlet is None and url:
        outlet = host(url)
    return Article(
        id=article_id,
        text=text,
        title=title,
        raw=valid_unicode(raw),
        source_path=valid_unicode(source_path),
        url=url,
        outlet=valid_unicode(outlet) if outlet else None,
        original_source=valid_unicode(original_source) if original_source else None,
        published=published,
        language=valid_unicode(language) if language else None,
        content_hash=digest,
        meta={k: valid_unicode(v) for k, v in (meta or {}).items()},
    )


def _short_title(title: str) -> str:
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return (cut if len(cut) > MAX_TITLE_CHARS // 2 else title[:MAX_TITLE_CHARS]) + "…"


def parse_datetime(value: Any) -> datetime | None:
    """Parse an ISO-like date or date-time; None when absent, unreadable or out of range."""
    try:
        return checked_datetime(value)
    except ValueError:
        return None


def checked_datetime(value: Any) -> datetime | None:
    """Like :func:`parse_datetime`, but a present, unusable value raises ValueError saying why."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            raise ValueError("not an ISO 8601 date") from None
    if not parsed.tzinfo:
        return parsed
    # Stored times are naive UTC, so reports from different time zones order correctly.
    try:
        return parsed.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:  # 0001-01-01T00:00:00+14:00 is in year 0 in UTC
        raise ValueError("outside years 1-9999 once converted to UTC") from None


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Articles of one file, chosen by suffix (feeds are also recognised by their content).

    Whatever fails inside the file ends the file with one error naming it (after the articles
    already read from it); a bad record, line or entry of a collection is reported alone."""
    where = str(path)
    try:
        yield from _read_path(path, max_bytes)
    except InputError as error:
        yield error
    except Exception as exc:  # one input never stops the batch
        yield unexpected(where, exc)


def unexpected(where: str, exc: BaseException, failed: str = "could not be read") -> InputError:
    """An error nobody foresaw, as the input's one-line error (the traceback goes to the log)."""
    log.debug("unexpected error on %s", where, exc_info=exc)
    return InputError(where, f"{failed} ({type(exc).__name__}: {_shown(str(exc))})")


def _read_path(path: Path, max_bytes: int) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES and suffix != ".json":
        yield from _read_jsonl(path, max_bytes)
        return
    if suffix not in SUPPORTED:
        yield InputError(str(path), f"unsupported file type {suffix or '(none)'}")
        return
    data = read_input(path, max_bytes)
    if suffix == ".json":
        yield from _read_json(path, _text_of(path, data))
    elif suffix in FEED_SUFFIXES or _looks_like_feed(data):
        yield from _read_feed(path, data)
    elif suffix in HTML_SUFFIXES:
        decoded = _decoded(path, data, declared=True)
        yield _read_html(path, decoded)
    else:
        decoded = _decoded(path, data)
        yield text_to_article(
            decoded.text, str(path), path_text(path.name), path_text(path), _encoding_meta(decoded)
        )


def read_inputs(
    paths: Iterable[str | Path], max_bytes: int = MAX_BYTES, follow_symlinks: bool = False
) -> Iterator[Item]:
    """Every article of ``paths`` (files or folders) and one error per input that fails.

    Symbolic links out of the given paths are reported, not followed, unless ``follow_symlinks``.
    """
    for item in iter_files(paths, SUPPORTED, follow_symlinks):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, max_bytes)


def _decoded(path: Path | str, data: bytes, declared: bool = False) -> Decoded:
    decoded = decode(str(path), data, declared)
    if not decoded.text.strip():
        raise InputError(str(path), "empty file")
    if "\x00" in decoded.text[:8192]:
        raise InputError(str(path), f"binary file (contains NUL characters as {decoded.encoding})")
    return decoded


def _text_of(path: Path | str, data: bytes) -> str:
    return _decoded(path, data).text


def _encoding_meta(decoded: Decoded) -> dict[str, str] | None:
    """Provenance of a text that was not plain UTF-8: which encoding, and how it was chosen."""
    if decoded.how in ("", "BOM") and decoded.encoding.startswith("utf"):
        return None
    return {"encoding": f"{decoded.encoding} ({decoded.how})"}


def _looks_like_feed(data: bytes) -> bool:
    marked = bom(data)
    head = data[:4096]
    if marked:
        head = head.decode(marked[0], "ignore").encode("utf-8", "ignore")
    head = head.lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


def text_to_article(
    raw: str, where: str, key: str, source_path: str = "", meta: dict[str, str] | None = None
) -> Article:
    """A plain-text report (cleaned; the first line is the title when it looks like one)."""
    cleaned = clean_text(raw)
    title, body = split_title(cleaned.text)
    if not body:
        raise InputError(where, "no article text left after cleaning")
    return make_article(
        where=where,
        key=key,
        text=body,
        raw=raw,
        title=title,
        source_path=source_path,
        original_source=cleaned.original_source,
        meta=meta,
    )


@dataclass(slots=True)
class Page:
    """What trafilatura finds in an HTML page (plain data, sent back from the worker)."""

    text: str
    title: str
    url: str | None
    site: str | None
    date: str | None


def extract_page(html: str) -> Page | None:
    """Main text and metadata of a page (runs in the budget worker)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return None
    return Page(
        text=text,
        title=getattr(doc, "title", None) or "",
        url=getattr(doc, "url", None),
        site=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        date=getattr(doc, "date", None),
    )


def _parsed(where: str, function: Any, argument: Any) -> Any:
    try:
        return budget.shared(PARSERS).call(function, argument)
    except budget.ParserFailed as exc:
        raise InputError(where, str(exc)) from None


def _read_html(path: Path, decoded: Decoded) -> Article:
    article = page_to_article(
        decoded.text, str(path), source_path=path_text(path), fallback_key=path_text(path.name)
    )
    article.meta.update(_encoding_meta(decoded) or {})
    return article


def page_to_article(
    raw: str,
    where: str,
    *,
    source_path: str,
    fallback_key: str,
    key: str | None = None,
    url: str | None = None,
) -> Article:
    """An HTML article page's main text and metadata (trafilatura, in the budget worker),
    boilerplate left out.

    The id's key is ``key`` when given (a feed entry's id, stable however the page moves), else
    the page's own canonical address, else ``fallback_key``; ``url`` (where it was fetched) stands
    in for a page that names no address of its own.
    """
    page = _parsed(where, extract_page, raw)
    if page is None:
        raise InputError(where, "no article text found in the HTML page")
    cleaned = clean_text(page.text)
    page_url = _meta(page.url) or url
    return make_article(
        where=where,
        key=key or page_url or fallback_key,
        text=cleaned.text,
        raw=raw,
        title=normalise_text(page.title),
        source_path=source_path,
        url=page_url,
        outlet=_meta(page.site),
        published=parse_datetime(page.date),
        original_source=cleaned.original_source,
    )


def _field(where: str, name: str, value: str | None) -> str | None:
    """A record's field, refused when longer than ``MAX_FIELD_CHARS``."""
    if value is not None and len(value) > MAX_FIELD_CHARS:
        raise InputError(where, f"{name} is {len(value):,} characters, over {MAX_FIELD_CHARS:,}")
    return value


def _meta(value: str | None) -> str | None:
    """Metadata a parser found (a page's URL, a feed entry's link): dropped when implausibly
    long, as no real one is."""
    return value if value and len(value) <= MAX_FIELD_CHARS else None


def _shown(value: str, limit: int = 80) -> str:
    """A value quoted in a message, shortened: the message stays one readable line."""
    return value if len(value) <= limit else value[:limit] + "…"


def record_to_article(record: Any, where: str, source_path: str, fallback_key: str) -> Article:
    """Validate one JSON record (see the module docstring) and build its Article."""
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(where, "field 'text' must be a string")
    for name in ("title", "url", "source", "published", "language"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"field '{name}' must be a string")
        if name != "title":
            _field(where, f"field '{name}'", value)
    record_id = record.get("id")
    if record_id is not None and (
        isinstance(record_id, bool) or not isinstance(record_id, str | int)
    ):
        raise InputError(where, "field 'id' must be a string or an integer")
    if record_id is not None:
        record_id = _field(where, "field 'id'", str(record_id))
    title = record.get("title")
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
    published = record.get("published")
    try:
        parsed = checked_datetime(published)
    except ValueError as exc:
        raise InputError(
            where, f"field 'published' is not a usable date ({exc}): {_shown(published)!r}"
        ) from None
    language = record.get("language") or None
    if language is not None and not _LANGUAGE.fullmatch(language):
        raise InputError(
            where, f"field 'language' must be a language code like 'en', got {_shown(language)!r}"
        )
    key = str(record_id or record.get("url") or fallback_key)
    return make_article(
        where=where,
        key=key,
        text=cleaned.text,
        raw=text or "",
        title=normalise_text(title or ""),
        source_path=source_path,
        url=record.get("url"),
        outlet=record.get("source"),
        published=parsed,
        language=language,
        original_source=cleaned.original_source,
        meta={"record_id": record_id} if record_id is not None else None,
    )


def _loads(where: str, raw: str, name_line: bool = False) -> Any:
    """A JSON value; an InputError for malformed JSON (``name_line``: where + its line)."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        at = f"{where}:{exc.lineno}" if name_line else where
        raise InputError(at, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "invalid JSON (nested too deeply)") from None
    except ValueError:  # the only other error json raises: Python's 4,300-digit integer limit
        raise InputError(where, "invalid JSON (a number has over 4,300 digits)") from None


def _read_json(path: Path, raw: str) -> Iterator[Item]:
    data = _loads(str(path), raw, name_line=True)
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputError(str(path), "no records (an empty JSON array)")
    for index, record in enumerate(records, 1):
        where = f"{path}[{index}]"
        try:
            yield record_to_article(record, where, path_text(path), f"{path.name}#{index}")
        except InputError as error:
            yield error
        except Exception as exc:  # one record never stops the file
            yield unexpected(where, exc)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    """One record a line, streamed: a bad line is reported and skipped, the rest still read."""
    handle, _ = open_input(path, MAX_COLLECTION_BYTES)
    lineno = 0
    with handle:
        for lineno, data in _lines(path, handle, max_bytes):
            where = f"{path}:{lineno}"
            try:
                if isinstance(data, int):
                    raise InputError(where, f"record is {data / 1e6:.1f} MB, over the limit")
                record = _loads(where, data if isinstance(data, str) else _text_of(where, data))
                yield record_to_article(record, where, path_text(path), f"{path.name}#{lineno}")
            except InputError as error:
                yield error
            except Exception as exc:  # one line never stops the file
                yield unexpected(where, exc)
    if not lineno:
        yield InputError(str(path), "no records (only blank lines)")


def _lines(path: Path, handle: BinaryIO, limit: int) -> Iterator[tuple[int, str | bytes | int]]:
    """``(line number, line)`` of the non-blank lines, never holding more than ``limit`` bytes
    of one: an over-long line comes as its length, its content skipped. A file with a UTF-16 or
    UTF-32 byte-order mark is read as text in that encoding."""
    marked = bom(handle.peek(4)[:4]) if isinstance(handle, io.BufferedReader) else None
    stream: Any = handle
    if marked and marked[0] != "utf-8-sig":
        stream = io.TextIOWrapper(handle, encoding=marked[0], errors="strict")
    lineno = 0
    while True:
        try:
            line = stream.readline(limit + 1)
        except UnicodeDecodeError as exc:
            name = marked[1] if marked else "text"
            raise InputError(str(path), f"not valid {name} ({exc.reason})") from None
        if not line:
            return
        lineno += 1
        length = len(line)
        ending = "\n" if isinstance(line, str) else b"\n"
        while length > limit and not line.endswith(ending):  # type: ignore[arg-type]
            line = stream.readline(limit + 1)
            length += len(line)
            if not line:
                break
        if length > limit:
            yield lineno, length
        elif line.strip():
            yield lineno, line


def _read_feed(path: Path, data: bytes) -> Iterator[Item]:
    feed = _parsed(str(path), parse_feed, data)
    if feed.problem:
        raise InputError(str(path), feed.problem)
    for index, entry in enumerate(feed.entries, 1):
        where = f"{path}#entry{index}"
        try:
            yield _entry_article(path, where, index, entry, feed.title)
        except InputError as error:
            yield error
        except Exception as exc:  # one entry never stops the feed
            yield unexpected(where, exc)


def _entry_article(path: Path, where: str, index: int, entry: Entry, outlet: str | None) -> Article:
    key = _meta(entry.id) or _meta(entry.link) or f"{path.name}#{index}"
    return _article_of_entry(entry, where, outlet=outlet, source_path=path_text(path), key=key)


def _article_of_entry(
    entry: Entry, where: str, *, outlet: str | None, source_path: str, key: str
) -> Article:
    if not entry.text:
        raise InputError(where, "feed entry has no text")
    cleaned = clean_text(entry.text)
    return make_article(
        where=where,
        key=key,
        text=cleaned.text,
        raw=entry.body,
        title=normalise_text(entry.title),
        source_path=source_path,
        url=_meta(entry.link),
        outlet=_meta(outlet),
        published=parse_datetime(entry.published),
        original_source=cleaned.original_source,
    )


def entry_to_article(
    entry: Any, where: str, *, outlet: str | None, source_path: str, key: str
) -> Article:
    """A feedparser entry as an article whose text is the entry's content or summary."""
    return _article_of_entry(_entry(entry), where, outlet=outlet, source_path=source_path, key=key)


def entry_key(entry: Any) -> str | None:
    """What identifies a feed entry across fetches: its id (guid), else its link."""
    return _text_or_none(entry.get("id")) or _text_or_none(entry.get("link"))


def entry_body(entry: Any) -> str:
    """A feed entry's HTML: its full content when the feed carries it, else its summary."""
    body = ""
    if entry.get("content"):
        body = " \n".join(part.get("value", "") for part in entry["content"])
    return body or entry.get("summary", "") or entry.get("description", "")


@dataclass(slots=True)
class Entry:
    id: str | None
    link: str | None
    title: str
    body: str  # as the feed holds it (HTML)
    text: str  # its text
    published: str | None


@dataclass(slots=True)
class Feed:
    problem: str | None
    title: str | None
    entries: list[Entry]


def parse_feed(data: bytes) -> Feed:
    """A feed's title and entries as plain data (runs in the budget worker).

    feedparser does not expand external entities, and expat refuses entity blow-ups ("billion
    laughs"): such a feed is reported broken."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "unreadable"
        return Feed(f"broken feed ({_shown(str(reason))})", None, [])
    if not feed.entries:
        return Feed("feed has no entries", None, [])
    entries = [_entry(entry) for entry in feed.entries]
    return Feed(None, _text_or_none(feed.feed.get("title")), entries)


def _entry(entry: Any) -> Entry:
    """A feedparser entry as plain data."""
    body = entry_body(entry)
    return Entry(
        id=_text_or_none(entry.get("id")),
        link=_text_or_none(entry.get("link")),
        title=_text_or_none(entry.get("title")) or "",
        body=body,
        text=html_to_text(body),
        published=_text_or_none(entry.get("published") or entry.get("updated")),
    )


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary), one line per block element."""
    if "<" not in fragment:
        return normalise_text(fragment)
    import lxml.etree
    import lxml.html

    fragment = re.sub(r"\s+", " ", fragment)  # line breaks inside HTML are just spaces
    try:
        root = lxml.html.fromstring(fragment)
    except (ValueError, lxml.etree.ParserError):
        return normalise_text(re.sub(r"<[^>]+>", " ", fragment))
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return normalise_text(root.text_content())
