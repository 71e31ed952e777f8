"""Reading town candidates: capitalised runs, the places a name denotes, persons' names."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ...extract.dates import calendar_words
from ...extract.gazetteer import (
    GeoEntry,
    gazetteer,
    name_key,
)
from ...extract.places import (
    COMMON_WORD_COUNT,
    candidates,
    commoner_than,
    function_words,
    word_count,
)
from ...extract.us_towns import expand_abbreviation, us_towns
from ...words import said
from .cues import (
    _COMPASS,
    _HOLIDAYS,
    _INSTITUTION_WORDS,
    _NAME_LINKS,
    _PLACE_KINDS,
    _PLACE_WORDS,
    _TOKEN,
)
from .weights import (
    ALTERNATE_POPULATION,
    EXONYM_POPULATION,
    TRANSLITERATED_POPULATION,
    VILLAGE_POPULATION,
)


@lru_cache(maxsize=8)
def _never_names(lang: str) -> frozenset[str]:
    """Words never part of a place name: function words, institution words, holidays, calendar
    words ("shot on Christmas in Southgate": Christmas, Fla., is a town)."""
    return function_words(lang) | _INSTITUTION_WORDS | _HOLIDAYS | calendar_words(lang)


def proper_runs(text: str, common: frozenset[str], lang: str = "en") -> Iterator[tuple[int, int]]:
    """Spans of up to four capitalised words that are no common words. After a lower-case word
    a capital is a name's even if the word is also common ("in Hope Mills")."""
    never = _never_names(lang)
    start = end = count = 0
    previous = "."
    for match in [*_TOKEN.finditer(text), None]:
        token = match.group() if match else "."
        word = token.lower()
        proper = (
            token[0].isupper()
            and not token.isupper()
            and word not in never
            # asked last: a reading that asked of no word the event's reports make common is
            # reused by the event record (``anchor.ReportVotes``)
            and (previous[0].islower() or count > 0 or word not in common)
        )
        previous = token
        if proper and 0 < count < 4:
            end, count = match.end(), count + 1
            continue
        if count:
            yield start, end
        start, end, count = (match.start(), match.end(), 1) if proper else (0, 0, 0)


