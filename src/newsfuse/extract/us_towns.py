"""US towns and the counties they lie in, from the USPS ZIP code list of the ``zipcodes`` package.

GeoNames (the gazetteer) holds places of 500+ people and no county of a town. Local US news names
smaller places ("in Kinloch", "near Iaeger") and a county with its town ("in Lynn County, just
outside of Tahoka"): the post office list has both, a town's name per ZIP code with its county.
Built once into a cache file, then read lazily (~0.2 s); names are keyed like the gazetteer's.
"""

from __future__ import annotations

import os
import pickle
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import GeoEntry, cache_dir, flat_key, name_key

VERSION = 3  # of the cached index's layout: changing it rebuilds the cache


@dataclass(frozen=True)
class USTown:
    """A post office town: its name, state (postal code), counties and a ZIP code's position."""

    name: str
    state: str
    counties: frozenset[str]  # flat keys ("lynncounty"); a town's ZIP codes may span two
    latitude: float | None
    longitude: float | None
    # The town whose ZIP codes this name is only another name of ("Homewood", Pa., of
    # Pittsburgh's; "Ybor City" of Tampa's): a part of that town. None for a town with ZIP codes
    # of its own, or another name of several towns' codes.
    mail_town: str | None = None

    def entry(self) -> GeoEntry:
        """The town as a gazetteer entry (no GeoNames id, population unknown)."""
        return GeoEntry(0, self.name, "city", "US", self.state, self.latitude, self.longitude, 0)


# Post office spellings ("Mt Pleasant", "St Joseph") and news ones ("St. Joseph") of names that
# GeoNames and most gold data write in full.
_ABBREVIATED = re.compile(r"^(St|Ste|Mt|Ft|Pt)\.?\s+(?=[A-Z])")
_IN_FULL = {"St": "Saint", "Ste": "Sainte", "Mt": "Mount", "Ft": "Fort", "Pt": "Point"}
# Some "acceptable" ZIP code names are a county or township, not a town ("Highland County").
_NO_TOWN = re.compile(r"\b(?:County|Parish|Borough|Township|Twp)\b", re.I)


def expand_abbreviation(name: str) -> str:
    """A name with its leading "St."/"Mt."/"Ft." written out ("Mt Pleasant" -> "Mount Pleasant")."""
    return _ABBREVIATED.sub(lambda m: _IN_FULL[m.group(1)] + " ", name)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


Index = tuple[dict[str, tuple[USTown, ...]], Counter[tuple[str, str]]]


@lru_cache(maxsize=1)
def _index() -> Index:
    """The index, read from the cache (~0.2 s), else built (~1.5 s) and cached: like the
    gazetteer's, under ``$NEWSFUSE_CACHE``, named by the ``zipcodes`` version."""
    import zipcodes

    path = cache_dir() / f"us-towns-{zipcodes.__version__}-v{VERSION}.pickle"
    try:
        with path.open("rb") as cached:
            return pickle.load(cached)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    index = _build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as out:
            pickle.dump(index, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomically: a concurrent reader never sees half a file
    except OSError:
        pass  # a read-only cache: build again next time
    return index


def _build_index() -> Index:
    """Name key -> towns of that name (one per state), and (county key, state) -> ZIP codes.
    A ZIP code's "acceptable" names (other post office names used for it, "Jerome" for
    Ochopee's) count as towns too, each with the one town whose codes it only names, if any."""
    import zipcodes  # ~0.5 s to decompress

    counties: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str], str] = {}
    where: dict[tuple[str, str], tuple[float | None, float | None]] = {}
    sizes: Counter[tuple[str, str]] = Counter()
    own: set[tuple[str, str]] = set()  # names some ZIP code is primarily of
    mail: dict[tuple[str, str], set[str]] = defaultdict(set)  # other name -> primary names
    for record in zipcodes.list_all():
        state, county = record["state"], flat_key(record.get("county") or "")
        if county:
            sizes[(county, state)] += 1
        for name in [record["city"], *record.get("acceptable_cities", ())]:
            if _NO_TOWN.search(name):
                continue
            key = (name_key(name), state)
            names.setdefault(key, expand_abbreviation(name.title() if name.isupper() else name))
            where.setdefault(key, (_float(record.get("lat")), _float(record.get("long"))))
            if county:
                counties[key].add(county)
            if name == record["city"]:
                own.add(key)
            else:
                mail[key].add(name_key(record["city"]))
    by_name: dict[str, list[USTown]] = defaultdict(list)
    for key, name in names.items():
        primary = mail[key] if key not in own else set()
        town = names.get((next(iter(primary)), key[1])) if len(primary) == 1 else None
        by_name[key[0]].append(USTown(name, key[1], frozenset(counties[key]), *where[key], town))
    return {key: tuple(towns) for key, towns in by_name.items()}, sizes


def county_size(name: str, state: str) -> int:
    """How many ZIP codes a county has: its size, where GeoNames gives counties none (Harris
    County, Tex., has 241; Harris County, Ga., 8)."""
    return _index()[1][(flat_key(name), state)]


def us_towns(name: str) -> tuple[USTown, ...]:
    """The post office towns a name denotes, in any state ("Saint Joseph" in MI, MO, ...)."""
    return _index()[0].get(name_key(name), ())


def counties_of(name: str, state: str) -> frozenset[str]:
    """Flat keys (``flat_key``) of the counties a town of a state lies in (empty when unknown)."""
    return next((t.counties for t in us_towns(name) if t.state == state), frozenset())
