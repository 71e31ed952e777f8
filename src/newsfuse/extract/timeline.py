"""A timeline of dated statements: each sentence with a resolved date, ordered by that date.

A sentence with several dates is placed at its most precise one (a day beats "13 years ago"), and
the same statement repeated by several outlets (same date, same words) appears once.
"""

from __future__ import annotations

import re

from ..records import DateRef, Sentence, TimelineEntry

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _fingerprint(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def build_timeline(daterefs: list[DateRef], sentences: list[Sentence]) -> list[TimelineEntry]:
    """Dated statements ordered by date (then precision), one per sentence, deduplicated."""
    by_key = {(s.article_id, s.index): s for s in sentences}
    best: dict[tuple[str, int], DateRef] = {}
    for ref in daterefs:
        if ref.value is None or ref.precision not in _RANK:
            continue
        key = (ref.article_id, ref.sentence_index)
        if key in by_key and (key not in best or _RANK[ref.precision] < _RANK[best[key].precision]):
            best[key] = ref
    entries, seen = [], set()
    ordered = sorted(
        best.items(), key=lambda kv: (kv[1].value, _RANK[kv[1].precision], kv[0][0], kv[0][1])
    )
    for (article_id, index), ref in ordered:
        text = by_key[article_id, index].text
        mark = (ref.value, _fingerprint(text))
        if mark in seen:
            continue
        seen.add(mark)
        entries.append(TimelineEntry(ref.value, ref.precision, article_id, index, text))
    return entries
