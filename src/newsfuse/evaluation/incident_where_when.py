"""Where and when of an incident read off its articles, against GVC's gold city, state and date.

Where: every article votes for US places: a wire dateline ("GAINESVILLE, Fla. -") and "City, State"
pairs name the state too; "Albuquerque police" names the local force's city; other capitalised
names count when the gazetteer (or the USPS town list, for places of under 500 people) knows them
as US places and they stand where a place stands ("shot in Chester", "Detroit's west side"; after a
street address or "happened in" as much as a dateline; "a Helena man" half: where he lives), unless
a surname follows ("Chester Daniels"), and so do a few cities' usual abbreviations ("Southeast
D.C.", "KCK"); the title weighs twice the lead and the lead twice the rest. A state's name is the
state, not a namesake town ("a Louisiana man"). Words the articles also write in lower case ("Man",
"Shot" in title-case headlines) are no names unless a lower-case word comes before them ("in Hope
Mills"); all-caps acronyms and institution words ("Michigan State Police") are none either; "the
Englewood neighborhood" is a part of a city, not the city (unless a dateline or "City, State" names
it too). The page's address counts as half the lead ("...-shootings-in-johnstown/"). A title's
outlet tag ("... - WMC Action News 5 - Memphis, Tennessee") and a host name with a city in it
("toledoblade.com", "chicago.cbslocal.com") name where the outlet is, not the story: its town is no
vote (only a guess, with the towns the articles name anywhere, when no name stands where a place
stands), its state a weak one. A name said again in one article adds up to a dateline's weight at
most. The incident's place is the most supported town (a town lying in a county the articles name
takes that county's support and is the one of its name they mean; else inside the most supported
state when one was named there; ties go to the larger town), else a county (GVC gives some
incidents as "Burke (county)") when no town of its state is named (a town of that county said
anywhere, even as "a Raleigh neighborhood" or in the outlet's tag, is that place); its state is
that place's state, else the most supported one.
When: the articles' day-precise date expressions resolved against their ``published`` date (only
days up to 31 days before publication count, the publication day itself at half weight: "police
said Tuesday" and date stamps name the day of the report); without any, the earliest publication
date. (Half weight was chosen on the GVC dev set: 0.25, 0.5, 0.75 and 1 give 0.750, 0.761, 0.754
and 0.752.)
Articles flagged ``text_boilerplate`` are skipped (their body is a paywall page).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..extract.dates import calendar_words, resolve_dates
from ..extract.gazetteer import AP_STATES, GeoEntry, distance_km, gazetteer, name_key, strip_accents
from ..extract.places import (
    best_entry,
    candidates,
    dateline,
    function_words,
    state_code,
)
from ..extract.us_towns import counties_of, county_size, expand_abbreviation, us_towns
from ..language import split_sentences

LEAD_CHARS = 1500  # "City, ST" pairs further down are mostly other stories and station blurbs
_STATE_WORDS = "|".join(
    [re.escape(a) + r"\." for a in AP_STATES] + [r"[A-Z]{2}\b", r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"]
)
# "Albuquerque police said", "the Elgin Police Department": the local force names the city.
_LOCAL_FORCE = re.compile(
    r"\b(?:The )?([A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?) (?:[Pp]olice|officers|[Ss]heriff)\b"
)
# Outlet tags: station call letters, sites, "News", newspaper names.
_OUTLET = re.compile(
    r"\b(?:[KW][A-Z]{2,3}\b|[\w-]+\.(?:com|net|org)\b|News|TV|Times|Post|Herald|Tribune|"
    r"Gazette|Journal|Daily|Channel|Radio|Press)"
)
# A possessive ends a name ("Detroit's west side") unless a county is named so ("Prince George's
# County").
_TOKEN = re.compile(
    r"(?:St|Mt|Ft|Pt)\.|[A-Za-z][A-Za-z'’-]*[A-Za-z](?:(?<!['’]s)|(?=\s+County\b))|\S"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|from|of|across|around)\s+(?:(?:the|an?)\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown|central|"
    r"rural|suburban)\s+)?\Z",
    re.I,
)
_PLACE_AFTER = re.compile(
    # "Detroit's west side", "Chicago's Brainerd neighborhood"
    r"['’]s\s+(?:(?:(?:north|south|east|west)(?:east|west)?\s+)?side\b"
    r"|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+neighbou?rhood\b)"
    r"|(?:['’]s)?\s+(?:toddler|child|baby|infant|home|house|apartment|police|officers?|cops?|"
    r"deputies|sheriff|shooting|area|school|elementary|bar|club|park)\b",
    re.I,
)
# "a Helena man", "the Lacey couple": where someone lives.
_RESIDENT = re.compile(
    r"(?:['’]s)?\s+(?:man|woman|boy|girl|teen|teenager|resident|family|couple|mother|father|"
    r"native|\d{1,3}-year-old)\b",
    re.I,
)
# "the 400 block of West 27th Street in Newport News", "on Lavender Road, Jefferson": the address
# police give is the incident's; so is where "it happened" ("The incident took place in Carlsbad").
_SCENE_BEFORE = re.compile(
    r"(?:(?:\bblock of [^.;\n]{0,40}|\b(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|"
    r"Ln\.|Boulevard|Blvd\.|Court|Ct\.|Way|Place|Circle|Highway \d+|Parkway|Pike|Trail))"
    r"(?:,\s*| in\s+)"
    r"|\b(?:happened|occurred|took place|unfolded)\s+(?:[\w.:]+\s+){0,4}?(?:in|near|outside|at)\s+"
    r"(?:the\s+)?)\Z"
)
# "the Englewood neighborhood": a part of a city, which the gold names (Chicago), not the part
# ("a Stockton neighborhood" is a part of Stockton). "The Warne community" is a small town, and
# "the Colorado Springs community" a city's people.
_NEIGHBOURHOOD = re.compile(r"\s+(?:neighbou?rhood|section)\b", re.I)
# "Michigan State Police", "Metropolitan Police Department": no part of a place name.
_INSTITUTION_WORDS = frozenset(
    {"state", "police", "department", "metropolitan", "metro", "university", "hospital"}
)
_HOLIDAYS = frozenset({"christmas", "easter", "thanksgiving", "halloween"})
# "in Northwest Miami-Dade": a direction alone is no town (Northwest, North Carolina).
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# Capitalised words after a place name that keep it a place (see ``_surname_follows``).
_NOT_SURNAMES = calendar_words("en") | {
    "county",
    "city",
    "township",
    "borough",
    "valley",
    "central",
    "high",
    "sheriff",
}
COUNTY_WEIGHT = 0.25  # a county named is the incident's place only when no town outweighs it
DATELINE_WEIGHT = 3
SCENE_WEIGHT = DATELINE_WEIGHT  # a town after a street address or "it happened in"
IN_COUNTY_WEIGHT = 1  # a town in a county the articles name gains that county's support
NEIGHBOURHOOD_KM = 25  # a part of a city lies this close to the town its mail goes to
RESIDENT_WEIGHT = 0.5  # "a Glendale man" tells where he lives, not always where he was shot
OUTLET_STATE_WEIGHT = 1  # an outlet tag's state: where its audience is, a weak hint
REST_WEIGHT = 0.5  # place names past the lead: often other stories, station blurbs
URL_WEIGHT = 0.5  # "...-shootings-in-johnstown": mostly the title again, yet names the place
HOST_CITY_POPULATION = 20_000  # "toledoblade.com": cities big enough to name an outlet
# "police said Tuesday", "today", a "January 5, 2016" stamp: the day an article appeared is
# mostly the day it was reported, not the day it reports.
SAME_DAY_WEIGHT = 0.5
ARTICLE_CAP = DATELINE_WEIGHT  # no name said again outweighs a dateline
# Cities US news names by an abbreviation the gazetteer does not hold (all-caps words are no
# names to the reader below): "Southeast D.C.", "a NYC subway", "KCK's third fatal shooting",
# and city police forces known by their initials ("IMPD: 8-year-old accidentally shoots self").
_CITY_ABBREVIATIONS = {
    "D.C.": ("Washington", "DC"),
    "DC": ("Washington", "DC"),
    "NYC": ("New York", "NY"),
    "NYPD": ("New York", "NY"),
    "KCK": ("Kansas City", "KS"),
    "KCPD": ("Kansas City", "MO"),
    "L.A.": ("Los Angeles", "CA"),
    "LAPD": ("Los Angeles", "CA"),
    "Philly": ("Philadelphia", "PA"),
    "IMPD": ("Indianapolis", "IN"),
    "NOPD": ("New Orleans", "LA"),
    "CMPD": ("Charlotte", "NC"),
    "SFPD": ("San Francisco", "CA"),
    "LVMPD": ("Las Vegas", "NV"),
    "SAPD": ("San Antonio", "TX"),
    "MNPD": ("Nashville", "TN"),
}
_CITY_ABBREVIATION = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(a) for a in _CITY_ABBREVIATIONS) + r")(?![\w])"
)
_URL_PLACE = re.compile(r"\b(?:in|near|outside)\s+(?=((?:[a-z]+\s+){0,2}[a-z]+))")
_CITY_STATE = re.compile(rf"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s+({_STATE_WORDS})")


def _read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    records = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{number}", f"not JSON ({exc})") from exc
        missing = [k for k in required if not isinstance(record, dict) or k not in record]
        if missing:
            raise InputError(f"{path}:{number}", f"missing {', '.join(missing)}")
        records.append(record)
    return records


def headline(title: str) -> str:
    """The title without the outlet's tag ("... - WFSB 3 Connecticut", "... | KSL.com"): from the
    first separator whose rest names an outlet, so a tag of several parts goes whole."""
    for match in re.finditer(r" [-|] ", title):
        tail = title[match.end() :]
        if _OUTLET.search(tail) and len(tail.split()) <= 12:
            return title[: match.start()]
    return title


def _common_words(articles: list[dict]) -> frozenset[str]:
    """Words the articles also write in lower case: capitalised, they start a sentence or a
    title-case headline ("Man", "Shot", "Hunting"), and are no place names there."""
    text = " ".join(a.get("text") or "" for a in articles)
    return frozenset(re.findall(r"\b[a-z][a-z'’-]+\b", text))


@lru_cache(maxsize=1)
def _never_names() -> frozenset[str]:
    """Words that are never part of a place name: function words, institution words and
    holidays ("shot on Christmas in Southgate": Christmas, Fla., is a town)."""
    return function_words("en") | _INSTITUTION_WORDS | _HOLIDAYS


@lru_cache(maxsize=1)
def _state_keys() -> frozenset[str]:
    """Name keys of the US states (and DC)."""
    return frozenset(name_key(e.name) for e in gazetteer().us_states())


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """US state names, which name the state rather than a namesake town ("Louisiana, Mo."),
    except those a big city shares: Washington (the capital, as GVC writes it), New York."""
    return _state_keys() - {"washington", "new york"}


def proper_runs(text: str, common: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of up to four capitalised words that are no common words ("Blount County",
    "Chester" in "Six-Year-Old Shot In Finger In Chester"). After a lower-case word a capital
    is a name's even if the word is also common ("in Hope Mills", "of Cable")."""
    never = _never_names()
    start = end = count = 0
    previous = "."
    for match in [*_TOKEN.finditer(text), None]:
        token = match.group() if match else "."
        word = token.lower()
        proper = (
            token[0].isupper()
            and not token.isupper()
            and word not in never
            and (word not in common or previous[0].islower() or count > 0)
        )
        previous = token
        if proper and 0 < count < 4:
            end, count = match.end(), count + 1
            continue
        if count:
            yield start, end
        start, end, count = (match.start(), match.end(), 1) if proper else (0, 0, 0)


