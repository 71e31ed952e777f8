"""Read-side SQL for the web app: listing, search and paging that ``Store`` does not offer yet.

Everything here only reads ``store.db`` (plus one in-memory full-text index), so it can move into
``store.py`` unchanged. Listing events never builds a brief: the per-event numbers come from one
aggregate pass over the tables, cached until the database changes.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..records import Event
from ..store import Store, _parse_time

MAX_PER_PAGE = 100
RECENT_HOURS = 24  # an event is marked new / updated when its first / latest report came since
MAX_PAGE = 1_000_000  # every numeric parameter is bounded: offsets stay far inside SQLite's int64


@dataclass(slots=True)
class EventRow:
    """What the events list shows about one event (no brief needed)."""

    id: str
    title: str
    first_seen: str | None
    last_seen: str | None
    article_count: int
    languages: list[str]
    outlets: int
    disputed: int
    places: set[str] = field(default_factory=set)  # lower-cased place names and country codes
    first_arrival: str = ""  # when newsfuse stored the event's first / latest report (UTC)
    last_arrival: str = ""
    mark: str = ""  # "new" or "updated" within the last RECENT_HOURS (see EventIndex)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "updated_at": self.last_arrival or None,
            "mark": self.mark or None,
            "article_count": self.article_count,
            "languages": self.languages,
            "outlets": self.outlets,
            "disputed_figures": self.disputed,
            "url": f"/events/{self.id}",
            "api": f"/api/events/{self.id}",
        }


@dataclass(slots=True)
class EventFilter:
    q: str = ""
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None
    place: str = ""
    language: str = ""
    sort: str = "updated"  # updated (latest report received first) | newest | biggest
    page: int = 1
    per_page: int = 20


@dataclass(slots=True)
class Page:
    items: list[Any]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def fts_query(text: str) -> str | None:
    """User text as a safe FTS5 query: every word required, each quoted (no operators)."""
    words = re.findall(r"\w+", text.lower())
    return " ".join(f'"{w}"' for w in words[:12]) or None


class SearchIndex:
    """In-memory FTS5 index of article titles and texts, keyed by ``seq``, grown incrementally.

    Kept out of the shared database so the web app never changes its schema; articles are only
    ever added, so catching up means indexing the rows with a higher ``seq``.
    """

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(title, text, content='', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        self._last_seq = 0
        self._lock = threading.Lock()

    def catch_up(self, db: sqlite3.Connection) -> None:
        with self._lock:
            rows = db.execute(
                "SELECT seq, COALESCE(title, ''), text FROM articles WHERE seq > ? ORDER BY seq",
                (self._last_seq,),
            ).fetchall()
            if rows:
                self._db.executemany("INSERT INTO fts(rowid, title, text) VALUES (?, ?, ?)", rows)
                self._last_seq = rows[-1][0]

    def seqs(self, text: str) -> set[int] | None:
        """Matching article ``seq`` numbers; None when the text has no searchable word."""
        query = fts_query(text)
        if query is None:
            return None
        with self._lock:
            return {
                r[0] for r in self._db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (query,))
            }


class EventIndex:
    """Every event's list row, plus the maps search needs, rebuilt when the database changes.

    "Updated" is told by arrival (when newsfuse stored a report, ``articles.ingested_at``): an
    event is marked ``new`` when its first report arrived within ``RECENT_HOURS``, ``updated``
    when it was known before and a report joined it within that time.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.rows: dict[str, EventRow] = {}
        self.event_of_seq: dict[int, str] = {}
        for eid, title, first, last in db.execute(
            "SELECT id, title, first_seen, last_seen FROM events"
        ):
            self.rows[eid] = EventRow(eid, title, first, last, 0, [], 0, 0)
        langs: dict[str, set[str]] = defaultdict(set)
        outlets: dict[str, set[str]] = defaultdict(set)
        for eid, seq, language, outlet, arrival in db.execute(
            "SELECT m.event_id, a.seq, a.language, a.outlet, a.ingested_at FROM event_members m "
            "JOIN articles a ON a.id = m.article_id"
        ):
            row = self.rows.get(eid)
            if row is None:
                continue
            row.article_count += 1
            row.first_arrival = min(row.first_arrival or arrival, arrival)
            row.last_arrival = max(row.last_arrival, arrival)
            self.event_of_seq[seq] = eid
            if language:
                langs[eid].add(language)
            if outlet:
                outlets[eid].add(outlet)
        for eid, row in self.rows.items():
            row.languages = sorted(langs[eid])
            row.outlets = len(outlets[eid])
        for eid, name, text, country in db.execute(
            "SELECT m.event_id, p.name, p.text, p.country FROM places p "
            "JOIN event_members m ON m.article_id = p.article_id"
        ):
            if eid in self.rows:
                self.rows[eid].places.update(v.lower() for v in (name, text, country) if v)
        for eid, disputed in db.execute(
            "SELECT event_id, CASE WHEN json_valid(data) THEN (SELECT COUNT(*) FROM "
            "json_each(data, '$.facts') WHERE json_extract(value, '$.status') = 'disagree') END "
            "FROM analyses WHERE kind = 'reconciliation'"
        ):
            if eid in self.rows:
                self.rows[eid].disputed = _disputed(db, eid) if disputed is None else disputed
        rows = list(self.rows.values())
        recent = (datetime.now(UTC) - timedelta(hours=RECENT_HOURS)).strftime("%Y-%m-%d %H:%M:%S")
        for row in rows:
            if row.first_arrival >= recent:
                row.mark = "new"
            elif row.last_arrival >= recent:
                row.mark = "updated"  # known before, and a report joined it lately
        self.updated = sorted(
            rows, key=lambda r: (r.last_arrival, r.article_count, r.id), reverse=True
        )
        by_time = sorted(rows, key=lambda r: (r.article_count, r.id), reverse=True)
        by_time.sort(key=lambda r: r.last_seen or "", reverse=True)
        self.newest = by_time
        self.biggest = sorted(
            rows, key=lambda r: (r.article_count, r.last_seen or "", r.id), reverse=True
        )
        self.languages = sorted(set().union(*langs.values())) if langs else []

    def search(self, f: EventFilter, seqs: set[int] | None) -> Page:
        matching = None if seqs is None else {self.event_of_seq.get(s) for s in seqs}
        place = f.place.strip().lower()
        out = []
        order = {"biggest": self.biggest, "newest": self.newest}.get(f.sort, self.updated)
        for row in order:
            if matching is not None and row.id not in matching:
                continue
            if f.language and f.language not in row.languages:
                continue
            if place and not any(place in p for p in row.places):
                continue
            # Overlap of the event's span with [from, to]; undated events fail a date filter.
            if f.date_from and (row.last_seen or row.first_seen or "") < f.date_from:
                continue
            if f.date_to and not (row.first_seen and row.first_seen[:10] <= f.date_to):
                continue
            out.append(row)
        start = (f.page - 1) * f.per_page
        return Page(out[start : start + f.per_page], len(out), f.page, f.per_page)


