"""Event grouping of the newsfuse pipeline on a labelled articles set, next to the baseline.

The pipeline runs into a throw-away SQLite store, so scoring never touches a user's database and
each run starts from nothing (the pipeline skips articles a store already knows).
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsfuse import models
from newsfuse.errors import InputError
from newsfuse.evaluation.baseline import MAX_ARTICLES, baseline_report
from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.evaluation.metrics import cluster_report
from newsfuse.ingest.readers import content_hash
from newsfuse.pipeline import Pipeline, RunReport
from newsfuse.records import Article
from newsfuse.store import Store


def pipeline_input(articles: Sequence[Article]) -> tuple[list[Article], dict[str, str]]:
    """Copies of dataset articles as the ingest readers would build them, and new id -> old id.

    Readers set ``content_hash`` (dedupe treats equal hashes as exact copies, so leaving it empty
    makes every article a copy of the first) and derive a hex id from content (event ids keep
    only the first 12 characters of an article id, so dataset ids sharing a prefix, such as
    ``guardian.221754:eng``/``:fra``, would name the same event).
    """
    copies, original = [], {}
    for article in articles:
        new_id = hashlib.sha1(article.id.encode("utf-8")).hexdigest()[:16]
        original[new_id] = article.id
        digest = article.content_hash or content_hash(f"{article.title}\n{article.text}")
        copies.append(replace(article, id=new_id, content_hash=digest))
    return copies, original


@dataclass
class PipelineRun:
    """What the pipeline stored, keyed by the dataset's own article ids."""

    membership: dict[str, str]  # article -> event
    links: dict[str, str]  # duplicate article -> the article it repeats
    report: RunReport


def run_pipeline(articles: Sequence[Article]) -> PipelineRun:
    """Run ingest → language → embed → dedupe → cluster on ``articles`` in a temporary store.

    Only the stages that decide links and events run: the extraction and per-event analysis that
    ``Pipeline.run_articles`` goes on with change neither, and would dominate the time measured.
    """
    inputs, original = pipeline_input(articles)
    with tempfile.TemporaryDirectory(prefix="newsfuse-eval-") as folder:
        store = Store(Path(folder) / "eval.db")
        try:
            pipeline, report = Pipeline(store), RunReport()
            added = pipeline.ingest(inputs, report)
            pipeline.embed_and_featurize(added, report)
            pipeline.dedupe_and_cluster(added, report)
            membership = {original[a]: e for a, e in store.membership().items()}
            links = {original[d.article_id]: original[d.duplicate_of] for d in store.duplicates()}
        finally:
            store.close()
    return PipelineRun(membership, links, report)


def evaluate_clusters(
    path: str | Path, label: str, limit: int | None = None, baseline: bool = True
) -> dict[str, Any]:
    """B³/pairwise scores, event counts and wall time of the pipeline (and of the baseline).

    ``wall_s`` is the pipeline run without loading the embedding model (``model_load_s``).

    The baseline uses its dev-tuned default threshold, never one tuned on the file scored here.
    """
    articles, gold = load_cluster_articles(path, label, limit)
    if not articles:
        raise InputError(str(path), "no articles to evaluate")
    started = time.perf_counter()
    models.embedder().encode(["warm-up sentence"])  # load outside the timed run
    model_load = time.perf_counter() - started
    started = time.perf_counter()
    run = run_pipeline(articles)
    wall = time.perf_counter() - started
    # An article without an event (none expected) counts as a singleton rather than vanishing.
    pred = [run.membership.get(a.id, f"unassigned:{a.id}") for a in articles]
    result: dict[str, Any] = {
        "articles": len(articles),
        **cluster_report(pred, gold),
        "wall_s": round(wall, 2),
        "model_load_s": round(model_load, 2),
        **{f"stage_s.{k}": round(v, 2) for k, v in run.report.seconds.items()},
        "input_errors": len(run.report.errors),
    }
    if baseline and len(articles) > MAX_ARTICLES:
        result["baseline_skipped"] = f"more than {MAX_ARTICLES} articles (dense O(n²) baseline)"
    elif baseline:
        result["baseline"] = baseline_report(articles, gold)
    return result
