"""Evaluate fact grouping and the stated findings on the five seed reports.

Two modes:
- real extractor (main mode, when ``newsfuse.extract.figures`` exists and ``claims`` is None):
  extracted claims are matched to gold claims (same doc, same value, overlapping evidence span);
- gold claims (``claims=None`` and no extractor, or ``use_gold=True``): Claim records are built
  from the gold file itself. The gold's subjects are descriptive, so subject keys come from a small
  keyword map over the evidence (then the gold subject), parent links from the gold's "part of"
  scopes and the nearest preceding broader subject, scopes from time phrases of the sentence. This
  mode therefore tests the grouping logic only, not extraction.

Scores are pairwise over matched claims: a pair is positive when both claims are in one fact.
"""

from __future__ import annotations

import json
import math
import re
from itertools import combinations
from pathlib import Path

from ..language import detect_language, split_spans
from ..reconcile import reconcile_event
from ..records import Article, Claim, ClaimKind, Qualifier, Reconciliation

# keyword (evidence first, then the gold's subject text) -> canonical subject key
_SUBJECTS = [
    ("students", r"student|étudiant"),
    ("children", r"child|enfant"),
    ("civilians", r"civil"),
    ("rebel_fighters", r"rebel|opposition"),
    ("soldiers", r"soldier|soldat"),
    ("combatants", r"combatant|combattant"),
    ("families", r"famil"),
    ("towns", r"town|ville|village"),
    ("medical_centers", r"medical|médica"),
    ("organizations", r"organi[sz]ation|\bONG\b|\bNGO"),
    ("people", r"people|personne|individual|dead|mort"),
]
_BROADER = {
    "civilians": "people",
    "rebel_fighters": "people",
    "soldiers": "people",
    "combatants": "people",
    "students": "civilians",
    "children": "civilians",
}
# time phrases a claim's sentence may scope it with (stand-in for the extractor's scopes)
_DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche"
)
_SCOPES = re.compile(
    rf"\b(?:since|depuis)\s+(?:the |its |le |la |l')?[\w']+(?:\s+(?:of|de|du|in|en)\s+"
    rf"(?:the |l')?[\w']+)?"
    rf"|\b(?:on|ce)\s+(?:{_DAYS})\b|\b(?:this|cette|ce)\s+(?:year|année|week|semaine)\b"
    r"|\bin (?:recent|the past|the last) \w+|\b(?:in|en) (?:\w+ )?(?:days|jours)\b|\b\w+-day\b"
    r"|\b(?:in|en) (?:1[89]|20)\d\d\b|\btoday\b|\baujourd'hui\b|\bso far\b|jusqu'à présent",
    re.I,
)
_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")
_PART_OF = re.compile(r"part of (\w+)")


def _doc_id(name: str) -> str:
    return name.split("_")[0]


def load_articles(docs_dir: Path, gold: dict) -> dict[str, Article]:
    names = sorted({c["doc"] for fact in gold["facts"] for c in fact["claims"]})
    articles = {}
    for seq, name in enumerate(names):
        text = (Path(docs_dir) / name).read_text(encoding="utf-8")
        aid = _doc_id(name)
        articles[aid] = Article(
            aid, text, source_path=name, language=detect_language(text), seq=seq
        )
    return articles


def _subject(evidence: str, gold_subject: str) -> str:
    for text in (evidence, gold_subject):
        for key, pattern in _SUBJECTS:
            if re.search(pattern, text, re.I):
                return key
    return re.sub(r"\W+", "_", gold_subject.lower()).strip("_")


def _interval(value: float, qualifier: Qualifier) -> tuple[float, float]:
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return value, math.inf
    if qualifier in (Qualifier.LESS_THAN, Qualifier.UP_TO):
        return 0.0, value
    return value, value


def _sentence(text: str, start: int) -> tuple[int, int]:
    for s, e, _ in split_spans(text):
        if s <= start < e:
            return s, e
    return start, start


