"""How many were killed, injured, displaced, arrested or went missing: UCDP-style best / low /
high counts of the event, taken from its reconciled facts (``reconcile``), never re-read.

Per measure, the event's main fact is the one most reports state in their headline or first
``LEAD_SENTENCES`` sentences (a report's toll leads; figures further down mostly recall other
events), about someone (a figure with no noun is often a date or a tally); on a tie one about
people in general rather than a group, then the one more independent sources state, then the one
stated first in a report, then the smaller (ACLED: the most conservative when equally supported).

Each report then says one figure of the count: of the main fact when it states it, else of another
fact about people in general that is no part of another of its measure (the reconciliation may
split one toll over several facts; the dead that are a part of those shot are all the dead); the
first it states with a number, its headline's first, else its first (a page often goes on with
other stories' figures), never one of several shootings told together nor one in a line that opens
with a date of another year ("August 1982: Eight people killed", an item of a list of past
shootings). ``best`` is the figure the most reports allow (a
lower bound such as "at least 240" allows 255 of its own fact, never a figure of another fact such
as a war's "more than half a million dead"), then one a report states as a count in its lead ("two
men", "one person"; not one death told without a number, as "the death of 21-year-old Eric": a
report of one victim tells of a death, not how many died), then the one most statements allow,
then the latest report's (tolls grow as news comes in), at last the smaller; ``low`` and ``high``
are the smallest and largest figures the reports of that fact state (readings only when none
states one). Parts of the main fact that several independent sources state ("civilians", "children") follow, with their own
best / low / high; never a part told in the same words as its whole, which would read as a second
count.

Readings fill what a report leaves unsaid (``count_readings``; the words they go by in
``count_cues``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..extract.figures import title_leads
from ..reconcile.grouping import event_years
from ..records import HEADLINE, Article, EventCount, Fact, Sentence
from .count_readings import KilledCues, died_since, read_injured, read_killed, read_treated
from .count_stated import Said, best_said, headline_deaths, stated_figures, total_facts

MEASURES = ("killed", "injured", "displaced", "arrested", "missing")

PART_SOURCES = 2  # a part of the count is said when this many independent sources state it

BEST_RULE = (
    "best: each report's own figure (the first it states with a number, its headline's first); "
    "the figure the most reports allow (a lower bound allows every higher figure), then one a "
    "report states as a count in its lead, then the most statements, then the latest report's, "
    "then the smaller; low/high: the smallest and largest of those figures"
)


def _count(measure: str, said: Sequence[Said]) -> EventCount | None:
    if not said:
        return None
    winner = best_said(said)
    best, fact = winner.value, winner.fact
    # the count's reports: those stating its fact, or its figure, and the readings
    said = [s for s in said if s.fact is fact or s.fact is None or s.value == best]
    readings = list(dict.fromkeys(s.rule for s in said if s.rule))
    stated = [s.value for s in said if not s.rule] or [s.value for s in said]
    return EventCount(
        measure=measure,
        subject=fact.subject or "people" if fact else "people",
        best=best,
        low=min(stated),
        high=max(stated),
        fact_id=fact.id if fact is not None else None,
        article_ids=[s.article_id for s in said],
        authorities=list(dict.fromkeys(s.authority for s in said if s.authority)),
        rule="; ".join([BEST_RULE, *readings]),
        evidence=[s.evidence for s in said],
    )


def _said_alike(part: Fact, whole: Fact | None) -> bool:
    """A part its words do not tell from its whole ("six of them in intensive care" read as
    "people injured" under "43 people injured"): shown, it would read as a second count."""
    return whole is not None and (part.subject, part.label) == (whole.subject, whole.label)


def event_counts(
    facts: Sequence[Fact],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    cues: Mapping[str, KilledCues] | None = None,
) -> list[EventCount]:
    """The event's counts: per measure its own count, then its parts stated by several sources.
    ``cues``: what reports' leads tell of the killed, already read (``killed_cues``)."""
    languages = {a.id: a.language or "en" for a in articles}
    titled = {a.id: a.title for a in articles if title_leads(a.title, a.text)}
    totals = {m: total_facts(facts, m) for m in (*MEASURES, "shot", "treated")}
    lines = {(s.article_id, s.index): s.text for ss in sentences.values() for s in ss}
    lines.update({(a.id, HEADLINE): a.title for a in articles})
    years = event_years({a.id: a for a in articles})
    said = {
        m: stated_figures(totals[m], sentences, languages, titled, lines, years) for m in totals
    }
    for article_id, own in headline_deaths(facts, totals["killed"], titled, lines, years).items():
        said["killed"].setdefault(article_id, own)
    position = {a.id: i for i, a in enumerate(articles)}  # the articles come in time order

    def place(by_report: dict[str, Said]) -> None:
        for one in by_report.values():
            one.order = position.get(one.article_id, 0)

    read_killed(said["killed"], articles, sentences, said["injured"], cues)
    place(said["killed"])
    place(said["shot"])
    read_treated(said["injured"], said["shot"], said["killed"], said["treated"])
    read_injured(said["injured"], said["shot"], said["killed"], articles, sentences)
    for by_report in said.values():
        place(by_report)
    died_since(said["injured"], said["killed"], articles)
    counts: list[EventCount] = []
    for measure in MEASURES:
        reports = sorted(said[measure].values(), key=lambda s: s.article_id)
        count = _count(measure, reports)
        if count is None:
            continue
        counts.append(count)
        whole = next((f for f in facts if f.id == count.fact_id), None)
        parts = [
            f
            for f in facts
            if f.measure == measure
            and f.best is not None
            and f.parent_fact is not None
            and f.parent_fact == count.fact_id
            and f.independent_sources >= PART_SOURCES
            and not _said_alike(f, whole)
        ]
        for part in sorted(parts, key=lambda f: -(f.best or 0)):
            own = sorted(
                stated_figures([part], sentences, languages, titled, lines, years).values(),
                key=lambda s: s.article_id,
            )
            if (found := _count(measure, own)) is not None:
                counts.append(found)
    return counts
