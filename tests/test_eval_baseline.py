"""TF-IDF + agglomerative baseline: toy clustering, tree cuts, size guard, dev-set sanity."""

from __future__ import annotations

from pathlib import Path

import pytest
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from newsfuse.evaluation import baseline
from newsfuse.evaluation.baseline import (
    ECBPLUS_DEV_THRESHOLD,
    GVC_DEV_THRESHOLD,
    MergeTree,
    baseline_report,
    tfidf_agglomerative,
    tune_threshold,
)
from newsfuse.evaluation.datasets import load_cluster_articles
from newsfuse.evaluation.metrics import bcubed
from newsfuse.records import Article

TEXTS = [
    "Earthquake of magnitude 6 strikes northern Chile, buildings collapse in Arica",
    "Strong earthquake hits Arica in northern Chile, several buildings collapse",
    "Chile earthquake: magnitude 6 tremor collapses buildings in Arica",
    "Striker signs five-year contract with Barcelona football club",
    "Barcelona football club signs striker on a five-year contract",
    "Parliament votes on the new budget after a long debate",
]
GOLD = ["quake", "quake", "quake", "transfer", "transfer", "budget"]
ARTICLES = [Article(id=str(i), text=text) for i, text in enumerate(TEXTS)]


def test_toy_events_are_separated_at_a_tuned_threshold() -> None:
    threshold = tune_threshold(ARTICLES, GOLD, grid=[0.1, 0.5, 0.7, 0.8, 0.9, 0.99])
    labels = tfidf_agglomerative(ARTICLES, threshold)
    assert bcubed(labels, GOLD).f1 == 1.0
    assert len(set(tfidf_agglomerative(ARTICLES, 0.01))) == 6  # nothing is that close
    assert len(set(tfidf_agglomerative(ARTICLES, 1.5))) == 1  # everything merges


def test_tree_cut_matches_scikit_learn_at_each_threshold() -> None:
    vectors = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english")
    dense = vectors.fit_transform(TEXTS).toarray()
    tree = MergeTree(ARTICLES)
    for threshold in (0.3, 0.6, 0.8, 0.9, 0.95, 1.2):
        expected = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(dense)
        # same partition: the label pairs map one to one
        pairs = set(zip(tree.cut(threshold), expected, strict=True))
        assert len(pairs) == len(set(expected)) == len({p for p, _ in pairs})


def test_tiny_and_empty_inputs() -> None:
    assert tfidf_agglomerative([], 0.5) == []
    assert len(tfidf_agglomerative(ARTICLES[:1], 0.5)) == 1
    with_empty = [*ARTICLES[:2], Article(id="e", text="")]
    assert len(set(tfidf_agglomerative(with_empty, 0.99))) == 2  # the empty text stays alone


def test_refuses_more_articles_than_the_dense_matrix_allows(monkeypatch) -> None:
    monkeypatch.setattr(baseline, "MAX_ARTICLES", 5)
    with pytest.raises(ValueError, match="6 articles exceed the 5"):
        tfidf_agglomerative(ARTICLES, 0.5)


def test_report_has_cluster_keys_threshold_and_time() -> None:
    report = baseline_report(ARTICLES, GOLD)
    assert report["threshold"] == GVC_DEV_THRESHOLD
    assert report["wall_s"] >= 0
    assert report["events.gold"] == 3
    assert 0 < report["bcubed.f1"] <= 1


@pytest.mark.slow
def test_baseline_on_ecbplus(eval_dir: Path) -> None:
    articles, gold = load_cluster_articles(eval_dir / "ecbplus" / "docs.jsonl", "cluster")
    report = baseline_report(articles, gold, ECBPLUS_DEV_THRESHOLD)
    assert report["bcubed.f1"] > 0.3
    assert report["pairwise.f1"] > 0.3
    assert 20 < report["events.predicted"] < 400


@pytest.mark.slow
def test_baseline_on_gvc_dev(eval_dir: Path) -> None:
    articles, gold = load_cluster_articles(eval_dir / "gvc" / "articles.jsonl", "incident_id")
    report = baseline_report(articles, gold)
    assert report["bcubed.f1"] > 0.5
    assert 1000 < report["events.predicted"] < 5000
