"""The event's places as records: towns with their division and country, else divisions."""

from __future__ import annotations

from ..extract.gazetteer import GeoEntry, gazetteer
from ..records import EventPlace, PlacePrecision
from .where import FURTHER_SHARE, Placed, PlaceVotes


def _country_name(code: str) -> str:
    entry = gazetteer().country(code)
    return entry.name if entry else code


def _record(entry: GeoEntry, name: str, votes: PlaceVotes | None) -> EventPlace:
    gaz = gazetteer()
    town = entry.kind in ("city", "county")
    return EventPlace(
        name=entry.name,
        country=entry.country,
        precision=PlacePrecision.TOWN if town else PlacePrecision.ADMIN1,
        admin1=gaz.admin1_name(entry.country, entry.admin1),
        country_name=_country_name(entry.country),
        geonameid=entry.geonameid if entry.geonameid > 0 else None,
        latitude=entry.latitude,
        longitude=entry.longitude,
        evidence=[votes.evidence[name]] if votes and name in votes.evidence else [],
    )


def event_places(placed: Placed, votes: PlaceVotes | None = None) -> list[EventPlace]:
    """The primary place first (a town, else the most supported division, else the country),
    then further towns, then further divisions with half the top division's support."""
    gaz = gazetteer()
    places = [_record(entry, name, votes) for entry, name in placed.places]
    if placed.country is None:
        return places
    shown = {(p.country, p.admin1) for p in places}
    regions = {r: w for r, w in (votes.regions if votes else {}).items() if r[0] == placed.country}
    sure = votes.sure if votes else set()
    top = max(regions.values(), default=0)
    for (country, code), weight in sorted(regions.items(), key=lambda kv: -kv[1]):
        division = gaz.division(country, code)
        if division is None or weight < FURTHER_SHARE * top:
            continue
        if places and (country, code) not in sure:
            continue  # a county name several states share names no further one of them
        if (country, division.name) not in shown:
            places.append(_record(division, division.name, None))
            shown.add((country, division.name))
    if not places:
        places.append(
            EventPlace(
                name=_country_name(placed.country),
                country=placed.country,
                precision=PlacePrecision.COUNTRY,
                country_name=_country_name(placed.country),
            )
        )
    return places
