"""Each country's and region's support among the reports' votes."""

from __future__ import annotations

from collections import Counter

from ...extract.gazetteer import (
    GeoEntry,
    distance_km,
    flat_key,
    gazetteer,
    name_key,
)
from ...extract.us_towns import counties_of
from .names import _common_word, _languages_of, own_named, places_named
from .votes import PlaceVotes, Region
from .weights import (
    COMPARABLE_SIZE,
    MENTIONED_COUNTY_WEIGHT,
    MENTIONED_TOWN_WEIGHT,
    MINOR_NAMESAKE,
    NEIGHBOUR_KM,
    REGION_MARGIN,
    SEAT_POPULATION,
    TAG_REGION_WEIGHT,
)

Counties = dict[tuple[str, str], float]  # (flat key, state) of a county named -> its votes


def _named_counties(votes: PlaceVotes) -> Counties:
    """The counties the reports name: where a place stands with its votes, anywhere else ("by
    the Butts County coroner") with a lead mention's weight, so that a bare "Jackson" lying in
    Butts County is that county's Jackson (Georgia's), not a bigger namesake elsewhere."""
    counties: Counties = Counter()
    for (name, hint), weight in votes.places.items():
        for e in places_named(name):
            if e.kind == "county" and hint in (None, ("US", e.admin1)):
                counties[(flat_key(e.name), e.admin1)] += weight
    for name in votes.mentioned:
        for e in places_named(name):
            if e.kind == "county" and (flat_key(e.name), e.admin1) not in counties:
                counties[(flat_key(e.name), e.admin1)] = MENTIONED_COUNTY_WEIGHT
    return counties


def _county_named(name: str, counties: Counties) -> bool:
    """The reports name a county of this name too ("DeKalb" and "DeKalb County")."""
    key = flat_key(f"{name} County")
    return any(k == key for k, _ in counties)


def _county_short(name: str, counties: Counties) -> bool:
    """A bare name the reports also give a county ("DeKalb police" beside "DeKalb County",
    "Henry cops" beside "Henry County") is that county's, of whichever state their other names
    point to, not its namesake small town elsewhere; a sizeable town's name ("Dallas" beside
    "Dallas County") stays the town's."""
    return _county_named(name, counties) and not any(
        e.kind == "city" and e.population >= SEAT_POPULATION for e in places_named(name)
    )


def _county_support(town: GeoEntry, counties: Counties) -> float:
    if town.kind != "city" or town.country != "US" or not counties:
        return 0
    return sum(counties.get((c, town.admin1), 0) for c in counties_of(town.name, town.admin1))


def _region_name(name: str, country: str | None = None) -> bool:
    """A division's name (of ``country`` when given) whose namesake towns are small
    ("Louisiana", "Vermont"): the region; a division of another country is no region of the
    event's ("Douglas" in Georgia's reports is a town, not the Isle of Man's parish)."""
    found = places_named(name)
    if not any(e.kind == "admin1" and country in (None, e.country) for e in found):
        return False
    return not any(e.kind == "city" and e.population >= SEAT_POPULATION for e in found)


def _division_meant(name: str, votes: PlaceVotes) -> bool:
    """A division's name whose namesake seat the reports never call a city: where they say
    "Idlib province" or "the region of Idlib" and never "Idlib city", a bare "Idlib" is the
    province ("the city of Aleppo" keeps Aleppo a town)."""
    if name in votes.cities or not votes.divisions:
        return False
    return any(
        (e.country, e.admin1) in votes.divisions and gazetteer().own_name(e, name)
        for e in places_named(name)
        if e.kind == "admin1"
    )


def _inside(e: GeoEntry, region: Region | None) -> bool:
    return region is not None and e.country == region[0] and region[1] in ("", e.admin1)


def _parts(votes: PlaceVotes) -> set[str]:
    """Names used as a part of a city ("the Englewood neighborhood", "Miami's Overtown"), unless
    the reports give them a local force: then it is the city itself ("Miami police", "in the
    Miami neighborhood": a neighbourhood of Miami). A station's dateline may name a
    neighbourhood ("BLOOMFIELD (KDKA) -" of Pittsburgh's Bloomfield)."""
    return votes.parts - votes.towns


def _region_evidence(votes: PlaceVotes) -> Counter[tuple[str, Region | None]]:
    """The place votes with the weight names beside the scene lack as towns: "30 miles west of
    Phoenix" and "Medical Center in Oak Lawn" say the region as fully as the scene's name."""
    beside = Counter({(name, None): weight for name, weight in votes.beside.items()})
    return votes.places + beside


