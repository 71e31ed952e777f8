"""The pipeline with an engine that prepares new articles ahead stores exactly what its own
stages store, and does itself whatever the engine left out (no Ray here: see test_ray_engine)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path

import pytest
from engine_snapshot import differences, store_snapshot
from test_pipeline import WordHashEmbedder
from test_read_ahead import corpus

from newsfuse import models
from newsfuse import pipeline as pipeline_module
from newsfuse.engine import Ahead, LocalEngine
from newsfuse.engine.work import prepare_articles
from newsfuse.extract import batch as batch_module
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article, Prepared
from newsfuse.store import Store


class InProcessEngine:
    """``prepare_articles`` in this process, on the engine's batches, losing some parts on the
    way as a failing worker would: the pipeline must make up for them."""

    def __init__(self, lose: dict[int, str]) -> None:
        self.lose = lose  # article position -> part lost ("sentences", "vector", "extraction")
        self.batches: list[int] = []

    def prepare(self, articles: Iterable[Article], batch: int) -> Iterator[Prepared]:
        stream, position = iter(articles), 0
        while part := list(islice(stream, batch)):
            self.batches.append(len(part))
            for ready in prepare_articles([replace(a, raw="") for a in part]):
                lost = self.lose.get(position)
                if lost == "sentences":
                    ready = Prepared(ready.article_id)
                elif lost == "vector":
                    ready.vector = ready.sentence_vectors = ready.features = None
                elif lost == "extraction":
                    ready.extraction = None
                position += 1
                yield ready

    def close(self) -> None:
        return None


@pytest.fixture(autouse=True)
def fast_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())


def test_prepared_ahead_or_not_the_store_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = corpus(3)  # en, fr, es and de reports of floods and shootings, three copies each
    articles.append(articles[0])  # the same input twice: prepared once, stored once
    monkeypatch.setattr(pipeline_module, "EMBED_BATCH", 4)  # several batches
    with Store(tmp_path / "local.db") as store:
        local = Pipeline(store).run_articles(articles)
        expected = store_snapshot(store)
    engine = InProcessEngine({1: "sentences", 6: "vector", 9: "extraction"})
    redone: dict[str, list[str]] = {"embed": [], "extract": []}  # by the pipeline's own stages
    for stage, module, name in [
        ("embed", pipeline_module, "embed_articles"),
        ("extract", batch_module, "extract_articles"),
    ]:
        original = getattr(module, name)

        def counted(items, *args, _stage=stage, _original=original):  # noqa: ANN001, ANN202
            redone[_stage] += [a.id for a, _ in items]
            return _original(items, *args)

        monkeypatch.setattr(module, name, counted)
    with Store(tmp_path / "engine.db") as store:
        report = Pipeline(store, engine=engine).run_articles(articles)
        found = store_snapshot(store)
    assert engine.batches == [4, 4, 4, 4, 2]  # each new article sent once, in the embed batches
    assert differences(expected, found) == []
    ids = [a.id for a in articles]
    assert redone == {"embed": [ids[1], ids[6]], "extract": [ids[1], ids[9]]}
    assert (report.added, report.known, report.errors) == (local.added, 1, [])
    assert expected["claims"] and expected["mentions"] and expected["places"]


def test_ahead_takes_records_by_id_in_stream_order() -> None:
    ahead = Ahead(iter([Prepared("a"), Prepared("b"), Prepared("c")]))
    assert ahead.take("b").article_id == "b"  # "a" is kept aside: stored meanwhile elsewhere
    assert ahead.take("a").article_id == "a"
    assert ahead.take("z") is None  # never prepared: the pipeline's stages do it
    assert Ahead(LocalEngine().prepare([], 64)).take("a") is None
