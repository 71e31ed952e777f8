"""Build the brief of one event from the store: one typed :class:`Brief` every renderer reads.

The brief is made of stored stage outputs only: every sentence in it is a source sentence quoted
with its citation, or a statement computed from cited claims. Nothing is generated. It opens
with the event record (when the record stage has stored one), then a short summary, the
updates (what each later report changed), the event's own figures, the reasons they differ, background figures apart, who, where, when, and the
sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..extract.timeline import build_timeline
from ..records import Article, Event, Fact, Reconciliation
from ..store import Store
from ..updates import event_updates
from .figures import RELATION_KINDS, figure_rows, shown, vague_counts
from .records import SCHEMA, Brief, StoryIncident
from .sources import sources_of
from .summary import cut_debris, summarise
from .who import entities_of, places_of, short_names

EMBEDDING_DIM = 512
# How far before its first report an event without a record may start: reports date what they
# tell by the days just before them ("on Sunday, engineers reported seepage").
WINDOW_BEFORE = timedelta(days=3)
EVENT_DAYS = timedelta(
    days=6
)  # an event the record dates by its start: that day and the week after


def event_window(brief_record, articles: Sequence[Article]) -> tuple[date, date] | None:
    """The event's days: from a few days before the record's start (the warnings and build-up
    its reports tell) to its end, or to a week after its start when the record gives a single
    day (the tolls and aftermath reports follow); else from a few days before the first report
    to the day of the last; None when nothing dates it."""
    when = brief_record.when if brief_record is not None else None
    if when is not None and when.start is not None:
        end = when.end if when.end and when.end > when.start else _shift(when.start, EVENT_DAYS)
        return _shift(when.start, -WINDOW_BEFORE), end
    days = [a.published.date() for a in articles if a.published]
    if not days:
        return None
    return _shift(min(days), -WINDOW_BEFORE), max(days)


def _shift(day: date, delta: timedelta) -> date:
    """``day + delta``, held at the calendar's ends (a report dated year 1 or 9999)."""
    try:
        return day + delta
    except OverflowError:
        return date.min if delta < timedelta(0) else date.max


def _facts_by_sentence(facts: Sequence[Fact]) -> dict[tuple[str, int], frozenset[str]]:
    """(article, sentence) -> the facts it states."""
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    for fact in facts:
        for v in fact.values:
            if v.sentence_index is not None:
                found[v.article_id, v.sentence_index].add(fact.id)
    return {key: frozenset(ids) for key, ids in found.items()}


def build_brief(store: Store, event: Event) -> Brief:
    """The brief of one stored event."""
    articles = store.articles(event.article_ids)
    ids = [a.id for a in articles]
    duplicates = store.duplicates(ids)
    copies = {d.article_id for d in duplicates}
    originals = [a for a in articles if a.id not in copies] or list(articles)
    original_ids = [a.id for a in originals]
    sources = sources_of(articles, duplicates)
    numbers = {s.article_id: s.n for s in sources}
    record = store.record(event.id)
    reconciliation = store.reconciliation(event.id) or Reconciliation(event.id)
    own = [f for f in reconciliation.facts if not f.background]
    background = [f for f in reconciliation.facts if f.background]
    sentences = store.sentences_of(original_ids)
    timeline = build_timeline(
        store.dates(original_ids),
        [s for group in sentences.values() for s in group],
        event_window(record, articles),
        {a.id: a.language for a in originals},
        cut_debris,
        {a.id: a.published.date() for a in originals if a.published},
    )
    summary = summarise(
        originals,
        sentences,
        store.embeddings(original_ids, EMBEDDING_DIM),
        numbers,
        set(_facts_by_sentence(background)),
        _facts_by_sentence([f for f in own if shown(f)]),
    )
    mentions = store.mentions(ids)
    entities = store.entities(sorted({m.entity_id for m in mentions if m.entity_id}))
    authorities = {v.authority for f in own for v in f.values if v.authority}
    short = short_names(entities)
    languages = {a.id: a.language for a in articles}
    own_ids = {f.id for f in own}
    figures = figure_rows(own, numbers, short, languages)
    rows = {row.fact.id for row in figures}
    # what each later report changed, in the figures the brief shows (newest first)
    updates = [
        replace(u, changes=[c for c in u.changes if c.fact_id in rows])
        for u in reversed(event_updates(store, event))
    ]
    return Brief(
        schema=SCHEMA,
        id=event.id,
        title=event.title,
        languages=sorted({a.language for a in articles if a.language}),
        first_seen=event.first_seen,
        last_seen=event.last_seen,
        sources=sources,
        record=record,
        summary=summary,
        updates=updates,
        figures=figures,
        background=figure_rows(background, numbers, short, languages),
        vague=vague_counts(store.claims(ids), numbers),
        relations=[
            e
            for e in reconciliation.explanations
            if e.kind in RELATION_KINDS and set(e.fact_ids) <= own_ids
        ],
        inconsistencies=reconciliation.inconsistencies,
        checks=reconciliation.checks,
        history={k: v for k, v in reconciliation.history.items() if v},
        entities=entities_of(entities, mentions, authorities),
        places=places_of(record, store.places(ids)),
        timeline=timeline,
        story=story_of(store, event),
    )


def story_of(store: Store, event: Event) -> list[StoryIncident]:
    """The incidents of the event's story by day, each with its record's day and killed count;
    empty when the event is a story of its own."""
    ids = store.story_events(event.id)
    if len(ids) < 2:
        return []
    records = {r.event_id: r for r in store.records(ids)}
    incidents = []
    for found in store.events(ids):
        record = records.get(found.id)
        killed = (
            next((c for c in record.how_many if c.measure == "killed"), None) if record else None
        )
        incidents.append(
            StoryIncident(
                found.id,
                found.title,
                record.when.start if record else None,
                killed.best if killed else None,
                len(found.article_ids),
            )
        )
    return sorted(incidents, key=lambda i: (i.day is None, i.day or date.min, i.event_id))