def _country_support(votes: PlaceVotes) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Each country's support, that of the larger namesakes (see ``_event_country``), and that
    of the namesakes in a language the reports speak and of comparable size to the largest."""
    countries = Counter(votes.countries)
    parts = _parts(votes)
    for (country, _), weight in votes.regions.items():
        countries[country] += weight
    larger: Counter[str] = Counter()
    spoken: Counter[str] = Counter()
    for (name, hint), weight in _region_evidence(votes).items():
        found = places_named(name)
        if name in parts and not hint:
            continue
        if hint:
            countries[hint[0]] += weight
            continue
        named = own_named(name, found, votes.languages)
        own = {e.country for e in named}
        for country in {e.country for e in found}:  # another name of a place: "Santa Cruz"
            countries[country] += weight if country in own or not own else weight * MINOR_NAMESAKE
        likeliest = max(
            found,
            key=lambda e: (e in named, e.kind == "city", e.population),
            default=None,
        )
        if likeliest is not None:
            larger[likeliest.country] += weight
            for e in found:
                if (
                    e.population * COMPARABLE_SIZE >= likeliest.population
                    and _languages_of(e.country) & votes.languages
                ):
                    spoken[e.country] = max(spoken[e.country], weight)
    return countries, larger, spoken


def _likely_countries(votes: PlaceVotes) -> list[str]:
    """The countries the names lie in, most supported first; among equals, one whose language
    the reports speak where its namesake is of comparable size ("Toledo" in Spanish: Spain's;
    in English: Ohio's, the larger; "Lyon" in English: still France's), then the country of
    the larger namesakes."""
    countries, larger, spoken = _country_support(votes)

    def rank(c: str) -> tuple[float, float, float]:
        return countries[c], spoken[c], larger[c]

    return sorted(sorted(countries), key=rank, reverse=True)


def _event_country(votes: PlaceVotes) -> str | None:
    """The country most supported: regions and countries named vote for theirs, a town named
    with its region for that region's country, and a bare town name for every country it can
    name, so that the names of one report agree ("Chester" and "Delaware County": the US, not
    England). Ties go to the country of the larger namesakes ("Lyon" alone: France)."""
    return next(iter(_likely_countries(votes)), None)


def _event_region(votes: PlaceVotes, country: str | None) -> Region | None:
    """The first-level division most supported inside the country, read like the country: the
    divisions named, and every division a town's name can lie in, the divisions of its largest
    namesake and of namesakes of comparable size (within ``COMPARABLE_SIZE``) fully, so that the
    other names decide between Wilmington, N.C., and Wilmington, Del.; the much smaller ones' by
    ``MINOR_NAMESAKE`` ("Brooklyn" and "East New York": New York's Brooklyn, not Iowa's, even
    where a digression names Iowa)."""
    regions = Counter({r: w for r, w in votes.regions.items() if r[0] == country})
    larger: Counter[Region] = Counter()  # ties: the region of the largest namesake
    parts = _parts(votes)
    counties = _named_counties(votes)
    for (name, hint), weight in _region_evidence(votes).items():
        if hint or name in parts or name in votes.townships or _region_name(name, country):
            continue  # a township's name says no region: "Ross Township" lies in many states
        if _county_short(name, counties):
            name = f"{name} County"
        twin = _region_given(name, votes, country)
        if twin:  # "Davidson County, North Carolina", then "Davidson County": the same
            regions[twin] += weight
            continue
        sizes: dict[Region, int] = {}
        own: set[Region] = set()
        key = flat_key(name)
        for e in places_named(name):
            if e.kind in ("city", "county") and e.country == country:
                region = (e.country, e.admin1)
                sizes[region] = max(sizes.get(region, 0), e.population)
                if flat_key(e.name) == key:  # "Leflore County" is Le Flore's own name
                    own.add(region)
        top = max(sizes.values(), default=0)
        alike_regions = set()
        for region, size in sizes.items():
            alike = size * COMPARABLE_SIZE >= top  # Wilmington, N.C., and Wilmington, Del.
            alike = alike and (region in own or not own)  # no town's former name: "Harmony Grove"
            regions[region] += weight if alike else weight * MINOR_NAMESAKE
            larger[region] = max(larger[region], size)
            if alike:
                alike_regions.add(region)
        if len(alike_regions) > 1:
            for region in _neighbours_near(name, alike_regions, votes, parts):
                regions[region] += MENTIONED_TOWN_WEIGHT
    for region in _towns_mentioned(votes, country, parts):
        regions[region] += MENTIONED_TOWN_WEIGHT
    best = max(sorted(regions), key=lambda r: (regions[r], larger[r]), default=None)
    said = _region_said(votes, _region_named(votes, country))
    if said and said != best and _namesake_in(votes, said):
        return said  # "Monroe" in reports that name Connecticut: Connecticut's Monroe
    return best


def _neighbours_near(
    name: str, alike: set[Region], votes: PlaceVotes, parts: set[str]
) -> set[Region]:
    """Of the regions of a name's namesakes of comparable size, those where another town the
    reports name lies within ``NEIGHBOUR_KM`` of the namesake: the reports' other places say
    which one is meant ("Columbus" with "Phenix City police": Georgia's Columbus, across the
    river, not Ohio's; "Columbia" with "Mount Pleasant" near it: Tennessee's)."""
    others = {n for n, _ in votes.places} | (votes.mentioned - votes.people)
    others -= {name} | parts
    towns = [
        e
        for other in sorted(others)
        if name_key(other) != name_key(name) and not _common_word(other, votes.languages)
        for e in places_named(other)
        if e.kind == "city"
    ]
    return {
        (e.country, e.admin1)
        for e in places_named(name)
        if e.kind == "city"
        and (e.country, e.admin1) in alike
        and any(0 < distance_km(e, t) <= NEIGHBOUR_KM for t in towns)
    }


def _towns_mentioned(votes: PlaceVotes, country: str | None, parts: set[str]) -> list[Region]:
    """The regions of sizeable towns (``SEAT_POPULATION``, the largest namesake) the reports
    name where no place stands ("the Orlando Sentinel", "a Youngstown hospital", "l'hôpital de
    Lyon"): the report's surroundings, which decide between namesakes of a shared name
    ("Orange County": Florida's, not California's) when nothing else does."""
    placed = {name for name, _ in votes.places}
    found = []
    for name in sorted(votes.mentioned - placed - parts - votes.people):
        if _region_name(name, country) or _common_word(name, votes.languages):
            continue
        towns = [e for e in places_named(name) if e.kind == "city" and e.country == country]
        town = max(towns, key=lambda e: e.population, default=None)
        if town and town.population >= SEAT_POPULATION:
            found.append((town.country, town.admin1))
    return found


def _region_named(votes: PlaceVotes, country: str | None) -> Region | None:
    """The division of ``country`` the reports name most by themselves, more than an outlet's
    home tag alone says (its own name, a pair's; not a share of a county name several
    divisions bear)."""
    named = {r: w for r, w in votes.regions.items() if r[0] == country and r in votes.sure}
    region = max(sorted(named), key=lambda r: named[r], default=None)
    return region if region and named[region] > TAG_REGION_WEIGHT else None


def _namesake_in(votes: PlaceVotes, region: Region) -> bool:
    """The name the reports place most, said bare, is that of a town or county of ``region``
    too: the region they name decides between its namesakes, whatever their sizes ("Toledo"
    with "Iowa" named is Iowa's Toledo; with "Castilla-La Mancha", Spain's)."""
    parts = _parts(votes)
    bare = {
        name: weight
        for (name, hint), weight in votes.places.items()
        if not hint and name not in parts and not _region_name(name, region[0])
    }
    top = max(bare.values(), default=0)
    return any(
        _inside(e, region) and e.kind in ("city", "county")
        for name, weight in bare.items()
        if weight == top
        for e in places_named(name)
    )


def _region_given(name: str, votes: PlaceVotes, country: str | None) -> Region | None:
    """The region the reports name with this name where they name one ("Davidson County, North
    Carolina", "Toledo, Ohio"; most often so): a bare "Davidson County" elsewhere in them is the
    same place, not a namesake of another region."""
    given = Counter(
        {h: w for (n, h), w in votes.places.items() if n == name and h and h[0] == country}
    )
    lying = {(e.country, e.admin1) for e in places_named(name) if e.kind in ("city", "county")}
    return max(sorted(given.keys() & lying), key=lambda r: given[r], default=None)


def _region_said(votes: PlaceVotes, region: Region | None) -> Region | None:
    """The event's region when the reports themselves name it, far more than any other
    ("Ouachita County", "Arkansas high school"; an outlet's "Shreveport, LA"): a bare name
    no town of that region bears, that towns of several other regions bear, is then none of
    them, but a place the gazetteer lacks, a club's or a person's ("Harmony Grove")."""
    if region is None or not region[1]:
        return None
    said = votes.regions.get(region, 0)
    others = [w for r, w in votes.regions.items() if r != region and r[0] == region[0]]
    if said < TAG_REGION_WEIGHT or any(w * REGION_MARGIN > said for w in others):
        return None
    return region