def _longest_place(text: str, start: int, end: int) -> tuple[int, tuple[GeoEntry, ...]]:
    """The longest start of a run that names US places ("Chester" of "Chester Shooting")."""
    words = list(_TOKEN.finditer(text, start, end))
    for last in reversed(words):
        name = text[start : last.end()]
        found = _us_places(name) if name.lower() not in _DIRECTIONS else ()
        if found:
            return last.end(), found
    return end, ()


def _surname_follows(text: str, end: int, run_end: int, common: frozenset[str]) -> bool:
    """A place name a rare capitalised word follows on its line is a person's ("Daniel Smith",
    "Young Lee"), unless the word is a date ("Arab Tuesday") or a place's own word ("Saginaw
    County Sheriff", "Jackson High School")."""
    if end >= run_end or text[end] != " ":
        return False
    word = _TOKEN.match(text, end + 1).group().lower()
    return word not in common and word not in _NOT_SURNAMES


def _placed(text: str, start: int, end: int) -> float:
    """How much a name stands where a place stands: after a street address or "happened in"
    (``SCENE_WEIGHT``), "shot in Chester", "Detroit's west side" (1), "a Helena man"
    (``RESIDENT_WEIGHT``), else 0."""
    if _SCENE_BEFORE.search(text, max(0, start - 80), start):
        return SCENE_WEIGHT
    if _PLACE_BEFORE.search(text, 0, start) or _PLACE_AFTER.match(text, end):
        return 1
    return RESIDENT_WEIGHT if _RESIDENT.match(text, end) else 0


