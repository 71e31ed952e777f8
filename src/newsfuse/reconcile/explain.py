"""Plain-words reasons for differing figures, each computed from the claims it cites.

Every number, outlet, authority, scope and date in a sentence is read from the claims and
articles; nothing is inferred that the data does not show.
"""

from __future__ import annotations

import math
from collections import defaultdict

from ..records import Article, Duplicate, DuplicateKind, Explanation, Fact
from .consensus import authority_key, consensus, describe_consensus, label
from .grouping import Features, fact_label
from .values import is_lower_bound, is_rounded, is_upper_bound, number, wording

HOUSEHOLD_SUBJECTS = {"families", "households"}
INDIVIDUAL_SUBJECTS = {"people", "persons", "individuals"}


def _by_wording(group: list[Features]) -> list[tuple[str, list[Features]]]:
    """[('26', [items...]), ...] in order of first appearance."""
    listed: dict[str, list[Features]] = {}
    for item in group:
        listed.setdefault(wording(item.claim), []).append(item)
    return list(listed.items())


def _who(items: list[Features], articles: dict[str, Article]) -> str:
    return ", ".join(dict.fromkeys(label(f.claim.article_id, articles) for f in items))


def _ids(items: list[Features]) -> list[str]:
    return [f.claim.id for f in items]


def _pairs_differ(group: list[Features], key) -> bool:
    """Some two claims state different values and differ by ``key``."""
    return any(
        a.value != b.value and key(a) != key(b) for i, a in enumerate(group) for b in group[i + 1 :]
    )


def _allowed(fact: Fact, group: list[Features]) -> str:
    scale = 1 / group[0].factor
    common = consensus(group)
    return describe_consensus(common.scaled(scale) if common else None, fact.unit)


def _summary(fact: Fact, group: list[Features], articles: dict[str, Article]) -> Explanation:
    listed = "; ".join(f"{w} ({_who(items, articles)})" for w, items in _by_wording(group))
    if fact.status == "compatible":
        tail = f"all of them hold if the value is {_allowed(fact, group)}."
    else:
        tail = "no single value satisfies all of them."
    return Explanation("summary", f"Sources differ: {listed}; {tail}", _ids(group), [fact.id])


def _authority(group: list[Features], articles: dict[str, Article]) -> Explanation | None:
    if not _pairs_differ(group, authority_key):
        return None
    parts = []
    for word, items in _by_wording(group):
        cited = sorted({f.claim.attribution or "no named authority" for f in items})
        parts.append(f"{word} ({_who(items, articles)}) citing {' and '.join(cited)}")
    return Explanation(
        "authority", "Different cited authorities: " + "; ".join(parts) + ".", _ids(group)
    )


def _scope(group: list[Features], articles: dict[str, Article]) -> Explanation | None:
    if not any(f.claim.scope for f in group):
        return None
    if not _pairs_differ(group, lambda f: tuple(sorted(s.lower() for s in f.claim.scope))):
        return None
    parts = []
    for item in group:
        scope = ", ".join(f"'{s}'" for s in item.claim.scope) or "no time stated"
        parts.append(f"{wording(item.claim)} ({label(item.claim.article_id, articles)}): {scope}")
    return Explanation(
        "time_scope", "Different time scopes: " + "; ".join(parts) + ".", _ids(group)
    )


def _report_time(group: list[Features], articles: dict[str, Article]) -> Explanation | None:
    dated = [
        (articles[f.claim.article_id].published, f)
        for f in group
        if f.claim.article_id in articles and articles[f.claim.article_id].published
    ]
    if len({t for t, _ in dated}) < 2 or len({f.value for _, f in dated}) < 2:
        return None
    dated.sort(key=lambda pair: (pair[0], pair[1].claim.id))
    steps = ", then ".join(
        f"{wording(f.claim)} ({label(f.claim.article_id, articles)}, {t:%Y-%m-%d %H:%M})"
        for t, f in dated
    )
    values = [f.value for _, f in dated]
    rising = all(a <= b for a, b in zip(values, values[1:], strict=False))
    text = (
        f"Later reports give higher figures, as a rising toll does: {steps}."
        if rising
        else f"The figures were reported at different times: {steps}."
    )
    return Explanation("report_time", text, [f.claim.id for _, f in dated])


def _bounds(fact: Fact, group: list[Features], articles: dict[str, Article]) -> Explanation | None:
    bounds = [f for f in group if is_lower_bound(f.claim) or is_upper_bound(f.claim)]
    if fact.status != "compatible" or not bounds:
        return None
    listed = ", ".join(f"'{w}' ({_who(items, articles)})" for w, items in _by_wording(bounds))
    kinds = {"lower" if is_lower_bound(f.claim) else "upper" for f in bounds}
    text = (
        f"{listed} {'are' if len(bounds) > 1 else 'is'} {' and '.join(sorted(kinds))} "
        f"bound(s), not exact counts, so they do not contradict each other: all hold if the value "
        f"is {_allowed(fact, group)}."
    )
    return Explanation("bounds", text, _ids(bounds))


