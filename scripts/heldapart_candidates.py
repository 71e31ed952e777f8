"""Pick the sentences of the held-apart quantity set (printed for annotation by hand).

Run once, before any rule was tuned on them: ``python scripts/heldapart_candidates.py``. NTREX
segments are drawn at random (seeded) from the English originals: 36 with a number and a unit,
money or measure word, 24 with a number only, 16 without, and each is taken with its French, Spanish and German human
translations; English sentences of GVC, FA-KES and ECB+ reports are drawn likewise. Only
references (dataset, document, span) are stored; the text stays in ../shared.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path

from newsfuse.language import split_sentences

# Units, money and measures: drawn apart so the set holds quantities of many kinds, not only counts.
UNITISH = re.compile(
    r"%|\bper ?cent|[$£€]|\b(?:million|billion|bn|km|kilomet|miles?|feet|foot|inch|metres?|meters?"
    r"|degrees?|kg|kilo|pounds?|tonnes?|tons?|acres?|hectares?|mph|hours?|minutes?|litres?"
    r"|gallons?|magnitude)\b",
    re.I,
)
SHARED = Path(os.environ.get("NEWSFUSE_SHARED", "../shared"))
NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|dozens?|half)\b",
    re.I,
)


def ntrex(rng: random.Random, with_units: int, with_numbers: int, without: int) -> list[dict]:
    docs: dict[str, dict[str, str]] = {}
    for line in (SHARED / "eval/ntrex/docs.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        docs.setdefault(d["doc_id"], {})[d["lang"]] = d["text"]
    unitish, numbered, plain = [], [], []
    for doc_id in sorted(docs):
        for i, seg in enumerate(docs[doc_id]["eng"].split("\n")):
            if i == 0 or len(seg) < 40:
                continue  # headlines and fragments
            if UNITISH.search(seg) and NUMBERISH.search(seg):
                unitish.append((doc_id, i))
            else:
                (numbered if NUMBERISH.search(seg) else plain).append((doc_id, i))
    picked = rng.sample(unitish, with_units) + rng.sample(numbered, with_numbers)
    picked += rng.sample(plain, without)
    out = []
    for doc_id, i in sorted(picked):
        for lang in ("eng", "fra", "spa", "deu"):
            text = docs[doc_id][lang]
            start = sum(len(s) + 1 for s in text.split("\n")[:i])
            seg = text.split("\n")[i]
            out.append(
                {
                    "dataset": "ntrex",
                    "doc": f"{doc_id}/{lang}",
                    "segment": i,
                    "start": start,
                    "end": start + len(seg),
                    "text": seg,
                }
            )
    return out


def english(rng: random.Random, dataset: str, path: str, n: int, units: int = 0) -> list[dict]:
    """``n`` sentences with a number from as many reports, the first ``units`` with a unit too."""
    records = [json.loads(line) for line in (SHARED / path).open(encoding="utf-8")]
    rng.shuffle(records)
    out = []
    for r in records:
        if r.get("text_boilerplate"):
            continue
        spans = [s for s in split_sentences(r["text"], r["id"], "en") if 40 <= len(s.text) <= 400]
        spans = [s for s in spans if NUMBERISH.search(s.text)]
        if len(out) < units:
            spans = [s for s in spans if UNITISH.search(s.text)]
        if not spans:
            continue
        s = rng.choice(spans)
        start, end = s.start, s.end
        out.append(
            {
                "dataset": dataset,
                "doc": r["id"],
                "start": start,
                "end": end,
                "text": r["text"][start:end],
            }
        )
        if len(out) == n:
            break
    return out


def main() -> None:
    rng = random.Random(20)
    rows = ntrex(rng, 36, 24, 16)
    rows += english(rng, "gvc", "eval/gvc/articles.jsonl", 20, units=5)
    rows += english(rng, "fakes", "eval/fakes/articles.jsonl", 20, units=5)
    rows += english(rng, "ecbplus", "eval/ecbplus/docs.jsonl", 16, units=8)
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
