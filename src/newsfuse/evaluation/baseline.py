"""The classic event-grouping baseline newsfuse is compared against.

TF-IDF (word uni+bigrams, sublinear tf, English stop words) over ``Article.text``, then
scikit-learn agglomerative clustering with cosine distance, average linkage and a distance
threshold. The full merge tree is built once, so tuning cuts it at every threshold of the grid
instead of re-clustering.

It needs a dense n x n distance matrix (O(n²) memory: 200 MB at 5k articles, plus copies while
scikit-learn condenses it), so it refuses more than ``MAX_ARTICLES`` articles.

Run it (prints one JSON report)::

    python -m newsfuse.evaluation.baseline ../shared/eval/gvc/articles.jsonl incident_id --tune
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.evaluation.metrics import bcubed, cluster_report
from newsfuse.records import Article

# Largest input for the dense distance matrix: measured peak RSS 0.87 GB at 5,090 articles, so
# ~3.5 GB at 10k (quadratic).
MAX_ARTICLES = 10_000

# Thresholds maximising B³ F1 on the dev sets in ../shared/eval (tuned 2026-11-23 with
# DEFAULT_GRID): GVC articles.jsonl (label incident_id, 5,090 articles) and ECB+ docs.jsonl
# (label cluster, 772 documents). GVC is the default: it is news of many small events, like the
# pipeline's input.
GVC_DEV_THRESHOLD = 0.88
ECBPLUS_DEV_THRESHOLD = 0.91
DEFAULT_THRESHOLD = GVC_DEV_THRESHOLD

DEFAULT_GRID = tuple(round(0.5 + 0.01 * i, 2) for i in range(50))  # 0.50 .. 0.99


class MergeTree:
    """The full average-linkage merge tree of some articles, cut at any distance threshold."""

    def __init__(self, articles: Sequence[Article]) -> None:
        n = len(articles)
        if n > MAX_ARTICLES:
            raise ValueError(
                f"tfidf_agglomerative: {n} articles exceed the {MAX_ARTICLES} this dense O(n²) "
                "baseline supports; evaluate on a sample or split the input (e.g. by month)"
            )
        self.size = n
        if n < 2:
            self.children = np.empty((0, 2), dtype=np.intp)
            self.distances = np.empty(0)
            return
        vectors = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, stop_words="english", dtype=np.float32
        ).fit_transform([a.text for a in articles])
        # Rows are L2-normalised, so cosine distance is 1 - dot product (empty texts: 1).
        distance = (vectors @ vectors.T).toarray().astype(np.float64)
        np.subtract(1.0, distance, out=distance)
        np.clip(distance, 0.0, 2.0, out=distance)
        np.fill_diagonal(distance, 0.0)
        model = AgglomerativeClustering(
            n_clusters=None,
            metric="precomputed",
            linkage="average",
            distance_threshold=0.0,
            compute_full_tree=True,
        ).fit(distance)
        self.children = model.children_
        self.distances = model.distances_

    def cut(self, threshold: float) -> list[str]:
        """Labels after applying every merge closer than ``threshold`` (scikit-learn semantics).

        Average linkage merge distances never decrease, so this equals fitting
        ``AgglomerativeClustering(distance_threshold=threshold)``.
        """
        n = self.size
        parent = list(range(2 * n - 1)) if n else []

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for step, (left, right) in enumerate(self.children):
            if self.distances[step] >= threshold:
                break
            parent[root(int(left))] = parent[root(int(right))] = n + step
        return [f"c{root(i)}" for i in range(n)]


def tfidf_agglomerative(articles: Sequence[Article], threshold: float) -> list[str]:
    """Cluster labels (one per article, in order) at a cosine distance threshold."""
    return MergeTree(articles).cut(threshold)


def tune_threshold(
    articles: Sequence[Article], gold: Sequence[str], grid: Sequence[float] = DEFAULT_GRID
) -> float:
    """The grid threshold with the best B³ F1 (the smallest one on ties)."""
    if not grid:
        raise ValueError("empty threshold grid")
    tree = MergeTree(articles)
    return max(sorted(grid), key=lambda t: (bcubed(tree.cut(t), gold).f1, -t))


def baseline_report(
    articles: Sequence[Article], gold: Sequence[str], threshold: float | None = None
) -> dict[str, float | int]:
    """``cluster_report`` of the baseline plus ``threshold`` and ``wall_s`` (vectorise + cluster).

    Without a threshold the tuned-on-dev ``DEFAULT_THRESHOLD`` is used, never one tuned on
    ``gold`` itself.
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    start = time.perf_counter()
    pred = tfidf_agglomerative(articles, threshold)
    wall = time.perf_counter() - start
    return {**cluster_report(pred, gold), "threshold": threshold, "wall_s": round(wall, 2)}


def main(argv: Sequence[str] | None = None) -> None:
    """Report the baseline on one dataset, optionally tuning the threshold on it first."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("path", help="articles JSONL (GVC articles.jsonl, ECB+ docs.jsonl)")
    parser.add_argument("label", help="gold label field, e.g. incident_id or cluster")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--tune", action="store_true", help="tune on this data with DEFAULT_GRID")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    articles, gold = load_cluster_articles(args.path, args.label, args.limit)
    report: dict[str, object] = {"articles": len(articles)}
    threshold = args.threshold
    if args.tune:
        start = time.perf_counter()
        threshold = tune_threshold(articles, gold)
        report["tune_s"] = round(time.perf_counter() - start, 2)
    report.update(baseline_report(articles, gold, threshold))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
