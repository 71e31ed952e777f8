"""Score quantity extraction on NewsQuant (CQE) following the rules in ../shared/eval/README.md.

Per sentence, gold and predicted quantities are sorted by ``normalized_unit``; each gold quantity
is compared in that order with the predictions not yet consumed. Values match with
``numpy.isclose``; a gold ``a-b`` range matches only a predicted range. Every value-matching pair
counts (capped at the number of gold quantities of the sentence); a value+unit match consumes the
prediction; change labels are compared on every value-matching pair. quantulum3 is scored on the
same sentences as a baseline, with gold ranges replaced by their midpoint as the README says.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.errors import InputError
from newsfuse.extract import figures_lexicon as lex
from newsfuse.extract.figures import extract_claims
from newsfuse.extract.numbers import find_numbers
from newsfuse.records import Claim, ClaimKind, Qualifier, Sentence

_CHANGE = {
    Qualifier.EXACT: "=",
    Qualifier.ABOUT: "~",
    Qualifier.NEARLY: "~",
    Qualifier.MORE_THAN: ">",
    Qualifier.AT_LEAST: ">",
    Qualifier.LESS_THAN: "<",
    Qualifier.UP_TO: "<",
}
# Verbs of change right before a number: "rose 5%", "was up 19 cents", "fell by 2".
_UP = re.compile(rf"(?:{lex.CHANGE_UP})\s*(?:by\s+)?(?:\w+\s+)?[$€£]?$", re.I)
_DOWN = re.compile(rf"(?:{lex.CHANGE_DOWN})\s*(?:by\s+)?(?:\w+\s+)?[$€£]?$", re.I)
# OTHER claims NewsQuant still counts as quantities (it scores ages and durations).
_QUANTITY_OTHERS = {"age", "duration", "partitive"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity in NewsQuant's terms: a value (or a range), a unit and a change label."""

    low: float
    high: float
    unit: str
    change: str = "="

    @property
    def is_range(self) -> bool:
        return self.low != self.high


def _singular(unit: str) -> str:
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def claim_to_quantity(claim: Claim, text: str, offset: int = 0) -> Quantity | None:
    """A claim as a NewsQuant quantity; None for years, dates, ordinals, names, clock times."""
    if claim.kind is ClaimKind.OTHER and claim.measure not in _QUANTITY_OTHERS:
        return None
    if claim.measure == "age" and claim.unit is None:
        return None  # "Mason, 35,": NewsQuant does not annotate appositive ages
    before = text[max(0, claim.start - offset - 30) : claim.number_start - offset]
    change = _CHANGE[claim.qualifier]
    if _UP.search(before):
        change = "up"
    elif _DOWN.search(before):
        change = "down"
    unit = claim.unit or (claim.subject or "-").replace("_", " ")
    low, high = claim.low, claim.high
    ends = find_numbers(claim.surface, "en")
    if low != high and len(ends) == 2 and ends[0].value > ends[1].value:
        low, high = high, low  # NewsQuant keeps a range in text order: "from 4.8 to 4.7"
    return Quantity(low, high, _singular(unit.lower()), change)


def _gold_quantity(q: dict[str, Any], where: str, midpoint_ranges: bool) -> Quantity:
    for key in ("value", "normalized_unit", "change"):
        if key not in q:
            raise InputError(where, f"quantity without field {key!r}")
    value = str(q["value"]).strip()
    m = re.fullmatch(r"(-?[\d.]+)\s*-\s*(-?[\d.]+)", value)
    if m and "e" not in value.lower():
        low, high = float(m.group(1)), float(m.group(2))
        if midpoint_ranges:
            low = high = (low + high) / 2
    else:
        low = high = float(value)
    return Quantity(low, high, str(q["normalized_unit"]).lower(), str(q["change"]))


def _values_match(gold: Quantity, pred: Quantity) -> bool:
    if gold.is_range != pred.is_range:
        return False
    return bool(np.isclose(gold.low, pred.low) and np.isclose(gold.high, pred.high))


