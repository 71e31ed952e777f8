"""The analysis of one event from what the store holds of its articles, without the store.

``Pipeline.analyse_articles`` reads an event's rows (``EventInputs``) and hands them to
``analyse_event``: entities linked over its mentions, claims' cited authorities, the
reconciliation and the event record. The function reads nothing else (models aside), so it runs
alike in the pipeline's process or in the worker beside it (``beside``), which is how
``Pipeline.analyse_events`` spreads many events over two cores.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..cluster import time_order
from ..records import (
    Article,
    Claim,
    DateRef,
    Duplicate,
    EventRecord,
    Mention,
    Reconciliation,
    Sentence,
)

if TYPE_CHECKING:  # the analysis' own modules load with its first event
    from ..event.anchor import ReportVotes
    from ..event.lead import LeadReading
    from ..event.when import DayVotes
    from ..event_entities import EventEntities


@dataclass(slots=True)
class EventInputs:
    """What the analysis of one event reads of the store: its articles and their rows, the
    place votes read of them for their anchors and the day votes, type votes and mentions'
    roles an earlier record read of them, as stored (``votes``, ``days``, ``leads``)."""

    event_id: str
    articles: dict[str, Article]
    sentences: dict[str, list[Sentence]]
    mentions: list[Mention]
    claims: list[Claim]
    dates: list[DateRef]
    duplicates: list[Duplicate]
    votes: dict[str, ReportVotes] = field(default_factory=dict)
    days: dict[str, DayVotes] = field(default_factory=dict)
    leads: dict[str, LeadReading] = field(default_factory=dict)

    def light(self) -> EventInputs:
        """The same without the articles' raw input, which no analysis reads (less to send)."""
        articles = {k: replace(a, raw="") for k, a in self.articles.items()}
        return replace(self, articles=articles)


@dataclass
class EventAnalysis:
    """What ``analyse_event`` finds: entities (mentions linked to them in place), claims with
    their cited entity, the reconciliation and the event record."""

    who: EventEntities
    mentions: list[Mention]
    claims: list[Claim]
    reconciliation: Reconciliation
    record: EventRecord
    # the reports whose place votes the record read again, with that reading (to be stored in
    # place of the one they had: it holds for the event's next record, ``event.anchor``)
    votes: dict[str, ReportVotes] = field(default_factory=dict)
    # the reports whose day votes the record read, not stored yet (they hold for every event)
    days: dict[str, DayVotes] = field(default_factory=dict)
    # the same of the reports' type votes and mentions' roles (``event.lead``)
    leads: dict[str, LeadReading] = field(default_factory=dict)


def analyse_event(inputs: EventInputs) -> EventAnalysis:
    """The analysis of one event (its mentions and claims are linked in place)."""
    from ..event import build_record
    from ..event_entities import analyse, link_attributions
    from ..reconcile import reconcile_event

    articles, sentences = inputs.articles, inputs.sentences
    who = analyse(
        inputs.mentions, sentences, {a.id: a.language or "und" for a in articles.values()}
    )
    link_attributions(inputs.claims, who.entities)
    reconciliation = reconcile_event(
        inputs.event_id, inputs.claims, articles, inputs.duplicates, inputs.dates
    )
    read, told, lead = dict(inputs.votes), dict(inputs.days), dict(inputs.leads)
    record = build_record(
        inputs.event_id,
        time_order(list(articles.values())),
        sentences,
        inputs.dates,
        who.entities,
        inputs.mentions,
        reconciliation.facts,
        read,
        told,
        lead,
    )
    again = {a: votes for a, votes in read.items() if inputs.votes.get(a) is not votes}
    new = {a: days for a, days in told.items() if a not in inputs.days}
    fresh = {a: reading for a, reading in lead.items() if a not in inputs.leads}
    return EventAnalysis(
        who, inputs.mentions, inputs.claims, reconciliation, record, again, new, fresh
    )


def analyse_many(batch: list[EventInputs]) -> list[EventAnalysis]:
    """``analyse_event`` over a batch, in order (what the worker beside the pipeline runs)."""
    return [analyse_event(inputs) for inputs in batch]


__all__ = ["EventAnalysis", "EventInputs", "analyse_event", "analyse_many"]
