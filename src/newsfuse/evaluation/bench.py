"""End-to-end throughput of the pipeline (`Pipeline.run_articles`) at growing corpus sizes.

Each size runs in a fresh child process, so its peak RSS (``ru_maxrss``) is that run's own and
not the high-water mark of an earlier, bigger one. The corpus is the first N articles of a
GVC-format file; beyond the file's size, distinct variants are added (see ``bench_corpus``),
streamed to the pipeline rather than held in memory. Models are loaded by an untimed one-article
run before the clock starts. After the run:

* the models alone (the embedding model on the texts the embed stage encodes, spaCy's entity
  recogniser on the sentences extraction reads) run again on the same inputs, one after the
  other in this process, to show how much of the pipeline's time and CPU they account for (on a
  sample of ``MODEL_SAMPLE`` articles, scaled up, for bigger corpora);
* one batch of ``BATCH`` new articles is timed into an empty store and into the store just built,
  to show whether an incremental run costs more as the store grows;
* the events of the corpus' real articles (not the variants) are scored against their gold
  incidents (B³), so that speed never silently buys a worse grouping.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.evaluation.clusters import pipeline_input
from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.evaluation.metrics import cluster_report
from newsfuse.records import Article

LABEL = "incident_id"
BATCH = 100  # articles of the incremental batch
MODEL_SAMPLE = 5000  # articles the models alone are timed on (all of them below this size)


def _paragraphs(article: Article) -> list[str]:
    body = article.text[len(article.title) :] if article.text.startswith(article.title) else ""
    return [p.strip() for p in body.split("\n") if p.strip()]


def bench_corpus(articles: list[Article], size: int, seed: int = 0) -> Iterator[Article]:
    """The first ``size`` articles; past the end of the set, variant copies of them.

    Variant k of an article gets the id ``<id>~k``, keeps its title and date, and its body is the
    first half of its own paragraphs and then other articles' paragraphs (``_variant_body``),
    shuffled (seeded): new texts of the same length, vocabulary and kind as the set's, neither
    exact nor near copies. They are made one at a time, as they are read.
    """
    if not articles:
        raise InputError("bench", "no articles to build a corpus from")
    rng = random.Random(seed)
    yield from articles[:size]
    made = min(size, len(articles))
    copy = 0
    while made < size:
        copy += 1
        for article in articles:
            if made >= size:
                break
            paragraphs = _variant_body(_paragraphs(article), _donors(articles, rng))
            rng.shuffle(paragraphs)
            text = (
                "\n\n".join([article.title, *paragraphs])
                if article.title
                else "\n\n".join(paragraphs)
            )
            made += 1
            yield replace(article, id=f"{article.id}~{copy}", text=text, raw=text)


def _donors(articles: list[Article], rng: random.Random) -> Iterator[str]:
    """Paragraphs of random articles, each article's from a random one on (then wrapping)."""
    for _ in articles:
        paragraphs = _paragraphs(articles[rng.randrange(len(articles))])
        start = rng.randrange(len(paragraphs)) if paragraphs else 0
        yield from paragraphs[start:] + paragraphs[:start]


