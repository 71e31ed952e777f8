"""Persistence of every stage's output: SQLite by default, PostgreSQL for teams.

One file holds everything (default ``newsfuse.db``), or one Postgres database (``--db
postgresql://user@host/db``: ``docs/postgres.md``). Every query is written once, here, in SQLite's
SQL; ``store_backend`` runs it on either server (a thin dialect layer: placeholders, upserts,
column types), so both behave the same and nothing outside this module touches a connection.
The schema is versioned (``PRAGMA user_version``, or a one-row ``newsfuse_schema`` table on
Postgres) and upgraded by :data:`MIGRATIONS`, applied in order inside one transaction each, so an
old database is migrated in place and never half-upgraded. Each write happens in a transaction: a
failing input or an interrupted run leaves what was stored before intact.
Schema reference: ``docs/schema.md``.

Several processes may write one database at once (two ``newsfuse run``, a run and the web app's
ingest). Every write transaction first takes the database's write lock (``BEGIN IMMEDIATE``, or an
advisory lock on Postgres), waiting for it a bounded time; values that must be unique (an
article's ``seq``) are allocated inside that transaction. Work that reads the whole store and
rewrites derived tables (clustering, extraction, analysis) runs under :meth:`Store.exclusive`, one
process at a time.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import datetime
from enum import Enum
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import numpy as np
from pydantic import TypeAdapter, ValidationError

from .errors import StoreError
from .records import (
    Article,
    Claim,
    ClaimKind,
    Correction,
    CorrectionKind,
    DateRef,
    Duplicate,
    DuplicateKind,
    Entity,
    EntryVia,
    Event,
    EventRecord,
    Mention,
    Place,
    Qualifier,
    Reconciliation,
    ReportAnchor,
    Sentence,
    Source,
    SourceEntry,
    SourceStatus,
)
from .store_backend import Backend, open_backend

MIGRATIONS: list[str] = [
    # v1: articles and everything derived from them.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, source_path TEXT, url TEXT,
        outlet TEXT, original_source TEXT, title TEXT, raw TEXT, text TEXT NOT NULL,
        published TEXT, language TEXT, content_hash TEXT NOT NULL, meta TEXT,
        ingested_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, language TEXT,
        paragraph INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
    CREATE TABLE embeddings (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        article BLOB NOT NULL, sentences BLOB NOT NULL);
    CREATE TABLE features (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        terms BLOB NOT NULL, counts BLOB NOT NULL, minhash BLOB NOT NULL);
    CREATE TABLE duplicates (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        duplicate_of TEXT NOT NULL REFERENCES articles(id), kind TEXT NOT NULL, score REAL);
    CREATE INDEX duplicates_of ON duplicates(duplicate_of);
    CREATE TABLE events (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_seen TEXT, last_seen TEXT,
        size INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL);
    CREATE TABLE event_members (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL REFERENCES events(id), score REAL);
    CREATE INDEX event_members_event ON event_members(event_id);
    CREATE TABLE claims (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_index INTEGER, start INTEGER, "end" INTEGER, number_start INTEGER,
        number_end INTEGER, surface TEXT, low REAL, high REAL, qualifier TEXT, kind TEXT,
        measure TEXT, subject TEXT, unit TEXT, scope TEXT, attribution TEXT,
        attribution_entity TEXT, parent TEXT, role TEXT, evidence TEXT);
    CREATE INDEX claims_article ON claims(article_id);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_index INTEGER, start INTEGER, "end" INTEGER, text TEXT, label TEXT,
        entity_id TEXT, PRIMARY KEY (article_id, start, "end", label));
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, aliases TEXT,
        mention_count INTEGER, kb_id TEXT);
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_index INTEGER, start INTEGER, "end" INTEGER, text TEXT, geonameid INTEGER,
        name TEXT, country TEXT, admin1 TEXT, latitude REAL, longitude REAL,
        PRIMARY KEY (article_id, start, "end"));
    CREATE TABLE dates (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_index INTEGER, start INTEGER, "end" INTEGER, text TEXT, value TEXT,
        precision TEXT, PRIMARY KEY (article_id, start, "end"));
    CREATE TABLE analyses (
        event_id TEXT NOT NULL REFERENCES events(id), kind TEXT NOT NULL, data TEXT NOT NULL,
        updated_at TEXT NOT NULL, PRIMARY KEY (event_id, kind));
    """,
    # v2: which stages are done, so a run interrupted during extraction or analysis is finished
    # by the next one. Databases from v1 only kept members of finished runs: all extracted.
    """
    CREATE TABLE extracted (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE);
    INSERT INTO extracted SELECT article_id FROM event_members;
    CREATE TABLE stale_events (event_id TEXT PRIMARY KEY REFERENCES events(id));
    INSERT INTO stale_events SELECT id FROM events
        WHERE id NOT IN (SELECT event_id FROM analyses WHERE kind = 'reconciliation');
    """,
    # v3: analysts' corrections of the grouping (the audit log: who, when, why, undone) and the
    # must-link / cannot-link constraints they state, as article sets (docs/corrections.md).
    """
    CREATE TABLE corrections (
        id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, kind TEXT NOT NULL,
        event_ids TEXT NOT NULL, article_ids TEXT NOT NULL, author TEXT NOT NULL, reason TEXT,
        created_at TEXT NOT NULL, members_before TEXT NOT NULL, members_after TEXT NOT NULL,
        undone_at TEXT, undone_by TEXT, undo_reason TEXT);
    CREATE TABLE correction_links (
        correction_id TEXT NOT NULL REFERENCES corrections(id), link TEXT NOT NULL,
        side INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (correction_id, link, side, article_id));
    CREATE INDEX correction_links_article ON correction_links(article_id);
    """,
    # v4: the event record (what/where/when/who/how many) of each event, and what each report
    # says of its own happening's day and place (its anchor, which clustering also reads). Both
    # are typed records kept as JSON (``records.EventRecord``, ``records.ReportAnchor``).
    """
    CREATE TABLE event_records (
        event_id TEXT PRIMARY KEY REFERENCES events(id), data TEXT NOT NULL,
        updated_at TEXT NOT NULL);
    CREATE TABLE report_anchors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL);
    """,
    # v5: watched feeds (``newsfuse watch``) with their polling state, and every entry seen, kept
    # in the transaction that stores its article, so a restart neither loses nor refetches one.
    # Articles are looked up by address: a page another feed already brought is not fetched again.
    """
    CREATE TABLE sources (
        id TEXT PRIMARY KEY, url TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL, etag TEXT, last_modified TEXT, last_fetch TEXT,
        status TEXT NOT NULL DEFAULT 'new', error TEXT NOT NULL DEFAULT '',
        failures INTEGER NOT NULL DEFAULT 0, next_due TEXT, polls INTEGER NOT NULL DEFAULT 0,
        not_modified INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE source_entries (
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, key TEXT NOT NULL,
        article_id TEXT REFERENCES articles(id) ON DELETE SET NULL, via TEXT NOT NULL,
        seen_at TEXT NOT NULL, PRIMARY KEY (source_id, key));
    CREATE INDEX source_entries_article ON source_entries(article_id);
    CREATE INDEX articles_url ON articles(url);
    """,
    # v6: a figure's change direction ("rose 5%": up) and what it counts in the text's words.
    """
    ALTER TABLE claims ADD COLUMN change TEXT;
    ALTER TABLE claims ADD COLUMN counted TEXT;
    """,
    # v7: reconciliations are typed records (statuses and explanation kinds are enums, reports
    # are cited as [@id], background figures are marked): every event is re-analysed by the next
    # run; until then its stored reconciliation reads as missing.
    """
    INSERT OR IGNORE INTO stale_events SELECT id FROM events;
    """,
    # v8: the corpus index of clustering and dedupe, so that a run reads only the stored articles
    # its new ones could match (docs/schema.md): per indexed article its vector and TF-IDF weights,
    # document frequencies, postings of the rarer terms, vector LSH buckets, MinHash bands.
    """
    CREATE TABLE indexed (
        seq INTEGER PRIMARY KEY, vector BLOB NOT NULL, weights BLOB NOT NULL,
        weights_n INTEGER NOT NULL);
    CREATE TABLE term_df (term INTEGER PRIMARY KEY, df INTEGER NOT NULL);
    CREATE TABLE postings (
        term INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (term, seq)) WITHOUT ROWID;
    CREATE TABLE vector_lsh (
        tbl INTEGER NOT NULL, code INTEGER NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (tbl, code, seq)) WITHOUT ROWID;
    CREATE TABLE minhash_bands (
        band INTEGER NOT NULL, key INTEGER NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (band, key, seq)) WITHOUT ROWID;
    CREATE INDEX event_members_event_article ON event_members(event_id, article_id);
    """,
    # v9: the story each event belongs to (``cluster``: incidents of one offensive, one
    # campaign, within a week and one area); an event of its own story has no row.
    """
    CREATE TABLE stories (event_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
    CREATE INDEX stories_story ON stories(story_id);
    """,
    # v10: the place votes each report's anchor was read from (``event.anchor.dump_votes``),
    # which the event record reuses where they hold: re-analysing an event a new report joined
    # then reads again only the reports whose votes do not hold, not every member. A report
    # without a row (anchored before v10) is read again, as before.
    """
    CREATE TABLE report_votes (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL);
    """,
    # v11: the day votes the event record read of each report (``event.anchor.dump_days``):
    # they depend on the report alone, so re-analysing an event a new report joined reads its
    # members' days instead of reading their dates again. A report without a row (read before
    # v11, or re-anchored since) is read again and its reading stored.
    """
    CREATE TABLE report_days (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL);
    """,
    # v12: the type votes and mentions' roles the event record read of each report
    # (``event.lead.dump_lead``): they depend on the report alone, so re-analysing an event
    # reads its members' readings instead of their leads and sentences again. Dropped with the
    # report's mentions (``put_extraction``); a report without a row is read again.
    """
    CREATE TABLE report_leads (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
T = TypeVar("T")

# Columns named differently from the record field ("index" and "end" are awkward in SQL).
_RENAMED = {"index": "idx"}


# Types stored as they are: most values are, and one look at the type spares the checks below
# (a run encodes ~800 values per article, #22). A str or int subclass (an Enum) is not one.
_PLAIN = frozenset({str, int, float, type(None)})


def _encode(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _columns(cls: type) -> list[str]:
    return [_RENAMED.get(f.name, f.name) for f in fields(cls)]


def vector_blob(vectors: np.ndarray) -> bytes:
    """Embeddings are stored as float16: half the space, no loss that matters for cosines."""
    return np.ascontiguousarray(vectors, dtype=np.float16).tobytes()


def blob_vector(blob: bytes, dim: int) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, dim)


class EventHead(NamedTuple):
    """An event as the web app lists it (times as stored: ISO text)."""

    id: str
    title: str
    first_seen: str | None
    last_seen: str | None


class MemberFacts(NamedTuple):
    """What the event list counts of one member article (``arrival``: when it was stored)."""

    event_id: str
    seq: int
    language: str | None
    outlet: str | None
    arrival: str


class EventPlaceName(NamedTuple):
    """One place read in an event's article: what the event list filters on."""

    event_id: str
    name: str | None
    text: str | None
    country: str | None


