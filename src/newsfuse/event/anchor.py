"""A report's anchor: the day and place it says its happening had, computed once per report
before clustering (cheap: its own sentences and date expressions), stored, and used by
clustering (two reports of one event share a day and a place) and by the event record.

``ongoing``: the report tells of something spanning days (an offensive, a siege, a campaign);
``follow_up``: it updates an earlier report ("new toll", "a day after the attack");
``aftermath``: its headline or first sentence tells of what followed a happening (an arrest,
charges, a trial, a funeral), so its own day is not the happening's.

The place votes read for the anchor (``ReportVotes``) are also what the event record reads of
the report, unless the event's other reports change which words count as common ones: the
record reuses them when they do not (``ReportVotes.hold``), and reads the report again when
they do. They are stored with the anchor (``dump_votes``), so re-analysing an event that a new
report joined reads again only the reports whose votes do not hold, whatever the event's size.
A report read again with the event's common words keeps that reading in their place, with the
answers it rests on: the event's next analysis reuses it while those answers stay the same,
so a growing event does not read its members again on every new report.

The day votes the record reads of a report (``when.report_days``) depend on the report alone
(its text and stored date expressions), not on its event: the record's first reading is stored
(``dump_days``) and read back by every later analysis of the report's events, so re-analysing an
event of many members reads their days rather than their dates again. Both stored readings carry
a fingerprint of the code that read them (``place_reader``, ``day_reader``): another version's
are read again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from ..records import Article, DateRef, Evidence, ReportAnchor, Sentence
from .place import event_places
from .when import AFTERMATH_CUES, DayVotes, report_day, report_days
from .where import PlaceVotes, common_words, event_place, report_votes

_ONGOING = re.compile(
    r"\b(?:offensive|siege|campaign|ongoing|continu(?:es|ing|ed) to|for (?:a|the) (?:second|third"
    r"|\w+th) day|since (?:the start|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|siège|campagne|depuis le début|ofensiva|asedio|campaña|Belagerung|Offensive|seit Tagen)\b",
    re.I,
)
_FOLLOW_UP = re.compile(
    r"\b(?:new toll|toll (?:rises|rose|climbs|climbed)|(?:a|one|two|the) days? after|update[ds]?:"
    r"|nouveau bilan|le bilan s'alourdit|au lendemain|nuevo balance|el balance asciende|un día"
    r" después|neue Bilanz|Zahl der Toten steigt|einen Tag nach)\b",
    re.I,
)
_AFTERMATH = re.compile(rf"(?<![\w])(?:{AFTERMATH_CUES})(?![\w])", re.I)
LEAD = 3


class _Asked(frozenset[str]):
    """Common words that note every word asked about: those among them (``said``) and those
    not (``unlike``)."""

    __slots__ = ("said", "unlike")

    def __init__(self, words: frozenset[str]) -> None:
        self.said: set[str] = set()
        self.unlike: set[str] = set()

    def __contains__(self, word: object) -> bool:
        found = super().__contains__(word)
        (self.said if found else self.unlike).add(str(word))
        return found


@dataclass(slots=True)
class ReportVotes:
    """One report's place votes (``where.report_votes``) read with some common words (its own,
    or its event's), the words the reading asked about that are not among them (``asked``) and
    those that are (``common``; left empty for a reading with the report's own common words,
    which every event of the report counts as common too)."""

    votes: PlaceVotes
    asked: frozenset[str]
    common: frozenset[str] = frozenset()

    def hold(self, common: frozenset[str]) -> bool:
        """Whether reading the report with ``common`` (the event's common words, a superset of
        the report's own) gives these votes: it does when every word asked about gets the same
        answer (none of those that were not common became common, and those that were still
        are), since the reading sees common words only through those questions."""
        return self.asked.isdisjoint(common) and self.common <= common


def report_votes_asked(
    article: Article, sentences: Sequence[Sentence], common: frozenset[str] | None = None
) -> ReportVotes:
    """``where.report_votes`` of one report with ``common`` (else its own common words), and
    what it asked."""
    own = common is None
    asked = _Asked(common_words([article.title, article.text]) if own else common)
    votes = report_votes(article, sentences, asked)
    return ReportVotes(
        votes, frozenset(asked.unlike), frozenset() if own else frozenset(asked.said)
    )


def dump_votes(read: ReportVotes) -> str:
    """``read`` as JSON, to be stored with the report's anchor (``load_votes`` reads it back):
    every field of ``PlaceVotes`` in its own order (tuples as lists)."""
    votes: dict[str, object] = {}
    for f in fields(PlaceVotes):
        value = getattr(read.votes, f.name)
        if isinstance(value, dict):
            votes[f.name] = [[_listed(k), _listed(v)] for k, v in value.items()]
        else:
            votes[f.name] = [_listed(v) for v in value]
    stored = {
        "reader": place_reader(),
        "votes": votes,
        "asked": sorted(read.asked),
        "common": sorted(read.common),
    }
    return json.dumps(stored, ensure_ascii=False)


@lru_cache(maxsize=1)
def place_reader() -> str:
    """A fingerprint of the code that reads a report's place votes and of the form they are
    stored in (this module): votes stored by another version of either (an upgrade of newsfuse,
    or a downgrade to one that knows fewer of the stored fields) are read again, never reused
    stale or misread."""
    from ..extract import dates, gazetteer, places, us_towns
    from . import anchor, where

    return _fingerprint(where, places, gazetteer, us_towns, dates, anchor)


@lru_cache(maxsize=1)
def day_reader() -> str:
    """A fingerprint of the code that reads a report's day votes (``when.report_days``, the date
    expressions it resolves again, the sentences it splits) and of the form they are stored in
    (this module), as ``place_reader`` for place votes."""
    from .. import language
    from ..extract import dates
    from . import anchor, when

    return _fingerprint(when, dates, language, anchor)


def _fingerprint(*modules: ModuleType) -> str:
    """A digest of the modules' source; of a package (``where``), of all its modules."""
    digest = hashlib.sha256()
    for module in modules:
        path = Path(module.__file__ or "")
        files = sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]
        for file in files:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def load_votes(data: str) -> ReportVotes | None:
    """The votes ``dump_votes`` stored; None when they were stored by another version of the
    place reader or with other fields than ``PlaceVotes`` has now (the report is then read
    again)."""
    stored = json.loads(data)
    votes = PlaceVotes()
    if stored.get("reader") != place_reader():
        return None
    if set(stored["votes"]) != {f.name for f in fields(PlaceVotes)}:
        return None
    for name, items in stored["votes"].items():
        kind = type(getattr(votes, name))  # still the empty default
        if name == "evidence":
            value: object = {k: Evidence(**e) for k, e in items}
        elif issubclass(kind, dict):
            value = kind({_tupled(k): v for k, v in items})  # a Counter too
        else:
            value = kind(_tupled(v) for v in items)
        setattr(votes, name, value)
    return ReportVotes(votes, frozenset(stored["asked"]), frozenset(stored.get("common", ())))


