"""Read side of the web app: listing, filtering and paging events, articles and entities.

The rows come from ``Store`` methods (all SQL lives in the store, on either backend). Listing
events never builds a brief: the per-event numbers come from one pass over the store's member and
place rows, cached until the database changes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..store import Store

MAX_PER_PAGE = 100
RECENT_HOURS = 24  # an event is marked new / updated when its first / latest report came since
MAX_PAGE = 1_000_000  # every numeric parameter is bounded: offsets stay far inside an int64


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


class EventIndex:
    """Every event's list row, plus the maps search needs, rebuilt when the database changes.

    "Updated" is told by arrival (when newsfuse stored a report, ``articles.ingested_at``): an
    event is marked ``new`` when its first report arrived within ``RECENT_HOURS``, ``updated``
    when it was known before and a report joined it within that time.
    """

    def __init__(self, store: Store) -> None:
        self.rows: dict[str, EventRow] = {}
        self.event_of_seq: dict[int, str] = {}
        for head in store.event_heads():
            self.rows[head.id] = EventRow(*head, 0, [], 0, 0)
        langs: dict[str, set[str]] = defaultdict(set)
        outlets: dict[str, set[str]] = defaultdict(set)
        for eid, seq, language, outlet, arrival in store.member_facts():
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
        for eid, name, text, country in store.event_place_names():
            if eid in self.rows:
                self.rows[eid].places.update(v.lower() for v in (name, text, country) if v)
        for eid, disputed in store.disputed_counts().items():
            if eid in self.rows:
                self.rows[eid].disputed = disputed
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


def article_rows(
    store: Store,
    *,
    seqs: set[int] | None = None,
    event_id: str | None = None,
    language: str | None = None,
    page: int = 1,
    per_page: int = 20,
) -> Page:
    """Articles newest-ingested first, without their text."""
    total, rows = store.article_page(
        seqs=seqs,
        event_id=event_id,
        language=language,
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    items = [{**row._asdict(), "url_page": f"/articles/{row.id}"} for row in rows]
    return Page(items, total, page, per_page)


def entity_rows(
    store: Store, q: str = "", type_: str = "", page: int = 1, per_page: int = 50
) -> Page:
    """Entities by mention count, optionally by name/alias substring and type."""
    total, found = store.entity_page(q, type_, per_page, (page - 1) * per_page)
    items = [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": e.aliases or {},
            "mention_count": e.mention_count,
            "kb_id": e.kb_id,
        }
        for e in found
    ]
    return Page(items, total, page, per_page)
