"""Score the number parser on the Recognizers-Text number specs (``number.<lang>.jsonl``).

Out of scope (counted in ``cases`` but not in ``in_scope``; news figures do not use them):

* fractions ("un cinquième", "five eighths", "1 sur 21", "dreieinhalb", "-4/5"): a share is not a
  count of people or things, and "half of them" must not become a count;
* powers and exponents ("1E-12", "10^3", "2,5 elevado a 3");
* spelled-out decimals ("two hundred point zero three", "zwei Komma drei");
* ordinals used as numbers ("two millionth");
* Indian grouping ("12,34,567.89") and Indian scales (lakh, crore).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.evaluation.datasets import _read_jsonl
from newsfuse.extract.numbers import LANGS, find_numbers

# Each out-of-scope category with the pattern that recognises it and why it is left out.
OUT_OF_SCOPE: dict[str, tuple[re.Pattern[str], str]] = {
    "fraction": (
        re.compile(
            r"/|halb|\b(?:half|demi|medio|meio|mezzo|out of|over|sur|sobre|su|avos?)\b"
            r"|(?:th|ths|ieme|ième|iemes|ièmes|avo|avos|esimi|esimo|esima|esime|stel|tel|ésimo"
            r"|ésimos|ésima|ésimas|esimos|quintos?|quintas?|cuartos?|tercios?|tiers|quarts?"
            r"|sextos?|septimos?|séptimos?|octavos?|novenos?|décimos?|decimos?|terços|quartos?"
            r"|quinto|medios?|mezzi|terzi|quarti|quinti|sesti|settimi|ottavi|noni|decimi)\b|esim[oiae]\b",
            re.I,
        ),
        "a share, not a count",
    ),
    "power": (
        re.compile(r"\d[eE][-+]?\d|\^|elevado|hoch|puissance|potenza", re.I),
        "scientific notation is not news prose",
    ),
    "spelled_decimal": (
        re.compile(r"\b(?:point|punto|komma|virgule|coma|con|vírgula|virgula|virgola)\b", re.I),
        "decimals are written in digits in news",
    ),
    "indian": (
        re.compile(r"\blakh|\bcrore|\d,\d\d,\d{3}", re.I),
        "Indian numbering does not occur in the target languages",
    ),
}


def out_of_scope(text: str, subtype: str | None) -> str | None:
    """The category of a case this parser does not handle by design, None when in scope."""
    if subtype in ("fraction", "power"):
        return subtype
    for name, (pattern, _why) in OUT_OF_SCOPE.items():
        if pattern.search(text):
            return name
    return None


def _number_at(text: str, lang: str, start: int, end: int) -> float | None:
    """The parsed number overlapping the gold span most (or the single number)."""
    spans = find_numbers(text, lang)
    best, best_overlap = None, 0
    for span in spans:
        overlap = min(span.end, end + 1) - max(span.start, start)
        if overlap > best_overlap:
            best, best_overlap = span, overlap
    if best is None:
        return spans[0].value if len(spans) == 1 else None
    return best.value


def evaluate_numbers(
    directory: str | Path, langs: Sequence[str] = LANGS, limit: int | None = None
) -> dict:
    """Accuracy per language on in-scope cases, plus the case counts and every failure."""
    result: dict = {"failures": []}
    for lang in langs:
        path = Path(directory) / f"number.{lang}.jsonl"
        correct = cases = in_scope = 0
        for lineno, record in _read_jsonl(path):
            if limit is not None and cases >= limit:
                break
            for key in ("input", "expected_value", "text", "start", "end"):
                if key not in record:
                    raise InputError(f"{path}:{lineno}", f"missing field {key!r}")
            cases += 1
            text = record["input"]
            if out_of_scope(record["text"], record.get("subtype")):
                continue
            in_scope += 1
            expected = float(record["expected_value"])
            got = _number_at(text, lang, int(record["start"]), int(record["end"]))
            if got is not None and math.isclose(got, expected, rel_tol=1e-6, abs_tol=1e-9):
                correct += 1
            else:
                result["failures"].append(f"{lang}: {text!r} expected {expected} got {got}")
        result[f"accuracy.{lang}"] = correct / in_scope if in_scope else 1.0
        result[f"cases.{lang}"] = cases
        result[f"in_scope.{lang}"] = in_scope
    return result
