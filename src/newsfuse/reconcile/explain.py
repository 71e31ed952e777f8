"""Plain-words reasons for differing figures, each computed from the claims it cites.

Every number, authority, scope and date in a sentence is read from the claims and articles;
nothing is inferred that the data does not show. Reports are cited as ``[@<article id>]`` (see
``records.citation``), so each renderer names them its own way, and each thing is said once:
copies and translations are stated where the sources are listed, not under every figure.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Hashable
from datetime import datetime

from ..extract.figures_lexicon import SCOPES
from ..records import Duplicate, Explanation, ExplanationKind, Fact, FactStatus, citation
from .authority import cited_key, cited_label
from .consensus import consensus, describe_consensus
from .grouping import Features, fact_label
from .history import direction, latest
from .values import is_lower_bound, is_rounded, is_upper_bound, number, wording

HOUSEHOLD_SUBJECTS = {"families", "households"}
INDIVIDUAL_SUBJECTS = {"people", "persons", "individuals"}
# Scope phrases that say when ("since Wednesday", "ce vendredi", "so far", "this year"); the
# last pattern of ``SCOPES`` reads places ("in Aleppo", "en Syrie"), which are no time scope.
_TIME_SCOPE = [re.compile(rf"(?i:{p})") for p in SCOPES[:-1]]


def is_time_scope(phrase: str) -> bool:
    """A scope phrase that is a time expression, not a place or a language ("in Russian")."""
    return any(p.fullmatch(phrase.strip()) for p in _TIME_SCOPE)


def _cite(items: list[Features]) -> str:
    return citation(f.claim.article_id for f in items)


def _by(group: list[Features], key: Callable[[Features], Hashable]) -> dict:
    """Items grouped by ``key``, in order of first appearance."""
    listed: dict = {}
    for item in group:
        listed.setdefault(key(item), []).append(item)
    return listed


def _stated(group: list[Features]) -> str:
    """'24 [@a, @b]; 26 [@c]': each wording once with the reports stating it."""
    return "; ".join(
        f"{word} {_cite(items)}" for word, items in _by(group, lambda f: wording(f.claim)).items()
    )


def _ids(items: list[Features]) -> list[str]:
    return [f.claim.id for f in items]


def _pairs_differ(group: list[Features], key: Callable[[Features], Hashable]) -> bool:
    """Some two claims state different values and differ by ``key``."""
    return any(
        a.value != b.value and key(a) != key(b) for i, a in enumerate(group) for b in group[i + 1 :]
    )


def _allowed(fact: Fact, group: list[Features]) -> str:
    scale = 1 / group[0].factor
    common = consensus(group)
    return describe_consensus(common.scaled(scale) if common else None, fact.unit)


def _summary(fact: Fact, group: list[Features]) -> Explanation:
    if fact.status is FactStatus.COMPATIBLE:
        tail = f"all of them hold if the value is {_allowed(fact, group)}."
    elif fact.status is FactStatus.UPDATED:
        tail = "the figure changed over time."
    else:
        tail = "no single value satisfies all of them."
    return Explanation(
        ExplanationKind.SUMMARY, f"Sources differ: {_stated(group)}; {tail}", _ids(group)
    )


def _authority(group: list[Features]) -> Explanation | None:
    if not _pairs_differ(group, lambda f: cited_key(f.claim)):
        return None
    parts = []
    for name, items in _by(group, lambda f: cited_label(f.claim)).items():
        said = ", ".join(
            f"{word} {_cite(same)}" for word, same in _by(items, lambda f: wording(f.claim)).items()
        )
        parts.append(f"{name}: {said}")
    return Explanation(
        ExplanationKind.AUTHORITY, "Authorities: " + "; ".join(parts) + ".", _ids(group)
    )


def _time_scopes(item: Features) -> tuple[str, ...]:
    return tuple(s for s in item.claim.scope if is_time_scope(s))


def _originals(group: list[Features], duplicates: list[Duplicate]) -> list[Features]:
    """The group without the copies (and translations) that repeat their original's wording:
    a translation's scope words say nothing the original does not."""
    original_of = {d.article_id: d.duplicate_of for d in duplicates}
    stated = {(f.claim.article_id, wording(f.claim)) for f in group}
    return [
        f for f in group if (original_of.get(f.claim.article_id), wording(f.claim)) not in stated
    ]


