"""The store on both backends (the ``database`` fixture: an SQLite file, then a database on a
throwaway PostgreSQL server): migrations, refusing unusable databases, transactions and record
round-trips. Tests of SQLite files as such (noise, folders, integrity) run on SQLite only."""

from __future__ import annotations

import math
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsfuse.records import (
    Article,
    Claim,
    ClaimKind,
    Duplicate,
    DuplicateKind,
    Entity,
    Event,
    Qualifier,
    Sentence,
)
from newsfuse.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError
from newsfuse.store_backend import is_postgres


def article(n: int = 1, **changes) -> Article:
    values = dict(
        id=f"art{n:04d}",
        text=f"Article {n} body. Second sentence.",
        title=f"Title {n}",
        raw=f"Loading Now\nTitle {n}\nArticle {n} body. Second sentence.",
        source_path=f"/data/{n}.txt",
        url=f"https://example.com/{n}",
        outlet="example.com",
        original_source="www.bbc.com",
        published=datetime(2024, 11, 29, 8, n % 60),
        language="en",
        content_hash=f"hash{n}",
        seq=n,
        meta={"section": "world", "n": str(n)},
    )
    values.update(changes)
    return Article(**values)


def sentences_of(a: Article) -> list[Sentence]:
    first = a.text.index(".") + 1
    return [
        Sentence(a.id, 0, 0, first, a.text[:first], "en", 0),
        Sentence(a.id, 1, first + 1, len(a.text), a.text[first + 1 :], "fr", 1),
    ]


@contextmanager
def raw(database: str) -> Iterator[Any]:
    """A plain connection to the store's database, beside the store (autocommit)."""
    if is_postgres(database):
        import psycopg

        with psycopg.connect(database, autocommit=True) as conn:
            yield conn
    else:
        conn = sqlite3.connect(database, isolation_level=None)
        try:
            yield conn
        finally:
            conn.close()


def user_version(database: str | Path) -> int:
    """The schema version: ``PRAGMA user_version``, or the one-row table on Postgres."""
    with raw(str(database)) as db:
        if not is_postgres(str(database)):
            return db.execute("PRAGMA user_version").fetchone()[0]
        if db.execute("SELECT to_regclass('newsfuse_schema')").fetchone()[0] is None:
            return 0
        return db.execute("SELECT version FROM newsfuse_schema").fetchone()[0]


def set_user_version(database: str, version: int) -> None:
    with raw(database) as db:
        if is_postgres(database):
            db.execute("CREATE TABLE IF NOT EXISTS newsfuse_schema (version INTEGER NOT NULL)")
            db.execute("DELETE FROM newsfuse_schema")
            db.execute("INSERT INTO newsfuse_schema VALUES (%s)", (version,))
        else:
            db.execute(f"PRAGMA user_version = {version}")


def table_names(database: str) -> set[str]:
    with raw(database) as db:
        if is_postgres(database):
            sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        else:
            sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
        return {row[0] for row in db.execute(sql)}


def test_empty_database_is_migrated_to_the_current_version(database: str) -> None:
    with Store(database):
        pass
    assert {"articles", "sentences", "events", "event_members", "claims"} <= table_names(database)
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1
    assert user_version(database) == SCHEMA_VERSION


def test_reopening_keeps_data_and_does_not_migrate_again(database: str) -> None:
    with Store(database) as store:
        a = article()
        store.add_article(a, sentences_of(a))
    with Store(database) as store:  # a second migration would fail: tables already exist
        assert store.article_count() == 1
    assert user_version(database) == SCHEMA_VERSION


def test_newer_database_is_refused_clearly(database: str) -> None:
    with raw(database) as db:
        db.execute("CREATE TABLE t (x INTEGER)")
    set_user_version(database, SCHEMA_VERSION + 5)
    with pytest.raises(StoreError) as info:
        Store(database)
    message = str(info.value)
    assert database in message
    assert str(SCHEMA_VERSION + 5) in message and "newer" in message
    assert user_version(database) == SCHEMA_VERSION + 5, "left untouched"
    assert table_names(database) - {"newsfuse_schema"} == {"t"}


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgresql://newsfuse:s3cret@127.0.0.1:1/news", "Connection refused"),
        ("postgresql://newsfuse:s3cret@localhost:notaport/news", "cannot open"),
        ("postgres://newsfuse@/news?host=/nonexistent/folder", "No such file"),
        ("postgresql://newsfuse@/news?password=s3cret&sslmode=bogus", "sslmode"),
    ],
)
def test_unreachable_or_malformed_postgres_url_is_one_clear_line(url: str, problem: str) -> None:
    with pytest.raises(StoreError) as info:
        Store(url)
    message = str(info.value)
    assert "\n" not in message and "s3cret" not in message, "one line, password masked"
    assert message.startswith(url.replace("s3cret", "***") + ": ")
    assert problem in message


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "noise.db"
    data = np.random.default_rng(0).integers(0, 256, 64 * 1024, dtype=np.uint8).tobytes()
    path.write_bytes(data)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value)
    assert "not a usable newsfuse database" in str(info.value)
    assert path.read_bytes() == data, "the file is not modified"


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("These are my notes, not a database.\n" * 100)
    with pytest.raises(StoreError, match="not a usable newsfuse database"):
        Store(path)


