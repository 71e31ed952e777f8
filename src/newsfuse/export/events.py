"""``csv``: one row per event, newsfuse's own columns (what, when, where, who, how many, sources)."""

from __future__ import annotations

from ..records import ActorRole
from .load import MEASURES, EventData
from .table import Column, Table

COLUMNS = [
    Column("event_id", "newsfuse's event id (the page is /events/<event_id>)"),
    Column("title", "the event's title: the headline of its earliest original report"),
    Column("reports", "how many reports the event groups, copies and translations included"),
    Column("independent_reports", "reports that copy or translate no other report"),
    Column("outlets", "the outlets of the reports, in time order"),
    Column("languages", "ISO 639-1 codes of the reports' languages"),
    Column("first_published", "publication time of the earliest report (empty: none dated)"),
    Column("last_published", "publication time of the latest report"),
    Column("event_type", "what happened, newsfuse's taxonomy (docs/event-record.md)"),
    Column("date_start", "the day the event happened (or its period's first day)"),
    Column("date_end", "the period's last day, when the event spans several days"),
    Column("date_precision", "day, week, month or year; empty when unknown"),
    Column("location", "the primary place, by name"),
    Column("admin1", "its first-level division (province, governorate, state)"),
    Column("country", "its country, by name"),
    Column("country_code", "its country, ISO 3166 alpha-2"),
    Column("latitude", "the place's latitude (WGS 84), from the gazetteer"),
    Column("longitude", "the place's longitude"),
    Column("location_precision", "town, admin1 or country: what the place names"),
    Column("other_locations", "further places of the event"),
    Column("perpetrators", "who acted (attacked, fired, struck), as the reports name them"),
    Column("targets", "whom it was done to (groups, not named victims)"),
    Column("authorities", "whom the reports cite for their figures"),
    *[
        Column(f"{measure}_{bound}", f"{measure}: {words}")
        for measure in MEASURES
        for bound, words in (
            ("best", "the figure the most independent sources allow"),
            ("low", "the smallest figure a report states"),
            ("high", "the largest figure a report states"),
        )
    ],
    Column("disputed_figures", "how many of the event's figures the reports disagree on"),
    Column("urls", "the reports' addresses, where known"),
]


def table(events: list[EventData]) -> Table:
    out = Table(COLUMNS)
    for data in events:
        event, record, place = data.event, data.record, data.place
        when = record.when if record else None
        counts = {}
        for measure in MEASURES:
            count = data.count(measure)
            if count is not None:
                counts |= {
                    f"{measure}_best": count.best,
                    f"{measure}_low": count.low,
                    f"{measure}_high": count.high,
                }
        out.add(
            event_id=event.id,
            title=event.title,
            reports=len(data.articles),
            independent_reports=len(data.originals),
            outlets=data.outlets,
            languages=sorted({a.language for a in data.articles if a.language}),
            first_published=event.first_seen,
            last_published=event.last_seen,
            event_type=record.what if record else None,
            date_start=when.start if when else None,
            date_end=when.end if when and when.end != when.start else None,
            date_precision=when.precision if when and when.precision != "unknown" else None,
            location=place.name if place else None,
            admin1=place.admin1 if place else None,
            country=data.country_name,
            country_code=place.country if place else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            location_precision=place.precision if place else None,
            other_locations=[p.name for p in data.other_places],
            perpetrators=data.actors(ActorRole.PERPETRATOR),
            targets=data.actors(ActorRole.TARGET),
            authorities=data.authorities,
            disputed_figures=sum(f.status == "disagree" for f in data.facts)
            if data.reconciliation
            else None,
            urls=[a.url for a in data.articles if a.url],
            **counts,
        )
    return out
