"""Places a page's address, host and title tag name (where the outlet is)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from ...extract.gazetteer import (
    GeoEntry,
    gazetteer,
    name_key,
)
from ...extract.places import (
    region_of,
    word_count,
)
from .cues import _DIRECTION_WORDS, _URL_PLACE
from .names import _common_word, _languages_of, places_named
from .support import _region_name
from .votes import Region
from .weights import COMPARABLE_SIZE, HOST_WORD_COUNT, SEAT_POPULATION


def source_url(url: str | None) -> str:
    """A page's own address (an archive copy's ends with it); "" when it is no URL."""
    url = url or ""
    url = url[url.rfind("http") :] if url.count("http") > 1 else url
    try:
        urlsplit(url)
    except ValueError:
        return ""
    return url


def _url_places(url: str, common: frozenset[str]) -> list[str]:
    """Towns a page's address names where a place stands ("...-shootings-in-johnstown/"); its
    words are all lower case, so one the reports also write in lower case is no name
    ("...-outside-downtown-bar")."""
    words = " ".join(re.split(r"[-_/.]+", urlsplit(url).path)).lower()
    found = []
    for match in _URL_PLACE.finditer(words):
        tokens = match.group(1).split()
        if tokens[0] in common or tokens[0] in _DIRECTION_WORDS:  # "-shot-in-north-county-"
            continue
        for n in range(len(tokens), 0, -1):
            name = " ".join(tokens[:n]).title()
            key = name_key(name)  # lower-case words: only a place's own name, no other name
            if any(
                e.kind in ("city", "county") and name_key(e.name) == key for e in places_named(name)
            ):
                found.append(name)
                break
    return found


def _host_regions(url: str, lang: str) -> set[Region]:
    """Regions a page's host names by a word of its own ("macon.com", "fox5atlanta.com",
    "ksl.com" none), or glued to words of the language ("buffalonews.com", "kansascity.com",
    "delawareonline.com", "lyonmag.fr" none: "mag" is no word): where the outlet is, and mostly
    its report's region; a region's own name or a sizeable town's (``SEAT_POPULATION``), the
    largest namesake's. A word of the language names none ("northern-wire.example": no
    Northern Region of Ghana)."""
    return _host_name_regions(urlsplit(url).hostname or "", lang)


@lru_cache(maxsize=4096)
def _host_name_regions(host: str, lang: str) -> set[Region]:
    found = set()
    for token in re.split(r"[^a-z]+", host.lower()):
        if len(token) < 4 or token in _DIRECTION_WORDS or _common_word(token, {lang}):
            continue
        name = _glued_place(token, lang)
        if name:
            found |= _named_regions(name, lang)
    return found


def _glued_place(token: str, lang: str) -> str | None:
    """The place name a host's word is, or is glued from with words of the language around
    ("kansascity": Kansas City; "goldsborodailynews": Goldsboro; "tamatoledonews": none, "tama"
    being no word): the first and longest, a space restored where its name has one ("newyork"
    is New York, not York)."""
    for i in range(len(token)):
        if not _words_only(token[:i], lang):
            continue
        for j in range(len(token), i + 3, -1):
            if not _words_only(token[j:], lang):
                continue
            glued = token[i:j]
            for name in (glued, *(f"{glued[:k]} {glued[k:]}" for k in range(3, len(glued) - 2))):
                key = name_key(name)
                if _common_word(name, {lang}) or name in _DIRECTION_WORDS:
                    break  # "centralillinoisproud": no Central region, a word
                if gazetteer().lookup(name) and any(  # the exact look-up first: it is cheap
                    name_key(e.name) == key for e in places_named(name.title())
                ):
                    return name.title()
    return None


@lru_cache(maxsize=50_000)
def _words_only(text: str, lang: str) -> bool:
    """``text`` is words of the language written together ("dailynews"), or nothing; words of
    three letters at least, as shorter ones glue up most anything ("to-le-do")."""
    return not text or any(
        word_count(text[:k], lang) >= HOST_WORD_COUNT and _words_only(text[k:], lang)
        for k in range(3, len(text) + 1)
    )


def _named_regions(name: str, lang: str) -> set[Region]:
    """The region a name in a host names: a region's own name, else that of its largest
    sizeable namesake town (``SEAT_POPULATION``), one in a country of the page's language
    first where of comparable size ("toledodiario.es": Spain's Toledo; "toledoblade.com":
    Ohio's); a region's name no town bears, the region ("New York": the post office's name of
    Manhattan is the state's)."""
    named = [e for e in places_named(name) if gazetteer().own_name(e, name)]
    regions = [e for e in named if e.kind == "admin1" and _region_name(e.name)]
    towns = [e for e in named if e.kind == "city" and e.population >= SEAT_POPULATION]
    if towns and not regions:
        top = max(t.population for t in towns)

        def rank(t: GeoEntry) -> tuple[bool, int]:
            alike = t.population * COMPARABLE_SIZE >= top
            return alike and lang in _languages_of(t.country), t.population

        regions = [max(towns, key=rank)]
    if not regions and not any(e.kind == "city" for e in named):  # "New York": the state's
        regions = [e for e in named if e.kind == "admin1"]
    return {(e.country, e.admin1) for e in regions}


def _title_tag(title: str) -> int:
    """Where a title's trailing tag starts (" - Shreveport, LA", " | Site name"): the last part
    after a separator when it has no lower-case word of its own; else the title's length."""
    parts = list(re.finditer(r" [-|–—] ", title))
    if parts:
        tail = title[parts[-1].end() :]
        if not re.search(r"\b[a-z]{4,}\b", tail):
            return parts[-1].start()
    return len(title)


def _tag_regions(tag: str) -> set[Region]:
    """Regions a title's trailing tag names by their own name, a direction word before and a
    site's section words after ("WALB.com, South Georgia News, Weather, Sports", "WSIL-TV 3
    Southern Illinois"): where the outlet is, and mostly its report's region. Names of sizeable
    towns too ("Washington Post") and acronyms ("WI" only after a town) name none."""
    found = set()
    for run in re.finditer(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", tag):
        words = [w for w in run.group().split(" ") if w.lower() not in _DIRECTION_WORDS]
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if not name.isupper() and _region_name(name) and (region := region_of(name)):
                    found.add(region)
                    break
    return found
