"""Late reports (#17): a report told more than a week after every report of an event, when it
or the event names no day of the happening, is another happening unless it tells of what
followed one (an arrest, charges, a trial, a sentence: ``ReportAnchor.aftermath``).

Without a day on both sides nothing but the words and the publication dates tell two
happenings apart, and weeks later the words of one outlet or one town match as well for the
next shooting there ("Teen found shot to death in driveway of Fort Worth home" after "Fort Worth
man fatally shot while hunting"): on the GVC dev set such late joins were wrong three times in
four, those of aftermath reports half the time. A late follow-up naming its victims or suspects
still joins through the people link (``people``), which this rule does not touch.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from .records import ReportAnchor


def told_late(
    published: datetime | None,
    anchor: ReportAnchor,
    event_published: Iterable[datetime | None],
    event_day: date | None,
    days: int,
) -> bool:
    """Whether a report published more than ``days`` after (or before) every report of an event
    (``event_published``) is too late to join it: it or the event names no day of the happening
    and the report tells of no aftermath."""
    if anchor.aftermath or published is None:
        return False
    if anchor.precision == "day" and anchor.day is not None and event_day is not None:
        return False  # both name their day: the days decide (``cluster.Scene.day_fit``)
    gaps = [abs((published - t).total_seconds()) / 86400 for t in event_published if t]
    return bool(gaps) and min(gaps) > days
