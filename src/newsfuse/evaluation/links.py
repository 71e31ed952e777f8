"""Cross-lingual duplicate links of the newsfuse pipeline on a parallel corpus (NTREX format)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.evaluation.clusters import run_pipeline
from newsfuse.evaluation.datasets import load_parallel_docs
from newsfuse.evaluation.duplicates import evaluate_links, parallel_articles


def evaluate_duplicates(path: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Links precision/recall/F1 and the false links; a document's prediction is the target of
    its stored duplicate link, or None when the pipeline kept it as an original."""
    docs = load_parallel_docs(path, limit)
    if not docs:
        raise InputError(str(path), "no documents to evaluate")
    articles = parallel_articles(docs)
    started = time.perf_counter()
    run = run_pipeline(articles)
    wall = time.perf_counter() - started
    predicted = {doc.key: run.links.get(doc.key) for doc in docs}
    try:
        scores = evaluate_links(predicted, docs)
    except ValueError as exc:  # e.g. a translation without its original: the file is incomplete
        raise InputError(str(path), str(exc)) from None
    return {
        "documents": len(docs),
        **{k: v for k, v in scores.items() if k != "false_links"},
        "wall_s": round(wall, 2),
        **{f"stage_s.{k}": round(v, 2) for k, v in run.report.seconds.items()},
        "false_links": [f"{doc} -> {target}" for doc, target in scores["false_links"]],
    }
