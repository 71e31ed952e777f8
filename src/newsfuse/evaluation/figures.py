"""Score quantity extraction on NewsQuant (CQE) following the rules in ../shared/eval/README.md.

Per sentence, gold and predicted quantities are sorted by ``normalized_unit``; each gold quantity
is compared in that order with the predictions not yet consumed. Values match with
``numpy.isclose``; a gold ``a-b`` range matches only a predicted range. Every value-matching pair
counts (capped at the number of gold quantities of the sentence); a value+unit match consumes the
prediction; change labels are compared on every value-matching pair. quantulum3 is scored on the
same sentences as a baseline, with gold ranges replaced by their midpoint as the README says.

The held-apart set (``data/heldapart_quantities.jsonl``) is scored the same way, side by side:
real news sentences in en, fr, es and de, annotated in the NewsQuant format for this project and
never used to tune a rule. It stores references only (dataset, document, character span, a hash
of the sentence); the text is read from the shared evaluation data at scoring time.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.errors import InputError
from newsfuse.evaluation.datasets import _read_jsonl
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
# OTHER claims NewsQuant still counts as quantities (ages, durations, "one of the", "one count
# of wire fraud"); it counts vague ones ("dozens") too.
_QUANTITY_OTHERS = {"age", "duration", "partitive", "charges"}


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


def claim_to_quantity(claim: Claim, lang: str = "en") -> Quantity | None:
    """A claim as a NewsQuant quantity; None for years, dates, ordinals, names, clock times.

    The unit is the claim's unit ("kilometre", "dollar per barrel"; an age's "year of age"), else
    what it counts ("worker"), else "-"; the change is the claim's direction, else its qualifier.
    A vague plural ("thousands of homes", "des milliers de maisons") states its vagueness by its
    range, which NewsQuant labels "=" (as the held-apart set does), not by an "about".
    """
    if claim.kind is ClaimKind.OTHER and claim.measure not in _QUANTITY_OTHERS:
        return None
    if claim.measure == "age" and claim.unit is None:
        return None  # "Mason, 35,": NewsQuant does not annotate appositive ages
    unit = claim.unit or claim.counted or "-"
    if claim.measure == "age":
        unit = f"{claim.unit} of age"
    low, high = claim.low, claim.high
    ends = find_numbers(claim.surface, lang)
    if low != high and len(ends) == 2 and ends[0].value > ends[1].value:
        low, high = high, low  # NewsQuant keeps a range in text order: "from 4.8 to 4.7"
    qualifier = claim.qualifier
    if claim.kind is ClaimKind.VAGUE and qualifier is Qualifier.ABOUT:
        qualifier = Qualifier.EXACT
    return Quantity(low, high, unit.lower(), claim.change or _CHANGE[qualifier])


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
            if g.unit == p.unit:
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


def _claims(text: str, lang: str = "en") -> list[Claim]:
    """Each record is one sentence (NewsQuant: English)."""
    sentence = Sentence("newsquant", 0, 0, len(text), text, lang)
    return extract_claims(text, lang, article_id="newsquant", sentences=[sentence])


def _ours(text: str, lang: str = "en") -> list[Quantity]:
    return [q for c in _claims(text, lang) if (q := claim_to_quantity(c, lang)) is not None]


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


HELDAPART = "data/heldapart_quantities.jsonl"
_NTREX_LANGS = {"en": "eng", "fr": "fra", "es": "spa", "de": "deu"}
_SOURCES = {
    "ntrex": "eval/ntrex/docs.jsonl",
    "gvc": "eval/gvc/articles.jsonl",
    "fakes": "eval/fakes/articles.jsonl",
    "ecbplus": "eval/ecbplus/docs.jsonl",
}


def _documents(shared: Path, datasets: set[str]) -> dict[tuple[str, str], str]:
    """(dataset, document key) -> text of the shared datasets the held-apart set refers to."""
    texts: dict[tuple[str, str], str] = {}
    for dataset in sorted(datasets):
        if dataset not in _SOURCES:
            raise InputError(dataset, "unknown dataset in the held-apart set")
        for _line, record in _read_jsonl(shared / _SOURCES[dataset]):
            key = f"{record['doc_id']}/{record['lang']}" if dataset == "ntrex" else record["id"]
            texts[(dataset, key)] = record["text"]
    return texts


def load_heldapart(shared: str | Path, path: str | Path | None = None) -> list[dict[str, Any]]:
    """The held-apart records with their text read from ``shared`` (``text``, ``lang``,
    ``quantities``); a reference whose text changed (hash mismatch) is an input error."""
    path = Path(path) if path else None
    raw = (
        path.read_text("utf-8")
        if path
        else resources.files("newsfuse").joinpath(HELDAPART).read_text("utf-8")
    )
    where = str(path or HELDAPART)
    refs = [json.loads(line) for line in raw.splitlines() if line.strip()]
    texts = _documents(Path(shared), {r["dataset"] for r in refs})
    records = []
    for line, ref in enumerate(refs, start=1):
        lang = ref["lang"]
        key = f"{ref['doc']}/{_NTREX_LANGS[lang]}" if ref["dataset"] == "ntrex" else ref["doc"]
        document = texts.get((ref["dataset"], key))
        if document is None:
            raise InputError(f"{where}:{line}", f"document {key!r} not in {ref['dataset']}")
        text = document[ref["start"] : ref["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != ref["sha1"]:
            raise InputError(f"{where}:{line}", f"the text of {key!r} changed (sha1 mismatch)")
        records.append({"text": text, "lang": lang, "quantities": ref["quantities"]})
    return records


def _score_records(
    records: list[dict[str, Any]], where: list[str], baseline: bool
) -> tuple[dict[str, Any], float]:
    """Scores of the figures stage (and quantulum3's) on records, and the extraction seconds."""
    gold = [
        [_gold_quantity(q, w, False) for q in r["quantities"]]
        for r, w in zip(records, where, strict=True)
    ]
    langs = [r.get("lang", "en") for r in records]
    began = time.perf_counter()
    claims = [_claims(r["text"], lang) for r, lang in zip(records, langs, strict=True)]
    elapsed = time.perf_counter() - began  # extraction only, not the mapping to NewsQuant
    predicted = [
        [q for c in cs if (q := claim_to_quantity(c, lang)) is not None]
        for cs, lang in zip(claims, langs, strict=True)
    ]
    result: dict[str, Any] = _score(gold, predicted)
    result["sentences"] = len(records)
    if len(set(langs)) > 1:
        for lang in sorted(set(langs)):
            keep = [i for i, x in enumerate(langs) if x == lang]
            scores = _score([gold[i] for i in keep], [predicted[i] for i in keep])
            result.update({f"{lang}.{k}": v for k, v in scores.items() if k.endswith(".f1")})
    if baseline:
        run = _quantulum()
        gold_mid = [
            [_gold_quantity(q, w, True) for q in r["quantities"]]
            for r, w in zip(records, where, strict=True)
        ]
        result["baseline"] = _score(gold_mid, [run(r["text"]) for r in records])
    return result, elapsed


def evaluate_newsquant(
    path: str | Path,
    limit: int | None = None,
    baseline: bool = True,
    heldapart: str | Path | None = None,
    shared: str | Path | None = None,
) -> dict[str, Any]:
    """value/value_unit/value_change P/R/F1 of the figures stage on a NewsQuant file and, when
    ``shared`` is given, on the held-apart set (keys ``heldapart.*``, per language
    ``heldapart.<lang>.*.f1``); quantulum3's under ``baseline``; throughput on the file."""
    records = load_newsquant(path, limit)
    where = [f"{path}:{i + 2}" for i in range(len(records))]
    result, elapsed = _score_records(records, where, baseline)
    result["throughput.sentences_per_s"] = len(records) / elapsed if elapsed else 0.0
    if shared is not None:
        apart = load_heldapart(shared, heldapart)
        scores, _ = _score_records(
            apart, [f"{heldapart or HELDAPART}:{i + 1}" for i in range(len(apart))], baseline
        )
        result.update({f"heldapart.{k}": v for k, v in scores.items() if k != "baseline"})
        if baseline:
            result["baseline"].update({f"heldapart.{k}": v for k, v in scores["baseline"].items()})
    return result
