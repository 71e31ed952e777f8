"""Score the figures stage on the hand-made gold of the five seed reports (claims.gold.json).

A gold claim is found when a claim of the same document holds its value (inside [low, high]) and
its span overlaps the gold evidence (an exact substring of the document). Precision counts only
COUNT/QUANTITY claims. Attribution matches fuzzily: names are normalised (case, accents, articles),
a few words of organisation names are translated to English, acronyms are compared with the
initials of the other name, and then at least half of the shorter name's words must be shared.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.extract.figures import extract_claims
from newsfuse.language import detect_language, split_sentences
from newsfuse.records import Claim

_STOPWORDS = {
    "the",
    "a",
    "an",
    "of",
    "for",
    "and",
    "de",
    "des",
    "du",
    "d",
    "la",
    "le",
    "les",
    "l",
    "el",
    "los",
    "las",
    "del",
    "et",
    "y",
    "e",
    "der",
    "die",
    "das",
    "und",
    "von",
    "da",
    "do",
    "dos",
    "di",
    "della",
    "il",
    "pour",
    "por",
    "para",
    "per",
    "un",
    "une",
    "uno",
    "una",
    "to",
}
# Organisation-name words across languages, and acronyms of the same body in other languages.
_TRANSLATIONS = {
    "observatoire": "observatory",
    "observatorio": "observatory",
    "droits": "rights",
    "derechos": "rights",
    "homme": "human",
    "humanos": "human",
    "unies": "united",
    "unidas": "united",
    "bureau": "office",
    "oficina": "office",
    "organisation": "organization",
    "organisations": "organizations",
    "humanitaires": "humanitarian",
    "ong": "ngo",
    "ongs": "ngos",
    "onu": "un",
    "osdh": "sohr",
    "agence": "agency",
    "agencia": "agency",
}


def _tokens(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w not in _STOPWORDS]
    return [_TRANSLATIONS.get(w, w) for w in words]


def _initials(tokens: list[str]) -> str:
    return "".join(t[0] for t in tokens if not t.isdigit())


def attribution_matches(gold: str | None, predicted: str | None) -> bool:
    """Whether two mentions of a source name the same authority (see module docstring)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = _tokens(gold), _tokens(predicted)
    if not g or not p:
        return False
    if _initials(g) in p or _initials(p) in g:
        return True
    shared = len(set(g) & set(p))
    return shared / min(len(set(g)), len(set(p))) >= 0.5


def _spans(text: str, evidence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(evidence)) for m in re.finditer(re.escape(evidence), text)]


def _overlaps(claim: Claim, spans: list[tuple[int, int]]) -> bool:
    return any(claim.start < end and start < claim.end for start, end in spans)


def _load_gold(gold_path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(gold_path), "file not found") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{gold_path}:{exc.lineno}", f"invalid JSON: {exc.msg}") from None
    for key in ("facts", "not_claims"):
        if not isinstance(gold.get(key), list):
            raise InputError(str(gold_path), f"missing list field {key!r}")
    return gold


def _gold_claims(gold: dict[str, Any], where: str) -> list[dict[str, Any]]:
    claims = []
    for i, fact in enumerate(gold["facts"]):
        for j, claim in enumerate(fact.get("claims", [])):
            for key in ("doc", "evidence", "value", "qualifier"):
                if key not in claim:
                    raise InputError(f"{where} facts[{i}].claims[{j}]", f"missing field {key!r}")
            claims.append({**claim, "fact": fact.get("id", str(i))})
    return claims


def evaluate_seed_claims(
    gold_path: str | Path, docs_dir: str | Path, limit: int | None = None
) -> dict[str, Any]:
    """Recall, precision, qualifier and attribution accuracy, not-claims, misses, throughput."""
    gold_path, docs_dir = Path(gold_path), Path(docs_dir)
    gold = _load_gold(gold_path)
    gold_claims = _gold_claims(gold, str(gold_path))
    docs = sorted({c["doc"] for c in gold_claims} | {n["doc"] for n in gold["not_claims"]})
    docs = docs[:limit] if limit is not None else docs
    texts, predicted, sentence_count, elapsed = {}, {}, 0, 0.0
    for doc in docs:
        path = docs_dir / doc
        if not path.is_file():
            raise InputError(str(path), "seed document not found")
        text = texts[doc] = path.read_text(encoding="utf-8")
        lang = detect_language(text, default="en") or "en"
        sentences = split_sentences(text, doc, lang)
        began = time.perf_counter()
        predicted[doc] = extract_claims(text, lang, article_id=doc, sentences=sentences)
        elapsed += time.perf_counter() - began
        sentence_count += len(sentences)

    misses: list[str] = []
    used: set[str] = set()
    found = qualifier_ok = attribution_ok = 0
    gold_in_docs = [c for c in gold_claims if c["doc"] in texts]
    for g in gold_in_docs:
        spans = _spans(texts[g["doc"]], g["evidence"])
        if not spans:
            raise InputError(str(gold_path), f"evidence not in {g['doc']}: {g['evidence']!r}")
        match = next(
            (
                c
                for c in predicted[g["doc"]]
                if c.id not in used
                and c.kind.is_figure
                and c.low - 1e-9 <= float(g["value"]) <= c.high + 1e-9
                and _overlaps(c, spans)
            ),
            None,
        )
        if match is None:
            misses.append(f"missed {g['doc']} [{g['fact']}] {g['evidence']!r} = {g['value']}")
            continue
        used.add(match.id)
        found += 1
        if match.qualifier.value == g["qualifier"]:
            qualifier_ok += 1
        else:
            misses.append(
                f"qualifier {g['doc']} {g['evidence']!r}: {match.qualifier.value} "
                f"(gold {g['qualifier']})"
            )
        if attribution_matches(g.get("attributed_to"), match.attribution):
            attribution_ok += 1
        else:
            misses.append(
                f"attribution {g['doc']} {g['evidence']!r}: {match.attribution!r} "
                f"(gold {g.get('attributed_to')!r})"
            )

    counting = [c for doc in docs for c in predicted[doc] if c.kind.is_figure]
    misses += [
        f"extra {c.article_id} {c.evidence!r} = {c.low}..{c.high}"
        for c in counting
        if c.id not in used
    ]
    not_claims = 0
    for n in gold["not_claims"]:
        if n["doc"] not in texts:
            continue
        spans = _spans(texts[n["doc"]], n["evidence"])
        bad = [
            c
            for c in predicted[n["doc"]]
            if c.kind.is_figure and any(c.number_start < e and s < c.number_end for s, e in spans)
        ]
        not_claims += len(bad)
        misses += [f"not-claim extracted {n['doc']} {n['evidence']!r}" for _ in bad]
    return {
        "claims.recall": found / len(gold_in_docs) if gold_in_docs else 1.0,
        "claims.precision": found / len(counting) if counting else 1.0,
        "qualifier.accuracy": qualifier_ok / found if found else 1.0,
        "attribution.accuracy": attribution_ok / found if found else 1.0,
        "not_claims.extracted": not_claims,
        "gold": len(gold_in_docs),
        "predicted": len(counting),
        "throughput.sentences_per_s": sentence_count / elapsed if elapsed else 0.0,
        "misses": misses,
    }
