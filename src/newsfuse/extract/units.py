"""Units as data: one inventory of units with their surface forms in six languages.

``data/units.json`` lists each unit once, under the name NewsQuant/CQE normalise it to
("kilometre", "pound sterling", "mile per hour"), with its dimension (length, money, ratio...),
the short form a brief shows ("km", "GBP"), its pint expression when it converts (pint's
registry supplies every conversion factor, so none is typed here), its ISO 4217 code for a
currency, and its surfaces (with the ASCII forms feeds transliterate signs to, as unidecode
does: "PS" for £, "Y=" for ¥): ``symbols`` (case-sensitive: "km", "%", "$", "mph"), ``before``
(written before the number: "$", "US$", "€", "magnitude") and ``words`` per language
(case-insensitive, singular and plural: "kilometres", "kilomètres", "kilómetros",
"Kilometern"). So "km", "kilomètres" and "Kilometer" are one unit, and km and miles convert
when outlets are compared.

A surface shared by two units ("pounds": mass or sterling; "livres") reads as money after a
scaled number ("120 millions de livres") and as the other unit otherwise ("208 pounds").
Compound units are built from two: "km/h" is listed, "$58 per barrel", "£120 million a year",
"people per km²" are read as ``<unit> per <unit or noun>``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from newsfuse.extract.numbers import LANGS

MONEY = "money"
TIME = "time"


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit: its normalised name, dimension, short form and pint expression (if any)."""

    name: str
    dimension: str
    display: str
    pint: str | None = None
    iso: str | None = None

    def per(self, other: Unit | str) -> Unit:
        """ "dollar" per "barrel": a rate (a unit or a counted noun below the line)."""
        if isinstance(other, str):
            return Unit(
                f"{self.name} per {other}",
                f"{self.dimension} per {other}",
                f"{self.display}/{other}",
            )
        pint = f"({self.pint})/({other.pint})" if self.pint and other.pint else None
        return Unit(
            f"{self.name} per {other.name}",
            f"{self.dimension} per {other.dimension}",
            f"{self.display}/{other.display}",
            pint,
        )


@dataclass(frozen=True, slots=True)
class _Inventory:
    units: dict[str, Unit]
    symbols: dict[str, tuple[Unit, ...]]  # exact surface -> units
    words: dict[str, dict[str, tuple[Unit, ...]]]  # lang -> lower-cased surface -> units
    before: dict[str, tuple[Unit, ...]]


@cache
def _inventory() -> _Inventory:
    raw = json.loads(resources.files("newsfuse").joinpath("data/units.json").read_text("utf-8"))
    units: dict[str, Unit] = {}
    symbols: dict[str, list[Unit]] = {}
    words: dict[str, dict[str, list[Unit]]] = {lang: {} for lang in LANGS}
    before: dict[str, list[Unit]] = {}
    for entry in raw:
        unit = Unit(
            entry["name"], entry["dimension"], entry["display"], entry.get("pint"), entry.get("iso")
        )
        units[unit.name] = unit
        for surface in entry.get("symbols", []):
            symbols.setdefault(surface, []).append(unit)
        for surface in entry.get("before", []):
            before.setdefault(surface, []).append(unit)
        for lang, forms in entry.get("words", {}).items():
            for form in forms:
                words[lang].setdefault(form.lower(), []).append(unit)
    return _Inventory(
        units,
        {k: tuple(v) for k, v in symbols.items()},
        {lang: {k: tuple(v) for k, v in table.items()} for lang, table in words.items()},
        {k: tuple(v) for k, v in before.items()},
    )


def unit(name: str) -> Unit | None:
    """The unit of a normalised name, compounds included ("kilometre per hour"); a symbol or an
    English word is accepted too ("km", "miles")."""
    inventory = _inventory()
    if name in inventory.units:
        return inventory.units[name]
    head, sep, tail = name.partition(" per ")
    if sep and head in inventory.units:
        return inventory.units[head].per(inventory.units.get(tail) or tail)
    found = inventory.symbols.get(name) or inventory.words["en"].get(name.lower())
    return found[0] if found else None


def units() -> list[Unit]:
    return list(_inventory().units.values())


def _bounded(surface: str) -> str:
    """A surface that ends with a letter or digit must not run on into a word ("min" in "mining")."""
    escaped = re.escape(surface).replace(r"\ ", r"\s+")
    return escaped + r"(?![\w])" if surface[-1:].isalnum() else escaped


_GAP = re.compile(r"[ \u00a0\u202f]{0,2}-?")


@cache
def _after_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    """The surfaces of ``lang`` (and all symbols) by their first letter, longest first: one small
    alternation is tried per number instead of a thousand."""
    inventory = _inventory()
    parts: dict[str, list[tuple[int, str]]] = {}
    for surface in inventory.symbols:
        parts.setdefault(surface[0].lower(), []).append((len(surface), _bounded(surface)))
    for surface in inventory.words.get(lang, {}):
        pattern = f"(?i:{_bounded(surface)})"
        parts.setdefault(surface[0].lower(), []).append((len(surface), pattern))
    return {
        first: re.compile("|".join(p for _n, p in sorted(group, key=lambda x: -x[0])))
        for first, group in parts.items()
    }


def _surface_at(text: str, pos: int, lang: str) -> re.Match[str] | None:
    start = _GAP.match(text, pos).end()
    pattern = _after_patterns(lang).get(text[start : start + 1].lower())
    return pattern.match(text, start) if pattern else None


