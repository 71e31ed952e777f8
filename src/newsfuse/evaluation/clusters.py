"""Event grouping of the newsfuse pipeline on a labelled articles set, next to the baseline.

The pipeline runs into a throw-away SQLite store, so scoring never touches a user's database and
each run starts from nothing (the pipeline skips articles a store already knows).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsfuse import models
from newsfuse.errors import InputError
from newsfuse.evaluation.baseline import baseline_report
from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.evaluation.metrics import cluster_report
from newsfuse.pipeline import Pipeline, RunReport
from newsfuse.records import Article
from newsfuse.store import Store


def run_pipeline(
    articles: Sequence[Article],
) -> tuple[Store, RunReport, tempfile.TemporaryDirectory]:
    """Run ingest → cluster on ``articles`` into a fresh temporary store (caller cleans up)."""
    folder = tempfile.TemporaryDirectory(prefix="newsfuse-eval-")
    store = Store(Path(folder.name) / "eval.db")
    report = Pipeline(store).run_articles(articles)
    return store, report, folder


def pipeline_labels(articles: Sequence[Article]) -> tuple[list[str], RunReport]:
    """The event id the pipeline gives each article (an unassigned one counts as a singleton)."""
    store, report, folder = run_pipeline(articles)
    try:
        membership = store.membership()
    finally:
        store.close()
        folder.cleanup()
    return [membership.get(a.id, f"unassigned:{a.id}") for a in articles], report


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
    pred, report = pipeline_labels(articles)
    wall = time.perf_counter() - started
    result: dict[str, Any] = {
        "articles": len(articles),
        **cluster_report(pred, gold),
        "wall_s": round(wall, 2),
        "model_load_s": round(model_load, 2),
        **{f"stage_s.{k}": round(v, 2) for k, v in report.seconds.items()},
        "input_errors": len(report.errors),
    }
    if baseline:
        result["baseline"] = baseline_report(articles, gold)
    return result
