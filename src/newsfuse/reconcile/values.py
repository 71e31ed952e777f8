"""What one claim's number allows: the stated value, its interval, units and wording.

Qualifiers turn a number into an interval ("at least 255" allows [255, inf)); rounded figures
("about 50", "une cinquantaine") allow a tolerance around the number, so they are compatible with
nearby exact figures without being equal to them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ..extract import units
from ..records import Claim, Qualifier

INF = math.inf
ROUNDING = 0.1  # relative tolerance of "about"/"nearly" figures

_LOWER_BOUNDS = {Qualifier.AT_LEAST, Qualifier.MORE_THAN}
_UPPER_BOUNDS = {Qualifier.LESS_THAN, Qualifier.UP_TO}
_ROUNDED = {Qualifier.ABOUT, Qualifier.NEARLY}
_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.ABOUT: "about",
    Qualifier.NEARLY: "nearly",
    Qualifier.LESS_THAN: "less than",
    Qualifier.UP_TO: "up to",
}


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def intersect(self, other: Interval) -> Interval | None:
        """The common part of two intervals, None when they share no value."""
        if self.low > other.low or (self.low == other.low and self.low_open):
            low, low_open = self.low, self.low_open
        else:
            low, low_open = other.low, other.low_open
        if self.high < other.high or (self.high == other.high and self.high_open):
            high, high_open = self.high, self.high_open
        else:
            high, high_open = other.high, other.high_open
        if low > high or (low == high and (low_open or high_open)):
            return None
        return Interval(low, high, low_open, high_open)

    def scaled(self, factor: float) -> Interval:
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)

    def contains(self, value: float) -> bool:
        above = value > self.low or (value == self.low and not self.low_open)
        below = value < self.high or (value == self.high and not self.high_open)
        return above and below


def common(intervals: Iterable[Interval]) -> Interval | None:
    """What every interval allows at once; None when they share no value (or there are none)."""
    result: Interval | None = None
    for i, item in enumerate(intervals):
        result = item if i == 0 else (result.intersect(item) if result else None)
        if result is None:
            return None
    return result


def unit_key(unit: str | None) -> tuple[str | None, float]:
    """(dimension, factor to the dimension's base unit) of a unit name, so "kilometre" and
    "mile" share a dimension and convert (pint's factors, ``extract.units``). A currency is its
    own dimension: sums in two currencies are compared only through a rate a report states (see
    ``reconcile.grouping``). Unknown units are their own dimension."""
    if not unit:
        return None, 1.0
    found = units.unit(unit)
    if found is None:
        word = unit.strip().lower()
        return (word[:-1] if len(word) > 3 and word.endswith("s") else word), 1.0  # valdors
    if found.dimension == units.MONEY:
        return f"money {found.iso or found.name}", 1.0
    base = units.base_factor(found.name)
    return (found.dimension, base[1]) if base else (f"{found.dimension} {found.name}", 1.0)


def stated(claim: Claim) -> float:
    """The number the text states ("at least 255" -> 255, "between 10 and 20" -> 15)."""
    if claim.low == claim.high or math.isinf(claim.high):
        return claim.low
    if claim.low <= 0 or math.isinf(claim.low):
        return claim.high
    return (claim.low + claim.high) / 2


def is_lower_bound(claim: Claim) -> bool:
    return claim.qualifier in _LOWER_BOUNDS


def is_upper_bound(claim: Claim) -> bool:
    return claim.qualifier in _UPPER_BOUNDS


def is_rounded(claim: Claim) -> bool:
    return claim.qualifier in _ROUNDED


def interval(claim: Claim, factor: float = 1.0) -> Interval:
    """Every value the claim allows, scaled by ``factor`` (unit conversion)."""
    value = stated(claim)
    if claim.low != claim.high and not (math.isinf(claim.high) and is_lower_bound(claim)):
        low, high = claim.low, claim.high
    elif is_lower_bound(claim):
        low, high = value, INF
    elif is_upper_bound(claim):
        low, high = 0.0, value
    elif claim.qualifier == Qualifier.ABOUT:
        low, high = value * (1 - ROUNDING), value * (1 + ROUNDING)
    elif claim.qualifier == Qualifier.NEARLY:
        low, high = value * (1 - ROUNDING), value
    else:
        low, high = value, value
    return Interval(
        low * factor,
        high * factor,
        low_open=claim.qualifier == Qualifier.MORE_THAN,
        high_open=claim.qualifier in (Qualifier.LESS_THAN, Qualifier.NEARLY),
    )


def number(value: float) -> str:
    """A figure as a reader writes it: 14,000 / 2.5."""
    if math.isinf(value):
        return "unbounded"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def worded(value: float, qualifier: Qualifier, unit: str | None = None) -> str:
    """'at least 255', 'less than 2 km': a figure with its qualifier and its unit's symbol, as a
    reader writes it."""
    return " ".join(filter(None, [_WORDS.get(qualifier, ""), number(value), units.display(unit)]))


def wording(claim: Claim, value: float | None = None) -> str:
    """The claim's figure with its qualifier and unit."""
    return worded(stated(claim) if value is None else value, claim.qualifier, claim.unit)