class ArticleRow(NamedTuple):
    """An article as the web app lists it, without its text."""

    id: str
    seq: int
    title: str | None
    outlet: str | None
    language: str | None
    published: str | None
    url: str | None
    event_id: str | None


class Store:
    """The project's database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = "newsfuse.db") -> None:
        """``path``: an SQLite file (created if missing) or a ``postgresql://`` URL."""
        self._backend: Backend = open_backend(str(path))
        self.path = self._backend.path  # as printed in messages (a URL's password masked)
        self.db = self._backend.db
        self._exclusive_depth = 0
        self._exclusive_guard = threading.Lock()
        try:
            self._migrate()
        except self._backend.failures as exc:
            self.db.close()
            raise StoreError(f"{self.path}: not a usable newsfuse database ({exc})") from None
        except BaseException:
            self.db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """What the database raises when it fails (not the caller's data): a run stops on them."""
        return (StoreError, *self._backend.errors)

    @property
    def integrity_errors(self) -> tuple[type[Exception], ...]:
        """What a write breaking a constraint (a foreign key, a unique value) raises."""
        return self._backend.integrity_errors

    # -- plumbing ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        while True:
            with self.transaction():
                # Read inside the write transaction: another process may be migrating too.
                version = self._backend.schema_version()
                if version > SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path}: schema version {version} is newer than this newsfuse "
                        f"({SCHEMA_VERSION}); upgrade newsfuse"
                    )
                if version == SCHEMA_VERSION:
                    return
                self._backend.migrate(MIGRATIONS[version])
                self._backend.set_schema_version(version + 1)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing writes; nested use joins the outer transaction."""
        if self.db.in_transaction:
            yield
            return
        self._backend.begin()
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the store's work lock: one process at a time reads the whole store and rewrites
        what is derived from it (events, extraction, analyses); others wait here.

        A lock file next to an SQLite database, an advisory lock on Postgres (both released if the
        process dies); re-entrant within one Store. In-memory databases have one connection: no
        lock."""
        with self._exclusive_guard:
            self._exclusive_depth += 1
            if self._exclusive_depth == 1:
                self._backend.lock_work()
        try:
            yield
        finally:
            with self._exclusive_guard:
                self._exclusive_depth -= 1
                if self._exclusive_depth == 0:
                    self._backend.unlock_work()

    def data_version(self) -> int:
        """A number that changes whenever another connection commits (the web app's caches)."""
        return self._backend.data_version()

    def _insert(self, table: str, records: Iterable[Any], replace: bool = True) -> None:
        records = list(records)
        if not records:
            return
        cols = _columns(type(records[0]))
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        sql = f"{verb} INTO {table} ({', '.join(map(_quote, cols))}) VALUES ({', '.join('?' * len(cols))})"
        values = _getter(type(records[0]))  # no record nests another
        plain = _PLAIN
        rows = [[v if type(v) in plain else _encode(v) for v in values(r)] for r in records]
        self.db.executemany(sql, rows)

    def _select(self, cls: type[T], sql: str, params: Sequence[Any] = ()) -> list[T]:
        return list(map(_decoder(cls), self.db.execute(sql, params)))

    # -- articles ---------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone()
            is not None
        )

    def add_article(self, article: Article, sentences: list[Sentence]) -> bool:
        """Store a new article with its sentences (one transaction); False, storing nothing,
        when an article with its id is stored already (another writer may have just added it).

        Its ``seq`` (ingestion order) is allocated inside the write transaction, so concurrent
        writers never hand out the same one."""
        with self.transaction():
            if self.has_article(article.id):
                return False
            article.seq = self.db.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM articles"
            ).fetchone()[0]
            self._insert("articles", [article], replace=False)
            self._insert("sentences", sentences)
        return True

    def articles(self, ids: Sequence[str] | None = None, raw: bool = True) -> list[Article]:
        """These articles (all, in ingestion order, when None); ``raw=False`` leaves their raw
        input out (empty), which only reading it needed: analysing an event re-reads all its
        members, and a page's HTML is many times its text."""
        cols = ", ".join(_quote(c) if raw or c != "raw" else "'' AS raw" for c in _columns(Article))
        if ids is None:
            return self._select(Article, f"SELECT {cols} FROM articles ORDER BY seq")
        found = {
            a.id: a
            for chunk in _chunks(ids)
            for a in self._select(
                Article, f"SELECT {cols} FROM articles WHERE id IN ({_marks(chunk)})", chunk
            )
        }
        return [found[i] for i in ids if i in found]

    def article(self, article_id: str) -> Article | None:
        found = self.articles([article_id])
        return found[0] if found else None

    def _articles_by_query(self, sql: str) -> list[Article]:
        """The articles whose ids ``sql`` selects, in its order."""
        return self.articles([row[0] for row in self.db.execute(sql)])

    def unfinished(self, limit: int = -1) -> list[Article]:
        """Stored articles without an event: new ones, or left behind by an interrupted run
        (the first ``limit`` of them in ingestion order; all when negative)."""
        return self._articles_by_query(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM event_members) "
            "ORDER BY seq" + (f" LIMIT {int(limit)}" if limit >= 0 else "")
        )

    def without_features(self, article_ids: Sequence[str]) -> list[str]:
        """Those of ``article_ids`` still lacking embeddings or lexical features."""
        done = set()
        for chunk in _chunks(article_ids):
            done |= {
                row[0]
                for row in self.db.execute(
                    f"SELECT e.article_id FROM embeddings e JOIN features f USING (article_id) "
                    f"WHERE e.article_id IN ({_marks(chunk)})",
                    chunk,
                )
            }
        return [i for i in article_ids if i not in done]

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def sentences(self, article_id: str) -> list[Sentence]:
        cols = ", ".join(_quote(c) for c in _columns(Sentence))
        return self._select(
            Sentence, f"SELECT {cols} FROM sentences WHERE article_id=? ORDER BY idx", (article_id,)
        )

    def sentences_of(self, article_ids: Sequence[str]) -> dict[str, list[Sentence]]:
        result: dict[str, list[Sentence]] = {i: [] for i in article_ids}
        cols = ", ".join(_quote(c) for c in _columns(Sentence))
        for chunk in _chunks(article_ids):
            for s in self._select(
                Sentence,
                f"SELECT {cols} FROM sentences WHERE article_id IN ({_marks(chunk)}) "
                "ORDER BY article_id, idx",
                chunk,
            ):
                result[s.article_id].append(s)
        return result

    # -- embeddings and features ------------------------------------------------------------
    def put_embeddings(self, article_id: str, article: np.ndarray, sentences: np.ndarray) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
            (article_id, vector_blob(article), vector_blob(sentences)),
        )

    def embeddings(
        self, article_ids: Sequence[str], dim: int
    ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        out = {}
        for chunk in _chunks(article_ids):
            for aid, art, sents in self.db.execute(
                f"SELECT article_id, article, sentences FROM embeddings WHERE article_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[aid] = (blob_vector(art, dim)[0], blob_vector(sents, dim))
        return out

    def article_vectors(self, dim: int) -> tuple[list[str], np.ndarray]:
        """All article embeddings in ingestion order (for building in-memory indexes)."""
        ids, blobs = [], []
        for aid, blob in self.db.execute(
            "SELECT e.article_id, e.article FROM embeddings e JOIN articles a ON a.id = e.article_id "
            "ORDER BY a.seq"
        ):
            ids.append(aid)
            blobs.append(blob)
        matrix = (
            np.frombuffer(b"".join(blobs), dtype=np.float16).astype(np.float32).reshape(-1, dim)
        )
        return ids, matrix

    def put_features(
        self, article_id: str, terms: np.ndarray, counts: np.ndarray, minhash: np.ndarray
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO features VALUES (?, ?, ?, ?)",
            (
                article_id,
                terms.astype(np.int64).tobytes(),
                counts.astype(np.float32).tobytes(),
                minhash.astype(np.uint64).tobytes(),
            ),
        )

    def article_vectors_of(self, article_ids: Sequence[str], dim: int) -> dict[str, np.ndarray]:
        """The article vectors of these articles (without their sentence vectors)."""
        out = {}
        for chunk in _chunks(article_ids):
            for aid, blob in self.db.execute(
                f"SELECT article_id, article FROM embeddings WHERE article_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[aid] = blob_vector(blob, dim)[0]
        return out

    def embedding_dim(self) -> int | None:
        """The dimension of the stored article vectors (None: nothing embedded yet)."""
        row = self.db.execute("SELECT length(article) FROM embeddings LIMIT 1").fetchone()
        return row[0] // np.dtype(np.float16).itemsize if row else None

    def features_of(self, article_ids: Sequence[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Hashed terms and their counts of these articles (those that have features)."""
        out = {}
        for chunk in _chunks(article_ids):
            for aid, terms, counts in self.db.execute(
                f"SELECT article_id, terms, counts FROM features WHERE article_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[aid] = (np.frombuffer(terms, dtype=np.int64), np.frombuffer(counts, np.float32))
        return out

    def features(
        self, article_ids: Sequence[str] | None = None
    ) -> Iterator[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
        """``(id, terms, counts, minhash)`` of every article with features, in ingestion order,
        or of those of ``article_ids`` that have them."""
        sql = (
            "SELECT f.article_id, f.terms, f.counts, f.minhash FROM features f "
            "JOIN articles a ON a.id = f.article_id"
        )
        if article_ids is None:
            rows: Iterable[tuple[Any, ...]] = self.db.execute(f"{sql} ORDER BY a.seq")
        else:
            rows = (
                row
                for chunk in _chunks(article_ids)
                for row in self.db.execute(
                    f"{sql} WHERE f.article_id IN ({_marks(chunk)}) ORDER BY a.seq", chunk
                )
            )
        for aid, terms, counts, minhash in rows:
            yield (
                aid,
                np.frombuffer(terms, dtype=np.int64),
                np.frombuffer(counts, dtype=np.float32),
                np.frombuffer(minhash, dtype=np.uint64),
            )

    def grouped_count(self) -> int:
        """Articles in an event that have their features (all those the corpus index holds)."""
        return self.db.execute(
            "SELECT COUNT(*) FROM event_members m JOIN features f USING (article_id)"
        ).fetchone()[0]

    # -- duplicates and events --------------------------------------------------------------
    def put_duplicates(self, links: Iterable[Duplicate]) -> None:
        self._insert("duplicates", links)

    def duplicates(self, article_ids: Sequence[str] | None = None) -> list[Duplicate]:
        sql = "SELECT article_id, duplicate_of, kind, score FROM duplicates"
        if article_ids is None:
            return self._select(Duplicate, sql)
        out: list[Duplicate] = []
        for chunk in _chunks(article_ids):
            out += self._select(
                Duplicate,
                f"{sql} WHERE article_id IN ({_marks(chunk)}) OR duplicate_of IN ({_marks(chunk)})",
                [*chunk, *chunk],
            )
        return out

    def put_event(self, event: Event, scores: dict[str, float]) -> None:
        """Write an event and (re)attach its members."""
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event.id,
                    event.title,
                    _encode(event.first_seen),
                    _encode(event.last_seen),
                    len(event.article_ids),
                    datetime.now().isoformat(timespec="seconds"),
                ),
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO event_members VALUES (?, ?, ?)",
                [(aid, event.id, scores.get(aid)) for aid in event.article_ids],
            )
            self.db.execute("INSERT OR IGNORE INTO stale_events VALUES (?)", (event.id,))

    def events(self, ids: Sequence[str] | None = None) -> list[Event]:
        if ids is None:
            rows = self.db.execute(
                "SELECT id, title, first_seen, last_seen FROM events "
                "ORDER BY first_seen IS NOT NULL, first_seen, id"
            ).fetchall()
            pairs = self.db.execute(
                "SELECT m.article_id, m.event_id FROM event_members m "
                "JOIN articles a ON a.id = m.article_id ORDER BY a.seq"
            ).fetchall()
        else:
            rows, pairs = [], []
            for chunk in _chunks(ids):
                marks = _marks(chunk)
                rows += self.db.execute(
                    f"SELECT id, title, first_seen, last_seen FROM events WHERE id IN ({marks})",
                    chunk,
                ).fetchall()
                pairs += self.db.execute(
                    "SELECT m.article_id, m.event_id, a.seq FROM event_members m "
                    f"JOIN articles a ON a.id = m.article_id WHERE m.event_id IN ({marks})",
                    chunk,
                ).fetchall()
            rows.sort(key=lambda r: (r[2] is not None, r[2] or "", r[0]))  # as ORDER BY
            pairs = [(aid, eid) for aid, eid, _ in sorted(pairs, key=lambda p: p[2])]
        members: dict[str, list[str]] = {row[0]: [] for row in rows}
        for aid, eid in pairs:
            if eid in members:
                members[eid].append(aid)
        return [
            Event(eid, title, members[eid], _parse_time(first), _parse_time(last))
            for eid, title, first, last in rows
        ]

    def event_of(self, article_id: str) -> str | None:
        row = self.db.execute(
            "SELECT event_id FROM event_members WHERE article_id=?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def membership(self, event_ids: Sequence[str] | None = None) -> dict[str, str]:
        """Article -> event, of every grouped article or of these events' members."""
        if event_ids is None:
            return dict(self.db.execute("SELECT article_id, event_id FROM event_members"))
        out: dict[str, str] = {}
        for chunk in _chunks(event_ids):
            out.update(
                self.db.execute(
                    "SELECT article_id, event_id FROM event_members "
                    f"WHERE event_id IN ({_marks(chunk)})",
                    chunk,
                ).fetchall()
            )
        return out

    def delete_events(self, event_ids: Sequence[str]) -> None:
        """Drop events left without members (merged away, emptied by a move or a re-cluster)."""
        with self.transaction():
            for chunk in _chunks(event_ids):
                marks = _marks(chunk)
                empty = f"event_id IN ({marks}) AND event_id NOT IN (SELECT event_id FROM event_members)"
                self.db.execute(f"DELETE FROM analyses WHERE {empty}", chunk)
                self.db.execute(f"DELETE FROM event_records WHERE {empty}", chunk)
                self.db.execute(f"DELETE FROM stale_events WHERE {empty}", chunk)
                self.db.execute(f"DELETE FROM stories WHERE {empty}", chunk)
                self.db.execute(
                    f"DELETE FROM events WHERE id IN ({marks}) "
                    "AND id NOT IN (SELECT event_id FROM event_members)",
                    chunk,
                )

    # -- corpus index of clustering and dedupe (v8) -------------------------------------------
    def index_size(self) -> int:
        """How many articles the corpus index holds."""
        return self.db.execute("SELECT COUNT(*) FROM indexed").fetchone()[0]

    def unindexed(self, limit: int) -> list[Article]:
        """Grouped articles the index lacks (stored before it existed), oldest first."""
        return self._articles_by_query(
            "SELECT a.id FROM articles a JOIN event_members m ON m.article_id = a.id "
            "JOIN features f ON f.article_id = a.id JOIN embeddings e ON e.article_id = a.id "
            f"WHERE a.seq NOT IN (SELECT seq FROM indexed) ORDER BY a.seq LIMIT {int(limit)}"
        )

    def term_df(self, terms: Sequence[int]) -> dict[int, int]:
        """Indexed document frequency of each of these hashed terms (absent: 0)."""
        out: dict[int, int] = {}
        for chunk in _chunks(terms):
            out.update(
                self.db.execute(
                    f"SELECT term, df FROM term_df WHERE term IN ({_marks(chunk)})", chunk
                ).fetchall()
            )
        return out

    def postings(self, terms: Sequence[int]) -> dict[int, list[int]]:
        """Indexed articles (``seq``) holding each of these terms, oldest first."""
        out: dict[int, list[int]] = {}
        for chunk in _chunks(terms):
            for term, seq in self.db.execute(
                f"SELECT term, seq FROM postings WHERE term IN ({_marks(chunk)}) ORDER BY term, seq",
                chunk,
            ):
                out.setdefault(term, []).append(seq)
        return out

    def lsh_buckets(self, keys: Sequence[tuple[int, int]], cap: int) -> set[int]:
        """Indexed articles in these ``(table, code)`` vector buckets, the newest ``cap`` of
        each."""
        found: set[int] = set()
        for table, code in keys:
            found.update(
                seq
                for (seq,) in self.db.execute(
                    "SELECT seq FROM vector_lsh WHERE tbl=? AND code=? ORDER BY seq DESC LIMIT ?",
                    (table, code, cap),
                )
            )
        return found

    def band_matches(self, keys: Sequence[tuple[int, int]]) -> set[int]:
        """Indexed articles sharing one of these ``(band, key)`` MinHash bands."""
        found: set[int] = set()
        for band, key in keys:
            found.update(
                seq
                for (seq,) in self.db.execute(
                    "SELECT seq FROM minhash_bands WHERE band=? AND key=?", (band, key)
                )
            )
        return found

    def indexed_vectors(self, seqs: Sequence[int], dim: int) -> dict[int, tuple[str, np.ndarray]]:
        """``seq -> (article id, vector)`` of these indexed articles."""
        out = {}
        for chunk in _chunks(seqs):
            for seq, aid, blob in self.db.execute(
                "SELECT i.seq, a.id, i.vector FROM indexed i JOIN articles a ON a.seq = i.seq "
                f"WHERE i.seq IN ({_marks(chunk)})",
                chunk,
            ):
                out[seq] = (aid, blob_vector(blob, dim)[0])
        return out

    def indexed_articles(self, seqs: Sequence[int], dim: int) -> list[tuple[Any, ...]]:
        """What clustering and dedupe keep of these indexed articles, in time order: ``(id, seq,
        language, published, content_hash, terms, counts, minhash, vector, weights, weights_n,
        event_id)``."""
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(seqs):
            for row in self.db.execute(
                "SELECT a.id, a.seq, a.language, a.published, a.content_hash, f.terms, f.counts, "
                "f.minhash, i.vector, i.weights, i.weights_n, m.event_id FROM indexed i "
                "JOIN articles a ON a.seq = i.seq JOIN features f ON f.article_id = a.id "
                "LEFT JOIN event_members m ON m.article_id = a.id "
                f"WHERE i.seq IN ({_marks(chunk)})",
                chunk,
            ):
                rows.append(
                    (
                        row[0],
                        row[1],
                        row[2],
                        _parse_time(row[3]),
                        row[4],
                        np.frombuffer(row[5], dtype=np.int64),
                        np.frombuffer(row[6], dtype=np.float32),
                        np.frombuffer(row[7], dtype=np.uint64),
                        blob_vector(row[8], dim)[0],
                        np.frombuffer(row[9], dtype=np.float32),
                        row[10],
                        row[11],
                    )
                )
        rows.sort(key=lambda r: (r[3] is None, r[3] or datetime.min, r[1]))
        return rows

    def latest_members(self, event_ids: Sequence[str], n: int) -> dict[str, list[int]]:
        """The ``seq`` of each event's latest ``n`` indexed members, in time order (undated
        ones last, by ingestion order, as ``cluster.time_order`` puts them)."""
        out: dict[str, list[int]] = {}
        for event_id in event_ids:
            rows = self.db.execute(
                "SELECT a.seq FROM event_members m JOIN articles a ON a.id = m.article_id "
                "JOIN indexed i ON i.seq = a.seq WHERE m.event_id = ? "
                "ORDER BY a.published IS NULL DESC, a.published DESC, a.seq DESC LIMIT ?",
                (event_id, n),
            ).fetchall()
            out[event_id] = [seq for (seq,) in reversed(rows)]
        return out

    def ids_of_seqs(self, seqs: Sequence[int]) -> dict[str, int]:
        """``article id -> seq`` of the articles with these ``seq``."""
        return self._id_seq("seq", seqs)

    def seqs_of(self, article_ids: Sequence[str]) -> dict[str, int]:
        """``article id -> seq`` of these articles."""
        return self._id_seq("id", article_ids)

    def _id_seq(self, column: str, values: Sequence[Any]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(values):
            sql = f"SELECT id, seq FROM articles WHERE {column} IN ({_marks(chunk)})"
            out.update(self.db.execute(sql, chunk).fetchall())
        return out

    def indexed_with_hash(self, content_hash: str) -> list[int]:
        """Indexed articles (``seq``) with this content hash."""
        return [
            seq
            for (seq,) in self.db.execute(
                "SELECT a.seq FROM articles a JOIN indexed i ON i.seq = a.seq "
                "WHERE a.content_hash = ?",
                (content_hash,),
            )
        ]

    def put_index(
        self,
        docs: Sequence[tuple[int, np.ndarray, np.ndarray, np.ndarray, int]],
        lsh: Sequence[tuple[int, int, int]],
        bands: Sequence[tuple[int, int, int]],
        max_df: int,
    ) -> None:
        """Add articles to the corpus index (call in the transaction that writes their events).

        ``docs``: ``(seq, terms, vector, weights, weights_n)`` each; ``lsh``: ``(table, code,
        seq)`` rows; ``bands``: ``(band, key, seq)`` rows. Document frequencies grow by the new
        articles' terms; a term's postings are kept while at most ``max_df`` articles hold it."""
        counts: dict[int, int] = {}
        for _, terms, *_rest in docs:
            for term in terms.tolist():
                counts[term] = counts.get(term, 0) + 1
        self.db.executemany(
            "INSERT INTO term_df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = term_df.df + excluded.df",
            counts.items(),
        )
        df = self.term_df(list(counts))
        self.db.executemany(
            "INSERT OR IGNORE INTO postings VALUES (?, ?)",
            [(t, seq) for seq, terms, *_rest in docs for t in terms.tolist() if df[t] <= max_df],
        )
        self.db.executemany(
            "DELETE FROM postings WHERE term = ?",
            [(t,) for t in counts if df[t] > max_df and df[t] - counts[t] <= max_df],
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO indexed VALUES (?, ?, ?, ?)",
            [
                (seq, vector_blob(vector), weights.astype(np.float32).tobytes(), n)
                for seq, _, vector, weights, n in docs
            ],
        )
        self.db.executemany("INSERT OR IGNORE INTO vector_lsh VALUES (?, ?, ?)", lsh)
        self.db.executemany("INSERT OR IGNORE INTO minhash_bands VALUES (?, ?, ?)", bands)

    def put_index_weights(self, weights: Sequence[tuple[int, np.ndarray, int]]) -> None:
        """Replace indexed articles' TF-IDF weights ``(seq, weights, weights_n)``, recomputed
        since the corpus grew."""
        self.db.executemany(
            "UPDATE indexed SET weights = ?, weights_n = ? WHERE seq = ?",
            [(w.astype(np.float32).tobytes(), n, seq) for seq, w, n in weights],
        )

    # -- analysts' corrections ---------------------------------------------------------------
    def add_correction(self, correction: Correction) -> None:
        """Append one correction to the audit log with its constraints (call in a transaction)."""
        c = correction
        self.db.execute(
            "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)",
            (
                c.id,
                c.seq,
                c.kind.value,
                _encode(c.event_ids),
                _encode(c.article_ids),
                c.author,
                c.reason,
                _encode(c.created_at),
                _encode(c.before),
                _encode(c.after),
            ),
        )
        links = [(c.id, "must", 0, a) for a in dict.fromkeys(c.together)]
        for side, articles in enumerate(c.apart or ()):
            links += [(c.id, "cannot", side, a) for a in dict.fromkeys(articles)]
        self.db.executemany("INSERT INTO correction_links VALUES (?, ?, ?, ?)", links)

    def next_correction_seq(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM corrections").fetchone()[0]

    def corrections(self, active_only: bool = False) -> list[Correction]:
        """The audit log, oldest first (``active_only``: without the undone ones)."""
        where = "WHERE undone_at IS NULL" if active_only else ""
        rows = self.db.execute(
            "SELECT id, seq, kind, event_ids, article_ids, author, reason, created_at, "
            "members_before, members_after, undone_at, undone_by, undo_reason FROM corrections "
            f"{where} ORDER BY seq"
        ).fetchall()
        links: dict[str, dict[tuple[str, int], list[str]]] = {}
        for cid, link, side, article_id in self.db.execute(
            "SELECT l.correction_id, l.link, l.side, l.article_id FROM correction_links l "
            "JOIN articles a ON a.id = l.article_id ORDER BY a.seq"
        ):
            links.setdefault(cid, {}).setdefault((link, side), []).append(article_id)
        out = []
        for row in rows:
            mine = links.get(row[0], {})
            apart = (mine.get(("cannot", 0), []), mine.get(("cannot", 1), []))
            out.append(
                Correction(
                    id=row[0],
                    seq=row[1],
                    kind=CorrectionKind(row[2]),
                    event_ids=json.loads(row[3]),
                    article_ids=json.loads(row[4]),
                    author=row[5],
                    reason=row[6] or "",
                    created_at=_parse_time(row[7]),
                    together=mine.get(("must", 0), []),
                    apart=apart if any(apart) else None,
                    before=json.loads(row[8]),
                    after=json.loads(row[9]),
                    undone_at=_parse_time(row[10]),
                    undone_by=row[11],
                    undo_reason=row[12] or "",
                )
            )
        return out

    def mark_undone(self, correction_id: str, by: str, at: datetime, reason: str = "") -> None:
        self.db.execute(
            "UPDATE corrections SET undone_at=?, undone_by=?, undo_reason=? WHERE id=?",
            (_encode(at), by, reason, correction_id),
        )

    # -- extraction outputs ------------------------------------------------------------------
    def put_extraction(
        self,
        article_id: str,
        claims: Sequence[Claim] = (),
        mentions: Sequence[Mention] = (),
        places: Sequence[Place] = (),
    ) -> None:
        """Replace what was extracted from one article (idempotent re-extraction). Its date
        expressions are stored before clustering, with its anchor (``put_anchor``). What the
        event record read of its former mentions goes with them (``report_leads``)."""
        with self.transaction():
            for table in ("claims", "mentions", "places", "report_leads"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))
            self._insert("claims", claims)
            self._insert("mentions", mentions)
            self._insert("places", places)
            self.db.execute("INSERT OR IGNORE INTO extracted VALUES (?)", (article_id,))

    def unextracted(self) -> list[Article]:
        """Articles in an event whose extraction never finished (new, or an interrupted run)."""
        return self._articles_by_query(
            "SELECT a.id FROM articles a JOIN event_members m ON m.article_id = a.id "
            "WHERE a.id NOT IN (SELECT article_id FROM extracted) ORDER BY a.seq"
        )

    def stale_events(self) -> list[str]:
        """Events whose members changed since their analysis was written (or that have none)."""
        return [row[0] for row in self.db.execute("SELECT event_id FROM stale_events ORDER BY 1")]

    def mark_analysed(self, event_id: str) -> None:
        """Call inside the transaction that writes the event's analyses."""
        self.db.execute("DELETE FROM stale_events WHERE event_id = ?", (event_id,))

    def claims(self, article_ids: Sequence[str]) -> list[Claim]:
        return self._by_article(Claim, "claims", article_ids)

    def mentions(self, article_ids: Sequence[str]) -> list[Mention]:
        return self._by_article(Mention, "mentions", article_ids)

    def places(self, article_ids: Sequence[str]) -> list[Place]:
        return self._by_article(Place, "places", article_ids)

    def dates(self, article_ids: Sequence[str]) -> list[DateRef]:
        return self._by_article(DateRef, "dates", article_ids)

    def _by_article(self, cls: type[T], table: str, article_ids: Sequence[str]) -> list[T]:
        cols = ", ".join(_quote(c) for c in _columns(cls))
        out: list[T] = []
        for chunk in _chunks(article_ids):
            out += self._select(
                cls,
                f"SELECT {cols} FROM {table} WHERE article_id IN ({_marks(chunk)}) "
                "ORDER BY article_id, start",
                chunk,
            )
        return out

    def put_links(self, mentions: Sequence[Mention], claims: Sequence[Claim]) -> None:
        """Write what entity linking decided: each mention's entity, each claim's attributed
        entity (the rows stay; only these columns change)."""
        self.db.executemany(
            'UPDATE mentions SET entity_id=? WHERE article_id=? AND start=? AND "end"=?',
            [(m.entity_id, m.article_id, m.start, m.end) for m in mentions],
        )
        self.db.executemany(
            "UPDATE claims SET attribution_entity=? WHERE id=?",
            [(c.attribution_entity, c.id) for c in claims],
        )

    def put_entities(self, entities: Sequence[Entity]) -> None:
        self._insert("entities", entities)

    def entities(self, ids: Sequence[str] | None = None) -> list[Entity]:
        cols = ", ".join(_columns(Entity))
        if ids is None:
            return self._select(
                Entity,
                f"SELECT {cols} FROM entities ORDER BY mention_count IS NULL, mention_count DESC, id",
            )
        out: list[Entity] = []
        for chunk in _chunks(ids):
            out += self._select(
                Entity, f"SELECT {cols} FROM entities WHERE id IN ({_marks(chunk)})", chunk
            )
        return out

    # -- per-event analyses (facts, briefs...) stored as JSON --------------------------------
    def put_analysis(self, event_id: str, kind: str, data: Any) -> None:
        """Store a per-event result as JSON (infinite bounds become null: JSON has no infinity)."""
        self.db.execute(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?)",
            (
                event_id,
                kind,
                _json_finite(data),
                datetime.now().isoformat(timespec="seconds"),
            ),
        )

    def analysis(self, event_id: str, kind: str) -> Any | None:
        row = self.db.execute(
            "SELECT data FROM analyses WHERE event_id=? AND kind=?", (event_id, kind)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def put_reconciliation(self, reconciliation: Reconciliation) -> None:
        """Store an event's reconciliation (kind ``reconciliation``; an infinite bound: null)."""
        self.put_analysis(
            reconciliation.event_id, "reconciliation", _RECONCILIATION.dump_python(reconciliation)
        )

    def reconciliation(self, event_id: str) -> Reconciliation | None:
        """The event's stored reconciliation as typed records (None: not analysed yet).

        JSON has no infinity, so an unbounded figure was stored with a null bound
        (``put_analysis``): it is read back as infinite again. A reconciliation written by an
        older version reads as missing: its event is re-analysed by the next run (v7)."""
        data = self.analysis(event_id, "reconciliation")
        if data is None:
            return None
        for fact in data.get("facts", []):
            for value in fact.get("values", []):
                if value.get("low") is None:
                    value["low"] = -math.inf
                if value.get("high") is None:
                    value["high"] = math.inf
        try:
            return _RECONCILIATION.validate_python(data)
        except ValidationError:
            return None

    # -- event records and report anchors (typed records kept as JSON) -----------------------
    def put_record(self, record: EventRecord) -> None:
        """Store (replace) the event record of ``record.event_id`` (an infinite bound: null)."""
        self.db.execute(
            "INSERT OR REPLACE INTO event_records VALUES (?, ?, ?)",
            (
                record.event_id,
                _RECORD.dump_json(record).decode(),
                datetime.now().isoformat(timespec="seconds"),
            ),
        )

    def record(self, event_id: str) -> EventRecord | None:
        found = self.records([event_id])
        return found[0] if found else None

    def records(self, event_ids: Sequence[str] | None = None) -> list[EventRecord]:
        """Event records in the order of ``event_ids`` (all, by event id, when None)."""
        if event_ids is None:
            rows = self.db.execute("SELECT data FROM event_records ORDER BY event_id")
            return [_RECORD.validate_json(data) for (data,) in rows]
        found: dict[str, EventRecord] = {}
        for chunk in _chunks(event_ids):
            for (data,) in self.db.execute(
                f"SELECT data FROM event_records WHERE event_id IN ({_marks(chunk)})", chunk
            ):
                record = _RECORD.validate_json(data)
                found[record.event_id] = record
        return [found[i] for i in event_ids if i in found]

    def put_anchors(self, anchors: Iterable[ReportAnchor]) -> None:
        """Store (replace) what each report says of its happening's day and place."""
        self.db.executemany(
            "INSERT OR REPLACE INTO report_anchors VALUES (?, ?)",
            [(a.article_id, _ANCHOR.dump_json(a).decode()) for a in anchors],
        )

    def put_anchor(
        self, anchor: ReportAnchor, dates: Sequence[DateRef], votes: str | None = None
    ) -> None:
        """Store (replace) one report's anchor, the date expressions and the place votes (JSON,
        ``event.anchor.dump_votes``; None: none kept) it was read from. The day votes read of
        its former date expressions go with them."""
        with self.transaction():
            self.db.execute("DELETE FROM dates WHERE article_id=?", (anchor.article_id,))
            self.db.execute("DELETE FROM report_votes WHERE article_id=?", (anchor.article_id,))
            self.db.execute("DELETE FROM report_days WHERE article_id=?", (anchor.article_id,))
            self._insert("dates", dates)
            self.put_anchors([anchor])
            if votes is not None:
                self.db.execute(
                    "INSERT INTO report_votes VALUES (?, ?)", (anchor.article_id, votes)
                )

    def put_votes(self, votes: Mapping[str, str]) -> None:
        """Store (replace) the place votes of these reports (article -> JSON): a reading the
        event record made again, kept in place of the anchor's (``event.anchor``)."""
        self._put_readings("report_votes", votes)

    def report_votes(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Article -> the place votes stored with its anchor (JSON), for those that have them."""
        return self._readings("report_votes", article_ids)

    def put_days(self, days: Mapping[str, str]) -> None:
        """Store (replace) the day votes the event record read of these reports (article ->
        JSON, ``event.anchor.dump_days``)."""
        self._put_readings("report_days", days)

    def report_days(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Article -> its stored day votes (JSON), for those that have them."""
        return self._readings("report_days", article_ids)

    def put_leads(self, leads: Mapping[str, str]) -> None:
        """Store (replace) the type votes and mentions' roles the event record read of these
        reports (article -> JSON, ``event.lead.dump_lead``)."""
        self._put_readings("report_leads", leads)

    def report_leads(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Article -> its stored type votes and mentions' roles (JSON), for those that have them."""
        return self._readings("report_leads", article_ids)

    def _put_readings(self, table: str, readings: Mapping[str, str]) -> None:
        self.db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", list(readings.items()))

    def _readings(self, table: str, article_ids: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(article_ids):
            out.update(
                self.db.execute(
                    f"SELECT article_id, data FROM {table} WHERE article_id IN ({_marks(chunk)})",
                    chunk,
                ).fetchall()
            )
        return out

    def unanchored(self, article_ids: Sequence[str] | None = None) -> list[Article]:
        """Articles (of ``article_ids``, else of the store) whose anchor and date expressions
        were never stored."""
        if article_ids is None:
            return self._articles_by_query(
                "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM report_anchors) "
                "ORDER BY seq"
            )
        known = set(self.anchors(article_ids))
        return self.articles([a for a in article_ids if a not in known])

    def put_stories(self, stories: dict[str, str]) -> None:
        """Store (replace) the story of each event (event id -> story id; itself: none)."""
        with self.transaction():
            self.db.executemany("DELETE FROM stories WHERE event_id=?", [(e,) for e in stories])
            self.db.executemany(
                "INSERT INTO stories VALUES (?, ?)",
                [(e, story) for e, story in stories.items() if story != e],
            )

    def stories(self, event_ids: Sequence[str]) -> dict[str, str]:
        """Event -> its story, for these events (an event of its own story: itself)."""
        out = {e: e for e in event_ids}
        for chunk in _chunks(event_ids):
            out.update(
                self.db.execute(
                    f"SELECT event_id, story_id FROM stories WHERE event_id IN ({_marks(chunk)})",
                    chunk,
                ).fetchall()
            )
        return out

    def story_events(self, event_id: str) -> list[str]:
        """The events of ``event_id``'s story (its first event and those stored under it),
        itself included."""
        story = self.stories([event_id])[event_id]
        rows = self.db.execute(
            "SELECT event_id FROM stories WHERE story_id=? ORDER BY event_id", (story,)
        ).fetchall()
        return list(dict.fromkeys([story, event_id, *(r[0] for r in rows)]))

    def event_anchors(self, event_id: str) -> list[tuple[ReportAnchor, datetime | None]]:
        """The anchors of the event's members (those that have one), each with the member's
        publication time, in ingestion order."""
        return [
            (_ANCHOR.validate_json(data), _parse_time(published))
            for data, published in self.db.execute(
                "SELECT r.data, a.published FROM event_members m "
                "JOIN report_anchors r USING (article_id) "
                "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.seq",
                (event_id,),
            )
        ]

    def anchors(self, article_ids: Sequence[str]) -> dict[str, ReportAnchor]:
        out: dict[str, ReportAnchor] = {}
        for chunk in _chunks(article_ids):
            for aid, data in self.db.execute(
                f"SELECT article_id, data FROM report_anchors WHERE article_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[aid] = _ANCHOR.validate_json(data)
        return out

    def arrivals(self, article_ids: Sequence[str]) -> dict[str, datetime]:
        """When each article was stored (naive UTC): when newsfuse received the report."""
        out: dict[str, datetime] = {}
        for chunk in _chunks(article_ids):
            for aid, at in self.db.execute(
                f"SELECT id, ingested_at FROM articles WHERE id IN ({_marks(chunk)})", chunk
            ):
                out[aid] = datetime.fromisoformat(at)
        return out

    def article_by_url(self, url: str) -> str | None:
        """The id of a stored article read from ``url`` (the earliest), if any."""
        row = self.db.execute(
            "SELECT id FROM articles WHERE url=? ORDER BY seq LIMIT 1", (url,)
        ).fetchone()
        return row[0] if row else None

    def set_source_path(self, article_ids: Sequence[str], source_path: str) -> None:
        """Record where these articles' text came from (an upload's name, once its temporary
        file is gone)."""
        with self.transaction():
            self.db.executemany(
                "UPDATE articles SET source_path=? WHERE id=?",
                [(source_path, aid) for aid in article_ids],
            )

    def article_ids(self) -> list[str]:
        """Every stored article's id, in ingestion order."""
        return [aid for (aid,) in self.db.execute("SELECT id FROM articles ORDER BY seq")]

    # -- what the web app lists and searches -------------------------------------------------
    def event(self, event_id: str) -> Event | None:
        found = self.events([event_id])
        return found[0] if found else None

    def _rows(self, row: type[T], sql: str, params: Sequence[Any] = ()) -> list[T]:
        """The rows ``sql`` selects as ``row`` tuples (a NamedTuple of the same columns)."""
        return [row(*values) for values in self.db.execute(sql, params)]

    def event_heads(self) -> list[EventHead]:
        return self._rows(EventHead, "SELECT id, title, first_seen, last_seen FROM events")

    def member_facts(self) -> list[MemberFacts]:
        return self._rows(
            MemberFacts,
            "SELECT m.event_id, a.seq, a.language, a.outlet, a.ingested_at "
            "FROM event_members m JOIN articles a ON a.id = m.article_id",
        )

    def event_place_names(self) -> list[EventPlaceName]:
        return self._rows(
            EventPlaceName,
            "SELECT m.event_id, p.name, p.text, p.country FROM places p "
            "JOIN event_members m ON m.article_id = p.article_id",
        )

    def disputed_counts(self) -> dict[str, int]:
        """Event id -> how many of its reconciled figures the reports disagree on (analysed
        events only). Counted here, not in SQL: older rows may hold NaN, which JSON lacks."""
        out = {}
        for event_id, data in self.db.execute(
            "SELECT event_id, data FROM analyses WHERE kind = 'reconciliation'"
        ):
            facts = json.loads(data).get("facts", [])
            out[event_id] = sum(1 for f in facts if f.get("status") == "disagree")
        return out

    def article_page(
        self,
        *,
        seqs: set[int] | None = None,
        event_id: str | None = None,
        language: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[int, list[ArticleRow]]:
        """How many articles match, and ``limit`` of them from ``offset``, newest-ingested
        first (``seqs``: only these)."""
        where: list[str] = []
        params: list[Any] = []
        if event_id:
            where.append("m.event_id = ?")
            params.append(event_id)
        if language:
            where.append("a.language = ?")
            params.append(language)
        if seqs is not None:
            condition, param = self._backend.any_of("a.seq", sorted(seqs))
            where.append(condition)
            params.append(param)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        base = f"FROM articles a LEFT JOIN event_members m ON m.article_id = a.id {clause}"
        total = self.db.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
        rows = self._rows(
            ArticleRow,
            "SELECT a.id, a.seq, a.title, a.outlet, a.language, a.published, a.url, m.event_id "
            f"{base} ORDER BY a.seq DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return total, rows

    def entity_page(
        self, q: str = "", type_: str = "", limit: int = 50, offset: int = 0
    ) -> tuple[int, list[Entity]]:
        """How many entities match, and ``limit`` of them from ``offset``, by mention count
        (``q``: a substring of the name or an alias, any case; ``type_``: of this type)."""
        where: list[str] = []
        params: list[Any] = []
        if q:
            like = self._backend.like
            where.append(f"(name {like} ? ESCAPE '\\' OR aliases {like} ? ESCAPE '\\')")
            pattern = "%" + re.sub(r"([%_\\])", r"\\\1", q) + "%"
            params += [pattern, pattern]
        if type_:
            where.append("type = ?")
            params.append(type_)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        total = self.db.execute(f"SELECT COUNT(*) FROM entities {clause}", params).fetchone()[0]
        found = self._select(
            Entity,
            f"SELECT {', '.join(_columns(Entity))} FROM entities {clause} "
            "ORDER BY mention_count IS NULL, mention_count DESC, name LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return total, found

    def claim_locations(self, claim_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        """Claim id -> (article id, sentence index), to cite each figure at its sentence."""
        out: dict[str, tuple[str, int]] = {}
        for chunk in _chunks(claim_ids):
            for cid, aid, index in self.db.execute(
                f"SELECT id, article_id, sentence_index FROM claims WHERE id IN ({_marks(chunk)})",
                chunk,
            ):
                out[cid] = (aid, index)
        return out

    def texts_since(self, seq: int) -> list[tuple[int, str, str]]:
        """``(seq, title, text)`` of the articles stored after ``seq``, in ingestion order."""
        return self.db.execute(
            "SELECT seq, COALESCE(title, ''), text FROM articles WHERE seq > ? ORDER BY seq",
            (seq,),
        ).fetchall()

    # -- watched sources ---------------------------------------------------------------------
    def add_sources(self, sources: Iterable[Source]) -> None:
        """Register feeds to watch; those already registered (same URL) keep their state."""
        known = {row[0] for row in self.db.execute("SELECT url FROM sources")}
        with self.transaction():
            self._insert("sources", {s.url: s for s in sources if s.url not in known}.values())

    def put_source(self, source: Source) -> None:
        """Write a source's polling state (an UPDATE: replacing the row would drop its entries)."""
        values = {k: _encode(v) for k, v in asdict(source).items()}
        sid = values.pop("id")
        sets = ", ".join(f"{name}=?" for name in values)
        self.db.execute(f"UPDATE sources SET {sets} WHERE id=?", [*values.values(), sid])

    def sources(self, ids: Sequence[str] | None = None) -> list[Source]:
        """Watched sources in the order they were added (``ids``: those, in that order)."""
        cols = ", ".join(_columns(Source))
        found = self._select(Source, f"SELECT {cols} FROM sources ORDER BY added_at, url")
        if ids is None:
            return found
        by_id = {s.id: s for s in found}
        return [by_id[i] for i in ids if i in by_id]

    def seen_entries(self, source_id: str) -> set[str]:
        return {
            row[0]
            for row in self.db.execute(
                "SELECT key FROM source_entries WHERE source_id=?", (source_id,)
            )
        }

    def add_entry(self, entry: SourceEntry) -> None:
        """Remember a feed entry (call in the transaction that stores its article)."""
        self._insert("source_entries", [entry])

    def source_counts(self) -> dict[str, tuple[int, int]]:
        """source id -> (entries seen, articles stored from them)."""
        return {
            sid: (entries, articles)
            for sid, entries, articles in self.db.execute(
                "SELECT source_id, COUNT(*), COUNT(article_id) FROM source_entries GROUP BY source_id"
            )
        }


# Typed records kept as JSON: pydantic validates nested dataclasses, enums and dates both ways.
_RECORD = TypeAdapter(EventRecord)
_RECONCILIATION = TypeAdapter(Reconciliation)
_ANCHOR = TypeAdapter(ReportAnchor)

_ENUMS: dict[tuple[type, str], type[Enum]] = {
    (Duplicate, "kind"): DuplicateKind,
    (Source, "status"): SourceStatus,
    (SourceEntry, "via"): EntryVia,
    (Claim, "qualifier"): Qualifier,
    (Claim, "kind"): ClaimKind,
}


@cache
def _decoder(cls: type[T]) -> Callable[[Sequence[Any]], T]:
    """A row (its columns in the order of the record's fields) -> the record, values turned back
    into enums, times and JSON; built once a class: rows are decoded by the ten thousand (a 1k
    run decodes ~120k), and most have no value to turn back (a sentence: none)."""
    turns: list[tuple[int, Callable[[Any], Any]]] = []
    for k, f in enumerate(fields(cls)):
        enum = _ENUMS.get((cls, f.name))
        if enum is not None:
            turns.append((k, enum))
        elif f.name in _TIMES:
            turns.append((k, _parse_time))
        elif f.name in ("meta", "scope", "aliases"):
            turns.append((k, _json_value))
    if not turns:
        return lambda row: cls(*row)

    def decode(row: Sequence[Any]) -> T:
        values = list(row)
        for k, turn in turns:
            if values[k] is not None:
                values[k] = turn(values[k])
        return cls(*values)

    return decode


def _json_value(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


@cache
def _getter(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """A record -> its fields' values in order, read at C speed (every record class has
    several fields: ``attrgetter`` of one name would give the value alone)."""
    return attrgetter(*(f.name for f in fields(cls)))


_TIMES = {"published", "first_seen", "last_seen", "added_at", "last_fetch", "next_due", "seen_at"}


def _json_finite(data: Any) -> str:
    """``data`` as JSON with every infinite or NaN float as null. Most analyses hold none: they
    are dumped as they are, and walked (``_finite``) only when the dump meets one (a 1k run
    stores ~900 reconciliations of ~180 values each)."""
    try:
        return json.dumps(data, ensure_ascii=False, default=_encode, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(data), ensure_ascii=False, default=_encode, allow_nan=False)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _quote(column: str) -> str:
    return '"end"' if column == "end" else column


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" * len(items))


def _chunks(items: Sequence[T], size: int = 500) -> Iterator[list[T]]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def fts_query(text: str) -> str | None:
    """User text as a safe FTS5 query: every word required, each quoted (no operators)."""
    words = re.findall(r"\w+", text.lower())
    return " ".join(f'"{w}"' for w in words[:12]) or None


class SearchIndex:
    """In-memory SQLite FTS5 index of a store's article titles and texts, keyed by ``seq``, grown
    incrementally (the web app's search, on either backend).

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

    def catch_up(self, store: Store) -> None:
        with self._lock:
            rows = store.texts_since(self._last_seq)
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
