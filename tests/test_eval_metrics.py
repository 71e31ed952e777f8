"""Clustering and link metrics on hand-computed toy cases, plus a brute-force cross-check."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from newsfuse.evaluation.datasets import ParallelDoc, load_parallel_docs
from newsfuse.evaluation.duplicates import (
    duplicate_gold,
    evaluate_links,
    parallel_articles,
)
from newsfuse.evaluation.metrics import bcubed, cluster_report, link_report, pairwise

GOLD = ["a", "a", "a", "b", "b"]
PRED = ["x", "x", "x", "x", "y"]  # cells (x,a)=3, (x,b)=1, (y,b)=1


def test_bcubed_five_items_by_hand() -> None:
    # P = (3²/4 + 1²/4 + 1²/1) / 5 = 0.7;  R = (3²/3 + 1²/2 + 1²/2) / 5 = 0.8
    p, r, f = bcubed(PRED, GOLD)
    assert p == pytest.approx(0.7)
    assert r == pytest.approx(0.8)
    assert f == pytest.approx(2 * 0.7 * 0.8 / 1.5)


def test_pairwise_five_items_by_hand() -> None:
    # together: C(3,2)=3; predicted pairs C(4,2)=6; gold pairs C(3,2)+C(2,2)=4
    assert pairwise(PRED, GOLD) == pytest.approx((0.5, 0.75, 0.6))


def test_perfect_clustering_scores_one_whatever_the_label_names() -> None:
    gold = ["a", "a", "b", "c", "c", "c"]
    pred = ["7", "7", "3", "1", "1", "1"]
    assert bcubed(pred, gold) == pytest.approx((1.0, 1.0, 1.0))
    assert pairwise(pred, gold) == pytest.approx((1.0, 1.0, 1.0))


def test_all_in_one_cluster() -> None:
    gold = ["a", "a", "b", "b", "c"]
    pred = ["x"] * 5
    # B³ P = (2²/5 + 2²/5 + 1²/5) / 5 = 9/25; recall is 1
    assert bcubed(pred, gold) == pytest.approx((0.36, 1.0, 2 * 0.36 / 1.36))
    # pairs: 2 together of 10 predicted; all 2 gold pairs found
    assert pairwise(pred, gold) == pytest.approx((0.2, 1.0, 2 * 0.2 / 1.2))


def test_pairwise_with_singletons() -> None:
    # all-singleton prediction claims no pair: nothing wrong (P=1) but nothing found (R=0)
    assert pairwise(["1", "2", "3", "4"], ["a", "a", "b", "b"]) == (1.0, 0.0, 0.0)
    # all-singleton gold: every predicted pair is wrong, nothing was there to find
    assert pairwise(["x", "x", "y"], ["a", "b", "c"]) == (0.0, 1.0, 0.0)
    # singletons on both sides are a perfect match
    assert pairwise(["x", "y"], ["a", "b"]) == (1.0, 1.0, 1.0)
    # B³ of all singletons: every item is its own cluster, precision 1, recall 1/|gold|
    assert bcubed(["1", "2", "3", "4"], ["a", "a", "b", "b"]) == pytest.approx((1.0, 0.5, 2 / 3))


def _brute_force(pred: list[str], gold: list[str]) -> tuple[float, float, float, float]:
    n = len(gold)
    b3p = sum(
        sum(pred[j] == pred[i] and gold[j] == gold[i] for j in range(n))
        / sum(pred[j] == pred[i] for j in range(n))
        for i in range(n)
    )
    b3r = sum(
        sum(pred[j] == pred[i] and gold[j] == gold[i] for j in range(n))
        / sum(gold[j] == gold[i] for j in range(n))
        for i in range(n)
    )
    pairs = list(combinations(range(n), 2))
    same_pred = {(i, j) for i, j in pairs if pred[i] == pred[j]}
    same_gold = {(i, j) for i, j in pairs if gold[i] == gold[j]}
    both = len(same_pred & same_gold)
    return b3p / n, b3r / n, both / len(same_pred), both / len(same_gold)


def test_contingency_formulas_match_the_definitions() -> None:
    rng = random.Random(7)
    for _ in range(20):
        gold = [rng.choice("abcdef") for _ in range(40)]
        pred = [rng.choice("uvwxy") for _ in range(40)]
        b3p, b3r, pwp, pwr = _brute_force(pred, gold)
        assert bcubed(pred, gold)[:2] == pytest.approx((b3p, b3r))
        assert pairwise(pred, gold)[:2] == pytest.approx((pwp, pwr))


def test_bad_inputs_are_rejected() -> None:
    with pytest.raises(ValueError, match="pred has 2 labels but gold has 3"):
        bcubed(["a", "b"], ["a", "b", "c"])
    with pytest.raises(ValueError, match="no items"):
        pairwise([], [])


def test_cluster_report_keys_and_event_counts() -> None:
    report = cluster_report(PRED, GOLD)
    assert set(report) == {
        "bcubed.precision",
        "bcubed.recall",
        "bcubed.f1",
        "pairwise.precision",
        "pairwise.recall",
        "pairwise.f1",
        "events.predicted",
        "events.gold",
    }
    assert report["events.predicted"] == 2
    assert report["events.gold"] == 2
    assert report["pairwise.recall"] == pytest.approx(0.75)


def test_cluster_metrics_scale_to_100k_items() -> None:
    gold = [str(i // 7) for i in range(100_000)]
    pred = [str(i // 5) for i in range(100_000)]
    report = cluster_report(pred, gold)  # an O(n²) implementation would not finish
    assert 0.0 < report["pairwise.f1"] < 1.0
    assert report["events.gold"] == 14_286


def test_link_report_by_hand() -> None:
    gold = {"f1": "e1", "s1": "e1", "f2": "e2"}
    predicted = {
        "f1": "e1",  # right
        "s1": "f1",  # a sibling translation of the same original: right
        "f2": "e1",  # another story: wrong
        "e2": "f2",  # an original links to its translation: wrong
        "e1": None,
    }
    report = link_report(predicted, gold)
    assert report["links.precision"] == pytest.approx(0.5)
    assert report["links.recall"] == pytest.approx(2 / 3)
    assert report["links.f1"] == pytest.approx(4 / 7)
    assert report["false_links"] == [("e2", "f2"), ("f2", "e1")]


def test_link_report_without_predictions() -> None:
    report = link_report({"f1": None}, {"f1": "e1"})
    assert (report["links.precision"], report["links.recall"], report["links.f1"]) == (1, 0, 0)
    assert report["false_links"] == []


DOCS = [
    ParallelDoc("d1", "eng", "Quake hits\nBody."),
    ParallelDoc("d2", "eng", "Vote held\nBody."),
    ParallelDoc("d1", "fra", "Un séisme\nCorps."),
    ParallelDoc("d2", "deu", "Wahl\nText."),
]


def test_duplicate_gold_links_translations_to_the_english_original() -> None:
    assert duplicate_gold(DOCS) == {"d1:fra": "d1:eng", "d2:deu": "d2:eng"}
    with pytest.raises(ValueError, match="no 'eng' original"):
        duplicate_gold([ParallelDoc("d3", "spa", "Hola")])


def test_evaluate_links_checks_keys() -> None:
    report = evaluate_links({"d1:fra": "d1:eng", "d2:deu": "d1:eng"}, DOCS)
    assert report["links.precision"] == pytest.approx(0.5)
    assert report["false_links"] == [("d2:deu", "d1:eng")]
    with pytest.raises(ValueError, match="not documents: d1:fr"):
        evaluate_links({"d1:fr": "d1:eng"}, DOCS)


def test_parallel_articles_ids_titles_languages() -> None:
    articles = parallel_articles([*DOCS, ParallelDoc("d1", "xho", "Molo\n")])
    assert [a.id for a in articles] == ["d1:eng", "d2:eng", "d1:fra", "d2:deu", "d1:xho"]
    assert [a.language for a in articles] == ["en", "en", "fr", "de", None]
    assert articles[2].title == "Un séisme"


def test_ntrex_gold_and_perfect_prediction(eval_dir) -> None:
    docs = load_parallel_docs(eval_dir / "ntrex" / "docs.jsonl")
    gold = duplicate_gold(docs)
    assert len(gold) == len(docs) - len({d.doc_id for d in docs})
    assert evaluate_links(gold, docs)["links.f1"] == 1.0
    assert evaluate_links({}, docs)["links.recall"] == 0.0