def dump_days(days: DayVotes) -> str:
    """A report's day votes as JSON (``load_days`` reads them back): every field of
    ``DayVotes`` as a list, in its own order (days as ISO text, evidence as its fields)."""
    stored = {
        "reader": day_reader(),
        "days": [[d.isoformat(), n] for d, n in days.days.items()],
        "evidence": [[d.isoformat(), asdict(e)] for d, e in days.evidence.items()],
        "reported": [d.isoformat() for d in days.reported],
        "first": [[d.isoformat(), a] for d, a in days.first.items()],
        "unresolved": [asdict(e) for e in days.unresolved],
        "happening": sorted(d.isoformat() for d in days.happening),
    }
    return json.dumps(stored, ensure_ascii=False)


def load_days(data: str) -> DayVotes | None:
    """The day votes ``dump_days`` stored; None when another version of the day reader stored
    them, or with other fields than ``DayVotes`` or ``Evidence`` have now (the report's days are
    read again)."""
    stored = json.loads(data)
    if stored.pop("reader", None) != day_reader():
        return None
    if set(stored) != {f.name for f in fields(DayVotes)}:
        return None
    day = date.fromisoformat
    try:
        return DayVotes(
            days=Counter({day(d): n for d, n in stored["days"]}),
            evidence={day(d): Evidence(**e) for d, e in stored["evidence"]},
            reported=[day(d) for d in stored["reported"]],
            first={day(d): a for d, a in stored["first"]},
            unresolved=[Evidence(**e) for e in stored["unresolved"]],
            happening={day(d) for d in stored["happening"]},
        )
    except TypeError:  # evidence of another form (``records.Evidence`` changed since)
        return None


def _listed(value: object) -> object:
    if isinstance(value, Evidence):
        return asdict(value)
    return [_listed(v) for v in value] if isinstance(value, tuple) else value


def _tupled(value: object) -> object:
    return tuple(_tupled(v) for v in value) if isinstance(value, list) else value


def read_report(
    article: Article, sentences: Sequence[Sentence], refs: Sequence[DateRef]
) -> tuple[ReportAnchor, ReportVotes]:
    """What one report says of its happening's day and place, and the place votes it rests on
    (which the event record reads again, ``ReportVotes``)."""
    days = report_days(article, sentences, refs)
    day = report_day(days)
    read = report_votes_asked(article, sentences)
    votes = read.votes
    placed = event_places(event_place(votes), votes)
    lead = " ".join([article.title, *(s.text for s in sentences[:LEAD])])
    evidence = [days.evidence[day]] if day else []
    if placed and placed[0].evidence:
        evidence.append(placed[0].evidence[0])
    anchor = ReportAnchor(
        article_id=article.id,
        day=day,
        precision="day" if day else "unknown",
        place=placed[0] if placed else None,
        ongoing=bool(_ONGOING.search(lead)),
        follow_up=bool(_FOLLOW_UP.search(lead)),
        aftermath=bool(
            _AFTERMATH.search(" ".join([article.title, *(s.text for s in sentences[:1])]))
        ),
        evidence=evidence,
        named=named_days(article, refs),
    )
    return anchor, read


def named_days(article: Article, refs: Sequence[DateRef]) -> list[date]:
    """Every day the report names, resolved to the day, none after its publication."""
    until = article.published.date() if article.published else None
    named = {
        date.fromisoformat(r.value[:10])
        for r in refs
        if r.precision == "day" and r.value and (until is None or r.value[:10] <= str(until))
    }
    return sorted(named)
