"""Each report's stated figure of a count, and the vote among the reports' figures
(rules in the docstring of ``how_many``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..extract.numbers import find_numbers
from ..records import HEADLINE, Evidence, Fact, Sentence, SourceValue
from .count_cues import DATED_ITEM, DEATH_LEAD, PERIOD_TALLY, RANK, SEPARATE

LEAD_SENTENCES = 10

GENERAL_SUBJECTS = frozenset({"people", "victims", ""})


@dataclass
class Said:
    """One report's figure of a measure: stated (a source value) or read (``rule``)."""

    article_id: str
    low: float
    high: float
    value: float
    evidence: Evidence
    rule: str = ""
    authority: str | None = None  # whom the figure is credited to, by name
    order: int = 0  # the report's place in time among the event's reports
    fact: Fact | None = None  # the fact the stated figure belongs to
    words: str = ""  # the stated figure's own words ("2 seriously injured")
    # stated as a count in the report's headline or first ``DEATH_LEAD`` sentences: several
    # ("two men", "a father and daughter") or one told with the number ("one person", "1 dead");
    # never one told without a number ("a 22-year-old", "fatal shooting"), nor a reading
    counted: bool = False


Stated = tuple[Fact, SourceValue]


def says_one(words: str, language: str) -> bool:
    """Whether a figure's words tell the number one ("one person", "1 dead", "uno de los"), not
    only an article ("a man", "un homme", "ein Mann")."""
    return any(n.low == 1 and not n.article for n in find_numbers(words, language))


def _lead_reports(fact: Fact) -> int:
    return len(
        {
            v.article_id
            for v in fact.values
            if v.sentence_index is not None and v.sentence_index < LEAD_SENTENCES
        }
    )


def _sentence(
    article_id: str, index: int | None, fallback: str, sentences: dict[str, list[Sentence]]
) -> Evidence:
    """The sentence a figure is stated in (its evidence span when the sentence is unknown)."""
    found = next((s for s in sentences.get(article_id, []) if s.index == index), None)
    return Evidence(
        article_id, index if index is not None else 0, found.text if found else fallback
    )


def _part(fact: Fact, facts: Sequence[Fact]) -> bool:
    """Whether a fact is a part of a count ("civilians" of "30 killed"); the dead that are a part
    of a count of another measure are a count of their own: those of "a shooting that left two
    dead and three wounded" are a part of the five shot, and all of the dead (the hurt among
    those shot are often only some: "5 shot, 2 seriously injured")."""
    if fact.parent_fact is None:
        return False
    parent = next((f for f in facts if f.id == fact.parent_fact), None)
    return parent is None or parent.measure == fact.measure or fact.measure != "killed"


def main_fact(facts: Sequence[Fact], measure: str) -> Fact | None:
    """The fact that is the event's own count of ``measure`` (rule in the docstring of ``how_many``)."""
    stated = [
        f
        for f in facts
        if f.measure == measure and f.best is not None and f.subject and _lead_reports(f)
    ]
    if not stated:
        return None
    return max(
        stated,
        key=lambda f: (
            not _part(f, facts),  # a part ("civilians killed in air strikes") is no total
            _lead_reports(f),
            f.subject in GENERAL_SUBJECTS,
            f.independent_sources,
            -min(v.sentence_index for v in f.values if v.sentence_index is not None),
            -(f.best or 0),
        ),
    )


def total_facts(facts: Sequence[Fact], measure: str) -> list[Fact]:
    """The facts that may state the event's total: its main fact first, then the other facts
    of the measure about people in general and no part of another, for the reports that do not
    state the first."""
    main = main_fact(facts, measure)
    rest = [
        f
        for f in facts
        if f.measure == measure
        and f is not main
        and not _part(f, facts)
        and f.subject in GENERAL_SUBJECTS
        and f.values
    ]
    return [main, *rest] if main is not None else rest


def headline_deaths(
    facts: Sequence[Fact],
    totals: Sequence[Fact],
    titled: dict[str, str],
    lines: dict[tuple[str, int], str],
    years: frozenset[int],
) -> dict[str, Said]:
    """Each report's headline count of the dead of one kind ("Two Deputies Killed", "Two men shot
    and killed", "Deux policiers tués", "Dos agentes muertos", "Zwei Polizisten getötet") when it
    states none of the totals: the dead are at least those, never the one death its words would
    read without a number."""
    found: dict[str, Said] = {}
    for fact in facts:
        if fact.measure != "killed" or fact in totals or _part(fact, facts):
            continue
        for v in fact.values:
            # a number of them, never one named ("SC Senator killed": one of the dead), and no
            # tally of several shootings
            if _in_headline(v, titled) and v.low >= 2 and not _elsewhere(v, lines, years):
                title = lines.get((v.article_id, HEADLINE), v.evidence)
                found.setdefault(
                    v.article_id,
                    Said(
                        v.article_id,
                        v.low,
                        v.high if v.high is not None else math.inf,
                        v.value if v.value is not None else v.low,
                        Evidence(v.article_id, HEADLINE, title),
                        authority=v.authority,
                        fact=fact,
                        words=v.evidence,
                        counted=True,
                    ),
                )
    return found


