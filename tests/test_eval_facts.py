"""Seed evaluation of fact grouping and stated findings (targets: pairwise P and R >= 0.90)."""

from __future__ import annotations

import importlib.util

import pytest

from newsfuse.evaluation.seeds_facts import evaluate_seed_facts

TARGET = 0.90


def _run(eval_dir, seeds_dir, **kw) -> dict:
    return evaluate_seed_facts(eval_dir / "seeds" / "claims.gold.json", seeds_dir, **kw)


def test_gold_claims_grouping_meets_targets_and_states_findings(eval_dir, seeds_dir):
    result = _run(eval_dir, seeds_dir, use_gold=True)
    assert result["mode"] == "gold"
    assert result["facts.matched_claims"] == result["facts.gold_claims"]
    assert result["facts.pairwise.precision"] >= TARGET
    assert result["facts.pairwise.recall"] >= TARGET
    assert result["findings"], "no figure-related findings were read from the gold"
    missed = [f["finding"] for f in result["findings"] if not f["stated"]]
    assert not missed


def test_inconsistency_states_both_figures(eval_dir, seeds_dir):
    rec = _run(eval_dir, seeds_dir, use_gold=True)["reconciliation"]
    assert rec.inconsistencies
    for item in rec.inconsistencies:
        total, parts_sum = item.figures[-1], item.figures[-2]
        assert parts_sum == sum(item.figures[:-2]) and parts_sum != total


@pytest.mark.skipif(
    importlib.util.find_spec("newsfuse.extract.figures") is None,
    reason="the claim extractor (newsfuse.extract.figures) has not landed yet",
)
def test_real_extractor_grouping_meets_targets(eval_dir, seeds_dir):
    result = _run(eval_dir, seeds_dir)
    assert result["mode"] == "extractor"
    assert result["facts.matched_claims"] >= 2
    assert result["facts.pairwise.precision"] >= TARGET
    assert result["facts.pairwise.recall"] >= TARGET
