"""The figure rows of a brief: the event's own facts, its background, and counts without numbers.

A row shows a fact that says what it counts (a subject, or a unit for a quantity); its leading
figure is the latest one when the figure was updated over time, what every source allows when
their words differ but agree, the stated range when they disagree. Each source's wording is
listed once with the reports stating it and whom they cite, the latest of each authority first.
Parts follow their total ("civilians" under "people killed"). Background facts (another period,
the war's total, an earlier event, a standing population) get their own short list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from ..extract.numbers import LANGS, find_numbers
from ..extract.places import function_words
from ..reconcile.values import number, worded
from ..records import Claim, ClaimKind, ExplanationKind, Fact, FactStatus, Qualifier, SourceValue
from .records import BriefFigure, BriefValue, VagueCount

# The reasons a row states; the others stay in the JSON: the table already lists who says what,
# and a compatible row's status and leading figure already say its bounds hold together.
WHY_KINDS = (
    ExplanationKind.AUTHORITY,
    ExplanationKind.TIME_SCOPE,
    ExplanationKind.UPDATE,
    ExplanationKind.REPORT_TIME,
    ExplanationKind.ROUNDING,
)
# Notes that relate two figures, stated once for the brief.
RELATION_KINDS = (ExplanationKind.UNIT, ExplanationKind.CATEGORY_SPLIT)
MEASURES = ("killed", "injured", "missing", "displaced", "arrested", "evacuated")
_ONE = re.compile(
    r"(?i)\b(?:a|an|one|another|un|une|autre|uno|una|otro|otra|ein|eine|einen|einer|weitere[rs]?|um|uma)\b"
)
ARTICLES = frozenset(
    {"the", "a", "an", "le", "la", "les", "l'", "el", "los", "las", "der", "die", "das"}
)
DESCRIPTION_WORDS = 4  # an unnamed source is shown as worded when it is this short


def lead(fact: Fact) -> str:
    """The fact's leading figure in words (see module doc)."""
    unit = f" {fact.unit}" if fact.unit else ""
    if fact.status is FactStatus.UPDATED:
        newest = max(
            (v for v in fact.values if v.as_of is not None and v.value == fact.best),
            key=lambda v: v.as_of,
            default=None,
        )
        if newest is not None:
            return f"{worded(newest.value, newest.qualifier, fact.unit)} (latest)"
    if fact.status is FactStatus.DISAGREE:
        return f"{number(fact.low)}–{number(fact.high)}{unit}"
    if fact.status is FactStatus.AGREE:
        first = fact.values[0]
        return worded(first.value, first.qualifier, fact.unit)
    return _tightest(fact)


def _tightest(fact: Fact) -> str:
    """What every source of a compatible fact allows, in the words of the one that says it:
    an exact figure all allow, the highest lower bound, the lowest upper bound, or a range."""
    values = fact.values
    exact = [v for v in values if v.qualifier is Qualifier.EXACT]
    if exact:
        return worded(exact[0].value, exact[0].qualifier, fact.unit)
    if fact.consensus_high is None:  # unbounded above: lower bounds set it
        top = max(values, key=lambda v: (v.low, v.qualifier is Qualifier.MORE_THAN))
        return worded(top.value, top.qualifier, fact.unit)
    if not fact.consensus_low:
        bottom = min(values, key=lambda v: (v.high, v.qualifier is not Qualifier.LESS_THAN))
        return worded(bottom.value, bottom.qualifier, fact.unit)
    unit = f" {fact.unit}" if fact.unit else ""
    return f"{number(fact.consensus_low)}–{number(fact.consensus_high)}{unit}"


def _description(value: SourceValue) -> str | None:
    """An unnamed source as the report words it ("humanitarian organizations", "the
    authority"), when short enough to be a description and not a stray clause ("With the death
    toll", "on Tuesday contradicting ...")."""
    if value.authority or not value.attribution:
        return None
    words = value.attribution.split()
    first = words[0].lower()
    if len(words) > DESCRIPTION_WORDS or (first in function_words(None) and first not in ARTICLES):
        return None
    return value.attribution


def states_a_number(value: SourceValue, language: str | None) -> bool:
    """A figure the report states: a number in its words, or one victim (an exact 1, "a man
    was killed"); never a bound inferred from words ("a deadly attack": at least one)."""
    if value.qualifier is Qualifier.EXACT and value.value == 1 and _ONE.search(value.evidence):
        return True
    return bool(find_numbers(value.evidence, language or "en"))


