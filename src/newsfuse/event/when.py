"""When an event happened: the day its reports' date expressions point to, not the day they
were published.

A report's reference day is its publication date; a report without one (a plain file) takes a
full date its first lines state ("Sun 10 Jul 2016", "Published June 4 2016", "13-12-2014"), else
it has none (never a file's modification time) and only its full dates ("on 27 November 2024")
count. Each day-precise expression resolved against the reference day (``extract.dates``: "on
Wednesday", "mercredi soir", "hier", "last night", "el martes") votes for its day when that day
lies up to ``WINDOW_DAYS`` before the reference day; the reference day itself ("police said
Tuesday", "today", a date stamp) votes ``SAME_DAY_WEIGHT``, since it is mostly the day the news was
told. The title weighs like the lead. The event's day is the most voted one (on a tie the
earlier: later ones are mostly the days it was reported); without any vote the day is unknown: the
record says only that the event happened by its earliest report, and shows the reports' own
unresolved words ("began on Wednesday") as evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..extract.dates import resolve_dates
from ..records import HEADLINE, Article, DateRef, EventWhen, Evidence, Sentence

WINDOW_DAYS = 31
SAME_DAY_WEIGHT = 0.5  # chosen on the GVC dev set (0.25/0.5/0.75/1: 0.750/0.761/0.754/0.752)
STAMP_LINES = 2  # a report's date stamp stands in its first lines
_STAMP_PREFIX = re.compile(
    r"^\W*(?:(?:published|updated|last updated(?: at)?|date of publication|publié le|"
    r"publicado|veröffentlicht(?: am)?)\W*)?",
    re.I,
)


@dataclass
class DayVotes:
    """Days one report (or an event) points to, with a sentence for each."""

    days: Counter[date] = field(default_factory=Counter)
    evidence: dict[date, Evidence] = field(default_factory=dict)
    reported: list[date] = field(default_factory=list)  # reference days of the reports
    unresolved: list[Evidence] = field(default_factory=list)  # "on Wednesday" with no base day

    def add(self, other: DayVotes) -> None:
        self.days.update(other.days)
        for day, evidence in other.evidence.items():
            self.evidence.setdefault(day, evidence)
        self.reported += other.reported
        self.unresolved += other.unresolved


def reference_day(article: Article, sentences: Sequence[Sentence]) -> date | None:
    """The report's publication day, else a full date stamped at its start."""
    if article.published:
        return article.published.date()
    head = "\n".join(article.text.lstrip().splitlines()[:STAMP_LINES])[:120]
    head = _STAMP_PREFIX.sub("", head)
    first = [s for s in sentences if s.start < len(head) + 5][:1] or list(sentences[:1])
    for ref in resolve_dates(first, None, article.language):
        if ref.precision == "day" and ref.value and ref.start - (first[0].start) <= 40:
            return date.fromisoformat(ref.value)
    return None


def report_days(
    article: Article,
    sentences: Sequence[Sentence],
    refs: Sequence[DateRef] | None = None,
) -> DayVotes:
    """What one report says of its event's day. ``refs`` are its stored date expressions,
    resolved against its publication date; an undated report's are resolved here against its
    stamp."""
    votes = DayVotes()
    base = reference_day(article, sentences)
    if base is not None:
        votes.reported.append(base)
    title = Sentence(article.id, HEADLINE, 0, len(article.title), article.title, article.language)
    moment = datetime.combine(base, datetime.min.time()) if base else None
    heads = resolve_dates([title], moment, article.language) if article.title else []
    if refs is None or article.published is None:
        refs = resolve_dates(list(sentences), moment, article.language)
    texts = {s.index: s.text for s in sentences}
    for ref in [*heads, *refs]:
        text = article.title if ref.sentence_index == HEADLINE else texts.get(ref.sentence_index)
        if ref.precision == "unresolved" and base is None and len(votes.unresolved) < 2:
            votes.unresolved.append(Evidence(article.id, ref.sentence_index, text or ref.text))
        if ref.precision != "day" or not ref.value:
            continue
        day = date.fromisoformat(ref.value)
        if base is None or base - timedelta(days=WINDOW_DAYS) <= day < base:
            weight = 1.0
        elif day == base:
            weight = SAME_DAY_WEIGHT
        else:
            continue
        votes.days[day] += weight
        votes.evidence.setdefault(day, Evidence(article.id, ref.sentence_index, text or ref.text))
    return votes


def report_day(votes: DayVotes) -> date | None:
    """The most voted day (on a tie the earlier), None without votes."""
    if not votes.days:
        return None
    top = max(votes.days.values())
    return min(d for d, n in votes.days.items() if n == top)


def event_when(votes: DayVotes) -> EventWhen:
    """The event's day with the sentence it rests on; unknown (ending by the earliest report's
    day, when known) without any day-precise expression."""
    day = report_day(votes)
    if day is None:  # the reports' own words ("began on Wednesday") for the reader
        first = min(votes.reported, default=None)
        return EventWhen(None, first, "unknown", votes.unresolved[:3])
    return EventWhen(start=day, end=day, precision="day", evidence=[votes.evidence[day]])
