"""Extraction read ahead in a worker process stores exactly what extraction in the pipeline's own
process stores, and a batch the worker never delivers is extracted by the pipeline itself."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import pytest
from test_pipeline import WordHashEmbedder

from newsfuse import models
from newsfuse import pipeline as pipeline_module
from newsfuse.engine.beside import Beside, Queued
from newsfuse.extract.batch import ReadAhead, extract_articles
from newsfuse.ingest.readers import text_to_article
from newsfuse.language import split_sentences
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article, Extraction
from newsfuse.store import Store

REPORTS = [
    (
        "en",
        "Flood kills 12 in Lyon\n\nAt least 12 people were killed in Lyon on Monday, the "
        "prefecture said. The Red Cross sent 40 volunteers to the Rhone valley.",
    ),
    (
        "fr",
        "Inondations à Lyon : 12 morts\n\nAu moins 12 personnes ont été tuées lundi à Lyon, "
        "selon la préfecture. La Croix-Rouge a envoyé une quarantaine de bénévoles.",
    ),
    (
        "es",
        "Inundaciones en Toledo\n\nAl menos 7 personas murieron el martes en Toledo, según "
        "la Guardia Civil. Unos 300 vecinos fueron evacuados.",
    ),
    (
        "de",
        "Hochwasser in Dresden\n\nMindestens fünf Menschen kamen am Mittwoch in Dresden ums "
        "Leben, teilte die Polizei mit. 200 Bewohner wurden in Sicherheit gebracht.",
    ),
    (
        "en",
        "Shelling in Aleppo\n\nThe Syrian Observatory for Human Rights said 9 civilians were "
        "killed in Aleppo on Friday, including three children.",
    ),
    (
        "en",
        "Gunman kills two in Toledo, Ohio\n\nTwo men were shot dead outside a bar in Toledo "
        "late Saturday, police said. A suspect, 24, was arrested.",
    ),
]


def corpus(copies: int) -> list[Article]:
    return [
        text_to_article(text.replace("\n\n", f" ({k})\n\n", 1), f"{k}-{i}.txt", key=f"{k}-{i}")
        for k in range(copies)
        for i, (_, text) in enumerate(REPORTS)
    ]


def extracted(store: Store) -> dict[str, tuple]:
    ids = [a.id for a in store.articles()]
    return {
        "claims": sorted((c.id, c.low, c.high, c.measure, c.subject) for c in store.claims(ids)),
        "mentions": sorted((m.article_id, m.start, m.end, m.label) for m in store.mentions(ids)),
        "places": sorted((p.article_id, p.start, p.geonameid) for p in store.places(ids)),
        "dates": sorted((d.article_id, d.start, d.value) for d in store.dates(ids)),
    }


@pytest.fixture
def fast_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())


def test_worker_extracts_what_the_pipeline_extracts(
    tmp_path: Path, fast_embedder: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = corpus(4)
    with Store(tmp_path / "here.db") as here:
        Pipeline(here).run_articles(articles)
        expected = extracted(here)
    monkeypatch.setattr(pipeline_module, "AHEAD_MIN", 2)
    monkeypatch.setattr(pipeline_module, "EXTRACT_BATCH", 3)  # several batches: some stolen back
    submitted: list[int] = []
    submit = ReadAhead.submit
    monkeypatch.setattr(
        ReadAhead, "submit", lambda self, items: [submitted.append(len(items)), submit(self, items)]
    )
    with Store(tmp_path / "ahead.db") as ahead:
        report = Pipeline(ahead).run_articles(articles)
        assert not report.errors and sum(submitted) == len(articles)
        assert extracted(ahead) == expected
    assert expected["claims"] and expected["mentions"] and expected["places"]


def test_a_batch_the_worker_never_delivers_is_extracted_here() -> None:
    articles = corpus(1)
    items = [(a, split_sentences(a.text, a.id, a.language or "en")) for a in articles]
    beside = Beside()
    ahead = ReadAhead(beside)
    try:
        ahead.submit(items[:3])
        broken: Future[list[Extraction]] = Future()
        broken.set_exception(RuntimeError("worker died"))
        ahead._queue.append(Queued(items[3:], broken))
        found = {e.article_id: e for e in ahead.results()}
    finally:
        beside.close()
    assert set(found) == {a.id for a in articles}
    assert [found[a.id] for a, _ in items] == extract_articles(items)
