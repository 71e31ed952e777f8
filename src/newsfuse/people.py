"""The people a report names with their age: "Alex DoSouto, 24,", "22-year-old Frederick
Seymore", "Jean Dupont, 24 ans", "Juan Pérez, de 24 años", "Hans Müller (24)", "der 24-jährige
Hans Müller".

Crime and disaster reports name their victims and suspects this way, and a full name with an
age is rare enough that two reports naming the same person tell of one happening, however far
apart in time: the late follow-ups (charges, a trial, a funeral) share few other words with the
first reports and name no day of theirs. Clustering reads them as ``person`` keys among an
article's terms (``features``).

A key holds the folded name and the age; each mention gives the keys of the age and the years
either side, so reports a birthday apart still share one. Title lines are not read: headlines
capitalise every word ("Teen Killed, 3 Hurt").
"""

from __future__ import annotations

import re
import unicodedata

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
# a name's word: "Smith", "DoSouto", "McDonald", "O'Neil", "Smith-Jones", "Pérez"
_WORD = rf"[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:[-'’][{_UP}]?[{_LOW}]+)?"
# first name, an optional middle name or initial, last name, an optional suffix
_FULL = rf"(?P<name>{_WORD} (?:(?:{_WORD}|[{_UP}]\.) )?{_WORD})(?: Jr\.?| Sr\.?| I{{2,3}})?"
_AGE = r"(?P<age>\d{1,3})"
# what follows "a 3-year-old Kansas City ..." when the capitalised words are a place's
_NOT_A_PERSON = r"(?! (?:man|woman|boy|girl|teen|teenager|child|baby|toddler|resident|native|student|couple|family|police)\b)"
# Each pattern after what every match of it holds (a cue, searched first): most texts lack all
# but one or two cues, and a cue is far cheaper to search than a pattern trying a full name at
# every capital (#22: 1,000 GVC reports read in 0.16 s instead of 0.37 s).
_PATTERNS = [
    (  # en: "Alex DoSouto, 24,"
        re.compile(r", (?:aged )?\d"),
        re.compile(rf"\b{_FULL}, (?:aged )?{_AGE}(?=[,;.)]| years?\b)"),
    ),
    (  # en: "22-year-old Frederick Seymore"
        re.compile(r"\d-year-old "),
        re.compile(rf"\b{_AGE}-year-old {_FULL}\b{_NOT_A_PERSON}"),
    ),
    (  # fr: "Jean Dupont, 24 ans"
        re.compile(r"\d ans\b"),
        re.compile(rf"\b{_FULL}, (?:âgée? de )?{_AGE} ans\b"),
    ),
    (  # es: "Juan Pérez, de 24 años"
        re.compile(r"\d años\b"),
        re.compile(rf"\b{_FULL}, (?:de )?{_AGE} años\b"),
    ),
    (re.compile(r"\(\d{1,3}\)"), re.compile(rf"\b{_FULL} \({_AGE}\)")),  # de: "Hans Müller (24)"
    (  # de: "der 24-jährige Hans Müller"
        re.compile(r"\d-[jJ]ährig"),
        re.compile(rf"\b{_AGE}-[jJ]ährigen? {_FULL}\b"),
    ),
]
MAX_AGE = 110


_SUFFIX = re.compile(r"(?: (?:jr|sr|ii|iii))+$")


def _fold(name: str) -> str:
    """Lower-cased, accents stripped, without "Jr."/"Sr.": how every report spells the name."""
    decomposed = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    return _SUFFIX.sub("", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def named_people(text: str) -> set[tuple[str, int]]:
    """(folded full name, age) of each person the text names with an age."""
    found: set[tuple[str, int]] = set()
    for cue, pattern in _PATTERNS:
        if not cue.search(text):
            continue
        for match in pattern.finditer(text):
            age = int(match.group("age"))
            if 0 < age <= MAX_AGE:
                found.add((_fold(match.group("name")), age))
    return found


def person_keys(text: str) -> set[str]:
    """The keys of the people ``text`` names: name and age, and the years either side."""
    return {f"{name}|{age + k}" for name, age in named_people(text) for k in (-1, 0, 1)}


# a run of capitalised words and initials: "Police Chief Roger Ellis", "Vincent E. Wainwright"
_RUN = re.compile(rf"(?:(?:{_WORD}|[{_UP}]\.) )+{_WORD}")


def _first_last(name: str) -> str | None:
    words = name.split()
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else None


def name_keys(text: str) -> set[str]:
    """First and last name of each person ``text`` names with an age: what a later report
    naming them without their age ("Ellis was sentenced") is matched against (``mentions``)."""
    return {key for name, _ in named_people(text) if (key := _first_last(name))}


def mentions(text: str) -> set[str]:
    """The last two words of each run of capitalised words ("Sheriff Roger Ellis" -> "roger
    ellis"), and the first and last of its last three ("Anaiya Denise Montgomery" -> "anaiya
    montgomery"): the names a report may give without an age. Most runs are no one's name (a
    department, a street); only those matching a ``name_keys`` key of another report count."""
    found = set()
    for match in _RUN.finditer(text):
        words = _fold(match.group(0)).split()
        found.update(f"{first} {words[-1]}" for first in words[-3:-1])
    return found
