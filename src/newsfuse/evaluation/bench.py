"""End-to-end throughput of the pipeline (`Pipeline.run_articles`) at growing corpus sizes.

Each size runs in a fresh child process, so its peak RSS (``ru_maxrss``) is that run's own and
not the high-water mark of an earlier, bigger one. The corpus is the first N articles of a
GVC-format file; beyond the file's size, distinct variants are added (see ``bench_corpus``).
Models are loaded by an untimed one-article run before the clock starts; after the run the texts
the embed stage encoded (title + first ``MAX_SENTENCES`` sentences, in the pipeline's batches) are
encoded again on their own, to show how much of the pipeline's time the model itself accounts for.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.evaluation.clusters import pipeline_input
from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.records import Article

LABEL = "incident_id"


def _paragraphs(article: Article) -> list[str]:
    body = article.text[len(article.title) :] if article.text.startswith(article.title) else ""
    return [p.strip() for p in body.split("\n") if p.strip()]


def bench_corpus(articles: list[Article], size: int, seed: int = 0) -> list[Article]:
    """The first ``size`` articles; past the end of the set, variant copies of them.

    Variant k of an article gets the id ``<id>~k``, keeps its title and date, and its body is its
    own paragraphs plus the first half of a random other article's paragraphs, shuffled (seeded):
    new texts of realistic length and vocabulary that are neither exact nor near copies.
    """
    if not articles:
        raise InputError("bench", "no articles to build a corpus from")
    rng = random.Random(seed)
    corpus = list(articles[:size])
    copy = 0
    while len(corpus) < size:
        copy += 1
        for article in articles:
            if len(corpus) >= size:
                break
            donor = _paragraphs(articles[rng.randrange(len(articles))])
            paragraphs = _paragraphs(article) + donor[: max(1, len(donor) // 2)]
            rng.shuffle(paragraphs)
            text = (
                "\n\n".join([article.title, *paragraphs])
                if article.title
                else "\n\n".join(paragraphs)
            )
            corpus.append(replace(article, id=f"{article.id}~{copy}", text=text, raw=text))
    return corpus


def _rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_size(path: str, size: int) -> dict[str, Any]:
    """One timed pipeline run on a corpus of ``size`` articles (meant for a fresh process)."""
    from newsfuse import models
    from newsfuse.embed import MAX_SENTENCES
    from newsfuse.pipeline import EMBED_BATCH, Pipeline
    from newsfuse.store import Store

    source, _ = load_cluster_articles(path, LABEL, limit=size)  # variants fill any shortfall
    corpus, _ = pipeline_input(bench_corpus(source, size))
    embedder = models.embedder()
    with tempfile.TemporaryDirectory(prefix="newsfuse-bench-") as folder:
        # One untimed article first: every lazily loaded model (embedder, spaCy, gazetteer) loads.
        warm_store = Store(Path(folder) / "warm-up.db")
        Pipeline(warm_store, embedder=embedder).run_articles([replace(corpus[0], id="warm-up")])
        warm_store.close()
        loaded_rss = _rss_mb()
        store = Store(Path(folder) / "bench.db")
        started = time.perf_counter()
        report = Pipeline(store, embedder=embedder).run_articles(corpus)
        wall = time.perf_counter() - started
        run_rss = _rss_mb()
        sentences = store.sentences_of([a.id for a in corpus])
        events = len(set(store.membership().values()))
        store.close()
    encode_s = 0.0
    encoded = 0
    for i in range(0, len(corpus), EMBED_BATCH):
        texts: list[str] = []
        for article in corpus[i : i + EMBED_BATCH]:
            texts += [article.title] if article.title else []
            texts += [s.text for s in sentences[article.id][:MAX_SENTENCES]]
        began = time.perf_counter()
        embedder.encode(texts)
        encode_s += time.perf_counter() - began
        encoded += len(texts)
    stages = dict(report.seconds)
    return {
        "articles": len(corpus),
        "variants": max(0, len(corpus) - len(source)),
        "events": events,
        "wall_s": round(wall, 2),
        "articles_per_s": round(len(corpus) / wall, 2) if wall else 0.0,
        **{f"stage_s.{k}": round(v, 2) for k, v in stages.items()},
        **{f"stage_share.{k}": round(v / wall, 3) if wall else 0.0 for k, v in stages.items()},
        "peak_rss_mb": round(run_rss, 1),
        "rss_after_model_load_mb": round(loaded_rss, 1),
        "model.texts": encoded,
        "model.encode_s": round(encode_s, 2),
        "pipeline_to_model_ratio": round(wall / encode_s, 2) if encode_s else 0.0,
    }


def run_bench(path: str | Path, sizes: list[int]) -> dict[str, Any]:
    """``run_size`` for every size, each in its own spawned process, in increasing order."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "file not found")
    load_cluster_articles(
        path, LABEL, limit=1
    )  # fail here, with the loader's message, not in a child
    runs = []
    for size in sorted(set(sizes)):
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            runs.append(pool.submit(run_size, str(path), size).result())
    return {"source": str(path), "runs": runs}
