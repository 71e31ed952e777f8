"""Several writers on one store: N processes each run the pipeline over M articles of their own
plus a set every writer shares, at the same time. Every article must be stored exactly once, with
its sentences, in exactly one event, and the derived tables must agree with each other.

Before the fix, ``seq`` was read outside the write transaction and the colliding row was dropped by
``INSERT OR IGNORE``: 60 of 120 articles were lost. The ``backend`` fixture names the store to
test; a Postgres store joins its parameters when it exists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsfuse.store import Store

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


@dataclass
class Backend:
    name: str
    url: str

    def open(self) -> Store:
        return Store(self.url)


@pytest.fixture(params=["sqlite"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    return Backend(request.param, str(tmp_path / "shared.db"))


def test_parallel_writers_store_every_article_exactly_once(backend: Backend) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, backend.url, str(w), str(ARTICLES), str(SHARED)],
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

    with backend.open() as store:
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
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