@lru_cache(maxsize=20_000)
def _us_places(name: str) -> tuple[GeoEntry, ...]:
    """US places a name denotes exactly (no spelling variants: most US misspellings are other
    towns), primary names before alternate ones: "Mecklenburg" is Shepherdstown's old name.
    Post office towns GeoNames lacks in a state count too ("Kinloch", "Iaeger"), and "St."
    names are also read in full ("St. Joseph" is Saint Joseph, Mich., in GeoNames)."""
    full = expand_abbreviation(name)
    found = _gazetteer_places(full) if full != name else ()
    found += tuple(e for e in _gazetteer_places(name) if e not in found)
    if name_key(name) in _state_keys():
        return found  # "New York", a post office name of Manhattan's, is the state's
    known = {e.admin1 for e in found if e.kind == "city"}
    return found + tuple(t.entry() for t in us_towns(name) if t.state not in known)


def _gazetteer_places(name: str) -> tuple[GeoEntry, ...]:
    found, _covered, fuzzy = candidates(name)
    places = tuple(e for e in found if e.country == "US" and not fuzzy)
    key = name_key(name)
    primary = tuple(e for e in places if name_key(e.name).removeprefix("the ") == key)
    return primary or (places if " " in name.strip() else ())


class _Votes:
    """One article's evidence: a name said again adds up to ``ARTICLE_CAP`` (a county
    sheriff's office named ten times is no stronger evidence than the town named twice)."""

    def __init__(self) -> None:
        self.places: dict[tuple[str, str | None], float] = {}
        self.states: dict[str, float] = {}
        self.parts: set[str] = set()  # names used as a neighbourhood of some city
        # the outlet tag's "City, State": the story's place only when nothing else names one
        self.outlets: set[tuple[str, str]] = set()
        self.mentioned: set[str] = set()  # town names said anywhere, in a place's position or not

    def place(self, name: str, state: str | None, weight: float) -> None:
        self.places[(name, state)] = min(weight + self.places.get((name, state), 0), ARTICLE_CAP)
        if state:
            self.state(state, weight)

    def state(self, code: str, weight: float) -> None:
        self.states[code] = max(weight, self.states.get(code, 0))


