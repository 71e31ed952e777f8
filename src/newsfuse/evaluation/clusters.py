"""Event grouping of the newsfuse pipeline on a labelled articles set, next to the baseline, or
on a coded-reports set (FA-KES: a coded date and place per report, no event ids).

The pipeline runs into a throw-away SQLite store, so scoring never touches a user's database and
each run starts from nothing (the pipeline skips articles a store already knows).

Time coherence, on every set: among the predicted events of two or more reports, the share whose
reports' own event days (the anchors the product resolved) span more than ``SPAN_DAYS``, and the
share with two reports placed (town precision) more than ``APART_KM`` apart. On a coded set the
same two shares are read from the coders' dates and places: the product's anchors never count
there.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from newsfuse import models
from newsfuse.errors import InputError
from newsfuse.evaluation.baseline import MAX_ARTICLES, baseline_report
from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.evaluation.incidents import coded_reports
from newsfuse.evaluation.metrics import cluster_report
from newsfuse.extract.gazetteer import distance_km
from newsfuse.ingest.readers import content_hash
from newsfuse.pipeline import Pipeline, RunReport
from newsfuse.records import Article, PlacePrecision, ReportAnchor
from newsfuse.store import Store

SPAN_DAYS = 7  # an event whose reports' days lie further apart holds several happenings
APART_KM = 100  # ... or whose reports' towns lie further apart


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
    anchors: dict[str, ReportAnchor]  # article -> its happening's day and place
    report: RunReport


def run_pipeline(articles: Sequence[Article]) -> PipelineRun:
    """Run ingest → language → embed → anchor → dedupe → cluster on ``articles`` in a temporary
    store.

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
            pipeline.anchor(store.unanchored(), report)
            pipeline.dedupe_and_cluster(added, report)
            membership = {original[a]: e for a, e in store.membership().items()}
            links = {original[d.article_id]: original[d.duplicate_of] for d in store.duplicates()}
            anchors = {original[a]: x for a, x in store.anchors(list(original)).items()}
        finally:
            store.close()
    return PipelineRun(membership, links, anchors, report)


def _multi_report_events(membership: dict[str, str]) -> list[list[str]]:
    events: dict[str, list[str]] = defaultdict(list)
    for article_id, event_id in membership.items():
        events[event_id].append(article_id)
    return [members for members in events.values() if len(members) > 1]


def _share(count: int, total: int) -> float:
    return round(count / total, 3) if total else 0.0


def time_coherence(membership: dict[str, str], anchors: dict[str, ReportAnchor]) -> dict[str, Any]:
    """Shares of multi-report events whose reports' resolved days span more than ``SPAN_DAYS``
    and whose reports' towns lie more than ``APART_KM`` apart (reports without a day or town
    place count as agreeing)."""
    events = _multi_report_events(membership)
    spread = apart = 0
    for members in events:
        days = [a.day for m in members if (a := anchors.get(m)) and a.day]
        spread += bool(days) and (max(days) - min(days)).days > SPAN_DAYS
        towns = [
            a.place
            for m in members
            if (a := anchors.get(m)) and a.place and a.place.precision is PlacePrecision.TOWN
        ]
        apart += any(distance_km(p, q) > APART_KM for i, p in enumerate(towns) for q in towns[i:])
    return {
        "events.multi_report": len(events),
        "time.days_over_7.share": _share(spread, len(events)),
        "place.over_100km.share": _share(apart, len(events)),
    }


def coded_coherence(
    membership: dict[str, str], coded: dict[str, tuple[str, date]]
) -> dict[str, Any]:
    """Shares of multi-report events whose reports' coded days lie more than ``SPAN_DAYS`` apart,
    and that mix coded places."""
    events = _multi_report_events(membership)
    spread = mixed = 0
    for members in events:
        days = [coded[m][1] for m in members]
        spread += (max(days) - min(days)).days > SPAN_DAYS
        mixed += len({coded[m][0].strip().lower() for m in members}) > 1
    return {
        "coded.days_over_7.share": _share(spread, len(events)),
        "coded.places_mixed.share": _share(mixed, len(events)),
    }


def _timed_run(articles: Sequence[Article]) -> tuple[PipelineRun, dict[str, Any]]:
    """The pipeline's run and its timings (``wall_s`` without loading the embedding model, which
    is ``model_load_s``); an article without an event (none expected) is an event of its own."""
    if not articles:
        raise InputError("articles", "no articles to evaluate")
    started = time.perf_counter()
    models.embedder().encode(["warm-up sentence"])  # load outside the timed run
    model_load = time.perf_counter() - started
    started = time.perf_counter()
    run = run_pipeline(articles)
    wall = time.perf_counter() - started
    for article in articles:
        run.membership.setdefault(article.id, f"unassigned:{article.id}")
    return run, {
        "wall_s": round(wall, 2),
        "model_load_s": round(model_load, 2),
        **{f"stage_s.{k}": round(v, 2) for k, v in run.report.seconds.items()},
        "input_errors": len(run.report.errors),
    }


def evaluate_clusters(
    path: str | Path, label: str | None, limit: int | None = None, baseline: bool = True
) -> dict[str, Any]:
    """B³/pairwise scores, event counts, time coherence and wall time of the pipeline (and of the
    baseline); without ``label``, the coded-reports figures (``evaluate_coded_grouping``).

    The baseline uses its dev-tuned default threshold, never one tuned on the file scored here.
    """
    if label is None:
        return evaluate_coded_grouping(path, limit)
    articles, gold = load_cluster_articles(path, label, limit)
    if not articles:
        raise InputError(str(path), "no articles to evaluate")
    run, timings = _timed_run(articles)
    pred = [run.membership[a.id] for a in articles]
    result: dict[str, Any] = {
        "articles": len(articles),
        **cluster_report(pred, gold),
        **time_coherence(run.membership, run.anchors),
        **timings,
    }
    if baseline and len(articles) > MAX_ARTICLES:
        result["baseline_skipped"] = f"more than {MAX_ARTICLES} articles (dense O(n²) baseline)"
    elif baseline:
        result["baseline"] = baseline_report(articles, gold)
    return result


def evaluate_coded_grouping(path: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Grouping of a coded-reports set (FA-KES), whose coded date and place the pipeline never
    sees: how many multi-report events mix coded days more than ``SPAN_DAYS`` apart, or coded
    places, next to the same shares read from the product's own anchors."""
    articles, coded = coded_reports(path, limit)
    if not articles:
        raise InputError(str(path), "no articles to evaluate")
    run, timings = _timed_run(articles)
    return {
        "articles": len(articles),
        "events.predicted": len(set(run.membership.values())),
        **coded_coherence(run.membership, coded),
        **time_coherence(run.membership, run.anchors),
        **timings,
    }