def _linked_runs(text: str, runs: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Runs joined across a name's lower-case link words when the whole is a place's name
    ("Caroline du Nord", "Carolina del Norte", "Rio de Janeiro", "Castilla y León", "District
    of Columbia"): read apart, their parts are other places or none."""
    pending: tuple[int, int] | None = None
    for start, end in runs:
        if pending is not None:
            link = text[pending[1] : start].split()
            linked = 0 < len(link) <= 2 and all(w.lower() in _NAME_LINKS for w in link)
            if linked and gazetteer().lookup(text[pending[0] : end]):
                pending = (pending[0], end)
                continue
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


@lru_cache(maxsize=50_000)
def places_named(name: str) -> tuple[GeoEntry, ...]:
    """Towns, counties, divisions and countries a name denotes exactly (spelling variants only of
    places of ``TRANSLITERATED_POPULATION`` people: "Deir Ezzor"; else mostly other places),
    primary names first; other names only of sizeable places
    ("Alep", "Halab": Aleppo) or of several words; USPS towns GeoNames lacks ("Kinloch"). A
    kind of place alone names none ("City police", "Capital murder": no "City" of Kazakhstan)."""
    if name_key(name) in _PLACE_KINDS:
        return ()
    full = expand_abbreviation(name)
    found = _gazetteer_places(full) if full != name else ()
    found += tuple(e for e in _gazetteer_places(name) if e not in found)
    if any(e.kind == "admin1" and e.country == "US" for e in found):
        return found  # "New York", a post office name of Manhattan's, is the state's
    known = {e.admin1 for e in found if e.kind == "city" and e.country == "US"}
    towns = dict.fromkeys(t for n in (full, name) for t in us_towns(n) if t.state not in known)
    return found + tuple(t.entry() for t in towns)


def _gazetteer_places(name: str) -> tuple[GeoEntry, ...]:
    found, covered, fuzzy = candidates(name)
    if covered != len(name.strip()):
        return ()
    if fuzzy:  # a transliteration ("Deir Ezzor", "Deir El-Zour"): only of a big place
        return tuple(e for e in found if e.population >= TRANSLITERATED_POPULATION)
    key = name_key(name)
    primary = tuple(
        e
        for e in found
        if name_key(e.name).removeprefix("the ") == key
        or (e.kind == "admin1" and gazetteer().own_name(e, name))  # "Pennsylvanie"
    )
    if " " in name.strip():
        return primary + tuple(e for e in found if e not in primary)
    return primary + tuple(
        e
        for e in found
        if e not in primary and e.country != "US" and e.population >= ALTERNATE_POPULATION
    )


def _longest_place(text: str, start: int, end: int, lang: str) -> tuple[int, tuple[GeoEntry, ...]]:
    """The longest start of a run that names places ("Chester" of "Chester Shooting"); a word of
    the language that only resembles a town's name names none ("Triple shooting": no Tripoli)."""
    for last in reversed(list(_TOKEN.finditer(text, start, end))):
        name = text[start : last.end()]
        found = places_named(name) if name.lower() not in _COMPASS else ()
        if found and candidates(name)[2]:
            found = tuple(
                e for e in found if e.kind == "country" or not commoner_than(name, e.name, lang)
            )  # a country's people ("Syrian") do speak of their country
        if found:
            return last.end(), found
    return end, ()


def _surname_follows(text: str, end: int, run_end: int, common: frozenset[str]) -> bool:
    """A place name a rare capitalised word follows is a person's ("Chester Daniels"), unless the
    word is a date ("Aleppo Tuesday") or a place's own word ("Saginaw County")."""
    if end >= run_end or text[end] != " ":
        return False
    word = _TOKEN.match(text, end + 1).group().lower()
    return word not in _PLACE_WORDS and word not in calendar_words("en") and word not in common


def _person(text: str, first: str, rest: list[str]) -> set[str]:
    """The names of a person's a place name starts ("Henry Jackson"): the words after it, and
    the first too where the next is said without it ("Henry Jackson ... Jackson said"), as
    reports name a person again; "Kankakee Banquet Hall" is no one's."""
    alone = said(text, [rest[0]]) > said(text, [first, rest[0]])
    return {*rest, first} if alone else set(rest)


def _common_word(name: str, languages: set[str]) -> bool:
    """A word the reports' languages use often ("Man", "Young", "Hope"): said where no place
    stands, at a sentence's or title's start mostly, it names no town."""
    word = name.lower()
    return " " not in word and any(
        word_count(word, lang) >= COMMON_WORD_COUNT for lang in languages
    )


@lru_cache(maxsize=512)
def _languages_of(country: str) -> frozenset[str]:
    """The languages a country speaks officially or in fact (Babel's territory data)."""
    from babel.languages import get_official_languages  # a dependency, loaded when first asked

    return frozenset(get_official_languages(country, de_facto=True))


def own_named(name: str, found: tuple[GeoEntry, ...], languages: set[str]) -> set[GeoEntry]:
    """The places of ``found`` whose own name ``name`` is: those called so and, where these are
    all villages (under ``VILLAGE_POPULATION``), a major city (``EXONYM_POPULATION``) that the
    name is another name of, in a country speaking none of the reports' languages: the name
    their language gives it ("Damasco", "Londres", "Moscú" in Spanish reports are Damascus,
    London, Moscow, not the villages of Chiapas, Catamarca, Romania called so). No town (Batavia,
    New York, 15,000 people: no Jakarta), nor a city of a country speaking the reports' language
    ("Sidney" in English: no Sydney), gives way to another name."""
    key = name_key(name)
    own = {e for e in found if name_key(e.name) == key}
    if not own or any(e.population >= VILLAGE_POPULATION for e in own):
        return own  # no village called so: "South Philadelphia" is no Amman (Philadelphia of old)
    return own | {
        e
        for e in found
        if e not in own
        and e.kind == "city"
        and e.population >= EXONYM_POPULATION
        and not _languages_of(e.country) & languages
    }