def gold_claims(gold: dict, articles: dict[str, Article]) -> tuple[list[Claim], dict[str, str]]:
    """Claim records built from the gold (see module doc) and the gold fact of each claim."""
    claims, truth, part_of = [], {}, {}
    for fact in gold["facts"]:
        named = _PART_OF.search(fact.get("scope", ""))
        for n, item in enumerate(fact["claims"]):
            article = articles[_doc_id(item["doc"])]
            start = article.text.index(item["evidence"])
            end = start + len(item["evidence"])
            digits = _NUMBER.search(item["evidence"])
            num_start = start + digits.start() if digits else start
            num_end = start + digits.end() if digits else start + len(item["evidence"].split()[0])
            s_start, s_end = _sentence(article.text, start)
            qualifier = Qualifier(item["qualifier"])
            low, high = _interval(float(item["value"]), qualifier)
            cid = f"{article.id}:{fact['id']}:{n}"
            claims.append(
                Claim(
                    id=cid,
                    article_id=article.id,
                    sentence_index=0,
                    start=start,
                    end=end,
                    number_start=num_start,
                    number_end=num_end,
                    surface=item["evidence"],
                    low=low,
                    high=high,
                    qualifier=qualifier,
                    kind=ClaimKind.QUANTITY if fact.get("unit") else ClaimKind.COUNT,
                    measure=fact["measure"].split()[0].lower(),
                    subject=_subject(item["evidence"], fact["subject"]),
                    unit=fact.get("unit"),
                    scope=[m.group(0) for m in _SCOPES.finditer(article.text[s_start:s_end])],
                    attribution=item.get("attributed_to"),
                    evidence=item["evidence"],
                )
            )
            truth[cid] = fact["id"]
            if named:
                part_of[cid] = named.group(1)
    _link_parts(claims, truth, part_of)
    return claims, truth


def _link_parts(claims: list[Claim], truth: dict[str, str], part_of: dict[str, str]) -> None:
    """Parent = the same doc's claim of the named whole, else the nearest preceding broader one."""
    ordered = sorted(claims, key=lambda c: (c.article_id, c.start))
    for claim in ordered:
        same_doc = [c for c in ordered if c.article_id == claim.article_id and c is not claim]
        if claim.id in part_of:
            named = [c for c in same_doc if truth[c.id] == part_of[claim.id]]
            claim.parent = named[0].id if named else None
        else:
            broader = [
                c
                for c in same_doc
                if c.start < claim.start
                and c.measure == claim.measure
                and c.subject == _BROADER.get(claim.subject or "")
                and c.id not in part_of
            ]
            claim.parent = broader[-1].id if broader else None
    parents = {c.parent for c in claims if c.parent}
    for claim in claims:
        claim.role = "part" if claim.parent else "total" if claim.id in parents else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_claims(
    extracted: list[Claim], gold: dict, articles: dict[str, Article]
) -> dict[str, str]:
    """Extracted claim id -> gold fact id: same doc, same value, overlapping evidence."""
    from ..reconcile.values import stated

    matched: dict[str, str] = {}
    for fact in gold["facts"]:
        for item in fact["claims"]:
            article = articles[_doc_id(item["doc"])]
            start = article.text.index(item["evidence"])
            span = (start, start + len(item["evidence"]))
            candidates = [
                c
                for c in extracted
                if c.article_id == article.id
                and c.id not in matched
                and stated(c) == float(item["value"])
                and _overlap(span, (c.start, c.end)) > 0
            ]
            if candidates:
                best = max(candidates, key=lambda c: (_overlap(span, (c.start, c.end)), c.id))
                matched[best.id] = fact["id"]
    return matched


def extract_seed_claims(articles: dict[str, Article]) -> list[Claim] | None:
    """Claims from the real extractor, None when it is not available."""
    try:
        from ..extract.figures import extract_claims
    except ImportError:
        return None
    claims = []
    for aid, article in sorted(articles.items()):
        claims.extend(extract_claims(article.text, article.language, article_id=aid))
    return claims


