"""When each figure held, and whether a fact's figures are updates over time.

A figure holds as of its report's publication time, or of an earlier day its own sentence gives
it ("up from 24 reported on Tuesday morning", "Am Mittwoch hatte die Behörde noch 27 Vermisste
gemeldet"): the day-precise date nearest the number in its sentence, when it lies before the
report. Undated reports give no time.

A toll that rises across reports (240 then 255; 58, 72, 86, then 100) or a count of missing that
falls (about 30, 27, then 19) is an update, not a dispute: the dated figures move one way as time
passes (a toll only up), the last rules the first out, the latest ones agree, and every undated
figure lies within what was reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, time
from itertools import pairwise

from ..records import Article, Claim, ClaimKind, DateRef, Fact, FigureHistoryPoint
from .grouping import Features
from .values import common

TOLLS = frozenset({"killed", "injured", "wounded", "shot", "dead", "arrested"})  # only grow


def figures_as_of(
    claims: Sequence[Claim], articles: dict[str, Article], dates: Sequence[DateRef]
) -> dict[str, datetime | None]:
    """Claim id -> the time its figure held (None: its report is undated)."""
    days: dict[tuple[str, int], list[DateRef]] = defaultdict(list)
    for ref in dates:
        if ref.precision == "day" and ref.value:
            days[ref.article_id, ref.sentence_index].append(ref)
    result: dict[str, datetime | None] = {}
    for claim in claims:
        article = articles.get(claim.article_id)
        published = _naive(article.published) if article and article.published else None
        if published is None:
            result[claim.id] = None
            continue
        nearby = days.get((claim.article_id, claim.sentence_index), [])
        nearest = min(
            nearby,
            key=lambda r: min(abs(r.start - claim.number_end), abs(claim.number_start - r.end)),
            default=None,
        )
        earlier = None
        if nearest is not None and nearest.value:
            day = datetime.fromisoformat(nearest.value).date()
            if day < published.date():
                earlier = datetime.combine(day, time())
        result[claim.id] = earlier or published
    return result


def _naive(moment: datetime) -> datetime:
    """Times compared across reports: aware ones in UTC, without their zone."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def direction(timed: list[tuple[datetime, Features]]) -> int:
    """+1 when the latest figures are above the earliest ones, -1 below, 0 level."""
    first, last = min(t for t, _ in timed), max(t for t, _ in timed)
    early = [f.value for t, f in timed if t == first]
    late = [f.value for t, f in timed if t == last]
    gap = sum(late) / len(late) - sum(early) / len(early)
    return (gap > 0) - (gap < 0)


def latest(group: list[Features], as_of: dict[str, datetime | None]) -> list[Features]:
    """The figures of the latest day any of them is dated (none when all are undated)."""
    timed = [(as_of.get(f.claim.id), f) for f in group]
    days = [t.date() for t, _ in timed if t is not None]
    if not days:
        return []
    last = max(days)
    return [f for t, f in timed if t is not None and t.date() == last]


def _moved(earlier: Features, later: Features) -> bool:
    """The later figure rules the earlier one out: 31 after "at least 24" is a move, "at least
    1" after 3 is none."""
    return not later.interval.contains(earlier.value)


def is_update(group: list[Features], as_of: dict[str, datetime | None]) -> bool:
    """The dated figures move one way over time, the latest agree, the undated fit between.

    Only counts are updated (a share or a distance is not). A toll (the killed, the injured, the
    arrested) only grows: a smaller figure reported later is no update. A count of a state (the
    missing, the displaced) may fall.
    """
    if group[0].claim.kind is not ClaimKind.COUNT:
        return False  # a share or a distance is no running count
    timed = [(t, f) for f in group if (t := as_of.get(f.claim.id)) is not None]
    if len({t for t, _ in timed}) < 2 or len({f.value for _, f in timed}) < 2:
        return False
    way = direction(timed)
    if way == 0 or (way < 0 and group[0].claim.measure in TOLLS):
        return False
    ordered = sorted(timed, key=lambda pair: (pair[0], way * pair[1].value))
    values = [f.value for _, f in ordered]
    if not all(way * (b - a) >= 0 for a, b in pairwise(values)):
        return False
    first, last = ordered[0][1], ordered[-1][1]
    if not _moved(first, last):
        return False
    if common(f.interval for f in latest(group, as_of)) is None:
        return False
    low, high = min(values), max(values)
    undated = [f for f in group if as_of.get(f.claim.id) is None]
    return all(f.interval.low <= high and f.interval.high >= low for f in undated)


def figure_history(fact: Fact) -> list[FigureHistoryPoint]:
    """The fact's dated figures in time order."""
    points = [
        FigureHistoryPoint(
            fact_id=fact.id,
            time=value.as_of,
            value=value.value,
            qualifier=value.qualifier,
            outlet=value.outlet,
            article_id=value.article_id,
            claim_id=value.claim_id,
        )
        for value in fact.values
        if value.as_of is not None and value.value is not None
    ]
    return sorted(points, key=lambda p: (p.time, p.claim_id))