def test_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=str(tmp_path)):
        Store(tmp_path)


def test_foreign_database_with_clashing_tables_is_refused(database: str) -> None:
    with raw(database) as db:
        db.execute("CREATE TABLE articles (name TEXT)")
        db.execute("INSERT INTO articles VALUES ('keep me')")
    with pytest.raises(StoreError, match="not a usable newsfuse database"):
        Store(database)
    with raw(database) as db:  # the failed migration was rolled back entirely
        assert db.execute("SELECT name FROM articles").fetchall() == [("keep me",)]
    assert user_version(database) == 0
    assert table_names(database) == {"articles"}


def test_article_and_sentences_round_trip(database: str) -> None:
    a = article(7)
    sentences = sentences_of(a)
    with Store(database) as store:
        store.add_article(a, sentences)
    with Store(database) as store:
        assert store.articles() == [a]
        assert store.article(a.id) == a
        assert store.article("missing") is None
        assert store.has_article(a.id) and not store.has_article("missing")
        assert store.sentences(a.id) == sentences
        assert store.sentences_of([a.id, "missing"]) == {a.id: sentences, "missing": []}
        assert a.seq == 1, "seq is allocated by the store, in its write transaction"


def test_article_with_empty_and_aware_values_round_trips(database: str) -> None:
    aware = datetime(2024, 11, 29, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    a = article(1, url=None, outlet=None, original_source=None, language=None, meta={})
    b = article(2, published=aware, title="", text="Ünïcödé — « texte » 中文.")
    with Store(database) as store:
        store.add_article(a, [])
        store.add_article(b, [])
        assert store.articles() == [a, b]
        assert store.articles([b.id, a.id]) == [b, a]


def test_articles_by_many_ids_in_chunks(database: str) -> None:
    with Store(database) as store:
        with store.transaction():
            for n in range(1, 1201):
                store.add_article(article(n), [])
        ids = [f"art{n:04d}" for n in range(1200, 0, -1)]
        assert [a.id for a in store.articles(ids)] == ids
        assert store.article_count() == 1200


def test_claims_round_trip(database: str) -> None:
    a = article()
    claims = [
        Claim(
            id="c1",
            article_id=a.id,
            sentence_index=0,
            start=0,
            end=20,
            number_start=9,
            number_end=12,
            surface="at least 255",
            low=255.0,
            high=math.inf,
            qualifier=Qualifier.AT_LEAST,
            kind=ClaimKind.COUNT,
            measure="killed",
            subject="people",
            scope=["civilians", "Aleppo"],
            attribution="the Observatory",
            role="total",
            evidence="at least 255 people have been killed",
        ),
        Claim("c2", a.id, 1, 25, 30, 25, 27, "87", 87.0, 87.0, parent="c1", role="part"),
        Claim("c3", a.id, 1, 31, 40, 31, 34, "3.5", 3.5, 3.5, Qualifier.ABOUT, ClaimKind.QUANTITY),
    ]
    with Store(database) as store:
        store.add_article(a, sentences_of(a))
        store.put_extraction(a.id, claims=claims)
        got = store.claims([a.id])
        assert got == claims
        assert isinstance(got[0].qualifier, Qualifier) and isinstance(got[0].kind, ClaimKind)
        assert got[0].high == math.inf
        store.put_extraction(a.id, claims=claims[:1])  # re-extraction replaces
        assert store.claims([a.id]) == claims[:1]


def test_duplicates_events_and_entities_round_trip(database: str) -> None:
    a, b = article(1), article(2)
    with Store(database) as store:
        store.add_article(a, [])
        store.add_article(b, [])
        link = Duplicate(b.id, a.id, DuplicateKind.TRANSLATION, 0.91)
        store.put_duplicates([link])
        assert store.duplicates() == [link]
        assert store.duplicates([a.id]) == [link]
        event = Event("ev-1", "Flood", [a.id, b.id], a.published, b.published)
        store.put_event(event, {a.id: 1.0})
        assert store.events() == [event]
        assert store.events(["ev-1"]) == [event]
        assert store.event_of(b.id) == "ev-1"
        assert store.membership() == {a.id: "ev-1", b.id: "ev-1"}
        entity = Entity("e1", "Aleppo", "LOC", {"en": ["Aleppo"], "fr": ["Alep"]}, 3, "Q41183")
        store.put_entities([entity])
        assert store.entities() == [entity]


def test_embeddings_round_trip_as_float16(database: str) -> None:
    a = article()
    vector = np.linspace(-1, 1, 8, dtype=np.float32)
    sentence_vectors = np.arange(16, dtype=np.float32).reshape(2, 8) / 16
    with Store(database) as store:
        store.add_article(a, [])
        store.put_embeddings(a.id, vector[None, :], sentence_vectors)
        got_vector, got_sentences = store.embeddings([a.id], 8)[a.id]
        np.testing.assert_allclose(got_vector, vector, atol=1e-3)
        np.testing.assert_allclose(got_sentences, sentence_vectors, atol=1e-3)
        ids, matrix = store.article_vectors(8)
        assert ids == [a.id] and matrix.shape == (1, 8)


def test_analysis_round_trip_with_infinite_bounds(database: str) -> None:
    with Store(database) as store:
        store.put_event(Event("ev-1", "Flood"), {})
        store.put_analysis("ev-1", "facts", {"low": 1.5, "high": math.inf, "list": [math.nan]})
        assert store.analysis("ev-1", "facts") == {"low": 1.5, "high": None, "list": [None]}
        assert store.analysis("ev-1", "other") is None


def test_failed_transaction_leaves_earlier_data_intact(database: str) -> None:
    a, b = article(1), article(2)
    with Store(database) as store:
        store.add_article(a, sentences_of(a))
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(b, sentences_of(b))  # joins the outer transaction
            store.put_event(Event("ev-x", "X", [a.id, b.id]), {})
            raise RuntimeError("interrupted")
        assert store.articles() == [a]
        assert store.sentences(a.id) == sentences_of(a)
        assert store.events() == [] and store.membership() == {}
        assert not store.db.in_transaction


def test_failing_insert_rolls_back_the_whole_article(database: str) -> None:
    a = article()
    orphan = [Sentence("no-such-article", 0, 0, 4, "Text")]
    with Store(database) as store:
        with pytest.raises(store.integrity_errors):  # foreign keys are enforced
            store.add_article(a, orphan)
        assert store.article_count() == 0


def test_adding_a_known_article_keeps_the_stored_one(database: str) -> None:
    a = article()
    with Store(database) as store:
        store.add_article(a, sentences_of(a))
        store.add_article(article(1, title="Changed", seq=99), sentences_of(a))
        assert store.articles() == [a]


def test_store_file_is_a_plain_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "newsfuse.db"
    with Store(path) as store:
        a = article()
        store.add_article(a, sentences_of(a))
    assert path.exists() and os.path.getsize(path) > 0
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT id, title FROM articles").fetchall() == [(a.id, a.title)]


def test_a_failed_transaction_leaves_an_intact_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "newsfuse.db"
    with Store(path) as store:
        store.add_article(article(1), [])
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(article(2), [])
            raise RuntimeError("interrupted")
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def drop_migrations_after(store: Store, version: int) -> None:
    """Take a current store's schema back to ``version`` (its data stays)."""
    for later in reversed(MIGRATIONS[version:]):
        for index in re.findall(r"CREATE INDEX (\w+)", later):
            store.db.execute(f"DROP INDEX IF EXISTS {index}")
        for table in reversed(re.findall(r"CREATE TABLE (\w+)", later)):
            store.db.execute(f"DROP TABLE {table}")
        for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", later):
            store.db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def test_version_1_database_gets_stage_markers(database: str) -> None:
    """v1 kept only finished runs: members count as extracted, unanalysed events as stale."""
    with Store(database) as store:  # an article, then back to the v1 schema
        a = article()
        store.add_article(a, sentences_of(a))
        drop_migrations_after(store, 1)
    set_user_version(database, 1)
    with raw(database) as db:
        db.execute("INSERT INTO events VALUES ('ev-1', 't', NULL, NULL, 1, '2026-01-01')")
        db.execute(f"INSERT INTO event_members VALUES ('{a.id}', 'ev-1', NULL)")
    with Store(database) as store:
        assert store.unextracted() == [] and store.stale_events() == ["ev-1"]
    assert user_version(database) == SCHEMA_VERSION


def test_version_6_database_re_analyses_every_event(database: str) -> None:
    """v7 stores reconciliations typed: the next run rewrites every event's, and one written in
    an older shape reads as missing meanwhile (never a traceback)."""
    with Store(database) as store:
        store.put_event(Event("ev-1", "Flood"), {})
        store.put_analysis("ev-1", "reconciliation", {"event_id": "ev-1", "facts": [{"x": 1}]})
        store.db.execute("DELETE FROM stale_events")
        drop_migrations_after(store, 6)
    set_user_version(database, 6)
    with Store(database) as store:
        assert store.stale_events() == ["ev-1"]
        assert store.reconciliation("ev-1") is None
    assert user_version(database) == SCHEMA_VERSION


def test_event_record_and_report_anchor_round_trip(database: str) -> None:
    from datetime import date

    from newsfuse.records import (
        ActorRole,
        EventActor,
        EventCount,
        EventPlace,
        EventRecord,
        EventType,
        EventWhen,
        Evidence,
        PlacePrecision,
        ReportAnchor,
    )

    place = EventPlace(
        "Tolvane", "VD", PlacePrecision.TOWN, admin1="North", latitude=1.5, longitude=-2.0
    )
    record = EventRecord(
        "ev-1",
        what=EventType.BOMBING,
        what_evidence=Evidence("art0001", 0, "A bomb went off."),
        when=EventWhen(date(2024, 11, 27), date(2024, 11, 29), "day"),
        where=[place],
        who=[EventActor("Rebels", ActorRole.PERPETRATOR, type="ORG")],
        how_many=[EventCount("killed", "people", 255.0, 240.0, math.inf, fact_id="f1")],
    )
    anchor = ReportAnchor("art0001", day=date(2024, 11, 27), precision="day", place=place)
    with Store(database) as store:
        store.add_article(article(1), [])
        store.put_event(Event("ev-1", "T", ["art0001"]), {})
        store.put_record(record)
        store.put_anchors([anchor])
    with Store(database) as store:
        assert store.record("ev-1") != record  # an unbounded high is stored as null: unknown
        record.how_many[0].high = None
        assert store.record("ev-1") == record
        assert store.records() == [record]
        assert store.record("ev-2") is None
        assert store.anchors(["art0001", "art0002"]) == {"art0001": anchor}
        store.db.execute("DELETE FROM event_members")
        store.delete_events(["ev-1"])
        assert store.records() == []


def test_listing_queries_page_filter_and_count(database: str) -> None:
    """What the web app lists (all its SQL is the store's): pages newest first, filters by
    event, language and a set of ``seq``; entities by a case-insensitive, escaped substring."""
    with Store(database) as store:
        for n in range(1, 8):
            store.add_article(article(n, language="fr" if n % 2 else "de"), [])
        store.put_event(Event("ev-1", "Flood", ["art0001", "art0002", "art0003"]), {})
        total, rows = store.article_page(limit=2, offset=2)
        assert total == 7 and [r.seq for r in rows] == [5, 4]
        assert rows[0].published == article(5).published.isoformat()
        total, rows = store.article_page(event_id="ev-1", language="fr")
        assert total == 2 and [(r.id, r.event_id) for r in rows] == [
            ("art0003", "ev-1"),
            ("art0001", "ev-1"),
        ]
        total, rows = store.article_page(seqs={2, 6, 99})
        assert total == 2 and [r.id for r in rows] == ["art0006", "art0002"]
        assert store.article_page(seqs=set()) == (0, [])
        assert [t[0] for t in store.texts_since(5)] == [6, 7]

        store.put_entities(
            [
                Entity("e1", "Tolvane Dam", "FAC", {"de": ["Tolvaner Damm"]}, 4),
                Entity("e2", "100% Relief_Fund", "ORG", {}, 9),
                Entity("e3", "Kestra", "GPE", None, 4),
            ]
        )
        total, found = store.entity_page()
        assert total == 3 and [e.id for e in found] == ["e2", "e3", "e1"]  # count, then name
        assert found[2] == Entity("e1", "Tolvane Dam", "FAC", {"de": ["Tolvaner Damm"]}, 4)
        assert [e.id for e in store.entity_page("tolvaner")[1]] == ["e1"]  # an alias, any case
        assert [e.id for e in store.entity_page("% relief_")[1]] == ["e2"]  # % and _ as typed
        assert store.entity_page("0_r") == (0, [])
        assert store.entity_page(type_="GPE", limit=1) == (1, [store.entities(["e3"])[0]])

        claims = [Claim(f"c{i}", "art0001", i, 0, 5, 0, 2, "12", 12.0, 12.0) for i in range(600)]
        store.put_extraction("art0001", claims=claims)
        wanted = [f"c{i}" for i in range(0, 600, 7)] + ["missing"]
        assert store.claim_locations(wanted) == {c: ("art0001", int(c[1:])) for c in wanted[:-1]}

        facts = [{"status": "disagree"}, {"status": "agree"}, {"status": "disagree"}]
        store.put_analysis("ev-1", "reconciliation", {"event_id": "ev-1", "facts": facts})
        assert store.disputed_counts() == {"ev-1": 2}
        assert store.event("ev-1") == store.events(["ev-1"])[0] and store.event("x") is None
        heads = store.event_heads()
        assert [(h.id, h.title) for h in heads] == [("ev-1", "Flood")]
        members = sorted(store.member_facts())
        assert [(m.event_id, m.seq, m.language) for m in members] == [
            ("ev-1", 1, "fr"),
            ("ev-1", 2, "de"),
            ("ev-1", 3, "fr"),
        ]
        arrival = datetime.strptime(members[0].arrival, "%Y-%m-%d %H:%M:%S")  # UTC, as SQLite's
        assert abs(datetime.now(UTC).replace(tzinfo=None) - arrival) < timedelta(hours=1)
        store.set_source_path(["art0002"], "upload:x.txt")
        assert store.article("art0002").source_path == "upload:x.txt"
        assert store.article_ids() == [f"art{n:04d}" for n in range(1, 8)]


def test_change_counter_moves_when_another_connection_commits(database: str) -> None:
    """The web app rebuilds its caches when ``data_version`` moves: never misses a commit."""
    with Store(database) as watch, Store(database) as writer:
        before = watch.data_version()
        writer.add_article(article(1), [])
        after = watch.data_version()
        assert after != before
        store_again = watch.data_version()
        writer.put_event(Event("ev-1", "Flood", ["art0001"]), {})
        assert watch.data_version() != store_again


def test_work_lock_admits_one_store_at_a_time(database: str) -> None:
    """``exclusive`` holds across connections (two processes are two stores): the second waits
    until the first lets go; re-entrant within one store."""
    import threading
    import time

    with Store(database) as first, Store(database) as second:
        entered = threading.Event()

        def wait_for_lock() -> None:
            with second.exclusive():
                entered.set()

        with first.exclusive(), first.exclusive():
            waiter = threading.Thread(target=wait_for_lock)
            waiter.start()
            time.sleep(0.5)
            assert not entered.is_set(), "the second store waits"
        waiter.join(timeout=10)
        assert entered.is_set(), "and gets the lock once released"


def test_watched_sources_and_entries_round_trip(database: str) -> None:
    from newsfuse.records import EntryVia, Source, SourceEntry, SourceStatus

    added = datetime(2026, 1, 5, 9, 0)
    later = added + timedelta(hours=1)
    feeds = [
        Source("s1", "https://a.example/feed", "A", added),
        Source("s2", "https://b/", "", later),
    ]
    with Store(database) as store:
        store.add_sources(feeds)
        store.add_article(article(1), [])
        with store.transaction():
            store.add_entry(SourceEntry("s1", "guid-1", "art0001", EntryVia.PAGE, added))
            store.add_entry(SourceEntry("s1", "guid-2", None, EntryVia.NONE, added))
        polled = Source(
            "s1", feeds[0].url, "A feed", added, '"etag"', None, added, SourceStatus.OK, polls=3
        )
        store.put_source(polled)
        store.add_sources([Source("s9", feeds[0].url, "same URL: kept as it was", later)])
        assert store.sources() == [polled, feeds[1]]
        assert store.sources(["s2", "s1"]) == [feeds[1], polled]
        assert store.seen_entries("s1") == {"guid-1", "guid-2"}
        assert store.source_counts() == {"s1": (2, 1)}
        assert store.article_by_url(article(1).url) == "art0001"
