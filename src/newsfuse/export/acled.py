"""``acled``: one row per event in the columns of ACLED's data export, from the event record.

Columns follow ACLED's codebook (docs/export.md maps each one); a column newsfuse cannot fill
without guessing stays empty: actor types (``inter1``...), admin2/3, region, source scale, tags.
ACLED codes the most conservative fatality figure when reports differ, so ``fatalities`` is the
smallest figure a report states for the event's own killed count when the reports disagree on it,
else the figure they all allow (the record's best: "at least 240" and "255" do not differ); best,
low and high follow in newsfuse's extra columns, with the outlets and authorities behind them.
"""

from __future__ import annotations

from ..records import ActorRole, EventType, PlacePrecision
from .load import EventData
from .table import Column, Table

# newsfuse type -> (disorder_type, event_type, sub_event_type). Only types whose ACLED coding
# follows from the type alone: a shooting may be a battle or violence against civilians, a
# bombing a suicide bomb or an IED, a protest peaceful or not: those cells stay empty.
TYPES: dict[EventType, tuple[str, str, str]] = {
    EventType.ARMED_CLASH: ("Political violence", "Battles", "Armed clash"),
    EventType.AIR_STRIKE: ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    EventType.SHELLING: (
        "Political violence",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    EventType.CHEMICAL_ATTACK: (
        "Political violence",
        "Explosions/Remote violence",
        "Chemical weapon",
    ),
    EventType.BOMBING: ("Political violence", "Explosions/Remote violence", ""),
    EventType.PROTEST: ("Demonstrations", "Protests", ""),
    EventType.ARREST: ("Strategic developments", "Strategic developments", "Arrests"),
}
# ACLED's time precision: 1 the day is known, 2 only the week (or a few days), 3 only the month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
# ACLED's geo precision: 1 the town is known, 3 only the region (a province's coordinates).
GEO_PRECISION = {PlacePrecision.TOWN: 1, PlacePrecision.ADMIN1: 3}

COLUMNS = [
    Column("event_id_cnty", "newsfuse's event id (ACLED: country code and a number)"),
    Column("event_date", "the day the event happened, ISO 8601 (first day of its period)"),
    Column("year", "its year"),
    Column("time_precision", "1 day, 2 week, 3 month; empty when newsfuse has no date"),
    Column("disorder_type", "Political violence, Demonstrations or Strategic developments"),
    Column("event_type", "ACLED event type, when newsfuse's type implies it"),
    Column("sub_event_type", "ACLED sub-event type, when newsfuse's type implies it"),
    Column("actor1", "the first perpetrator the reports name"),
    Column("assoc_actor_1", "further perpetrators"),
    Column("inter1", "ACLED actor type code: not coded by newsfuse (empty)"),
    Column("actor2", "the first target group the reports name"),
    Column("assoc_actor_2", "further targets"),
    Column("inter2", "not coded (empty)"),
    Column("interaction", "not coded (empty)"),
    Column("civilian_targeting", "not coded (empty)"),
    Column("iso", "ISO 3166 numeric code of the country"),
    Column("region", "ACLED's world region: not coded (empty)"),
    Column("country", "the country, by name"),
    Column("admin1", "the first-level division"),
    Column("admin2", "not coded (empty)"),
    Column("admin3", "not coded (empty)"),
    Column("location", "the place, by name"),
    Column("latitude", "its latitude (WGS 84)"),
    Column("longitude", "its longitude"),
    Column("geo_precision", "1 town, 3 region; empty for a country-wide place"),
    Column("source", "the reports' outlets, in time order"),
    Column("source_scale", "not coded (empty)"),
    Column("notes", "the source sentence telling what happened, then any dispute on the toll"),
    Column("fatalities", "killed: the best figure, the smallest stated one when reports disagree"),
    Column("tags", "not coded (empty)"),
    Column("timestamp", "not coded (empty)"),
    # newsfuse's extras
    Column("fatalities_best", "killed: the figure the most independent sources allow"),
    Column("fatalities_low", "killed: the smallest figure a report states"),
    Column("fatalities_high", "killed: the largest figure a report states"),
    Column("fatalities_sources", "the outlets of the reports stating the killed figures"),
    Column("cited_authorities", "whom those reports cite for their figures"),
    Column("newsfuse_event_type", "newsfuse's own type of the event"),
    Column("reports", "how many reports the event groups"),
    Column("first_reported", "publication time of the earliest report"),
]


def notes(data: EventData) -> str | None:
    """What happened in the reports' own words, and the toll's dispute when they differ."""
    parts = []
    record = data.record
    if record is not None and record.what_evidence is not None:
        parts.append(record.what_evidence.text.strip())
    killed = data.count("killed")
    if (
        killed is not None
        and killed.low is not None
        and killed.high is not None
        and killed.low != killed.high
    ):
        best = f" (best estimate {_n(killed.best)})" if killed.best is not None else ""
        parts.append(
            f"Killed figures stated range from {_n(killed.low)} to {_n(killed.high)}{best}."
        )
    return " ".join(parts) or None


def fatalities(data: EventData) -> float | None:
    """The best killed figure, or the smallest stated one when the reports disagree on it."""
    killed = data.count("killed")
    if killed is None:
        return None
    fact = data.fact(killed.fact_id)
    return killed.low if fact is not None and fact.status == "disagree" else killed.best


def _n(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def table(events: list[EventData]) -> Table:
    out = Table(COLUMNS)
    for data in events:
        record, place, killed = data.record, data.place, data.count("killed")
        when = record.when if record else None
        precision = TIME_PRECISION.get(when.precision) if when else None
        day = when.start if when and precision is not None else None
        disorder, kind, sub = TYPES.get(record.what, ("", "", "")) if record else ("", "", "")
        perpetrators = data.actors(ActorRole.PERPETRATOR)
        targets = data.actors(ActorRole.TARGET)
        found = data.country
        out.add(
            event_id_cnty=data.event.id,
            event_date=day,
            year=day.year if day else None,
            time_precision=precision,
            disorder_type=disorder or None,
            event_type=kind or None,
            sub_event_type=sub or None,
            actor1=perpetrators[0] if perpetrators else None,
            assoc_actor_1=perpetrators[1:],
            actor2=targets[0] if targets else None,
            assoc_actor_2=targets[1:],
            iso=found.numeric if found else None,
            country=data.country_name,
            admin1=place.admin1 if place else None,
            location=place.name if place else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            geo_precision=GEO_PRECISION.get(place.precision) if place else None,
            source=data.outlets,
            notes=notes(data),
            fatalities=fatalities(data),
            fatalities_best=killed.best if killed else None,
            fatalities_low=killed.low if killed else None,
            fatalities_high=killed.high if killed else None,
            fatalities_sources=data.count_outlets(killed) if killed else None,
            cited_authorities=data.authorities,
            newsfuse_event_type=record.what if record else None,
            reports=len(data.articles),
            first_reported=data.event.first_seen,
        )
    return out