def _scope(group: list[Features], duplicates: list[Duplicate]) -> Explanation | None:
    group = _originals(group, duplicates)
    if not any(_time_scopes(f) for f in group):
        return None
    if not _pairs_differ(group, lambda f: tuple(sorted(s.lower() for s in _time_scopes(f)))):
        return None
    parts = []
    for scopes, items in _by(group, _time_scopes).items():
        said = ", ".join(f"'{s}'" for s in scopes) or "no time stated"
        parts.append(f"{_stated(items)}: {said}")
    return Explanation(
        ExplanationKind.TIME_SCOPE, "Time scopes: " + "; ".join(parts) + ".", _ids(group)
    )


def _when(moment: datetime) -> str:
    """A day, with the time of day when the report gives one."""
    midnight = (moment.hour, moment.minute) == (0, 0)
    return f"{moment:%Y-%m-%d}" if midnight else f"{moment:%Y-%m-%d %H:%M}"


def _report_time(
    fact: Fact, group: list[Features], as_of: dict[str, datetime | None]
) -> Explanation | None:
    dated = [(t, f) for f in group if (t := as_of.get(f.claim.id)) is not None]
    if len({t for t, _ in dated}) < 2 or len({f.value for _, f in dated}) < 2:
        return None
    way = direction(dated) or 1  # equal times: in the direction the figure moved
    dated.sort(key=lambda pair: (pair[0], way * pair[1].value, pair[1].claim.id))
    runs: list[tuple[str, list[Features], datetime]] = []  # consecutive equal wordings: one
    for moment, item in dated:
        if runs and runs[-1][0] == wording(item.claim):
            runs[-1][1].append(item)
        else:
            runs.append((wording(item.claim), [item], moment))
    steps = [f"{word} {_cite(items)} ({_when(moment)})" for word, items, moment in runs]
    if fact.status is FactStatus.UPDATED:
        newest = ", ".join(dict.fromkeys(wording(f.claim) for f in latest(group, as_of)))
        text = f"Updated over time: {' → '.join(steps)}; the latest reports say {newest}."
        return Explanation(ExplanationKind.UPDATE, text, [f.claim.id for _, f in dated])
    text = f"Reported at different times: {' → '.join(steps)}."
    return Explanation(ExplanationKind.REPORT_TIME, text, [f.claim.id for _, f in dated])


def _bounds(fact: Fact, group: list[Features]) -> Explanation | None:
    bounds = [f for f in group if is_lower_bound(f.claim) or is_upper_bound(f.claim)]
    if fact.status is not FactStatus.COMPATIBLE or not bounds:
        return None
    kinds = {"lower" if is_lower_bound(f.claim) else "upper" for f in bounds}
    text = (
        f"{' and '.join(sorted(kinds)).capitalize()} bounds ({_stated(bounds)}), not exact "
        f"counts: all hold if the value is {_allowed(fact, group)}."
    )
    return Explanation(ExplanationKind.BOUNDS, text, _ids(bounds))


def _rounding(group: list[Features]) -> Explanation | None:
    for rounded in (f for f in group if is_rounded(f.claim)):
        covered = [
            o for o in group if o.value != rounded.value and rounded.interval.contains(o.value)
        ]
        if covered:
            text = (
                f"{wording(rounded.claim)} {_cite([rounded])} is a rounded figure; "
                f"{_stated(covered)} lies within its rounding."
            )
            return Explanation(ExplanationKind.ROUNDING, text, _ids([rounded, *covered]))
    return None