def pairwise(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b in combinations(sorted(truth), 2):
        same_gold = truth[a] == truth[b]
        same_pred = predicted.get(a, a) == predicted.get(b, b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


# ---- findings: is each figure-related expected finding stated by the reconciliation? ----


def _figures(text: str, doc_ids: set[str]) -> list[float]:
    found = re.findall(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?", text)
    return [float(n.replace(",", "")) for n in found if n not in doc_ids]


def _clauses(text: str) -> list[str]:
    """Split on ';' and sentence ends outside parentheses."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in ";":
            parts.append(current)
            current = ""
        else:
            current += ch
    return [p for p in [*parts, current] if p.strip()]


def _claim_values(rec: Reconciliation) -> dict[str, float]:
    return {v.claim_id: v.value for f in rec.facts for v in f.values if v.value is not None}


def _sum_stated(sentence: str, rec: Reconciliation, doc_ids: set[str]) -> bool:
    left, right = sentence.split("=", 1)
    parts, rest = sorted(_figures(left, doc_ids)), _figures(right, doc_ids)
    if not rest:
        return False
    holds = len(rest) == 1
    return any(
        sorted(c.parts) == parts
        and c.parts_sum == rest[0]
        and (c.status == "holds" if holds else c.total == rest[-1] and c.status == "exceeds")
        for c in rec.checks
    )


def _differences_stated(numbers: list[float], rec: Reconciliation) -> bool:
    wanted = set(numbers)
    return any(
        wanted <= {v.value for v in f.values}
        and f.status != "agree"
        and any(e.kind != "summary" for e in f.details)
        for f in rec.facts
    )


def _explained(kind: str, numbers: list[float], rec: Reconciliation) -> bool:
    values = _claim_values(rec)
    return any(
        e.kind == kind and set(numbers) <= {values.get(c) for c in e.claim_ids}
        for e in rec.explanations
    )


def check_findings(gold: dict, rec: Reconciliation, doc_ids: set[str]) -> list[dict]:
    """Each figure-related finding (one with figures besides doc ids) and whether it is stated."""
    results = []
    for finding in gold.get("expected_findings", []):
        if not _figures(finding, doc_ids):
            continue
        checks = []
        for clause in _clauses(finding):
            numbers = _figures(clause, doc_ids)
            if "=" in clause and "+" in clause:
                checks += [
                    _sum_stated(s, rec, doc_ids) for s in re.split(r"\.\s", clause) if "=" in s
                ]
            elif "unit" in clause:
                checks.append(_explained("unit", numbers, rec))
            elif "accounts for" in clause:
                checks.append(_explained("category_split", numbers[1:], rec))
            elif len(set(numbers)) >= 2:
                checks.append(_differences_stated(numbers, rec))
        results.append({"finding": finding, "stated": bool(checks) and all(checks)})
    return results


def evaluate_seed_facts(
    gold_path: str | Path,
    docs_dir: str | Path,
    claims: list[Claim] | None = None,
    use_gold: bool = False,
) -> dict:
    """Pairwise grouping scores and stated findings on the seeds (see module doc for modes)."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    articles = load_articles(Path(docs_dir), gold)
    mode = "given"
    if claims is None and not use_gold:
        claims = extract_seed_claims(articles)
        mode = "extractor"
    if claims is None:
        claims, truth = gold_claims(gold, articles)
        mode = "gold"
    else:
        truth = match_claims(claims, gold, articles)
    rec = reconcile_event("seeds", claims, articles, [])
    predicted = {v.claim_id: f.id for f in rec.facts for v in f.values}
    scores = pairwise(truth, predicted)
    findings = check_findings(gold, rec, set(articles))
    gold_total = sum(len(f["claims"]) for f in gold["facts"])
    return {
        "mode": mode,
        "facts.pairwise.precision": scores["precision"],
        "facts.pairwise.recall": scores["recall"],
        "facts.pairwise.f1": scores["f1"],
        "facts.matched_claims": len(truth),
        "facts.gold_claims": gold_total,
        "facts.count": len(rec.facts),
        "findings": findings,
        "findings.stated": sum(f["stated"] for f in findings),
        "reconciliation": rec,
    }
