"""What changed in an event: the reports that joined it after its first, and the figures they moved.

The history is read from what the store keeps of every report (when the outlet published it, when
newsfuse received it, what figures it states and whom it cites) and from the event's current
reconciliation, so it follows the event as analysts correct its grouping, and a batch of old
reports read at once tells its story as well as a live feed does.

A figure change is one of (``records.ChangeKind``):

* ``new``: the first report of a figure the event's first report did not give;
* ``revised``: an authority (or an outlet citing no one) gives a figure different from its own
  earlier one — "missing revised from 27 to 19 by the Regional Emergency Authority";
* ``higher``: a figure above every earlier report of it, from another source.

Only firm counts (people killed, injured, displaced...; no range wider than twice its low end;
vague words such as "dozens" never enter a fact) from reports with a publication time are
compared, in publication order: without a time there is no "before". A report stating two
different figures for one authority (the latest and an earlier one it recalls) moves nothing
for that authority: precision first.

This is a change feed per report (what each new report brought, for the brief's Updates section
and the web app's live page). How one figure moved over time, judged once for the whole fact (a
rising toll is an update, not a dispute; its latest figure leads), is reconciliation's job
(``reconcile.history``: ``FactStatus.UPDATED`` and ``Reconciliation.history``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .outlets import outlet_of
from .reconcile.authority import authority_key, authority_name
from .reconcile.values import number, worded
from .records import (
    Article,
    ChangeKind,
    Claim,
    ClaimKind,
    Event,
    EventUpdate,
    Fact,
    FigureChange,
)
from .store import Store


@dataclass(slots=True)
class _Stated:
    """One report's figure for one fact."""

    value: float
    claim: Claim


def event_updates(store: Store, event: Event) -> list[EventUpdate]:
    """The reports that joined ``event`` after its first one, oldest first, with their changes."""
    articles = {a.id: a for a in store.articles(event.article_ids)}
    received = store.arrivals(event.article_ids)
    order = sorted(articles.values(), key=lambda a: (_when(a, received), a.seq))
    if len(order) < 2:
        return []
    claims = {c.id: c for c in store.claims(event.article_ids)}
    reconciliation = store.reconciliation(event.id)
    changes: dict[str, list[FigureChange]] = defaultdict(list)
    for fact in reconciliation.facts if reconciliation else []:
        for article_id, change in _fact_changes(fact, claims, articles, first=order[0].id):
            changes[article_id].append(change)
    return [
        EventUpdate(
            event_id=event.id,
            article_id=a.id,
            outlet=outlet_of(a),
            title=a.title,
            published=a.published,
            received=received.get(a.id),
            changes=changes.get(a.id, []),
        )
        for a in order[1:]
    ]


def _when(article: Article, received: dict[str, datetime]) -> datetime:
    return article.published or received.get(article.id) or datetime.max


def _fact_changes(
    fact: Fact, claims: dict[str, Claim], articles: dict[str, Article], first: str
) -> list[tuple[str, FigureChange]]:
    """(report, change) for each report that moved this fact, in publication order."""
    by_report: dict[str, list[_Stated]] = defaultdict(list)
    for value in fact.values:
        claim = claims.get(value.claim_id)
        article = articles.get(value.article_id)
        if claim is None or article is None or article.published is None:
            continue
        if claim.kind is ClaimKind.COUNT and value.value is not None and _firm(claim):
            by_report[article.id].append(_Stated(float(value.value), claim))
    reports = sorted(by_report, key=lambda aid: (articles[aid].published, articles[aid].seq))
    label = fact.label or fact.id
    unit = fact.unit
    out: list[tuple[str, FigureChange]] = []
    highest: tuple[float, str] | None = None
    latest: dict[str, tuple[float, str]] = {}  # authority -> its latest figure and report
    for aid in reports:
        stated = by_report[aid]
        top = max(stated, key=lambda s: s.value)
        base = {"fact_id": fact.id, "label": label, "unit": unit}
        if highest is None:
            if aid != first and len({s.value for s in stated}) == 1:
                out.append((aid, _change(base, ChangeKind.NEW, top)))
        else:
            revised = _revision(stated, latest, articles[aid])
            if revised is not None:
                own, (previous, previous_aid) = revised
                out.append((aid, _change(base, ChangeKind.REVISED, own, previous, previous_aid)))
            elif top.value > highest[0]:
                out.append((aid, _change(base, ChangeKind.HIGHER, top, *highest)))
        if highest is None or top.value > highest[0]:
            highest = (top.value, aid)
        for key, values in _by_authority(stated, articles[aid]).items():
            if len({s.value for s in values}) == 1:
                latest[key] = (values[0].value, aid)
    return out


def _firm(claim: Claim) -> bool:
    """A figure a reader can compare: no range wider than twice its low end ('between 10 and
    50'), which neither rises nor is revised."""
    return claim.low > 0 and claim.high <= 2 * claim.low


def _by_authority(stated: list[_Stated], article: Article) -> dict[str, list[_Stated]]:
    groups: dict[str, list[_Stated]] = defaultdict(list)
    for s in stated:
        key = authority_key(s.claim) or f"outlet:{outlet_of(article) or article.id}"
        groups[key].append(s)
    return groups


def _revision(
    stated: list[_Stated], latest: dict[str, tuple[float, str]], article: Article
) -> tuple[_Stated, tuple[float, str]] | None:
    """The figure of an authority that differs from its own earlier one (one, unambiguous)."""
    for key, values in _by_authority(stated, article).items():
        unambiguous = len({s.value for s in values}) == 1
        if key in latest and unambiguous and values[0].value != latest[key][0]:
            return values[0], latest[key]
    return None


def _change(
    base: dict[str, Any],
    kind: ChangeKind,
    stated: _Stated,
    previous: float | None = None,
    previous_article_id: str | None = None,
) -> FigureChange:
    return FigureChange(
        **base,
        kind=kind,
        value=stated.value,
        qualifier=stated.claim.qualifier,
        previous=previous,
        previous_article_id=previous_article_id,
        authority=authority_name(stated.claim),
    )


def describe(change: FigureChange) -> str:
    """The change in words: 'people killed: 31, revised from 24 by the REA'."""
    value = worded(change.value, change.qualifier, change.unit)
    if change.kind is ChangeKind.NEW:
        return f"{change.label}: {value}, first reported"
    previous = number(change.previous) if change.previous is not None else "?"
    if change.kind is ChangeKind.REVISED:
        by = f" by {change.authority}" if change.authority else ""
        return f"{change.label}: {value}, revised from {previous}{by}"
    cited = f" ({change.authority})" if change.authority else ""
    return f"{change.label}: {value}{cited}, above the {previous} reported before"
