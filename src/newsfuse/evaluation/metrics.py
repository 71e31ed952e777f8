"""Clustering and duplicate-link metrics.

All clustering metrics work on contingency counts (items per (predicted, gold) label pair), so
they run in O(n) for 100k+ items. Where a ratio is 0/0 (no pairs claimed, or none to find) it is
1.0: nothing claimed is wrong and nothing was missed, so an identical clustering always scores 1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import Any, NamedTuple


class PRF(NamedTuple):
    precision: float
    recall: float
    f1: float


def _ratio(num: float, den: float) -> float:
    return num / den if den else 1.0


def _prf(precision: float, recall: float) -> PRF:
    total = precision + recall
    return PRF(precision, recall, 2 * precision * recall / total if total else 0.0)


def _counts(
    pred: Sequence[Hashable], gold: Sequence[Hashable]
) -> tuple[Counter[tuple[Hashable, Hashable]], Counter[Hashable], Counter[Hashable]]:
    """Contingency cells, predicted cluster sizes, gold cluster sizes."""
    if len(pred) != len(gold):
        raise ValueError(f"pred has {len(pred)} labels but gold has {len(gold)}")
    if not gold:
        raise ValueError("no items to evaluate")
    return Counter(zip(pred, gold, strict=True)), Counter(pred), Counter(gold)


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> PRF:
    """B³ (Bagga & Baldwin 1998): per-item precision/recall of its cluster, averaged over items.

    An item in cell (c, g) has precision n_cg/|c| and recall n_cg/|g|; F1 is the harmonic mean
    of the averaged precision and recall.
    """
    cells, pred_sizes, gold_sizes = _counts(pred, gold)
    n = len(gold)
    precision = sum(m * m / pred_sizes[c] for (c, _), m in cells.items()) / n
    recall = sum(m * m / gold_sizes[g] for (_, g), m in cells.items()) / n
    return _prf(precision, recall)


def _pairs(m: int) -> int:
    return m * (m - 1) // 2


def pairwise(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> PRF:
    """Precision/recall over item pairs put in the same cluster (singletons add no pairs)."""
    cells, pred_sizes, gold_sizes = _counts(pred, gold)
    together = sum(_pairs(m) for m in cells.values())
    precision = _ratio(together, sum(_pairs(m) for m in pred_sizes.values()))
    recall = _ratio(together, sum(_pairs(m) for m in gold_sizes.values()))
    return _prf(precision, recall)


def cluster_report(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float | int]:
    """B³ and pairwise scores plus the number of events, as flat keys for tables and JSON."""
    b3, pw = bcubed(pred, gold), pairwise(pred, gold)
    return {
        "bcubed.precision": b3.precision,
        "bcubed.recall": b3.recall,
        "bcubed.f1": b3.f1,
        "pairwise.precision": pw.precision,
        "pairwise.recall": pw.recall,
        "pairwise.f1": pw.f1,
        "events.predicted": len(set(pred)),
        "events.gold": len(set(gold)),
    }


def link_report(
    predicted_links: Mapping[str, str | None], gold_links: Mapping[str, str]
) -> dict[str, Any]:
    """Score duplicate links (document -> the document it repeats).

    ``gold_links`` maps every true duplicate to its original; documents not in it are originals.
    A predicted link is correct when its document is a true duplicate and the target belongs to
    the same story (the gold original or another duplicate of it), since linking a translation to
    a sibling translation still finds the duplicate. Duplicates absent from ``predicted_links``
    count as not linked. ``false_links`` lists the wrong (document, linked_to) pairs, sorted.
    """

    def story(doc: str) -> str:
        return gold_links.get(doc, doc)

    def is_right(doc: str, target: str) -> bool:
        return doc in gold_links and target != doc and story(target) == story(doc)

    links = {doc: target for doc, target in predicted_links.items() if target is not None}
    false_links = sorted(
        (doc, target) for doc, target in links.items() if not is_right(doc, target)
    )
    correct = len(links) - len(false_links)
    prf = _prf(_ratio(correct, len(links)), _ratio(correct, len(gold_links)))
    return {
        "links.precision": prf.precision,
        "links.recall": prf.recall,
        "links.f1": prf.f1,
        "links.predicted": len(links),
        "links.gold": len(gold_links),
        "links.correct": correct,
        "false_links": false_links,
    }