def _score_sentence(gold: list[Quantity], pred: list[Quantity]) -> tuple[int, int, int]:
    """(value, value+unit, value+change) correct counts of one sentence."""
    pool = sorted(pred, key=lambda q: q.unit)
    value = unit = change = 0
    for g in sorted(gold, key=lambda q: q.unit):
        for p in list(pool):
            if not _values_match(g, p):
                continue
            value += 1
            change += g.change == p.change
            if g.unit == _singular(p.unit) or g.unit == p.unit:
                unit += 1
                pool.remove(p)
                break
    return min(value, len(gold)), unit, change


def _prf(correct: int, predicted: int, gold: int, prefix: str) -> dict[str, float]:
    p = correct / predicted if predicted else 1.0
    r = correct / gold if gold else 1.0
    return {
        f"{prefix}.precision": p,
        f"{prefix}.recall": r,
        f"{prefix}.f1": 2 * p * r / (p + r) if p + r else 0.0,
    }


def _score(gold: list[list[Quantity]], pred: list[list[Quantity]]) -> dict[str, float]:
    totals = np.zeros(3, dtype=int)
    for g, p in zip(gold, pred, strict=True):
        totals += _score_sentence(g, p)
    n_gold, n_pred = sum(map(len, gold)), sum(map(len, pred))
    result: dict[str, float] = {}
    for i, name in enumerate(("value", "value_unit", "value_change")):
        result.update(_prf(int(totals[i]), n_pred, n_gold, name))
    return result


def _claims(text: str) -> list[Claim]:
    """Each NewsQuant record is one English sentence."""
    sentence = Sentence("newsquant", 0, 0, len(text), text, "en")
    return extract_claims(text, "en", article_id="newsquant", sentences=[sentence])


def _ours(text: str) -> list[Quantity]:
    return [q for c in _claims(text) if (q := claim_to_quantity(c, text)) is not None]


def _quantulum() -> Callable[[str], list[Quantity]]:
    """quantulum3 without its unit classifier: the pickle it ships does not load with the
    installed scikit-learn (ModuleNotFoundError '_loss'), so its own no-classifier path is used."""
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False

    def run(text: str) -> list[Quantity]:
        quantities = []
        for q in parser.parse(text):
            name = q.unit.name.lower() if q.unit is not None else "-"
            quantities.append(Quantity(q.value, q.value, "-" if name == "dimensionless" else name))
        return quantities

    return run


def load_newsquant(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The NewsQuant records (text + quantities), validated."""
    path = Path(path)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}", f"invalid JSON: {exc.msg}") from None
    if not isinstance(records, list):
        raise InputError(str(path), "expected a JSON array of records")
    for line, record in enumerate(records, start=2):
        for key in ("text", "quantities"):
            if not isinstance(record, dict) or key not in record:
                raise InputError(f"{path}:{line}", f"record without field {key!r}")
    return records[:limit] if limit is not None else records


def evaluate_newsquant(
    path: str | Path, limit: int | None = None, baseline: bool = True
) -> dict[str, Any]:
    """value/value_unit/value_change P/R/F1 of the figures stage, quantulum3's, throughput."""
    records = load_newsquant(path, limit)
    texts: Sequence[str] = [r["text"] for r in records]
    where = [f"{path}:{i + 2}" for i in range(len(records))]
    gold = [
        [_gold_quantity(q, w, False) for q in r["quantities"]]
        for r, w in zip(records, where, strict=True)
    ]
    began = time.perf_counter()
    claims = [_claims(t) for t in texts]
    elapsed = time.perf_counter() - began  # extraction only, not the mapping to NewsQuant
    predicted = [
        [q for c in cs if (q := claim_to_quantity(c, t)) is not None]
        for cs, t in zip(claims, texts, strict=True)
    ]
    result: dict[str, Any] = _score(gold, predicted)
    result["sentences"] = len(texts)
    result["throughput.sentences_per_s"] = len(texts) / elapsed if elapsed else 0.0
    if baseline:
        run = _quantulum()
        gold_mid = [
            [_gold_quantity(q, w, True) for q in r["quantities"]]
            for r, w in zip(records, where, strict=True)
        ]
        result["baseline"] = _score(gold_mid, [run(t) for t in texts])
    return result
