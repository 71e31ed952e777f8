"""SQLite store: migrations, refusing unusable files, transactions and record round-trips."""

from __future__ import annotations

import math
import os
import re
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

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


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA user_version").fetchone()[0]


def test_empty_database_is_migrated_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store(path) as store:
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"articles", "sentences", "events", "event_members", "claims"} <= tables
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1
    assert user_version(path) == SCHEMA_VERSION


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with Store(path) as store:
        a = article()
        store.add_article(a, sentences_of(a))
    with Store(path) as store:  # a second migration would fail: tables already exist
        assert store.article_count() == 1
    assert user_version(path) == SCHEMA_VERSION


def test_newer_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError) as info:
        Store(path)
    message = str(info.value)
    assert str(path) in message
    assert str(SCHEMA_VERSION + 5) in message and "newer" in message
    assert user_version(path) == SCHEMA_VERSION + 5, "left untouched"


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


def test_foreign_database_with_clashing_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other-app.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE articles (name TEXT)")
        db.execute("INSERT INTO articles VALUES ('keep me')")
    with pytest.raises(StoreError):
        Store(path)
    with sqlite3.connect(path) as db:  # the failed migration was rolled back entirely
        assert db.execute("SELECT name FROM articles").fetchall() == [("keep me",)]
        assert db.execute("PRAGMA user_version").fetchone()[0] == 0
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"articles"}


def test_article_and_sentences_round_trip(tmp_path: Path) -> None:
    a = article(7)
    sentences = sentences_of(a)
    with Store(tmp_path / "db") as store:
        store.add_article(a, sentences)
    with Store(tmp_path / "db") as store:
        assert store.articles() == [a]
        assert store.article(a.id) == a
        assert store.article("missing") is None
        assert store.has_article(a.id) and not store.has_article("missing")
        assert store.sentences(a.id) == sentences
        assert store.sentences_of([a.id, "missing"]) == {a.id: sentences, "missing": []}
        assert a.seq == 1, "seq is allocated by the store, in its write transaction"


