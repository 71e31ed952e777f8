"""Several writers on one store: N processes each run the pipeline over M articles of their own
plus a set every writer shares, at the same time. Every article must be stored exactly once, with
its sentences, in exactly one event, and the derived tables must agree with each other.

Before the fix, ``seq`` was read outside the write transaction and the colliding row was dropped by
``INSERT OR IGNORE``: 60 of 120 articles were lost. The ``database`` fixture runs the test on an
SQLite file and on a database of the session's PostgreSQL server (writers queue on its advisory
lock, the work lock is a session advisory lock).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.store import Store
from newsfuse.store_backend import is_postgres

TESTS = Path(__file__).resolve().parent
WRITERS = 4
ARTICLES = 30
SHARED = 5

# One writer: the fast embedder, no extraction stage (the store is what is under test).
WRITER = """
import json, sys
from test_pipeline import WordHashEmbedder
from newsfuse import models
from newsfuse.ingest.readers import text_to_article
from newsfuse.pipeline import Pipeline
from newsfuse.store import Store

url, writer, count, shared = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
models.register("embedder", WordHashEmbedder)
Pipeline.extract = lambda self, articles, report: None
towns = ["Riverton", "Lyon", "Toledo", "Aleppo", "Gdansk", "Porto", "Lagos", "Quito"]
def report(key, n):
    town = towns[n % len(towns)]
    text = (f"Flood in {town}\\nThe river burst its banks in {town} on day {n}. "
            f"At least {n + 2} people were killed, officials said. Report {key}.")
    return text_to_article(text, key, key=key)
mine = [report(f"w{writer}-{i}", i) for i in range(count)]
common = [report(f"shared-{i}", i) for i in range(shared)]
with Store(url) as store:
    result = Pipeline(store).run_articles(mine[: count // 2] + common + mine[count // 2 :])
print(json.dumps({"added": len(result.added), "known": result.known, "errors": len(result.errors)}))
"""


def test_parallel_writers_store_every_article_exactly_once(database: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, database, str(w), str(ARTICLES), str(SHARED)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for w in range(WRITERS)
    ]
    results = []
    for process in writers:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode()[-3000:]
        results.append(json.loads(out.decode().strip().splitlines()[-1]))
    total = WRITERS * ARTICLES + SHARED
    assert sum(r["added"] for r in results) == total, results
    assert sum(r["known"] for r in results) == (WRITERS - 1) * SHARED, results
    assert all(r["errors"] == 0 for r in results), results

    with Store(database) as store:
        articles = store.articles()
        assert len(articles) == total == len({a.id for a in articles})
        assert sorted(a.seq for a in articles) == list(range(1, total + 1))
        sentences = store.sentences_of([a.id for a in articles])
        assert all(sentences[a.id] for a in articles), "every article has its sentences"
        membership = store.membership()
        assert set(membership) == {a.id for a in articles}, "every article is in one event"
        events = store.events()
        assert sorted(m for e in events for m in e.article_ids) == sorted(membership)
        sizes = dict(store.db.execute("SELECT id, size FROM events"))
        assert all(sizes[e.id] == len(e.article_ids) > 0 for e in events)
        assert store.stale_events() == [], "every event's analysis is current"
        assert store.without_features([a.id for a in articles]) == []
        if not is_postgres(database):
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# Several analysts at once: each merges its own pairs of one-report events.
ANALYST = """
import sys
from test_pipeline import WordHashEmbedder
from newsfuse import models
from newsfuse.corrections import Corrections
from newsfuse.pipeline import Pipeline
from newsfuse.store import Store

url, pairs = sys.argv[1], sys.argv[2:]
models.register("embedder", WordHashEmbedder)
Pipeline.extract = lambda self, articles, report: None
with Store(url) as store:
    corrections = Corrections(Pipeline(store))
    for pair in pairs:
        corrections.merge(pair.split(","), author="analyst", reason="same incident")
"""

ANALYSTS = 3
MERGES = 4  # each


def _distinct_report(n: int) -> str:
    """Reports sharing no word, so every one is its own event."""

    def word(k: int) -> str:
        return "".join(
            "bcdfghjklmnpqrstvwxz"[int(d) + 10 * (i % 2)] for i, d in enumerate(f"{n:02d}{k:02d}")
        )

    words = " ".join(word(k) for k in range(12))
    return f"{word(99).title()}\n{words.capitalize()}."


def test_parallel_corrections_each_take_their_own_seq(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the fix the correction's ``seq`` was read outside its write transaction: two analysts
    could take the same one and the second correction failed on the unique ``seq``."""
    from test_pipeline import WordHashEmbedder

    from newsfuse import models
    from newsfuse.ingest.readers import text_to_article
    from newsfuse.pipeline import Pipeline

    count = 2 * ANALYSTS * MERGES
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())  # this test only
    with Store(database) as store:
        pipeline = Pipeline(store)
        pipeline.extract = lambda articles, report: None  # type: ignore[method-assign]
        pipeline.run_articles(
            [text_to_article(_distinct_report(n), f"r{n}", key=f"r{n}") for n in range(count)]
        )
        membership = store.membership()
    events = sorted(set(membership.values()))
    assert len(events) == count, "every report is its own event"
    pairs = [f"{events[2 * i]},{events[2 * i + 1]}" for i in range(count // 2)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    analysts = [
        subprocess.Popen(
            [sys.executable, "-c", ANALYST, database, *pairs[a * MERGES : (a + 1) * MERGES]],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for a in range(ANALYSTS)
    ]
    for process in analysts:
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode()[-3000:]
    with Store(database) as store:
        log = store.corrections()
        assert sorted(c.seq for c in log) == list(range(1, len(pairs) + 1))
        after = store.membership()
    for pair in pairs:
        first, second = pair.split(",")
        merged = {a for a, e in membership.items() if e in (first, second)}
        assert {after[a] for a in merged} == {first}