def _variant_body(own: list[str], donors: Iterator[str]) -> list[str]:
    """The first half of an article's paragraphs (one at least), then ``donors``' paragraphs
    (one at least) while each brings the length nearer the article's own.

    A variant as long as its article keeps the bench on texts of the set's length: throughput
    falls with length, so longer variants would make a big corpus look slower per article than
    the same news is (its own paragraphs plus half another article's were 1.5 times as long on
    GVC)."""
    body = own[: max(1, (len(own) + 1) // 2)]
    missing = sum(map(len, own)) - sum(map(len, body))
    added = False
    for paragraph in donors:
        if added and 2 * missing < len(paragraph):
            break
        body.append(paragraph)
        missing -= len(paragraph)
        added = True
    return body


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far (Linux reports KiB, macOS bytes); of this process, or of
    its largest finished child (the worker beside it)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cpu_s(who: int) -> float:
    """CPU seconds (user + system) of this process (``RUSAGE_SELF``), or of its finished
    children (``RUSAGE_CHILDREN``: the worker beside the pipeline)."""
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def _inputs(articles: Iterator[Article]) -> Iterator[Article]:
    """Each article as the ingest readers would give it (``pipeline_input``), one at a time."""
    for article in articles:
        yield pipeline_input([article])[0][0]


def _models_alone(store: Any, ids: list[str]) -> dict[str, float]:
    """Wall and CPU seconds of the models alone on the inputs the pipeline gave them: the
    embedding model on the texts the embed stage encodes (in its batches), spaCy's entity
    recogniser on the sentences it reads (``may_name``) of a language it has a model for (as
    extraction streams them).
    Both start without kept outputs and skip the texts they read lately, as in the run."""
    from newsfuse import models
    from newsfuse.embed import lead_texts
    from newsfuse.extract.entities import may_name
    from newsfuse.pipeline import EMBED_BATCH, EXTRACT_BATCH

    out: dict[str, float] = defaultdict(float)

    def timed(name: str, work: Any) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        out[f"{name}_s"] += time.perf_counter() - wall
        out[f"{name}_cpu_s"] += time.process_time() - cpu

    models.forget()
    embedder = models.embedder()
    for i in range(0, len(ids), EMBED_BATCH):
        chunk = ids[i : i + EMBED_BATCH]
        articles, sentences = store.articles(chunk), store.sentences_of(chunk)
        texts = [t for article in articles for t in lead_texts(article, sentences[article.id])]
        timed("embed", lambda texts=texts: embedder.encode(texts))
        out["texts"] += len(texts)
    for i in range(0, len(ids), EXTRACT_BATCH):
        chunk = ids[i : i + EXTRACT_BATCH]
        languages = {a.id: a.language for a in store.articles(chunk)}
        by_language: dict[str | None, list[str]] = defaultdict(list)
        for aid, sentences in store.sentences_of(chunk).items():
            for s in sentences:
                lang = languages[aid] or s.language
                if may_name(s.text, lang):
                    by_language[lang].append(s.text)
        for lang, texts in by_language.items():
            if models.spacy_pipeline(lang) is not None:
                timed("ner", lambda lang=lang, texts=texts: models.entity_spans(lang, texts))
                out["sentences"] += len(texts)
    return out


def _real_quality(store: Any, inputs: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B³ of the events of the corpus' real articles (pipeline id -> dataset id in ``inputs``)."""
    membership = store.membership(None)
    real = [(membership.get(pid, f"unassigned:{pid}"), gold[did]) for pid, did in inputs.items()]
    report = cluster_report([p for p, _ in real], [g for _, g in real])
    return {f"real.{k}": v for k, v in report.items() if k.startswith("bcubed")}


def _batch_s(folder: Path, store_path: Path | None, batch: list[Article], embedder: Any) -> float:
    """Seconds ``run_articles`` takes on ``batch`` into that store (a new, empty one if None),
    with models that kept no outputs of an earlier run of the same batch (``models.Recent``)."""
    from newsfuse import models
    from newsfuse.pipeline import Pipeline
    from newsfuse.store import Store

    models.forget()
    with Store(store_path or folder / "empty.db") as store:
        started = time.perf_counter()
        Pipeline(store, embedder=embedder).run_articles(batch)
        return time.perf_counter() - started


class _Progress:
    """A line on stderr every ``EVERY`` articles grouped, so a long run that is cut short still
    tells its rate so far."""

    EVERY = 5000

    def __init__(self, started: float, size: int) -> None:
        self.started, self.size, self.grouped = started, size, 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != "cluster":
            return
        self.grouped += 1
        if self.grouped % self.EVERY == 0:
            wall = time.perf_counter() - self.started
            print(
                f"bench {self.size}: {self.grouped} grouped in {wall:.0f} s "
                f"({self.grouped / wall:.1f}/s), peak RSS {_rss_mb():.0f} MB",
                file=sys.stderr,
                flush=True,
            )


def run_size(path: str, size: int) -> dict[str, Any]:
    """One timed pipeline run on a corpus of ``size`` articles (meant for a fresh process)."""
    from newsfuse import models
    from newsfuse.pipeline import Pipeline
    from newsfuse.store import Store

    source, labels = load_cluster_articles(path, LABEL, limit=size + BATCH)
    gold = {a.id: label for a, label in zip(source, labels, strict=True)}
    real = {pipeline_input([a])[0][0].id: a.id for a in source[:size]}
    embedder = models.embedder()
    with tempfile.TemporaryDirectory(prefix="newsfuse-bench-") as name:
        folder = Path(name)
        # One untimed article first: every lazily loaded model (embedder, spaCy, gazetteer) loads.
        first = next(_inputs(bench_corpus(source, 1)))
        _batch_s(folder, folder / "warm-up.db", [replace(first, id="warm-up")], embedder)
        loaded_rss = _rss_mb()
        store = Store(folder / "bench.db")
        started = time.perf_counter()
        main, kids = _cpu_s(resource.RUSAGE_SELF), _cpu_s(resource.RUSAGE_CHILDREN)
        pipeline = Pipeline(store, embedder=embedder, progress=_Progress(started, size))
        report = pipeline.run_articles(_inputs(bench_corpus(source, size)))
        wall = time.perf_counter() - started
        main = _cpu_s(resource.RUSAGE_SELF) - main
        kids = _cpu_s(resource.RUSAGE_CHILDREN) - kids
        cpu = main + kids
        run_rss, worker_rss = _rss_mb(), _rss_mb(resource.RUSAGE_CHILDREN)
        ids = store.article_ids()
        events = len(set(store.membership().values()))
        quality = _real_quality(store, real, gold)
        step = max(1, len(ids) // MODEL_SAMPLE)
        sample = ids[::step]
        alone = _models_alone(store, sample)
        store.close()
        batch = list(_inputs(islice(bench_corpus(source, size + BATCH), size, None)))
        batch_empty = _batch_s(folder, None, batch, embedder)
        batch_store = _batch_s(folder, folder / "bench.db", batch, embedder)
    scale = len(ids) / len(sample)
    model_s = (alone["embed_s"] + alone["ner_s"]) * scale
    model_cpu = (alone["embed_cpu_s"] + alone["ner_cpu_s"]) * scale
    stages = dict(report.seconds)
    return {
        "articles": size,
        "variants": max(0, size - len(real)),
        "events": events,
        "wall_s": round(wall, 2),
        "articles_per_s": round(size / wall, 2) if wall else 0.0,
        "cpu_s": round(cpu, 2),
        # On two idle cores the run takes at least the busier process' CPU time.
        "cpu_s.main": round(main, 2),
        "cpu_s.worker": round(kids, 2),
        **{f"stage_s.{k}": round(v, 2) for k, v in stages.items()},
        **{f"stage_share.{k}": round(v / wall, 3) if wall else 0.0 for k, v in stages.items()},
        "peak_rss_mb": round(run_rss, 1),
        "worker_peak_rss_mb": round(worker_rss, 1),
        "rss_after_model_load_mb": round(loaded_rss, 1),
        "model.sample_articles": len(sample),
        "model.texts": round(alone["texts"] * scale),
        "model.sentences": round(alone["sentences"] * scale),
        "model.encode_s": round(alone["embed_s"] * scale, 2),
        "model.ner_s": round(alone["ner_s"] * scale, 2),
        "model.cpu_s": round(model_cpu, 2),
        "pipeline_to_model_ratio": round(wall / model_s, 2) if model_s else 0.0,
        "cpu_to_model_ratio": round(cpu / model_cpu, 2) if model_cpu else 0.0,
        f"batch{BATCH}_s.empty_store": round(batch_empty, 2),
        f"batch{BATCH}_s.this_store": round(batch_store, 2),
        **{k: round(v, 4) for k, v in quality.items()},
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
