"""A report's anchor: the day and place it says its happening had, computed once per report
before clustering (cheap: its own sentences and date expressions), stored, and used by
clustering (two reports of one event share a day and a place) and by the event record.

``ongoing``: the report tells of something spanning days (an offensive, a siege, a campaign);
``follow_up``: it updates an earlier report ("new toll", "a day after the attack");
``aftermath``: its headline or first sentence tells of what followed a happening (an arrest,
charges, a trial, a funeral), so its own day is not the happening's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..records import Article, DateRef, ReportAnchor, Sentence
from .place import event_places
from .when import AFTERMATH_CUES, report_day, report_days
from .where import event_place, report_votes

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


def report_anchor(
    article: Article, sentences: Sequence[Sentence], refs: Sequence[DateRef]
) -> ReportAnchor:
    """What one report says of its happening's day and place."""
    days = report_days(article, sentences, refs)
    day = report_day(days)
    votes = report_votes(article, sentences)
    placed = event_places(event_place(votes), votes)
    lead = " ".join([article.title, *(s.text for s in sentences[:LEAD])])
    evidence = [days.evidence[day]] if day else []
    if placed and placed[0].evidence:
        evidence.append(placed[0].evidence[0])
    return ReportAnchor(
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


def named_days(article: Article, refs: Sequence[DateRef]) -> list[date]:
    """Every day the report names, resolved to the day, none after its publication."""
    until = article.published.date() if article.published else None
    named = {
        date.fromisoformat(r.value[:10])
        for r in refs
        if r.precision == "day" and r.value and (until is None or r.value[:10] <= str(until))
    }
    return sorted(named)
