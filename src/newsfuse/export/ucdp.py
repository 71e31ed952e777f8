"""``ucdp``: one row per event in the columns of the UCDP Georeferenced Event Dataset (GED).

Columns follow the GED codebook (docs/export.md maps each one). newsfuse fills what the reports
state: dates with their precision, the place with its precision, the sides as the reports name
them (``side_a`` who acted, ``side_b`` their target: UCDP puts the government first in a
state-based conflict, which newsfuse does not know), the killed figures as best / low / high, the
civilians among them when reports state that part, and the sources (outlet, date, headline, and
whom they cite). Conflict and dyad identifiers, violence type, clarity, PRIO-GRID cell and the
Gleditsch-Ward country code belong to UCDP's own coding and stay empty.
"""

from __future__ import annotations

from ..outlets import outlet_of
from ..records import ActorRole, PlacePrecision
from .load import EventData
from .table import Column, Table

# GED's date_prec: 1 the day, 2 a span of 2-6 days, 3 the week, 4 the month (8-30 days),
# 5 more than a month or only the year.
DATE_PRECISION = {"day": 1, "week": 3, "month": 4, "year": 5}
# GED's where_prec: 1 the exact place, 2 within about 25 km, 3 second-order division,
# 4 first-order division, 5 a larger part of a country, 6 the country, 7 sea or air.
WHERE_PRECISION = {PlacePrecision.TOWN: 1, PlacePrecision.ADMIN1: 4, PlacePrecision.COUNTRY: 6}

COLUMNS = [
    Column("id", "newsfuse's event id"),
    Column("relid", "not coded (empty)"),
    Column("year", "the year the event happened"),
    Column("active_year", "not coded (empty)"),
    Column("code_status", "not coded (empty)"),
    Column("type_of_violence", "not coded (empty): state-based, non-state or one-sided"),
    Column("conflict_dset_id", "not coded (empty)"),
    Column("conflict_new_id", "not coded (empty)"),
    Column("conflict_name", "not coded (empty)"),
    Column("dyad_dset_id", "not coded (empty)"),
    Column("dyad_new_id", "not coded (empty)"),
    Column("dyad_name", "the two sides as 'side_a - side_b', when both are named"),
    Column("side_a_dset_id", "not coded (empty)"),
    Column("side_a_new_id", "not coded (empty)"),
    Column("side_a", "who acted, as the reports name them"),
    Column("side_b_dset_id", "not coded (empty)"),
    Column("side_b_new_id", "not coded (empty)"),
    Column("side_b", "whom it was done to"),
    Column("number_of_sources", "independent reports (copies and translations counted once)"),
    Column("source_article", "each report as 'outlet (date): headline'"),
    Column("source_office", "the reports' outlets"),
    Column("source_date", "the reports' publication days"),
    Column("source_headline", "the reports' headlines"),
    Column("source_original", "whom the reports cite (officials, monitors, agencies)"),
    Column("where_prec", "1 exact place (town), 4 first-order division, 6 country"),
    Column("where_coordinates", "the place, by name"),
    Column("where_description", "the source sentence placing the event, verbatim"),
    Column("adm_1", "the first-level division"),
    Column("adm_2", "not coded (empty)"),
    Column("latitude", "the place's latitude (WGS 84)"),
    Column("longitude", "its longitude"),
    Column("geom_wkt", "the point as WKT: POINT (longitude latitude)"),
    Column("priogrid_gid", "not coded (empty)"),
    Column("country", "the country, by name"),
    Column("country_id", "not coded (empty): Gleditsch-Ward number"),
    Column("region", "not coded (empty)"),
    Column("event_clarity", "not coded (empty)"),
    Column("date_prec", "1 day, 3 week, 4 month, 5 year; empty when newsfuse has no date"),
    Column("date_start", "the first day the event may have happened, ISO 8601"),
    Column("date_end", "the last day"),
    Column("deaths_a", "not coded (empty): newsfuse does not assign the dead to sides"),
    Column("deaths_b", "not coded (empty)"),
    Column("deaths_civilians", "civilians killed, when reports state that part"),
    Column("deaths_unknown", "not coded (empty)"),
    Column("best", "killed: the figure the most independent sources allow"),
    Column("high", "killed: the largest figure a report states"),
    Column("low", "killed: the smallest figure a report states"),
    # newsfuse's extras
    Column("newsfuse_event_type", "newsfuse's own type of the event"),
    Column("reports", "how many reports the event groups, copies included"),
]


def table(events: list[EventData]) -> Table:
    out = Table(COLUMNS)
    for data in events:
        record, place, killed = data.record, data.place, data.count("killed")
        when = record.when if record else None
        precision = DATE_PRECISION.get(when.precision) if when else None
        start = when.start if when and precision is not None else None
        end = (when.end or (when.start if when.precision == "day" else None)) if start else None
        side_a = data.actors(ActorRole.PERPETRATOR)
        side_b = data.actors(ActorRole.TARGET)
        civilians = next((c for c in data.parts("killed") if c.subject == "civilians"), None)
        days = {a.id: a.published.date().isoformat() if a.published else "" for a in data.articles}
        sources = [
            f"{outlet_of(a) or 'unnamed outlet'} ({days[a.id] or 'undated'}): {a.title or a.text[:80]}"
            for a in data.articles
        ]
        located = place is not None and place.latitude is not None and place.longitude is not None
        out.add(
            id=data.event.id,
            year=start.year if start else None,
            dyad_name=f"{side_a[0]} - {side_b[0]}" if side_a and side_b else None,
            side_a=side_a,
            side_b=side_b,
            number_of_sources=len(data.originals),
            source_article=sources,
            source_office=data.outlets,
            source_date=list(dict.fromkeys(days.values())),
            source_headline=[a.title for a in data.articles if a.title],
            source_original=data.authorities,
            where_prec=WHERE_PRECISION.get(place.precision) if place else None,
            where_coordinates=place.name if place else None,
            where_description=place.evidence[0].text.strip() if place and place.evidence else None,
            adm_1=place.admin1 if place else None,
            latitude=place.latitude if located else None,
            longitude=place.longitude if located else None,
            geom_wkt=f"POINT ({place.longitude} {place.latitude})" if located else None,
            country=data.country_name,
            date_prec=precision,
            date_start=start,
            date_end=end,
            deaths_civilians=civilians.best if civilians else None,
            best=killed.best if killed else None,
            high=killed.high if killed else None,
            low=killed.low if killed else None,
            newsfuse_event_type=record.what if record else None,
            reports=len(data.articles),
        )
    return out
