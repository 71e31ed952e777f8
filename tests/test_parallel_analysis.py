"""Events analysed on two cores (the worker beside the pipeline and the pipeline itself) store
exactly what the serial analysis stores, on SQLite and PostgreSQL, and briefs read the same."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import pytest
from test_read_ahead import corpus

from newsfuse import pipeline as pipeline_module
from newsfuse.brief.build import build_brief
from newsfuse.brief.records import Brief
from newsfuse.engine.analysis import analyse_many
from newsfuse.engine.beside import Beside, Queued
from newsfuse.evaluation.clusters import pipeline_input
from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article
from newsfuse.store import Store


@pytest.fixture(scope="module")
def articles(eval_dir: Path) -> list[Article]:
    """Real reports (GVC, English: many small events) and short ones in en, fr, es, de."""
    gvc, _ = load_cluster_articles(eval_dir / "gvc" / "articles.jsonl", "incident_id", limit=30)
    return pipeline_input(gvc)[0] + corpus(1)


@pytest.fixture(params=["sqlite", "postgres"])
def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield str(tmp_path / "serial.db"), str(tmp_path / "parallel.db")
        return
    server = request.getfixturevalue("postgres")
    with server.database() as serial, server.database() as parallel:
        yield serial, parallel


def _unstamped(brief: Brief) -> Brief:
    """The brief without the time each report was received (each run stores its own)."""
    return replace(brief, updates=[replace(u, received=None) for u in brief.updates])


def analysed(store: Store) -> dict[str, object]:
    """Everything the analysis writes, and the brief of each event."""
    ids = [a.id for a in store.articles()]
    events = store.events()
    return {
        "events": [(e.id, tuple(e.article_ids)) for e in events],
        "entities": sorted(
            (e.id, e.name, e.type, str(e.aliases), e.mention_count, e.kb_id)
            for e in store.entities()
        ),
        "mentions": sorted(
            (m.article_id, m.start, m.end, m.entity_id) for m in store.mentions(ids)
        ),
        "claims": sorted((c.id, c.attribution_entity) for c in store.claims(ids)),
        "reconciliations": {e.id: store.analysis(e.id, "reconciliation") for e in events},
        "records": {e.id: store.record(e.id) for e in events},
        "briefs": {e.id: _unstamped(build_brief(store, e)) for e in events},
        "stale": store.stale_events(),
    }


def test_two_cores_store_what_one_stores(
    articles: list[Article], two_stores: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    serial_at, parallel_at = two_stores
    with Store(serial_at) as serial:
        report = Pipeline(serial).run_articles(articles)
        assert not report.errors
        expected = analysed(serial)
    monkeypatch.setattr(pipeline_module, "SPAWN_EVENTS", 1)  # the worker starts for any number
    monkeypatch.setattr(pipeline_module, "ANALYSE_BATCH", 2)  # many batches: some done here
    sent: list[int] = []
    queued = Beside.queued
    monkeypatch.setattr(
        Beside,
        "queued",
        lambda self, work, items, light=None: [
            sent.append(len(items)),
            queued(self, work, items, light),
        ][1],
    )
    with Store(parallel_at) as parallel:
        report = Pipeline(parallel).run_articles(articles)
        assert not report.errors
        assert analysed(parallel) == expected
    assert sum(sent) >= len(expected["events"]) // 2  # the worker was given the events
    assert len(expected["events"]) >= 20 and expected["entities"] and expected["claims"]
    assert expected["stale"] == [] and all(expected["records"].values())


def test_a_batch_the_worker_never_delivers_is_analysed_here(
    articles: list[Article], tmp_path: Path
) -> None:
    with Store(tmp_path / "store.db") as store:
        Pipeline(store).run_articles(articles[:8])
        pipeline = Pipeline(store)
        expected = [pipeline.analyse_articles(e.id, e.article_ids) for e in store.events()]
        inputs = [pipeline._event_inputs(e.id, e.article_ids) for e in store.events()]
    broken: Future[list] = Future()
    broken.set_exception(RuntimeError("worker died"))
    beside = Beside()
    try:
        queue = [beside.queued(analyse_many, inputs[:2]), Queued(inputs[2:], broken)]
        found = list(beside.collect(analyse_many, queue))
    finally:
        beside.close()
    assert len(inputs) >= 3
    assert [(a.record, a.reconciliation) for a in found] == [
        (a.record, a.reconciliation) for a in expected
    ]
