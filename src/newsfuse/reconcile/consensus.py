"""What the sources of one fact agree on, and how many of them are independent.

UCDP-style figures: ``low``/``high`` span the stated figures, ``best`` is the value supported by
the most independent sources (a lower bound supports every value above it). The consensus interval
is what every claim allows at once; its emptiness is what "disagree" means.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import datetime

from ..extract import units
from ..records import Article, Duplicate, DuplicateKind, Fact, FactStatus, SourceValue, citation
from .authority import authority_key, authority_name
from .grouping import Features, fact_label, subject_of
from .history import is_update, latest
from .values import Interval, common, number, wording


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
    group: list[Features], duplicates: list[Duplicate]
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
                f"{citation([dup.article_id])} is {how} of {citation([dup.duplicate_of])}: "
                "counted once."
            )
    cited: dict[str, list[Features]] = defaultdict(list)
    for item in group:
        key = authority_key(item.claim)
        if key:
            cited[key].append(item)
    for key in sorted(cited):
        members = sorted({f.claim.article_id for f in cited[key]})
        for other in members[1:]:
            sources.union(members[0], other)
        if len(members) > 1:
            name = authority_name(cited[key][0].claim)
            notes.append(f"{citation(members)} all cite {name}: counted once.")
    roots = {f.claim.id: sources.find(f.claim.article_id) for f in group}
    return roots, notes


def consensus(group: list[Features]) -> Interval | None:
    return common(f.interval for f in group)


def best_value(group: list[Features], roots: dict[str, str]) -> float:
    """The stated value allowed by the most independent sources, then by the most claims."""
    candidates = sorted({f.value for f in group})

    def support(value: float) -> tuple[int, int, float]:
        allowing = [f for f in group if f.interval.contains(value)]
        return len({roots[f.claim.id] for f in allowing}), len(allowing), value

    return max(candidates, key=support)


def status_of(
    group: list[Features], common_interval: Interval | None, as_of: dict[str, datetime | None]
) -> FactStatus:
    if len({f.value for f in group}) == 1:
        return FactStatus.AGREE
    if is_update(group, as_of):
        return FactStatus.UPDATED
    return FactStatus.COMPATIBLE if common_interval is not None else FactStatus.DISAGREE


def background_reason(group: list[Features]) -> str | None:
    """The most common reason the group's figures are not the event's own (None: they are)."""
    reasons = Counter(f.background for f in group if f.background)
    return max(sorted(reasons), key=reasons.__getitem__) if reasons else None


def build_fact(
    fact_id: str,
    event_id: str,
    group: list[Features],
    articles: dict[str, Article],
    duplicates: list[Duplicate],
    as_of: dict[str, datetime | None],
) -> Fact:
    """A fact with its source values, UCDP figures, status and independent-source count.

    An updated figure's ``best`` is the best of its latest figures (the latest day's reports).
    """
    ordered = sorted(group, key=lambda f: (f.claim.article_id, f.claim.start, f.claim.id))
    roots, notes = independence(ordered, duplicates)
    common_interval = consensus(ordered)
    first = ordered[0].claim
    scale = 1 / ordered[0].factor  # figures are reported in the first claim's unit
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
                authority=authority_name(claim),
                as_of=as_of.get(claim.id),
            )
        )
    independent = len(set(roots.values()))
    reports = len({f.claim.article_id for f in ordered})
    notes.insert(0, f"{reports} report(s), {independent} independent source(s).")
    for item in ordered:
        if item.converted is not None:  # a sum in another currency, at a rate a report states
            notes.append(
                f"{wording(item.claim)} {citation([item.claim.article_id])} converted at the "
                f"exchange rate {citation([item.converted.article_id])} states "
                f"('{item.converted.evidence}')."
            )
    status = status_of(ordered, common_interval, as_of)
    leading = latest(ordered, as_of) if status is FactStatus.UPDATED else ordered
    stated_values = [f.value * scale for f in ordered]
    common_interval = common_interval.scaled(scale) if common_interval else None
    return Fact(
        id=fact_id,
        event_id=event_id,
        measure=first.measure or "",
        subject=subject_of(first),
        unit=units.display(first.unit),
        values=values,
        low=min(stated_values),
        high=max(stated_values),
        best=best_value(leading, roots) * scale,
        status=status,
        independent_sources=independent,
        consensus_low=round(common_interval.low, 9) if common_interval else None,
        consensus_high=round(common_interval.high, 9)
        if common_interval and not math.isinf(common_interval.high)
        else None,
        notes=notes,
        label=fact_label(ordered),
        background=background_reason(ordered),
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
