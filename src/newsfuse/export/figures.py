"""``figures``: one row per figure a report states, with the fact it is lined up in."""

from __future__ import annotations

from ..outlets import outlet_of
from .load import EventData
from .table import Column, Table

COLUMNS = [
    Column("event_id", "the event"),
    Column("fact_id", "the figure across reports (one fact: one quantity)"),
    Column("figure", "what the fact counts, in words"),
    Column("measure", "killed, injured, displaced... or a unit's dimension"),
    Column("subject", "who or what is counted (English key)"),
    Column("unit", "the unit, when the figure is a quantity"),
    Column("part_of", "the fact this one is a part of (civilians of all killed)"),
    Column("status", "agree, compatible or disagree: how the reports' figures relate"),
    Column("best", "the fact's best figure: the one the most independent sources allow"),
    Column("low", "the smallest figure stated for the fact"),
    Column("high", "the largest figure stated for the fact"),
    Column("independent_sources", "reports stating the fact that copy no other one"),
    Column("article_id", "the report stating this figure"),
    Column("outlet", "its outlet"),
    Column("published", "when the report was published"),
    Column("stated", "the figure as the report states it ('at least 255' -> 255)"),
    Column("stated_low", "the smallest value the statement allows"),
    Column("stated_high", "the largest value it allows (empty: unbounded, 'at least')"),
    Column("qualifier", "exact, at_least, more_than, about, nearly, less_than, up_to"),
    Column("scope", "time or place limits the report gives the figure"),
    Column("attribution", "whom the report cites for it"),
    Column("sentence_index", "the sentence stating it (-1: the headline)"),
    Column("evidence", "the words stating it, verbatim"),
    Column("explanations", "why the fact's figures differ, in words"),
]


def table(events: list[EventData]) -> Table:
    out = Table(COLUMNS)
    for data in events:
        published = {a.id: a.published for a in data.articles}
        outlets = {a.id: outlet_of(a) for a in data.articles}
        for fact in data.facts:
            for value in fact.values:
                out.add(
                    event_id=data.event.id,
                    fact_id=fact.id,
                    figure=fact.label or " ".join(filter(None, [fact.subject, fact.measure])),
                    measure=fact.measure,
                    subject=fact.subject,
                    unit=fact.unit,
                    part_of=fact.parent_fact,
                    status=fact.status,
                    best=fact.best,
                    low=fact.low,
                    high=fact.high,
                    independent_sources=fact.independent_sources,
                    article_id=value.article_id,
                    outlet=value.outlet or outlets.get(value.article_id),
                    published=value.reported or published.get(value.article_id),
                    stated=value.value,
                    stated_low=value.low,
                    stated_high=value.high,
                    qualifier=value.qualifier,
                    scope=value.scope,
                    attribution=value.attribution,
                    sentence_index=value.sentence_index,
                    evidence=value.evidence,
                    explanations=fact.explanations,
                )
    return out