@cache
def _before_pattern() -> re.Pattern[str]:
    surfaces = sorted(_inventory().before, key=len, reverse=True)
    alternation = "|".join(re.escape(s) for s in surfaces)
    # "US$ 58", "€3", "magnitude 7.5", "de magnitud de 7,5", "Stärke von 7,5"
    return re.compile(rf"(?<![\w$€£¥=])(?P<unit>{alternation})\s?(?:(?:de|of|von)\s)?$")


# After a scaled number the unit may follow a preposition: "2 milliards de dollars", "120
# millions de livres", "3 milioni di euro".
_OF = re.compile(r"[ \u00a0]+(?:de|d'|d’|di|of)[ \u00a0]*", re.I)


def _pick(candidates: tuple[Unit, ...], money: bool) -> Unit:
    """One unit of an ambiguous surface: money after a scaled number, else the other reading."""
    for candidate in candidates:
        if (candidate.dimension == MONEY) == money:
            return candidate
    return candidates[0]


@lru_cache(maxsize=4096)
def unit_after(text: str, pos: int, lang: str, scaled: bool = False) -> tuple[Unit, int] | None:
    """The unit written right after position ``pos`` (the end of a number) and where it ends.

    ``scaled``: the number ends with a scale word ("2 milliards", "120 million"), which lets a
    preposition come first and makes an ambiguous surface read as money.
    """
    lang = lang if lang in LANGS else "en"
    m = _surface_at(text, pos, lang)
    if m is None and scaled:
        of = _OF.match(text, pos)
        m = _surface_at(text, of.end(), lang) if of else None
    if m is None:
        return None
    surface = m.group()
    inventory = _inventory()
    candidates = inventory.symbols.get(surface) or inventory.words[lang].get(
        " ".join(surface.lower().split())
    )
    if not candidates:
        return None
    return _pick(candidates, scaled), m.end()


@lru_cache(maxsize=4096)
def unit_before(text: str, pos: int) -> tuple[Unit, int] | None:
    """A currency sign or code ("$", "US$", "€", "CHF") or a word such as "magnitude" written
    right before position ``pos`` (the start of a number), and where it starts."""
    m = _before_pattern().search(text, max(0, pos - 16), pos)
    if m is None:
        return None
    return _pick(_inventory().before[m.group("unit")], True), m.start()


# What a rate is per: "per barrel", "a year", "/h", "par an", "por barril", "pro Jahr", "al año".
_PER = re.compile(
    r"[ \u00a0]*(?:/[ \u00a0]*|(?P<per>per|par|por|pro|je|each)[ \u00a0]+"
    r"|(?P<a>an?|al|au|à l'|à la|am|all')[ \u00a0]+)|-(?P<hyphen>a|an|per)-",
    re.I,
)
# "a year earlier", "a day later": a time, not a rate.
_AGO = re.compile(r"\w+[ \u00a0]+(?:earlier|ago|before|later|after|prior|since)\b", re.I)
# A noun a rate is per; not a word of a prepositional phrase ("12 grados por encima de la media",
# "5 % par rapport à", "10 km por debajo del").
_NOUN = re.compile(
    r"[^\W\d_]{3,}(?![\w])(?![ \u00a0]+(?:de|del|à|au|a|al|of|von|dem)[ \u00a0])", re.I
)


def rate_after(text: str, pos: int, lang: str, nouns: bool = True) -> tuple[Unit | str, int] | None:
    """The second half of a rate: "per hour", "a year", "pro Jahr" (a unit), or with ``nouns``
    "per share", "/gram", "por barril" (a noun, returned as written). "a"/"al" take only a unit."""
    m = _PER.match(text, pos)
    if m is None or (m.group("a") and _AGO.match(text, m.end())):
        return None
    after = unit_after(text, m.end(), lang)
    if after and after[0].dimension != MONEY:
        return after  # "per hour", "a year", "barrel-a-day"
    if m.group("a") or m.group("hyphen") or not nouns:
        return None
    noun = _NOUN.match(text, m.end())
    return (noun.group(), noun.end()) if noun else None


@cache
def _registry():
    """pint's unit registry, loaded once, on first use (about 0.4 s)."""
    import pint

    return pint.UnitRegistry()


@cache
def base_factor(name: str) -> tuple[str, float] | None:
    """(dimensionality, factor to the SI base unit) of a linear unit, None when it has no
    pint expression or is not linear (temperatures, money)."""
    found = unit(name)
    if found is None or not found.pint or found.dimension == "temperature":
        return None
    quantity = _registry().parse_expression(found.pint).to_base_units()
    return str(quantity.dimensionality), float(quantity.magnitude)


def comparable(a: str | None, b: str | None) -> bool:
    """Whether two units measure the same thing (km and miles, °C and °F, any two currencies):
    the same dimension in the inventory, whose units all share one pint dimensionality (a test
    checks it), so this needs no registry."""
    ua, ub = (unit(a) if a else None), (unit(b) if b else None)
    return ua is not None and ub is not None and ua.dimension == ub.dimension


def display(name: str | None) -> str | None:
    """How a brief writes a unit: "km", "%", "USD", "km/h"; the name itself when unknown."""
    if not name:
        return name
    found = unit(name)
    return found.display if found else name