def _pair_state(match: re.Match[str]) -> str | None:
    """The state code of a "City, State" match ("Fla.", "Florida", "FL", "North Carolina News")."""
    words = match.group(2)
    return state_code(words) or state_code(words.split()[0])


def _pair_place(match: re.Match[str]) -> str:
    """The place of a "City, State" match: its longest end that names a US place ("Cleveland"
    of "News Cleveland, OH" in "Cleveland 19 News Cleveland, OH")."""
    words = match.group(1).split(" ")
    return next(
        (" ".join(words[i:]) for i in range(len(words)) if _us_places(" ".join(words[i:]))),
        match.group(1),
    )


def _source_url(article: dict) -> str:
    """The page's own address (an archive copy's ends with it); "" when it is no URL."""
    url = article.get("original_url") or article.get("url") or ""
    url = url[url.rfind("http") :] if "web.archive.org" in url else url
    try:
        urlsplit(url)
    except ValueError:  # "http://[broken": no address to read places from
        return ""
    return url


def _url_places(url: str) -> list[str]:
    """Towns a page's address names where a place stands ("...-5-injured-in-overnight-shootings-
    in-johnstown/", "...-in-paulding-county"), the longest of up to three words after "in",
    "near" or "outside"."""
    path = urlsplit(url).path
    words = " ".join(re.split(r"[-_/.]+", path)).lower()
    found = []
    for match in _URL_PLACE.finditer(words):
        tokens = match.group(1).split()
        for n in range(len(tokens), 0, -1):
            name = " ".join(tokens[:n]).title()
            if name_key(name) not in _state_names() and any(
                e.kind in ("city", "county") for e in _us_places(name)
            ):
                found.append(name)
                break
    return found