def test_article_with_empty_and_aware_values_round_trips(tmp_path: Path) -> None:
    aware = datetime(2024, 11, 29, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    a = article(1, url=None, outlet=None, original_source=None, language=None, meta={})
    b = article(2, published=aware, title="", text="Ünïcödé — « texte » 中文.")
    with Store(tmp_path / "db") as store:
        store.add_article(a, [])
        store.add_article(b, [])
        assert store.articles() == [a, b]
        assert store.articles([b.id, a.id]) == [b, a]


def test_articles_by_many_ids_in_chunks(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        with store.transaction():
            for n in range(1, 1201):
                store.add_article(article(n), [])
        ids = [f"art{n:04d}" for n in range(1200, 0, -1)]
        assert [a.id for a in store.articles(ids)] == ids
        assert store.article_count() == 1200


def test_claims_round_trip(tmp_path: Path) -> None:
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
    with Store(tmp_path / "db") as store:
        store.add_article(a, sentences_of(a))
        store.put_extraction(a.id, claims=claims)
        got = store.claims([a.id])
        assert got == claims
        assert isinstance(got[0].qualifier, Qualifier) and isinstance(got[0].kind, ClaimKind)
        assert got[0].high == math.inf
        store.put_extraction(a.id, claims=claims[:1])  # re-extraction replaces
        assert store.claims([a.id]) == claims[:1]


def test_duplicates_events_and_entities_round_trip(tmp_path: Path) -> None:
    a, b = article(1), article(2)
    with Store(tmp_path / "db") as store:
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


def test_embeddings_round_trip_as_float16(tmp_path: Path) -> None:
    a = article()
    vector = np.linspace(-1, 1, 8, dtype=np.float32)
    sentence_vectors = np.arange(16, dtype=np.float32).reshape(2, 8) / 16
    with Store(tmp_path / "db") as store:
        store.add_article(a, [])
        store.put_embeddings(a.id, vector[None, :], sentence_vectors)
        got_vector, got_sentences = store.embeddings([a.id], 8)[a.id]
        np.testing.assert_allclose(got_vector, vector, atol=1e-3)
        np.testing.assert_allclose(got_sentences, sentence_vectors, atol=1e-3)
        ids, matrix = store.article_vectors(8)
        assert ids == [a.id] and matrix.shape == (1, 8)


def test_analysis_round_trip_with_infinite_bounds(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        store.put_event(Event("ev-1", "Flood"), {})
        store.put_analysis("ev-1", "facts", {"low": 1.5, "high": math.inf, "list": [math.nan]})
        assert store.analysis("ev-1", "facts") == {"low": 1.5, "high": None, "list": [None]}
        assert store.analysis("ev-1", "other") is None


def test_failed_transaction_leaves_earlier_data_intact(tmp_path: Path) -> None:
    a, b = article(1), article(2)
    with Store(tmp_path / "db") as store:
        store.add_article(a, sentences_of(a))
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(b, sentences_of(b))  # joins the outer transaction
            store.put_event(Event("ev-x", "X", [a.id, b.id]), {})
            raise RuntimeError("interrupted")
        assert store.articles() == [a]
        assert store.sentences(a.id) == sentences_of(a)
        assert store.events() == [] and store.membership() == {}
        assert not store.db.in_transaction
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_failing_insert_rolls_back_the_whole_article(tmp_path: Path) -> None:
    a = article()
    orphan = [Sentence("no-such-article", 0, 0, 4, "Text")]
    with Store(tmp_path / "db") as store:
        with pytest.raises(sqlite3.IntegrityError):  # foreign keys are enforced
            store.add_article(a, orphan)
        assert store.article_count() == 0


def test_adding_a_known_article_keeps_the_stored_one(tmp_path: Path) -> None:
    a = article()
    with Store(tmp_path / "db") as store:
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


def test_version_1_database_gets_stage_markers(tmp_path: Path) -> None:
    """v1 kept only finished runs: members count as extracted, unanalysed events as stale."""
    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
    with Store(path) as store:  # an article, then back to the v1 schema
        a = article()
        store.add_article(a, sentences_of(a))
        for later in reversed(MIGRATIONS[1:]):
            for index in re.findall(r"CREATE INDEX (\w+)", later):
                store.db.execute(f"DROP INDEX IF EXISTS {index}")
            for table in reversed(re.findall(r"CREATE TABLE (\w+)", later)):
                store.db.execute(f"DROP TABLE {table}")
            for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", later):
                store.db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        store.db.commit()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO events VALUES ('ev-1', 't', NULL, NULL, 1, '2026-01-01')")
        db.execute("INSERT INTO event_members VALUES (?, 'ev-1', NULL)", (a.id,))
    with Store(path) as store:
        assert store.unextracted() == [] and store.stale_events() == ["ev-1"]
    assert user_version(path) == SCHEMA_VERSION


def test_version_6_database_re_analyses_every_event(tmp_path: Path) -> None:
    """v7 stores reconciliations typed: the next run rewrites every event's, and one written in
    an older shape reads as missing meanwhile (never a traceback)."""
    path = tmp_path / "v6.db"
    with Store(path) as store:
        store.put_event(Event("ev-1", "Flood"), {})
        store.put_analysis("ev-1", "reconciliation", {"event_id": "ev-1", "facts": [{"x": 1}]})
        store.db.execute("DELETE FROM stale_events")
        for later in MIGRATIONS[6:]:
            for index in re.findall(r"CREATE INDEX (\w+)", later):
                store.db.execute(f"DROP INDEX {index}")
            for table in re.findall(r"CREATE TABLE (\w+)", later):
                store.db.execute(f"DROP TABLE {table}")
        store.db.commit()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 6")
    with Store(path) as store:
        assert store.stale_events() == ["ev-1"]
        assert store.reconciliation("ev-1") is None
    assert user_version(path) == SCHEMA_VERSION


def test_event_record_and_report_anchor_round_trip(tmp_path: Path) -> None:
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
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_article(article(1), [])
        store.put_event(Event("ev-1", "T", ["art0001"]), {})
        store.put_record(record)
        store.put_anchors([anchor])
    with Store(path) as store:
        assert store.record("ev-1") != record  # an unbounded high is stored as null: unknown
        record.how_many[0].high = None
        assert store.record("ev-1") == record
        assert store.records() == [record]
        assert store.record("ev-2") is None
        assert store.anchors(["art0001", "art0002"]) == {"art0001": anchor}
        store.db.execute("DELETE FROM event_members")
        store.delete_events(["ev-1"])
        assert store.records() == []
