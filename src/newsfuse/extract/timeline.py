"""An event's timeline: the happenings its reports date inside the event's days, by day.

Each sentence is placed at its most precise date. A date inside the event's window (the event
record's days, else the week before the latest report to that report) is the event's own; a
date outside it, or only a month or a year ("in 2011", "since March 2020"), is background: kept
apart (``TimelineEntry.background``), never mixed with the event's days.

Undated reports resolve no relative date, yet their weekdays ("on Wednesday", "ce vendredi")
still order what happened: with an event window they land on its days (the first such weekday
from its start), without one they stay weekdays, ordered within the shortest week that holds
them. "Today" or "hier" of an undated report says nothing and is left out.

The same happening told by several reports on one day (most of their words shared) appears once,
with the others in ``also``; a day keeps its first happening, and a second one (``PER_DAY``)
only when it states a figure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise

from ..records import DateRef, Sentence, TimelineEntry
from .dates import calendar_words, resolve_dates

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
PER_DAY = 2
_NUMBER = re.compile(r"\d")
CLAUSE_WORDS = 6
MAX_CLAUSE_WORDS = 16
SAME = 0.5  # share of words above which two sentences of one day tell the same thing
_REFERENCE = datetime(2024, 1, 7)  # a Sunday: a bare weekday resolves to the week before it


@lru_cache(maxsize=512)
def _weekday(word: str, lang: str | None) -> int | None:
    """0-6 when ``word`` is a weekday name (read by the date stage itself), else None."""
    refs = resolve_dates([Sentence("", 0, 0, len(word), word, lang)], _REFERENCE, lang)
    if len(refs) == 1 and refs[0].precision == "day" and refs[0].text.lower() == word:
        return date.fromisoformat(refs[0].value).weekday()
    return None


def weekday_of(text: str, lang: str | None) -> int | None:
    """The weekday a date expression names ("on Wednesday", "ce vendredi", "am Donnerstag")."""
    names = calendar_words(lang) if lang else frozenset()
    for word in re.findall(r"[^\W\d_]+(?:-feira)?", text.lower()):
        if not names or word in names:
            day = _weekday(word, lang)
            if day is not None:
                return day
    return None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def _same(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= SAME


def _anchored(weekday: int, window: tuple[date, date]) -> date | None:
    """The first day of the window that falls on ``weekday``."""
    for offset in range(7):
        day = window[0] + timedelta(days=offset)
        if day > window[1]:
            break
        if day.weekday() == weekday:
            return day
    return None


def _rotation(weekdays: set[int]) -> dict[int, int]:
    """Order of weekdays known only by name: the start that makes their week shortest."""
    if not weekdays:
        return {}
    start = min(weekdays, key=lambda s: (max((w - s) % 7 for w in weekdays), s))
    return {w: (w - start) % 7 for w in weekdays}


def build_timeline(
    daterefs: Sequence[DateRef],
    sentences: Sequence[Sentence],
    window: tuple[date, date] | None = None,
    languages: dict[str, str | None] | None = None,
    clean: Callable[[str], str] = str.strip,
    published: dict[str, date] | None = None,
) -> list[TimelineEntry]:
    """The event's dated happenings in time order, then its background dates (see module doc).

    ``window``: the event's first and last day when known; ``languages``: article id -> language
    (to read weekday names); ``clean``: what to cut from a sentence before quoting it (page
    debris glued after its end); a date in the cut part places nothing; ``published``: article
    id -> its day: a day after it is something expected, not something that happened.
    """
    languages = languages or {}
    by_key = {
        (s.article_id, s.index): Sentence(
            s.article_id,
            s.index,
            s.start,
            s.start + len(clean(s.text)),
            clean(s.text),
            s.language,
            s.paragraph,
        )
        for s in sentences
    }
    placed: dict[tuple[str, int], TimelineEntry] = {}
    for ref in daterefs:
        key = (ref.article_id, ref.sentence_index)
        sentence = by_key.get(key)
        if sentence is None or ref.end > sentence.end:
            continue
        entry = _entry(ref, sentence, window, languages.get(ref.article_id))
        day = (published or {}).get(ref.article_id)
        if entry is None or (day and entry.date and date.fromisoformat(entry.date) > day):
            continue
        current = placed.get(key)
        if current is None or _better(entry, current):
            placed[key] = entry
    order = _rotation(
        {e.weekday for e in placed.values() if e.date is None and e.weekday is not None}
    )
    own = [e for e in placed.values() if not e.background]
    own.sort(key=lambda e: (e.date or "", order.get(e.weekday, 0), e.article_id, e.sentence_index))
    background = sorted(
        (e for e in placed.values() if e.background),
        key=lambda e: (e.date or "", e.article_id, e.sentence_index),
    )
    return _merge(own) + _merge(background)


_BREAK = re.compile(r"\s*(?:[,;:()]|\s--\s|\s[—–-]\s)\s*")


def clause_around(text: str, start: int, end: int, min_words: int = CLAUSE_WORDS) -> str:
    """The clause of ``text`` holding [start, end) ("24 civilians were killed on Friday"),
    grown by its neighbours (the one before first) until it has ``min_words`` words."""
    cuts = [(0, 0)] + [m.span() for m in _BREAK.finditer(text)] + [(len(text), len(text))]
    pieces = [(a[1], b[0]) for a, b in pairwise(cuts) if b[0] > a[1]]
    at = next((i for i, (a, b) in enumerate(pieces) if a <= start < b or a < end <= b), None)
    if at is None:
        return text
    first = last = at

    def words() -> int:
        return len(text[pieces[first][0] : pieces[last][1]].split())

    while words() < min_words and (first > 0 or last < len(pieces) - 1):
        if first > 0:
            first -= 1
        else:
            last += 1
    clause_start, clause_end = pieces[first][0], pieces[last][1]
    words_before = text[clause_start:start].split()
    if (
        len(text[clause_start:clause_end].split()) > MAX_CLAUSE_WORDS
    ):  # a long clause: near its date
        keep = max(0, len(words_before) - MAX_CLAUSE_WORDS // 2)
        clause_start += len(" ".join(text[clause_start:start].split()[:keep])) + (1 if keep else 0)
        rest = text[clause_start:clause_end].split()[:MAX_CLAUSE_WORDS]
        return " ".join(rest).rstrip(".,;:")
    return text[clause_start:clause_end].strip().rstrip(".")


def _entry(
    ref: DateRef, sentence: Sentence, window: tuple[date, date] | None, lang: str | None
) -> TimelineEntry | None:
    text, article, index = sentence.text, ref.article_id, ref.sentence_index
    clause = clause_around(text, ref.start - sentence.start, ref.end - sentence.start)
    if ref.value is None:
        weekday = weekday_of(ref.text, lang)
        if weekday is None:
            return None  # "today", "13 years ago" in an undated report
        day = _anchored(weekday, window) if window else None
        iso = day.isoformat() if day else None
        return TimelineEntry(iso, "day", article, index, text, weekday, clause=clause)
    if ref.precision not in _RANK:
        return None
    day = date.fromisoformat(ref.value)
    if ref.precision in ("month", "year"):
        inside = False
    elif window is None:
        inside = True
    else:
        inside = window[0] <= day <= window[1]
    weekday = day.weekday() if ref.precision == "day" else None
    return TimelineEntry(
        ref.value, ref.precision, article, index, text, weekday, not inside, clause=clause
    )


def _better(new: TimelineEntry, old: TimelineEntry) -> bool:
    """The event's own day beats background, a known date a bare weekday, a day a year."""
    return (new.background, new.date is None, _RANK[new.precision]) < (
        old.background,
        old.date is None,
        _RANK[old.precision],
    )


def _merge(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """One entry per happening a day (others' reports in ``also``), ``PER_DAY`` a day at most."""
    days: dict[tuple[str | None, int | None], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        key = (entry.date, entry.weekday if entry.date is None else None)
        if entry.background:
            key = (entry.date, None)
        kept = days[key]
        same = next((k for k in kept if _same(k.clause, entry.clause)), None)
        if same is not None:
            if entry.article_id != same.article_id and entry.article_id not in same.also:
                same.also.append(entry.article_id)
        elif not kept or (len(kept) < PER_DAY and _NUMBER.search(entry.clause)):
            kept.append(entry)
    order = {id(e): i for i, e in enumerate(entries)}
    return sorted((e for kept in days.values() for e in kept), key=lambda e: order[id(e)])