def _values(
    fact: Fact, numbers: dict[str, int], short: dict[str, str], languages: dict[str, str | None]
) -> list[BriefValue]:
    """Each wording once per authority; authorities by their latest figure, the latest first.
    An updated figure shows each authority's latest wording only (its earlier ones are in the
    update's reason and the JSON)."""
    grouped: dict[tuple, list[SourceValue]] = defaultdict(list)
    for v in fact.values:
        language = languages.get(v.article_id)
        if states_a_number(v, language if language in LANGS else None):
            grouped[v.value, v.qualifier, v.authority or _description(v)].append(v)
    by_who: dict[str | None, list[BriefValue]] = defaultdict(list)
    for (value, qualifier, who), items in grouped.items():
        dated = [v.as_of for v in items if v.as_of is not None]
        by_who[who].append(
            BriefValue(
                value=value,
                qualifier=qualifier,
                unit=fact.unit,
                sources=sorted({numbers[v.article_id] for v in items if v.article_id in numbers}),
                claim_ids=[v.claim_id for v in items],
                authority=items[0].authority,
                short=short.get(items[0].authority or ""),
                description=_description(items[0]),
                as_of=max(dated) if dated else None,
            )
        )
    oldest = datetime.min

    def recency(row: BriefValue) -> tuple:
        return (row.as_of or oldest, len(row.sources), row.value)

    rows = []
    for who in sorted(by_who, key=lambda w: max(recency(r) for r in by_who[w]), reverse=True):
        said = sorted(by_who[who], key=recency, reverse=True)
        if fact.status is FactStatus.UPDATED and said[0].as_of is not None:
            said = said[:1]
        rows.extend(said)
    return rows


def shown(fact: Fact) -> bool:
    """A fact says what it counts: a subject, or a unit for a quantity."""
    return bool(fact.subject or fact.unit)


def _order(facts: Sequence[Fact]) -> list[tuple[Fact, int]]:
    """Totals in measure order (largest first), each followed by its parts."""
    ids = {f.id for f in facts}
    children: dict[str, list[Fact]] = defaultdict(list)
    roots = []
    for fact in facts:
        if fact.parent_fact in ids:
            children[fact.parent_fact].append(fact)
        else:
            roots.append(fact)

    def rank(fact: Fact) -> tuple:
        measure = MEASURES.index(fact.measure) if fact.measure in MEASURES else len(MEASURES)
        return (measure, fact.measure, -(fact.best or 0), fact.id)

    ordered: list[tuple[Fact, int]] = []

    def visit(fact: Fact, depth: int) -> None:
        ordered.append((fact, depth))
        for child in sorted(children[fact.id], key=rank):
            visit(child, min(depth + 1, 2))

    for root in sorted(roots, key=rank):
        visit(root, 0)
    return ordered


def figure_rows(
    facts: Sequence[Fact],
    numbers: dict[str, int],
    short: dict[str, str],
    languages: dict[str, str | None],
) -> list[BriefFigure]:
    """Rows of these facts (only those that say what they count, with a stated number),
    totals before their parts; ``short``: authority name -> the acronym rows call it by;
    ``languages``: article id -> language."""
    rows = []
    for fact, depth in _order([f for f in facts if shown(f)]):
        values = _values(fact, numbers, short, languages)
        if not values:
            continue
        rows.append(
            BriefFigure(
                label=fact.label or " ".join(filter(None, [fact.subject, fact.measure])),
                status=fact.status,
                lead=lead(fact),
                unit=fact.unit,
                values=values,
                fact=fact,
                depth=depth,
                why=[
                    e
                    for e in fact.details
                    if e.kind in WHY_KINDS
                    # an update's steps already date each figure
                    and not (
                        fact.status is FactStatus.UPDATED and e.kind is ExplanationKind.TIME_SCOPE
                    )
                ],
            )
        )
    return rows


def vague_counts(claims: Sequence[Claim], numbers: dict[str, int]) -> list[VagueCount]:
    """Counts stated without a number, each wording once with its reports."""
    grouped: dict[tuple[str, str, str | None], set[int]] = defaultdict(set)
    for claim in claims:
        if claim.kind is ClaimKind.VAGUE and claim.measure and claim.article_id in numbers:
            key = (claim.surface.lower(), claim.measure, claim.subject)
            grouped[key].add(numbers[claim.article_id])
    return [
        VagueCount(words, measure, subject, sorted(sources))
        for (words, measure, subject), sources in sorted(grouped.items(), key=lambda kv: min(kv[1]))
    ]