def _host_town(url: str) -> tuple[str, str] | None:
    """The first city in an outlet's host name ("toledoblade.com", "abc7chicago.com",
    "chicago.cbslocal.com"): the outlet's home, like a title's outlet tag."""
    host = (urlsplit(url).hostname or "").rsplit(".", 1)[0]  # without the top-level domain
    cities = _host_cities()
    names = (
        word[start:end]  # earliest first, then longest ("abc7amarillo": no Camarillo)
        for word in re.findall(r"[a-z]+", host)
        for start in range(len(word))
        for end in range(len(word), start + 4, -1)
    )
    return next((cities[name] for name in names if name in cities), None)


@lru_cache(maxsize=1)
def _host_cities() -> dict[str, tuple[str, str]]:
    """Letters-only name -> (name, state) of US cities big enough to have outlets named after
    them; of two namesakes the larger."""
    cities = sorted(gazetteer().us_cities(HOST_CITY_POPULATION), key=lambda e: e.population)
    return {
        re.sub(r"[^a-z]", "", strip_accents(e.name).lower()): (e.name, e.admin1) for e in cities
    }


def _article_votes(article: dict, common: frozenset[str]) -> _Votes:
    votes = _Votes()
    body = article.get("text") or ""
    full_title = article.get("title") or ""
    title = headline(full_title)
    for match in _CITY_STATE.finditer(full_title, len(title)):
        state = _pair_state(match)
        if state:  # the outlet's home ("- KTBS.com - Shreveport, LA"): its state, not the town
            town = _pair_place(match)
            votes.state(state, OUTLET_STATE_WEIGHT)
            votes.outlets.add((town, state))
            votes.mentioned.add(town)
    url = _source_url(article)
    for name in _url_places(url):
        votes.place(name, None, URL_WEIGHT)
    outlet = _host_town(url)
    if outlet:
        votes.state(outlet[1], OUTLET_STATE_WEIGHT)
        votes.outlets.add(outlet)
        votes.mentioned.add(outlet[0])
    line = dateline(body)
    if line:
        votes.place(line[0], line[1], DATELINE_WEIGHT)
    for weight, text in ((2, title), (1, body[:LEAD_CHARS]), (REST_WEIGHT, body[LEAD_CHARS:])):
        pairs = _CITY_STATE.finditer(text) if weight >= 1 else ()  # past the lead: other stories
        for match in pairs:
            state = _pair_state(match)
            if state:
                votes.place(_pair_place(match), state, 2)
        for match in _CITY_ABBREVIATION.finditer(text):
            votes.place(*_CITY_ABBREVIATIONS[match.group(1)], weight)
        for match in _LOCAL_FORCE.finditer(text):
            name = match.group(1)
            last = name.rsplit(" ", 1)
            if len(last) == 2 and last[1].lower() in _INSTITUTION_WORDS:
                name = last[0]  # "Indianapolis Metro police", "Kentucky State Police"
            if name.lower() not in _INSTITUTION_WORDS:  # "University police"
                votes.place(name, None, 2 * min(weight, 1))
        for start, run_end in proper_runs(text, common):
            end, found = _longest_place(text, start, run_end)
            run = text[start:end]
            if _surname_follows(text, end, run_end, common):  # "Western Pennsylvania Fugitive
                found = tuple(e for e in found if e.kind != "city")  # Task Force" is a state's
            # a county name of several states votes for each by its size ("Harris County")
            sizes = {
                e.admin1: county_size(e.name, e.admin1) + 1 if e.kind == "county" else 1
                for e in found
                if e.kind in ("admin1", "county")
            }
            for code in sorted(sizes):
                votes.state(code, weight * sizes[code] / sum(sizes.values()))
            if _NEIGHBOURHOOD.match(text, end) and text[max(0, start - 4) : start] == "the ":
                votes.parts.add(run)
            elif found and (placed := _placed(text, start, end)):
                votes.place(run, None, weight * placed)
            if found:
                votes.mentioned.add(run)
    return votes


Counties = dict[tuple[str, str], float]  # (name key, state) of a county named -> its votes