def _rounding(group: list[Features], articles: dict[str, Article]) -> Explanation | None:
    for rounded in (f for f in group if is_rounded(f.claim)):
        covered = [
            o for o in group if o.value != rounded.value and rounded.interval.contains(o.value)
        ]
        if covered:
            others = ", ".join(
                f"{wording(o.claim)} ({label(o.claim.article_id, articles)})" for o in covered
            )
            text = (
                f"'{wording(rounded.claim)}' ({label(rounded.claim.article_id, articles)}) is a "
                f"rounded figure; {others} lies within its rounding."
            )
            return Explanation("rounding", text, _ids([rounded, *covered]))
    return None


def _copies(
    group: list[Features], articles: dict[str, Article], duplicates: list[Duplicate]
) -> list[Explanation]:
    by_article: dict[str, list[Features]] = defaultdict(list)
    for item in group:
        by_article[item.claim.article_id].append(item)
    result = []
    for dup in duplicates:
        if dup.article_id in by_article and dup.duplicate_of in by_article:
            copy, original = by_article[dup.article_id], by_article[dup.duplicate_of]
            how = "a translation" if dup.kind == DuplicateKind.TRANSLATION else "a copy"
            text = (
                f"{label(dup.article_id, articles)} ({wording(copy[0].claim)}) is {how} of "
                f"{label(dup.duplicate_of, articles)} ({wording(original[0].claim)}): one story, "
                f"not two independent sources."
            )
            result.append(Explanation("copy", text, _ids(copy + original)))
    return result


def explain_fact(
    fact: Fact, group: list[Features], articles: dict[str, Article], duplicates: list[Duplicate]
) -> list[Explanation]:
    """Explanations local to one fact (cross-fact ones come from ``explain_relations``)."""
    result = _copies(group, articles, duplicates)
    if fact.status == "agree":
        return result
    found = [
        _summary(fact, group, articles),
        _authority(group, articles),
        _scope(group, articles),
        _report_time(group, articles),
        _bounds(fact, group, articles),
        _rounding(group, articles),
    ]
    result = [e for e in found if e] + result
    for explanation in result:
        explanation.fact_ids = [fact.id]
    return result


def _children(facts: list[Fact]) -> dict[str, list[Fact]]:
    children: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.parent_fact:
            children[fact.parent_fact].append(fact)
    return children


def _parts(whole: Fact, part: Fact, groups, articles) -> Explanation:
    by_id = {f.claim.id: f for f in groups[whole.id]}
    pairs = [(f, by_id[f.claim.parent]) for f in groups[part.id] if f.claim.parent in by_id]
    listed = "; ".join(
        f"in {label(p.claim.article_id, articles)}, {wording(p.claim)} of {wording(w.claim)}"
        for p, w in pairs
    )
    text = f"{fact_label(groups[part.id])} are a part of {fact_label(groups[whole.id])}: {listed}."
    claim_ids = [c for p, w in pairs for c in (p.claim.id, w.claim.id)]
    return Explanation("part", text, claim_ids, [part.id, whole.id])


def _category_splits(whole: Fact, part: Fact, groups, articles) -> list[Explanation]:
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
            la, lb = label(a.claim.article_id, articles), label(b.claim.article_id, articles)
            text = (
                f"The gap between {wording(a.claim)} ({la}) and {wording(b.claim)} ({lb}) "
                f"{fact_label(groups[whole.id])} is {number(abs(gap))}, exactly the gap in "
                f"{fact_label(groups[part.id])}: "
                f"{wording(pa.claim)} ({la}) against {wording(pb.claim)} ({lb})."
            )
            ids = [a.claim.id, b.claim.id, pa.claim.id, pb.claim.id]
            result.append(Explanation("category_split", text, ids, [whole.id, part.id]))
    return result


def _units(facts: list[Fact], groups, articles) -> list[Explanation]:
    """Households against individuals for the same measure: the closest figures are paired."""
    result = []
    for household in (f for f in facts if f.subject in HOUSEHOLD_SUBJECTS):
        people = [
            f for f in facts if f.measure == household.measure and f.subject in INDIVIDUAL_SUBJECTS
        ]
        if not people or household.best is None:
            continue
        closest = min(people, key=lambda f: abs(math.log((f.best or 1) / (household.best or 1))))
        sides = []
        for fact in (closest, household):
            items = groups[fact.id]
            cited = sorted({f.claim.attribution for f in items if f.claim.attribution})
            source = "; ".join([_who(items, articles), *cited])
            sides.append(f"{wording(items[0].claim)} {fact.subject} ({source})")
        text = (
            f"{household.measure.capitalize()} is reported in two units: {sides[0]} and "
            f"{sides[1]}; {household.subject} and {closest.subject} are not directly comparable."
        )
        ids = _ids(groups[closest.id]) + _ids(groups[household.id])
        result.append(Explanation("unit", text, ids, [closest.id, household.id]))
    return result


def explain_relations(
    facts: list[Fact], groups: dict[str, list[Features]], articles: dict[str, Article]
) -> list[Explanation]:
    """Cross-fact explanations: parts of totals, category splits, different units."""
    by_id = {f.id: f for f in facts}
    result = []
    for whole_id, parts in sorted(_children(facts).items()):
        whole = by_id[whole_id]
        for part in parts:
            result.append(_parts(whole, part, groups, articles))
            if whole.status != "agree":
                result.extend(_category_splits(whole, part, groups, articles))
    result.extend(_units(facts, groups, articles))
    return result
