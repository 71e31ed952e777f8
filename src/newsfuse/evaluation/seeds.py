"""The seed-report evaluation in one report: claims, fact grouping, entity aliases, findings.

Each part is scored by its own module; this one only runs them on the same gold file and
documents and collects every miss into one list, so a reader sees what failed and where.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsfuse.errors import InputError


def evaluate_seeds(gold_path: str | Path, docs_dir: str | Path) -> dict[str, Any]:
    """Claims P/R, qualifier/attribution accuracy, fact pairwise P/R/F1 (extractor mode),
    alias and place scores, share of expected findings stated, and the list of misses."""
    from newsfuse.evaluation.seeds_claims import evaluate_seed_claims
    from newsfuse.evaluation.seeds_entities import evaluate_seed_entities
    from newsfuse.evaluation.seeds_facts import evaluate_seed_facts

    gold_path, docs_dir = Path(gold_path), Path(docs_dir)
    if not docs_dir.is_dir():
        raise InputError(str(docs_dir), "not a folder of seed documents")
    claims = evaluate_seed_claims(gold_path, docs_dir)  # validates the gold file first
    facts = evaluate_seed_facts(gold_path, docs_dir)
    entities = evaluate_seed_entities(gold_path, docs_dir)
    findings = facts["findings"]
    misses = list(claims["misses"])
    misses += [f"finding not stated: {f['finding']}" for f in findings if not f["stated"]]
    misses += [
        f"entities: {key} = {value}"
        for key, value in entities.items()
        if (key.endswith(".merged") or key.endswith(".distinct")) and value is False
    ]
    return {
        **{k: v for k, v in claims.items() if k != "misses"},
        **{k: v for k, v in facts.items() if k not in ("findings", "reconciliation")},
        **entities,
        "findings.total": len(findings),
        "findings.covered": len([f for f in findings if f["stated"]]) / len(findings)
        if findings
        else 1.0,
        "misses": misses,
    }