def _named_counties(places: Counter[tuple[str, str | None]]) -> Counties:
    """Every county the articles name, in each state that has one of that name ("Jackson
    County" is in 23 states: a town of one of them named too tells which)."""
    counties: Counties = Counter()
    for (name, named_state), weight in places.items():
        for e in _us_places(name):
            if e.kind == "county" and named_state in (None, e.admin1):
                counties[(name_key(e.name), e.admin1)] += weight
    return counties


def _county_support(town: GeoEntry, counties: Counties) -> float:
    """The votes of the named counties a town lies in ("in Lynn County, just outside of Tahoka":
    Tahoka, not Lubbock, the station's city)."""
    if town.kind != "city":
        return 0
    return sum(counties.get((c, town.admin1), 0) for c in counties_of(town.name, town.admin1))


def _place_entry(
    name: str, named_state: str | None, state: str | None, counties: Counties | None = None
) -> GeoEntry | None:
    """The town or county a name denotes: a town of that name in a county the articles name,
    else one inside the state named with it (else none), else inside the incident's most
    supported state when it has one there, else anywhere."""
    found = tuple(e for e in _us_places(name) if e.kind in ("city", "county"))
    in_counties = tuple(
        e for e in found if named_state in (None, e.admin1) and _county_support(e, counties or {})
    )
    if in_counties:
        return best_entry(in_counties, "US", named_state or state)
    if named_state or state:
        inside = tuple(e for e in found if e.admin1 == (named_state or state))
        found = inside or (() if named_state else found)
    return best_entry(found, "US", named_state or state)


def _post_office_town(town: GeoEntry) -> bool:
    """A town the post office knows in its state ("The Bronx" as "Bronx", "St. Louis" in full)."""
    name = expand_abbreviation(town.name).removeprefix("The ")
    return any(t.state == town.admin1 for t in us_towns(name))


def _fold_neighbourhoods(votes: Counter[GeoEntry]) -> None:
    """Give the votes of a GeoNames place no post office bears the name of (a neighbourhood:
    "Rogers Park", "East New York"; a resort: "The Woodlands") to the nearest post office town
    of its state the articles name within ``NEIGHBOURHOOD_KM`` (Chicago, Brooklyn, Spring)."""
    towns = [c for c in votes if c.kind == "city" and _post_office_town(c)]
    for part in [c for c in votes if c.kind == "city" and c not in towns]:
        near = [(distance_km(part, t), t) for t in towns if t.admin1 == part.admin1]
        distance, town = min(near, key=lambda pair: pair[0], default=(math.inf, None))
        if distance <= NEIGHBOURHOOD_KM:
            votes[town] += votes.pop(part)


def _town_mentioned_in(county: GeoEntry, mentioned: set[str]) -> GeoEntry:
    """The largest town of a county the articles name anywhere, else the county: "deputies
    blanketed a northeast Raleigh neighborhood" (Wake County), "KVOA.com | Tucson, Arizona"
    (Pima County)."""
    key = name_key(county.name)
    towns = [
        e
        for name in mentioned
        for e in _us_places(name)
        if e.kind == "city" and e.admin1 == county.admin1 and key in counties_of(e.name, e.admin1)
    ]
    return max(towns, key=lambda e: e.population, default=county)


def predict_place(articles: list[dict]) -> tuple[GeoEntry | None, str | None]:
    """The incident's city or county (a gazetteer entry) and state (postal code)."""
    common = _common_words(articles)
    places: Counter[tuple[str, str | None]] = Counter()
    states: Counter[str] = Counter()
    parts: set[str] = set()
    outlets: set[tuple[str, str]] = set()
    mentioned: set[str] = set()
    for article in articles:
        found = _article_votes(article, common)
        places.update(found.places)
        states.update(found.states)
        parts |= found.parts
        outlets |= found.outlets
        mentioned |= found.mentioned
    # ties go to the first state in code order, so a run does not depend on set order
    state = max(sorted(states), key=states.__getitem__, default=None)
    votes: Counter[GeoEntry] = Counter()
    counties = _named_counties(places)
    for (name, named_state), weight in places.items():
        if name in parts and not any(n == name and s for n, s in places):
            continue  # "the Englewood neighborhood", unless also "ALLENTOWN, Pa." somewhere
        if not named_state and name_key(name) in _state_names():
            continue  # "Louisiana man", "Vermont police": the state, not its namesake towns
        entry = _place_entry(name, named_state, state, counties)
        if entry is not None:
            votes[entry] += weight * (1 if entry.kind == "city" else COUNTY_WEIGHT)
    for town in list(votes):
        votes[town] += IN_COUNTY_WEIGHT * min(_county_support(town, counties), ARTICLE_CAP)
    _fold_neighbourhoods(votes)
    if not votes:  # a story that names no place where a place stands: its towns said anyhow
        # ("Update: Sarasota death ruled homicide") and its outlet's are the best guesses
        guesses = {*outlets, *((name, None) for name in mentioned)}
        for name, named_state in sorted(guesses, key=str):
            if named_state or name_key(name) not in _state_names():
                entry = _place_entry(name, named_state, state)
                if entry is not None and entry.kind == "city":
                    votes[entry] += 1

    def support(c: GeoEntry) -> tuple[float, int]:
        return votes[c] + states[c.admin1] / 2, c.population

    place = max(votes, key=support, default=None)
    # a county adds up over reports that all name its sheriff ("Catoosa County deputies"), yet a
    # town named in its state is where it happened ("on Edgemond Circle in Ringgold")
    if place is not None and place.kind == "county":
        towns = [c for c in votes if c.kind == "city" and c.admin1 == place.admin1]
        place = max(towns, key=support, default=None) or _town_mentioned_in(place, mentioned)
    return place, place.admin1 if place else state


