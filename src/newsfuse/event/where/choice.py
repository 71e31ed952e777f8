"""The event's place: the most supported town of the event's region (``event_place``)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ...extract.gazetteer import (
    GeoEntry,
    distance_km,
    flat_key,
    name_key,
)
from ...extract.us_towns import USTown, counties_of, expand_abbreviation, us_towns
from .names import _common_word, places_named
from .support import (
    Counties,
    _county_named,
    _county_support,
    _division_meant,
    _event_country,
    _event_region,
    _inside,
    _named_counties,
    _parts,
    _region_given,
    _region_name,
    _region_named,
    _region_said,
)
from .votes import PlaceVotes, Region
from .weights import (
    ARTICLE_CAP,
    COUNTY_WEIGHT,
    FURTHER_SHARE,
    IN_COUNTY_WEIGHT,
    NEIGHBOURHOOD_KM,
    SEAT_POPULATION,
)


def _entry(
    name: str,
    hint: Region | None,
    region: Region | None,
    country: str | None,
    counties: Counties,
) -> GeoEntry | None:
    """The town or county a name denotes: one in a county the reports name, else inside the
    region named with it (else none), else inside the event's region, then its country, one of
    that very name before one it is another name of, the larger town first."""
    found = tuple(e for e in places_named(name) if e.kind in ("city", "county"))
    if hint:
        found = tuple(e for e in found if _inside(e, hint))
    in_counties = tuple(e for e in found if _county_support(e, counties))
    found = in_counties or found

    key = name_key(name)

    def rank(e: GeoEntry) -> tuple[bool, bool, bool, bool, int]:
        own = name_key(e.name) == key  # "Liberty City" is that town, not Liberty's other name
        return _inside(e, region), e.country == country, own, e.kind == "city", e.population

    return max(found, key=rank, default=None)


def _post_office_town(town: GeoEntry) -> bool:
    """A US town the post office knows in its state by ZIP codes of its own, or a populated
    place GeoNames lists (Wilkinsburg, a borough Pittsburgh's codes serve), not a name the post
    office alone gives as another name of one town's codes ("Homewood" of Pittsburgh's);
    elsewhere every town counts."""
    return town.country != "US" or any(
        t.state == town.admin1 and (t.mail_town is None or town.geonameid > 0)
        for t in _us_towns_of(town)
    )


def _us_towns_of(town: GeoEntry) -> tuple[USTown, ...]:
    return us_towns(expand_abbreviation(town.name).removeprefix("The "))


def _mail_town(part: GeoEntry) -> str | None:
    """The town whose ZIP codes a US part's name is only another name of (Homewood's: Pittsburgh)."""
    return next((t.mail_town for t in _us_towns_of(part) if t.state == part.admin1), None)


def _fold_neighbourhoods(
    votes: Counter[GeoEntry], said: Sequence[GeoEntry] = (), paired: frozenset[str] = frozenset()
) -> None:
    """A GeoNames place no post office bears the name of (a neighbourhood: "Rogers Park") gives
    its votes to the nearest named post office town of its state within ``NEIGHBOURHOOD_KM``:
    one supported, or one the reports name anywhere ("Morgan Park" with "the Chicago Fire
    Department": Chicago). A name the post office gives only as another name of one town's
    ZIP codes, and no GeoNames place, gives its votes to that town alone, when named ("in Ybor
    City" with "Tampa police": Tampa), unless a report names it with its region as a town of
    its own (a dateline "YBOR CITY, Fla.": ``paired`` name keys)."""
    supported = [c for c in votes if c.kind == "city" and _post_office_town(c)]
    named = [c for c in said if c.kind == "city" and _post_office_town(c)]
    for part in [c for c in votes if c.kind == "city" and c not in supported]:
        mail = _mail_town(part)
        if mail and name_key(part.name) in paired:
            continue
        for towns in (supported, named):  # a supported town before one only named
            near = [
                (distance_km(part, t), t)
                for t in towns
                if t.admin1 == part.admin1 and (mail is None or name_key(t.name) == name_key(mail))
            ]
            distance, town = min(near, key=lambda pair: pair[0], default=(math.inf, None))
            if distance <= NEIGHBOURHOOD_KM:
                votes[town] += votes.pop(part)
                break


def _towns_said(votes: PlaceVotes, support: Counter[GeoEntry]) -> list[GeoEntry]:
    """Towns the reports name anywhere in the states of the supported places."""
    states = {(e.country, e.admin1) for e in support}
    return [
        e
        for name in votes.mentioned
        for e in places_named(name)
        if e.kind == "city" and (e.country, e.admin1) in states and e not in support
    ]


def _town_mentioned_in(county: GeoEntry, mentioned: set[str]) -> GeoEntry:
    """The largest town of a county the reports name anywhere, else the county."""
    key = flat_key(county.name)
    towns = [
        e
        for name in mentioned
        for e in places_named(name)
        if e.kind == "city"
        and e.country == "US"
        and e.admin1 == county.admin1
        and key in counties_of(e.name, e.admin1)
    ]
    return max(towns, key=lambda e: e.population, default=county)


@dataclass
class Placed:
    """The event's places, most supported first, each with the name it was read under."""

    places: list[tuple[GeoEntry, str]]
    region: Region | None
    country: str | None


def _namesake_apart(name: str, town: GeoEntry) -> bool:
    """A small town (under ``SEAT_POPULATION``) whose name towns of other regions of its
    country bear too: which one is meant, the reports must say ("Harmony Grove"; not
    "Damascus" nor "Harasta", named beside "Aleppo" as further places)."""
    regions = {
        e.admin1 for e in places_named(name) if e.kind == "city" and e.country == town.country
    }
    return town.population < SEAT_POPULATION and len(regions) > 1


def _township_elsewhere(
    name: str, entry: GeoEntry | None, region: Region | None, votes: PlaceVotes
) -> bool:
    """A township's name ("Ross Township", which the gazetteer lacks) whose namesake town lies
    outside the region the reports' other names point to: townships of one name lie in many
    states and contain no town of it, so the reports' region decides, else none is meant."""
    return name in votes.townships and not (entry and _inside(entry, region))


def _town_elsewhere(entry: GeoEntry | None, said: Region | None) -> bool:
    """A town outside the region the reports name by themselves: said where no place stands
    (a street's, a part's or a person's name: "Greenway Rd." in a report that names Arizona,
    "West Price" of Cincinnati's "West Price Hill, Ohio"), it is no town of another region;
    the region itself is then the place said best."""
    return (
        said is not None and entry is not None and entry.kind == "city" and not _inside(entry, said)
    )


def event_place(votes: PlaceVotes) -> Placed:
    """The event's town (or county), its region and country, and further towns it spans."""
    country = _event_country(votes)
    region = _event_region(votes, country)
    counties = _named_counties(votes)
    parts = _parts(votes)
    named = _region_said(votes, region)
    said = _region_said(votes, _region_named(votes, country))
    support: Counter[GeoEntry] = Counter()
    names: dict[GeoEntry, str] = {}
    for (name, hint), weight in votes.places.items():
        if name in parts and not any(n == name and h for n, h in votes.places):
            continue  # "the Englewood neighborhood", unless a dateline names it too
        if not hint and _region_name(name, country):
            continue  # "Louisiana man", "Vermont police": the state, not its namesake towns
        if not hint and _division_meant(name, votes):
            continue  # "Idlib" where the reports say "Idlib province", never "Idlib city"
        twin = None if hint else _region_given(name, votes, country)
        entry = _entry(name, hint or twin, region, country, counties)
        if not hint and entry and not _inside(entry, region) and _county_named(name, counties):
            entry = _entry(f"{name} County", None, region, country, counties)  # "Anson sheriff"
        if entry is None or (country and entry.country != country):
            continue
        if not hint and named and not _inside(entry, named) and _namesake_apart(name, entry):
            continue  # "Harmony Grove" in an Arkansas report: no West Virginia town
        if not hint and _township_elsewhere(name, entry, region, votes):
            continue  # "Ross Township" in a Pennsylvania report: no Ross, Ohio
        support[entry] += weight * (1 if entry.kind == "city" else COUNTY_WEIGHT)
        names.setdefault(entry, name)
    for town in list(support):
        support[town] += IN_COUNTY_WEIGHT * min(_county_support(town, counties), ARTICLE_CAP)
    paired = frozenset(name_key(name) for name, hint in votes.places if hint)
    _fold_neighbourhoods(support, _towns_said(votes, support), paired)
    if not support:  # no name stands where a place stands: a town said anyhow, or the tag's;
        # never where nothing names a country, not even a title's name: "Obama administration
        # overturns rule" is no Obama, Japan, nor "Saints place Thomas on injured reserve" France
        for name, hint in sorted({*votes.tags, *((n, None) for n in votes.mentioned)}, key=str):
            if hint or not (
                _region_name(name, country)
                or _division_meant(name, votes)
                or _common_word(name, votes.languages)
                or name in votes.people  # "Jackson" of "Constable Henry Jackson"
            ):
                entry = _entry(name, hint, region, country, counties)
                if hint is None and _township_elsewhere(name, entry, region, votes):
                    continue
                if hint is None and _town_elsewhere(entry, said):
                    continue  # "Greenway" in a report that names Arizona: no Virginia town
                if entry is not None and entry.country == country:
                    support[entry] += 1 if entry.kind == "city" else COUNTY_WEIGHT
                    names.setdefault(entry, name)

    def strength(c: GeoEntry) -> tuple[float, int]:
        return support[c] + votes.regions.get((c.country, c.admin1), 0) / 2, c.population

    def said_support(c: GeoEntry) -> float:
        """A further place's support: a town beside the scene is named as fully as it is said
        ("Rankus, 30 km north of Damascus" names both), though it is not the scene."""
        return strength(c)[0] + votes.beside.get(names.get(c, c.name), 0)

    ranked = sorted(support, key=strength, reverse=True)
    if ranked and ranked[0].kind == "county":  # a town named in its state is the scene
        top = ranked[0]
        towns = [c for c in ranked if c.kind == "city" and c.admin1 == top.admin1]
        town = towns[0] if towns else _town_mentioned_in(top, votes.mentioned)
        ranked = [town, *(c for c in ranked if c != town)]
        names.setdefault(town, town.name)
    if ranked:
        top = strength(ranked[0])[0]
        ranked = [ranked[0], *(c for c in ranked[1:] if said_support(c) >= FURTHER_SHARE * top)]
        region = (ranked[0].country, ranked[0].admin1)
    return Placed([(e, names.get(e, e.name)) for e in ranked], region, country)
