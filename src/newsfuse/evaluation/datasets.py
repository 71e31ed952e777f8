"""Loaders for the evaluation sets in ../shared/eval (formats in its README).

Every loader validates each JSON line and fails with an ``InputError`` naming the file, the line
and the field, because a silently skipped record would change the gold standard being scored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from newsfuse.errors import InputError
from newsfuse.records import Article


@dataclass(frozen=True, slots=True)
class ParallelDoc:
    """One document of a parallel corpus: the same ``doc_id`` in several languages."""

    doc_id: str
    lang: str  # corpus language code, e.g. NTREX "eng", "fra"
    text: str

    @property
    def key(self) -> str:
        """Unique id of this language version, used as the article id in duplicate scoring."""
        return f"{self.doc_id}:{self.lang}"


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) per non-blank line; opens the file at once so a missing one fails
    even when no record is read (``limit=0``)."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot open: {exc.strerror}") from None
    return _records(path, handle)


def _records(path: Path, handle: BinaryIO) -> Iterator[tuple[int, dict[str, Any]]]:
    with handle:
        for lineno, data in enumerate(handle, start=1):
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(f"{path}:{lineno}", "not UTF-8 text") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}", f"invalid JSON: {exc.msg}") from None
            if not isinstance(record, dict):
                raise InputError(f"{path}:{lineno}", "expected a JSON object")
            yield lineno, record


def _field(record: dict[str, Any], name: str, where: str, *, key_like: bool = False) -> str:
    """A required string field; ``key_like`` also accepts integers (ids, labels) as text."""
    if name not in record:
        raise InputError(where, f"missing field '{name}'")
    value = record[name]
    if key_like and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(where, f"field '{name}' must be a string, got {type(value).__name__}")
    if key_like and not value:
        raise InputError(where, f"field '{name}' is empty")
    return value


def _optional_str(record: dict[str, Any], name: str, where: str) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise InputError(where, f"field '{name}' must be a string, got {type(value).__name__}")
    return value or None


def _outlet(url: str | None) -> str | None:
    """The outlet's domain without ``www.`` and port, e.g. ``news4jax.com``."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def _published(record: dict[str, Any], where: str) -> datetime | None:
    value = _optional_str(record, "published", where)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InputError(where, f"field 'published' is not an ISO date: {value!r}") from None


def load_cluster_articles(
    path: str | Path, label: str, limit: int | None = None
) -> tuple[list[Article], list[str]]:
    """Read an event-grouping set (GVC ``articles.jsonl``, ECB+ ``docs.jsonl``).

    Returns the articles and, in the same order, the gold label of each (the ``label`` field as
    text, e.g. ``incident_id`` or ``cluster``). ``limit`` keeps the first N records.

    ``Article.text`` always holds the headline once followed by the body, the way the pipeline
    sees a report: with a ``title`` field it is ``title + "\\n\\n" + text``; without one (ECB+)
    the first line of ``text`` is the title. A GVC body flagged ``text_boilerplate`` is a
    paywall/login page shared by unrelated reports, so only the title is kept as text (the
    crawled body stays in ``Article.raw``); otherwise such bodies would glue unrelated incidents
    together.
    """
    _check_limit(limit)
    path = Path(path)
    articles: list[Article] = []
    gold: list[str] = []
    first_line: dict[str, int] = {}
    for lineno, record in islice(_read_jsonl(path), limit):
        where = f"{path}:{lineno}"
        doc_id = _field(record, "id", where, key_like=True)
        if doc_id in first_line:
            raise InputError(where, f"duplicate id {doc_id!r} (first on line {first_line[doc_id]})")
        first_line[doc_id] = lineno
        body = _field(record, "text", where)
        gold_label = _field(record, label, where, key_like=True)
        title = _optional_str(record, "title", where)
        boilerplate = record.get("text_boilerplate", False)
        if not isinstance(boilerplate, bool):
            raise InputError(where, "field 'text_boilerplate' must be true or false")
        if title is None:
            title = body.lstrip().split("\n", 1)[0].strip()
            text = body
        else:
            kept = "" if boilerplate else body.strip()
            text = f"{title}\n\n{kept}" if kept else title
        url = _optional_str(record, "original_url", where) or _optional_str(record, "url", where)
        articles.append(
            Article(
                id=doc_id,
                text=text,
                title=title,
                raw=body,
                source_path=str(path),
                url=url,
                outlet=_outlet(url),
                published=_published(record, where),
                seq=len(articles),
            )
        )
        gold.append(gold_label)
    return articles, gold


def load_parallel_docs(path: str | Path, limit: int | None = None) -> list[ParallelDoc]:
    """Read a parallel corpus (NTREX ``docs.jsonl``: doc_id, lang, text), in file order.

    ``limit`` keeps the first N distinct ``doc_id`` values (in order of first appearance) in every
    language, so a limited set still holds complete translation groups.
    """
    _check_limit(limit)
    path = Path(path)
    docs: list[ParallelDoc] = []
    kept_ids: set[str] = set()
    first_line: dict[str, int] = {}
    for lineno, record in _read_jsonl(path):
        where = f"{path}:{lineno}"
        doc = ParallelDoc(
            doc_id=_field(record, "doc_id", where, key_like=True),
            lang=_field(record, "lang", where, key_like=True),
            text=_field(record, "text", where),
        )
        if doc.key in first_line:
            raise InputError(
                where, f"duplicate document {doc.key!r} (first on line {first_line[doc.key]})"
            )
        first_line[doc.key] = lineno
        if doc.doc_id not in kept_ids:
            if limit is not None and len(kept_ids) >= limit:
                continue
            kept_ids.add(doc.doc_id)
        docs.append(doc)
    return docs