def predict_date(articles: list[dict]) -> date | None:
    """The most supported day among the articles' date expressions (else first publication)."""
    votes: Counter[date] = Counter()
    published_days = []
    for article in articles:
        try:
            published = datetime.fromisoformat(article["published"])
        except (TypeError, ValueError):
            continue
        published_days.append(published.date())
        text = f"{article.get('title') or ''}\n{article.get('text') or ''}"
        sentences = split_sentences(text, article["id"], "en")
        for ref in resolve_dates(sentences, published, "en"):
            if ref.precision == "day" and ref.value:
                day = date.fromisoformat(ref.value)
                if published.date() - timedelta(days=31) <= day < published.date():
                    votes[day] += 1
                elif day == published.date():
                    votes[day] += SAME_DAY_WEIGHT
    if votes:  # on a tie the earlier day: later ones are mostly the days it was reported
        top = max(votes.values())
        return min(d for d, n in votes.items() if n == top)
    return min(published_days, default=None)


def _same_city(predicted: GeoEntry | None, gold_city: str, gold_state: str | None) -> bool:
    if predicted is None:
        return False
    options = [gold_city, *re.findall(r"\(([^)]*)\)", gold_city), re.sub(r"\s*\(.*", "", gold_city)]
    keys = {name_key(o) for o in options}
    name = predicted.name
    if predicted.kind == "county" and "county" in gold_city.lower():  # "Burke (county)"
        name = re.sub(r" Co(?:unty)?$", "", name)
    if name_key(name) in keys:
        return True
    return any(
        e.geonameid == predicted.geonameid
        for option in options
        for e in candidates(option)[0]
        if gold_state is None or e.admin1 == gold_state
    )


def evaluate_incident_where_when(
    articles_path: str | Path, incidents_path: str | Path, limit: int | None = None
) -> dict:
    """City, state and date accuracy of incidents read off their (non-boilerplate) articles."""
    articles = {
        a["id"]: a for a in _read_jsonl(Path(articles_path), ("id", "title", "text", "published"))
    }
    incidents = _read_jsonl(Path(incidents_path), ("incident_id", "date", "state", "city"))
    gaz = gazetteer()
    counts = Counter()
    for incident in incidents[:limit] if limit else incidents:
        docs = [
            articles[a]
            for a in incident.get("article_ids", [])
            if a in articles and not articles[a].get("text_boilerplate")
        ]
        if not docs:
            continue
        counts["incidents"] += 1
        gold_state = next(
            (e.admin1 for e in gaz.lookup(incident["state"]) if e.kind == "admin1"), None
        )
        city, state = predict_place(docs)
        counts["city"] += _same_city(city, incident["city"], gold_state)
        counts["state"] += state is not None and state == gold_state
        counts["date"] += str(predict_date(docs)) == incident["date"]
    n = max(counts["incidents"], 1)
    return {
        "incidents": counts["incidents"],
        "city.accuracy": round(counts["city"] / n, 3),
        "state.accuracy": round(counts["state"] / n, 3),
        "date.accuracy": round(counts["date"] / n, 3),
    }
