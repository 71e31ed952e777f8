"""What the sources of one fact agree on, and how many of them are independent.

UCDP-style figures: ``low``/``high`` span the stated figures, ``best`` is the value supported by
the most independent sources (a lower bound supports every value above it). The consensus interval
is what every claim allows at once; its emptiness is what "disagree" means.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import PurePath

from ..extract import units
from ..records import Article, Claim, Duplicate, DuplicateKind, Fact, SourceValue
from .grouping import Features, fact_label
from .values import Interval, number, wording


def label(article_id: str, articles: dict[str, Article]) -> str:
    """How an explanation names a report: its outlet, else its file name, else its id."""
    article = articles.get(article_id)
    if article is None:
        return article_id
    return article.outlet or PurePath(article.source_path).name or article_id


def authority_key(features: Features) -> str | None:
    return claim_authority(features.claim)


def claim_authority(claim: Claim) -> str | None:
    """Whom a claim cites, as a key: its linked entity, else its attribution's words."""
    if claim.attribution_entity:
        return claim.attribution_entity
    if claim.attribution:
        words = claim.attribution.lower().replace("’", "'").split()
        return " ".join(w for w in words if w not in {"the", "la", "le", "l'", "les"}) or None
    return None


class _Sources:
    """Union-find over articles: copies of one story and outlets citing one authority merge."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def independence(
    group: list[Features], articles: dict[str, Article], duplicates: list[Duplicate]
) -> tuple[dict[str, str], list[str]]:
    """Independent source of each claim (claim id -> root) and notes saying what was merged."""
    sources = _Sources()
    present = {f.claim.article_id for f in group}
    notes = []
    for dup in sorted(duplicates, key=lambda d: (d.article_id, d.duplicate_of)):
        if dup.article_id in present and dup.duplicate_of in present:
            sources.union(dup.article_id, dup.duplicate_of)
            how = "a translation" if dup.kind == DuplicateKind.TRANSLATION else "a copy"
            notes.append(
                f"{label(dup.article_id, articles)} is {how} of "
                f"{label(dup.duplicate_of, articles)}: counted once."
            )
    cited: dict[str, list[Features]] = defaultdict(list)
    for item in group:
        key = authority_key(item)
        if key:
            cited[key].append(item)
    for key in sorted(cited):
        members = sorted({f.claim.article_id for f in cited[key]})
        for other in members[1:]:
            sources.union(members[0], other)
        if len(members) > 1:
            names = ", ".join(label(a, articles) for a in members)
            notes.append(f"{names} all cite {cited[key][0].claim.attribution}: counted once.")
    roots = {f.claim.id: sources.find(f.claim.article_id) for f in group}
    return roots, notes


def consensus(group: list[Features]) -> Interval | None:
    common: Interval | None = group[0].interval
    for item in group[1:]:
        common = common.intersect(item.interval) if common else None
    return common


def best_value(group: list[Features], roots: dict[str, str]) -> float:
    """The stated value allowed by the most independent sources, then by the most claims."""
    candidates = sorted({f.value for f in group})

    def support(value: float) -> tuple[int, int, float]:
        allowing = [f for f in group if f.interval.contains(value)]
        return len({roots[f.claim.id] for f in allowing}), len(allowing), value

    return max(candidates, key=support)


def status_of(group: list[Features], common: Interval | None) -> str:
    if len({f.value for f in group}) == 1:
        return "agree"
    return "compatible" if common is not None else "disagree"


def build_fact(
    fact_id: str,
    event_id: str,
    group: list[Features],
    articles: dict[str, Article],
    duplicates: list[Duplicate],
) -> Fact:
    """A fact with its source values, UCDP figures, status and independent-source count."""
    ordered = sorted(group, key=lambda f: (f.claim.article_id, f.claim.start, f.claim.id))
    roots, notes = independence(ordered, articles, duplicates)
    common = consensus(ordered)
    first = ordered[0].claim
    scale = 1 / ordered[0].factor  # figures are reported in the first claim's unit
    common = common.scaled(scale) if common else None
    values = []
    for item in ordered:
        claim = item.claim
        article = articles.get(claim.article_id)
        values.append(
            SourceValue(
                claim_id=claim.id,
                article_id=claim.article_id,
                outlet=article.outlet if article else None,
                low=item.interval.low * scale,
                high=item.interval.high * scale,
                qualifier=claim.qualifier,
                evidence=claim.evidence,
                scope=list(claim.scope),
                attribution=claim.attribution,
                reported=article.published if article else None,
                value=item.value * scale,
                sentence_index=claim.sentence_index,
            )
        )
    independent = len(set(roots.values()))
    reports = len({f.claim.article_id for f in ordered})
    notes.insert(0, f"{reports} report(s), {independent} independent source(s).")
    for item in ordered:
        if item.converted is not None:  # a sum in another currency, at a rate a report states
            notes.append(
                f"{wording(item.claim)} ({label(item.claim.article_id, articles)}) converted "
                f"at the exchange rate {label(item.converted.article_id, articles)} states "
                f"('{item.converted.evidence}')."
            )
    stated_values = [f.value * scale for f in ordered]
    return Fact(
        id=fact_id,
        event_id=event_id,
        measure=first.measure or "",
        subject=first.subject or "",
        unit=units.display(first.unit),
        values=values,
        low=min(stated_values),
        high=max(stated_values),
        best=best_value(ordered, roots) * scale,
        status=status_of(ordered, common),
        independent_sources=independent,
        consensus_low=round(common.low, 9) if common else None,
        consensus_high=round(common.high, 9) if common and not math.isinf(common.high) else None,
        notes=notes,
        label=fact_label(ordered),
    )


def describe_consensus(common: Interval | None, unit: str | None) -> str:
    """'at least 255', 'less than 2 km': what every claim allows at once."""
    if common is None:
        return "no single value"
    unit_text = f" {unit}" if unit else ""
    if math.isinf(common.high):
        word = "more than" if common.low_open else "at least"
        return f"{word} {number(common.low)}{unit_text}"
    if common.low <= 0:
        word = "less than" if common.high_open else "at most"
        return f"{word} {number(common.high)}{unit_text}"
    if common.low == common.high:
        return number(common.low) + unit_text
    return f"between {number(common.low)} and {number(common.high)}{unit_text}"