def _disputed(db: sqlite3.Connection, event_id: str) -> int:
    """Python's JSON allows NaN/Infinity, which SQLite's JSON functions reject: parse it here."""
    row = db.execute(
        "SELECT data FROM analyses WHERE event_id=? AND kind='reconciliation'", (event_id,)
    ).fetchone()
    facts = json.loads(row[0]).get("facts", []) if row else []
    return sum(1 for f in facts if f.get("status") == "disagree")


def event(db: sqlite3.Connection, event_id: str) -> Event | None:
    """One event with its members in ingestion order (``Store.events`` scans every member)."""
    row = db.execute(
        "SELECT id, title, first_seen, last_seen FROM events WHERE id=?", (event_id,)
    ).fetchone()
    if row is None:
        return None
    members = [
        r[0]
        for r in db.execute(
            "SELECT m.article_id FROM event_members m JOIN articles a ON a.id = m.article_id "
            "WHERE m.event_id=? ORDER BY a.seq",
            (event_id,),
        )
    ]
    return Event(row[0], row[1], members, _parse_time(row[2]), _parse_time(row[3]))


ARTICLE_COLUMNS = "a.id, a.seq, a.title, a.outlet, a.language, a.published, a.url, m.event_id"


def article_rows(
    db: sqlite3.Connection,
    *,
    seqs: set[int] | None = None,
    event_id: str | None = None,
    language: str | None = None,
    page: int = 1,
    per_page: int = 20,
) -> Page:
    """Articles newest-ingested first, without their text."""
    where, params = [], []
    if event_id:
        where.append("m.event_id = ?")
        params.append(event_id)
    if language:
        where.append("a.language = ?")
        params.append(language)
    if seqs is not None:
        # json_each keeps the statement's size fixed however many articles match.
        where.append("a.seq IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(seqs)))
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    base = f"FROM articles a LEFT JOIN event_members m ON m.article_id = a.id {clause}"
    total = db.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
    names = ["id", "seq", "title", "outlet", "language", "published", "url", "event_id"]
    rows = db.execute(
        f"SELECT {ARTICLE_COLUMNS} {base} ORDER BY a.seq DESC LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page],
    ).fetchall()
    items = [dict(zip(names, r, strict=True)) for r in rows]
    for item in items:
        item["url_page"] = f"/articles/{item['id']}"
    return Page(items, total, page, per_page)


def entity_rows(
    store: Store, q: str = "", type_: str = "", page: int = 1, per_page: int = 50
) -> Page:
    """Entities by mention count, optionally by name/alias substring and type."""
    where, params = [], []
    if q:
        where.append("(name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')")
        like = "%" + re.sub(r"([%_\\])", r"\\\1", q) + "%"
        params += [like, like]
    if type_:
        where.append("type = ?")
        params.append(type_)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = store.db.execute(f"SELECT COUNT(*) FROM entities {clause}", params).fetchone()[0]
    rows = store.db.execute(
        f"SELECT id, name, type, aliases, mention_count, kb_id FROM entities {clause} "
        "ORDER BY mention_count DESC, name LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page],
    ).fetchall()
    items = [
        {
            "id": r[0],
            "name": r[1],
            "type": r[2],
            "aliases": json.loads(r[3]) if r[3] else {},
            "mention_count": r[4],
            "kb_id": r[5],
        }
        for r in rows
    ]
    return Page(items, total, page, per_page)


def claim_locations(db: sqlite3.Connection, claim_ids: list[str]) -> dict[str, tuple[str, int]]:
    """claim id -> (article id, sentence index), to cite each figure at its sentence."""
    if not claim_ids:
        return {}
    return {
        r[0]: (r[1], r[2])
        for r in db.execute(
            "SELECT id, article_id, sentence_index FROM claims "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(claim_ids),),
        )
    }
