"""How a name stands in its sentence: at the scene, beside it, a home, a street, a pair."""

from __future__ import annotations

from ...extract.gazetteer import (
    name_key,
)
from ...extract.places import (
    region_of,
    state_code,
)
from .cues import (
    _AREA_HOSPITAL,
    _BLOCK_OF,
    _CITY_BEFORE,
    _DIVISION_BEFORE,
    _HOME_BEFORE,
    _HOME_OF,
    _HOSPITAL_IN,
    _INSTITUTION_AFTER,
    _INSTITUTION_BEFORE,
    _INSTITUTION_WORDS,
    _NAMED_SUBURB,
    _OUTSIDE_OF,
    _PART_NAME,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_KINDS,
    _POSSESSIVE,
    _RESIDENT_AFTER,
    _RESIDENT_BEFORE,
    _SCENE_BEFORE,
    _STATIONED_IN,
    _STREET_AFTER,
    _STREET_BEFORE,
    _STREET_WORDS,
    _SUBURB_AFTER,
    _SUBURB_OF,
)
from .names import places_named
from .votes import Region
from .weights import RESIDENT_WEIGHT, SCENE_WEIGHT, SUBURB_WEIGHT


def _placed(text: str, start: int, end: int) -> float:
    """How much a name stands where a place stands: after an address or "happened in" (scene),
    after "in"/"à"/"en" or before "'s west side", "province" (1), a resident's home (half); an
    institution's name does not stand there ("at Kimball High School in Dallas", "dans le
    lycée Kimball"): named so only, it is a town said anyhow."""
    if _INSTITUTION_AFTER.match(text, end) or _INSTITUTION_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return 0
    return _place_weight(text, start, end)


def _place_weight(text: str, start: int, end: int) -> float:
    """``_placed`` for a name no institution's; a suburb's big town weighs little (a suburb
    named after it is the place: "the Denver suburb of Wheat Ridge")."""
    if _NAMED_SUBURB.search(text, max(0, start - 40), start):
        return 1
    if _beside(text, start, end):
        return SUBURB_WEIGHT
    if _SCENE_BEFORE.search(text, max(0, start - 80), start):
        return SCENE_WEIGHT
    if _RESIDENT_BEFORE.search(text, max(0, start - 30), start) or _HOME_OF.search(
        text, max(0, start - 40), start
    ):
        return RESIDENT_WEIGHT  # "ein Mann aus Köln": "aus" alone would place Köln
    if _PLACE_BEFORE.search(text, max(0, start - 40), start) or _PLACE_AFTER.match(text, end):
        return 1
    if _DIVISION_BEFORE.search(text, max(0, start - 30), start):
        return 1
    if _RESIDENT_AFTER.match(text, end):
        return RESIDENT_WEIGHT
    return 0


def _beside(text: str, start: int, end: int) -> bool:
    """A town beside the scene: one it lies outside of, which places it for readers ("a suburb
    of Denver", "Denver's suburbs", "30 miles west of Phoenix", "à 20 km au nord de Lyon"), or
    where the wounded were taken ("Medical Center in Oak Lawn", "a Boise area hospital"), or
    where the force called to it is stationed ("State police at Lehighton"). Mostly another
    town is the scene, named too (GVC: 82 of 96 towns after "N miles west of", 257 of 285
    after "Hospital in", 6 of 6 before "area hospital" are no scene)."""
    before = max(0, start - 40)
    return bool(
        _SUBURB_OF.search(text, before, start)
        or _SUBURB_AFTER.match(text, end)
        or _OUTSIDE_OF.search(text, before, start)
        or _HOSPITAL_IN.search(text, max(0, start - 80), start)
        or _AREA_HOSPITAL.match(text, end)
        or _STATIONED_IN.search(text, before, start)
    )


def _home_pair(text: str, start: int, end: int) -> bool:
    """A "City, Region" pair that says where someone lives or comes from, not where it
    happened: after "of" or "from" ("Jacob Bennett, 26, of Crab Orchard, Tenn.", "a man from
    Paragould, Ark."; not "the city of Lyon, France"), or as a resident's home ("a Marietta, Ga.
    teen", "un habitant de Nîmes (Gard)", "un vecino de Toledo (España)", "ein Mann aus Kassel
    (Hessen)")."""
    before = text[max(0, start - 30) : start]
    if _CITY_BEFORE.search(before) or _SUBURB_OF.search(before):
        return False
    return bool(
        _HOME_BEFORE.search(before)
        or _RESIDENT_BEFORE.search(before)
        or _RESIDENT_AFTER.match(text, end)
    )


def _business(text: str, end: int) -> bool:
    """A name whose possessive names no part of a place ("Kay's Lounge", "Elk's Lodge",
    "Spike's apartment"), unlike "Detroit's west side" or "Miami's Overtown"."""
    if not _POSSESSIVE.match(text, end) or _PLACE_AFTER.match(text, end):
        return False
    after = _PART_NAME.match(text, end)
    return not (
        after
        and after.group(1).split(" ")[0].lower() not in _INSTITUTION_WORDS
        and places_named(after.group(1))
    )


def _street(text: str, start: int, end: int) -> bool:
    """A street's name, not a town's: "Second Street", "Owens Avenue", "rue de Lyon"."""
    last = text[start:end].rsplit(" ", 1)[-1].lower()
    return (
        last in _STREET_WORDS
        or bool(_STREET_AFTER.match(text, end))
        or bool(_STREET_BEFORE.search(text, max(0, start - 20), start))
        or bool(_BLOCK_OF.search(text, max(0, start - 20), start))
    )


def _pair_place(name: str) -> str:
    """The longest end of a "City, Region" match's first part that names a place ("Cleveland"
    of "News Cleveland, OH")."""
    words = name.split(" ")
    return next(
        (" ".join(words[i:]) for i in range(len(words)) if places_named(" ".join(words[i:]))),
        name,
    )


def _town_in(name: str, region: Region) -> bool:
    """A pair's first part is a town of its second: no region itself ("Syria, Lebanon" lists
    two), unless a town of the division bears the name ("Lebanon, Ohio", "Mexico, Mo.")."""
    if region_of(name) is None:
        return True
    return bool(region[1]) and any(
        e.kind == "city" and (e.country, e.admin1) == region for e in places_named(name)
    )


def _pair_region(words: str) -> Region | None:
    """The region of a "City, Region" pair's second part, which may run on into a word of its
    own ("Baton Rouge, Louisiana News"): the two words, else a US state's name first."""
    region = region_of(words)
    if region is None and " " in words and name_key(words.split(" ")[1]) not in _PLACE_KINDS:
        code = state_code(words.split(" ")[0])  # not "Chester, Delaware County": a county
        region = ("US", code) if code else None
    return region
