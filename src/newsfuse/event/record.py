"""The event record: what, where, when, who and how many, from the event's reports, their date
expressions, entities and reconciled facts (rules: docs/event-record.md)."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from ..records import Article, DateRef, Entity, EventRecord, Fact, Mention, Sentence
from .anchor import ReportVotes, report_votes_asked
from .how_many import event_counts
from .lead import LeadReading, read_lead
from .place import event_places
from .what import ACTED, event_type
from .when import DayVotes, event_when, report_days
from .where import PlaceVotes, common_words, event_place
from .who import _named, event_actors


def build_record(
    event_id: str,
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    dates: Sequence[DateRef],
    entities: Sequence[Entity],
    mentions: Sequence[Mention],
    facts: Sequence[Fact],
    read: MutableMapping[str, ReportVotes] | None = None,
    told: MutableMapping[str, DayVotes] | None = None,
    lead: MutableMapping[str, LeadReading] | None = None,
) -> EventRecord:
    """The record of one event (its articles in time order). ``read``: place votes already
    read of some reports (for their anchors, or an earlier record of the event), used where
    they hold for this event; a report read again gets its new reading there, which holds for
    the event's next record unless a report joining it changes the answers it rests on.
    ``told``: day votes already read of some reports (by an earlier record: they hold for any
    event, ``event.anchor.dump_days``); the others are read here and added to it. ``lead``:
    the same of reports' type votes and their mentions' roles (``event.lead``)."""
    read = {} if read is None else read
    told = {} if told is None else told
    lead = {} if lead is None else lead
    own_mentions: dict[str, list[Mention]] = {}
    for mention in mentions:
        own_mentions.setdefault(mention.article_id, []).append(mention)
    refs: dict[str, list[DateRef]] = {}
    for ref in dates:
        refs.setdefault(ref.article_id, []).append(ref)
    common = common_words([t for a in articles for t in (a.title, a.text)])
    places, days = PlaceVotes(), DayVotes()
    for article in articles:
        own = sentences.get(article.id, [])
        kept = read.get(article.id)
        if kept is None or not kept.hold(common):
            kept = read[article.id] = report_votes_asked(article, own, common)
        places.add(kept.votes)
        said = told.get(article.id)
        if said is None:
            said = told[article.id] = report_days(article, own, refs.get(article.id, []))
        days.add(said)
        if article.id not in lead:
            lead[article.id] = read_lead(article, own, own_mentions.get(article.id, []))
    counts = event_counts(facts, articles, sentences, {a: r.killed for a, r in lead.items()})
    for count in counts:  # whom each count's sources cite, by the entity's name when known
        named = [_named(a, entities) for a in count.authorities]
        count.authorities = list(
            dict.fromkeys(e.name if e else a for e, a in zip(named, count.authorities, strict=True))
        )
    what, what_evidence = event_type(articles, sentences, {a: r.kinds for a, r in lead.items()})
    return EventRecord(
        event_id=event_id,
        what=what,
        what_evidence=what_evidence,
        when=event_when(days),
        where=event_places(event_place(places), places),
        who=event_actors(
            entities,
            mentions,
            sentences,
            counts,
            acts=what in ACTED,
            roles={a: r.roles for a, r in lead.items()},
        ),
        how_many=counts,
    )