def explain_fact(
    fact: Fact,
    group: list[Features],
    as_of: dict[str, datetime | None],
    duplicates: list[Duplicate],
) -> list[Explanation]:
    """Explanations local to one fact (cross-fact ones come from ``explain_relations``)."""
    if fact.status is FactStatus.AGREE:
        return []
    found = [
        _summary(fact, group),
        _authority(group),
        _scope(group, duplicates),
        _report_time(fact, group, as_of),
        _bounds(fact, group),
        _rounding(group),
    ]
    result = [e for e in found if e]
    for explanation in result:
        explanation.fact_ids = [fact.id]
    return result


def _children(facts: list[Fact]) -> dict[str, list[Fact]]:
    children: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.parent_fact:
            children[fact.parent_fact].append(fact)
    return children


def _parts(whole: Fact, part: Fact, groups) -> Explanation:
    by_id = {f.claim.id: f for f in groups[whole.id]}
    pairs = [(f, by_id[f.claim.parent]) for f in groups[part.id] if f.claim.parent in by_id]
    listed = "; ".join(f"{wording(p.claim)} of {wording(w.claim)} {_cite([p])}" for p, w in pairs)
    text = f"{fact_label(groups[part.id])} are a part of {fact_label(groups[whole.id])}: {listed}."
    claim_ids = [c for p, w in pairs for c in (p.claim.id, w.claim.id)]
    return Explanation(ExplanationKind.PART, text, claim_ids, [part.id, whole.id])


def _category_splits(whole: Fact, part: Fact, groups) -> list[Explanation]:
    """A gap between two totals that equals the gap between the same outlets' parts."""
    per_article = {f.claim.article_id: f for f in groups[part.id]}
    totals = [f for f in groups[whole.id] if f.claim.article_id in per_article]
    result = []
    for i, a in enumerate(totals):
        for b in totals[i + 1 :]:
            gap = a.value - b.value
            pa, pb = per_article[a.claim.article_id], per_article[b.claim.article_id]
            if gap == 0 or pa.value - pb.value != gap:
                continue
            text = (
                f"The gap between {wording(a.claim)} {_cite([a])} and {wording(b.claim)} "
                f"{_cite([b])} {fact_label(groups[whole.id])} is {number(abs(gap))}, exactly the "
                f"gap in {fact_label(groups[part.id])}: {wording(pa.claim)} {_cite([pa])} against "
                f"{wording(pb.claim)} {_cite([pb])}."
            )
            ids = [a.claim.id, b.claim.id, pa.claim.id, pb.claim.id]
            result.append(
                Explanation(ExplanationKind.CATEGORY_SPLIT, text, ids, [whole.id, part.id])
            )
    return result


def _units(facts: list[Fact], groups) -> list[Explanation]:
    """Households against individuals for the same measure: the closest figures are paired."""
    result = []
    for household in (f for f in facts if f.subject in HOUSEHOLD_SUBJECTS and not f.background):
        people = [
            f
            for f in facts
            if f.measure == household.measure
            and f.subject in INDIVIDUAL_SUBJECTS
            and not f.background
        ]
        if not people or household.best is None:
            continue
        closest = min(people, key=lambda f: abs(math.log((f.best or 1) / (household.best or 1))))
        sides = []
        for fact in (closest, household):
            items = groups[fact.id]
            sides.append(f"{wording(items[0].claim)} {fact.subject} {_cite(items)}")
        text = (
            f"{household.measure.capitalize()} is reported in two units: {sides[0]} and "
            f"{sides[1]}; {household.subject} and {closest.subject} are not directly comparable."
        )
        ids = _ids(groups[closest.id]) + _ids(groups[household.id])
        result.append(Explanation(ExplanationKind.UNIT, text, ids, [closest.id, household.id]))
    return result


def explain_relations(facts: list[Fact], groups: dict[str, list[Features]]) -> list[Explanation]:
    """Cross-fact explanations: parts of totals, category splits, different units."""
    by_id = {f.id: f for f in facts}
    result = []
    for whole_id, parts in sorted(_children(facts).items()):
        whole = by_id[whole_id]
        for part in parts:
            result.append(_parts(whole, part, groups))
            if whole.status is not FactStatus.AGREE:
                result.extend(_category_splits(whole, part, groups))
    result.extend(_units(facts, groups))
    return result
