"""How many were killed, injured, displaced, arrested or went missing: UCDP-style best / low /
high counts of the event, taken from its reconciled facts (``reconcile``), never re-read.

Per measure, the event's own count is the fact most reports state in their headline or first
``LEAD_SENTENCES`` sentences (a report's toll leads; figures further down mostly recall other
events), about someone (a figure with no noun is often a date or a tally); on a tie one about
people in general rather than a group, then the one more independent sources state, then the
smaller (ACLED's rule: the most conservative figure when equally supported). Its ``best`` is the
fact's: the stated figure the most independent sources allow (a lower bound such as "at least
240" allows 255); ``low`` and ``high`` are the smallest and largest stated figures. Parts of that
count that several independent sources state ("civilians", "children") follow it, with their
own best / low / high.

Two readings fill gaps the figures leave, each stated in the count's rule: a report whose lead
tells of a death without any number ("the fatal shooting of a student") counts one death when no
report states a killed figure; and when reports count people shot but none states the injured,
the injured are those shot minus the killed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import HEADLINE, Article, EventCount, Evidence, Fact, Sentence

MEASURES = ("killed", "injured", "displaced", "arrested", "missing")
LEAD_SENTENCES = 10
GENERAL_SUBJECTS = frozenset({"people", "victims", ""})
PART_SOURCES = 2  # a part of the count is said when this many independent sources state it
BEST_RULE = (
    "best: the stated figure the most independent sources allow (a lower bound allows every "
    "higher figure); on a tie the smaller; low/high: the smallest and largest stated figures"
)
UNNUMBERED_RULE = "a death reported without a number in the lead of {n} report(s): one death"
SHOT_RULE = "injured: people shot ({shot:g}) minus the killed ({killed:g}); no report states it"
# A death told without a number: "fatal shooting", "shot dead", "man dies", "tué", "muerto".
_ONE_DEATH = re.compile(
    r"\b(?:fatal(?:ly)?|shooting death|killed|kills|killing|dies|died|dead|slain|manslaughter"
    r"|tué|tuée|mort|morte|décédé|muerto|muerta|asesinad[oa]|falleci[óo]|getötet|tot)\b",
    re.I,
)
_NO_DEATH = re.compile(
    r"\b(?:non-?fatal|no one (?:was )?(?:killed|hurt|injured)|no deaths?|survived|no injuries"
    r"|aucun mort|sin muertos|keine toten)\b",
    re.I,
)
_LEAD_CHARS = 600


def _lead_reports(fact: Fact) -> int:
    return len(
        {
            v.article_id
            for v in fact.values
            if v.sentence_index is not None and v.sentence_index < LEAD_SENTENCES
        }
    )


def main_fact(facts: Sequence[Fact], measure: str) -> Fact | None:
    """The fact that is the event's own count of ``measure`` (rule in the module docstring)."""
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
            f.parent_fact is None,  # a part ("civilians killed in air strikes") is no total
            _lead_reports(f),
            f.subject in GENERAL_SUBJECTS,
            f.independent_sources,
            -(f.best or 0),
        ),
    )


def _count(fact: Fact, sentences: dict[str, list[Sentence]], rule: str = BEST_RULE) -> EventCount:
    stated = [v.value if v.value is not None else v.low for v in fact.values]
    authorities = list(dict.fromkeys(v.attribution for v in fact.values if v.attribution))
    return EventCount(
        measure=fact.measure,
        subject=fact.subject,
        best=fact.best,
        low=min(stated, default=fact.low),
        high=max(stated, default=fact.high),
        fact_id=fact.id,
        article_ids=list(dict.fromkeys(v.article_id for v in fact.values)),
        authorities=authorities,
        rule=rule,
        evidence=[
            _sentence(v.article_id, v.sentence_index, v.evidence, sentences) for v in fact.values
        ],
    )


def _sentence(
    article_id: str, index: int | None, fallback: str, sentences: dict[str, list[Sentence]]
) -> Evidence:
    """The sentence a figure is stated in (its evidence span when the sentence is unknown)."""
    found = next((s for s in sentences.get(article_id, []) if s.index == index), None)
    return Evidence(
        article_id, index if index is not None else 0, found.text if found else fallback
    )


def _unnumbered_deaths(
    articles: Sequence[Article], sentences: dict[str, list[Sentence]]
) -> EventCount | None:
    """One death when reports' leads tell of a death and none gives a number."""
    evidence = []
    for article in articles:
        lead = f"{article.title}\n{article.text[:_LEAD_CHARS]}"
        if _ONE_DEATH.search(lead) and not _NO_DEATH.search(lead):
            hit = _ONE_DEATH.search(article.title)
            index, text = HEADLINE, article.title
            if not hit:
                first = next(
                    (s for s in sentences.get(article.id, []) if _ONE_DEATH.search(s.text)), None
                )
                index, text = (first.index, first.text) if first else (0, lead)
            evidence.append(Evidence(article.id, index, text))
    if not evidence:
        return None
    return EventCount(
        measure="killed",
        subject="people",
        best=1,
        low=1,
        high=1,
        article_ids=[e.article_id for e in evidence],
        rule=UNNUMBERED_RULE.format(n=len(evidence)),
        evidence=evidence,
    )


def event_counts(
    facts: Sequence[Fact],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
) -> list[EventCount]:
    """The event's counts: per measure its own count, then its parts stated by several sources."""
    counts: list[EventCount] = []
    for measure in MEASURES:
        fact = main_fact(facts, measure)
        if fact is None:
            continue
        counts.append(_count(fact, sentences))
        parts = [
            f
            for f in facts
            if f.measure == measure
            and f is not fact
            and f.best is not None
            and f.parent_fact == fact.id
            and f.independent_sources >= PART_SOURCES
        ]
        counts += [_count(f, sentences) for f in sorted(parts, key=lambda f: -(f.best or 0))]
    killed = next((c for c in counts if c.measure == "killed"), None)
    if killed is None:
        killed = _unnumbered_deaths(articles, sentences)
        if killed is not None:
            counts.insert(0, killed)
    shot = main_fact(facts, "shot")
    if (
        shot is not None
        and shot.best is not None
        and not any(c.measure == "injured" for c in counts)
    ):
        dead = killed.best if killed and killed.best is not None else 0
        injured = _count(shot, sentences, SHOT_RULE.format(shot=shot.best, killed=dead))
        injured.measure, injured.subject = "injured", "people"
        injured.best = injured.low = injured.high = max(0.0, shot.best - dead)
        counts.append(injured)
    return counts