def _in_headline(v: SourceValue, titled: dict[str, str]) -> bool:
    """Whether a figure is stated in its report's headline: the title's own sentence, or the
    text's first when the text starts with its title (``titled``: those reports' titles), the
    figure's words being the title's."""
    if v.sentence_index == HEADLINE:
        return True
    return v.sentence_index == 0 and bool(v.evidence) and v.evidence in titled.get(v.article_id, "")


def _of_several(v: SourceValue, lines: dict[tuple[str, int], str]) -> bool:
    """Whether a figure's sentence counts over several shootings ("17 dead, 41 wounded in
    weekend shootings", "in separate incidents", "Cinq blessés dans deux fusillades", "en
    varios tiroteos", "bei mehreren Schießereien") or the figure over a period ("64 homicides
    reported this year"): a city's tally, no one event's count."""
    line = lines.get((v.article_id, v.sentence_index if v.sentence_index is not None else 0), "")
    if SEPARATE.search(line or v.evidence):
        return True
    at = line.find(v.evidence) if v.evidence else -1
    period = PERIOD_TALLY.match(line, at + len(v.evidence)) if at >= 0 else None
    return period is not None and not RANK.search(period.group())


def _elsewhere(v: SourceValue, lines: dict[tuple[str, int], str], years: frozenset[int]) -> bool:
    """Whether a figure counts over several shootings (``_of_several``) or stands in a line that
    opens with a date of a year none of the event's reports was published in ("August 1982:
    Eight people killed ..." in a list of a city's past shootings): no count of this event."""
    if _of_several(v, lines):
        return True
    line = lines.get((v.article_id, v.sentence_index if v.sentence_index is not None else 0), "")
    dated = DATED_ITEM.match(line)
    return dated is not None and int(dated.group("year")) not in years


def _own_values(
    facts: Sequence[Fact],
    languages: dict[str, str],
    titled: dict[str, str],
    lines: dict[tuple[str, int], str],
    years: frozenset[int],
) -> dict[str, Stated]:
    """Each report's own statement of a count: of the main fact (the first) when it states it,
    else of the others; the first it states with a number, its headline's first ("four people"
    before a "deadly shootings" read as at least one), else its first; a figure with no noun
    only in a headline ("8 Others Hurt", "Two Hunters Shot", also when the text repeats its
    title)."""
    own: dict[str, Stated] = {}

    def order(item: Stated) -> tuple[bool, bool, float]:
        v = item[1]
        index = v.sentence_index if v.sentence_index is not None else math.inf
        numbered = bool(find_numbers(v.evidence, languages.get(v.article_id, "en")))
        return not numbered, not _in_headline(v, titled), index

    first = (
        {v.article_id for v in facts[0].values if not _elsewhere(v, lines, years)}
        if facts
        else set()
    )
    stated = [
        (f, v)
        for i, f in enumerate(facts)
        for v in f.values
        if (f.subject or _in_headline(v, titled))
        and (i == 0 or v.article_id not in first)
        and not _elsewhere(v, lines, years)
    ]
    for fact, value in sorted(stated, key=order):
        own.setdefault(value.article_id, (fact, value))
    return own


def stated_figures(
    facts: Sequence[Fact],
    sentences: dict[str, list[Sentence]],
    languages: dict[str, str],
    titled: dict[str, str],
    lines: dict[tuple[str, int], str],
    years: frozenset[int],
) -> dict[str, Said]:
    """Each report's own figure of a count (``_own_values``); ``years``: those the event's reports
    were published in."""
    said = {}
    for article_id, (fact, v) in _own_values(facts, languages, titled, lines, years).items():
        figure = v.value if v.value is not None else v.low
        index = v.sentence_index if v.sentence_index is not None else math.inf
        language = languages.get(article_id, "en")
        said[article_id] = Said(
            article_id,
            v.low,
            v.high if v.high is not None else math.inf,
            figure,
            _sentence(article_id, v.sentence_index, v.evidence, sentences),
            authority=v.authority,
            fact=fact,
            words=v.evidence,
            counted=index < DEATH_LEAD and (figure >= 2 or says_one(v.evidence, language)),
        )
    return said


def best_said(said: Sequence[Said]) -> Said:
    """The figure the most reports allow, then one a report states as a count in its lead
    (``Said.counted``: "Two men were shot and killed" over a later report's "teenagers fatally
    shot" or "the death of 21-year-old Eric", which tell of a death, not how many died), then
    the most statements allow, then the latest report's (tolls grow as news comes in); at last
    the smaller. A bound allows a figure only of its own fact (the reconciliation tells "at
    least 255 killed" in the offensive from "more than half a million dead" in the war); a
    reading allows what it says."""

    def allows(s: Said, x: float, fact: Fact | None) -> bool:
        return s.value == x or (s.fact is fact or s.fact is None) and s.low <= x <= s.high

    def support(item: Said) -> tuple[int, bool, int, float, float]:
        x, fact = item.value, item.fact
        stated = fact.values if fact is not None else []
        statements = sum(
            v.low <= x <= (v.high if v.high is not None else math.inf) for v in stated
        ) + sum(s.value == x for s in said if s.rule)
        latest = max(s.order for s in said if s.value == x)
        counted = any(s.counted for s in said if s.value == x)
        return sum(allows(s, x, fact) for s in said), counted, statements, latest, -x

    return max(said, key=support)
