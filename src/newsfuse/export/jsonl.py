"""``jsonl``: one JSON object per line and event: its reports, event record and figures.

The record and the figures are the typed records themselves (``EventRecord``, ``Fact``), written
by pydantic: dates as ISO 8601, enums as their values, an unbounded figure's bound as null.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pydantic import TypeAdapter

from ..outlets import outlet_of
from ..records import EventRecord, Fact
from .load import EventData

SCHEMA = "newsfuse.export/1"


@dataclass(slots=True)
class SourceLine:
    article_id: str
    outlet: str | None  # None: nothing names it (``outlets.outlet_name``)
    title: str
    language: str | None
    published: datetime | None
    url: str | None
    copy_of: str | None = None  # the earlier report it copies or translates
    copy_kind: str | None = None  # exact | near | translation


@dataclass(slots=True)
class EventLine:
    event_id: str
    title: str
    first_published: datetime | None
    last_published: datetime | None
    sources: list[SourceLine] = field(default_factory=list)
    record: EventRecord | None = None  # null until the event record stage has run
    figures: list[Fact] = field(default_factory=list)
    schema: str = SCHEMA


_LINE = TypeAdapter(EventLine)


def line(data: EventData) -> EventLine:
    sources = []
    for a in data.articles:
        link = data.copies.get(a.id)
        sources.append(
            SourceLine(
                article_id=a.id,
                outlet=outlet_of(a),
                title=a.title,
                language=a.language,
                published=a.published,
                url=a.url,
                copy_of=link.duplicate_of if link else None,
                copy_kind=link.kind.value if link else None,
            )
        )
    event = data.event
    return EventLine(
        event_id=event.id,
        title=event.title,
        first_published=event.first_seen,
        last_published=event.last_seen,
        sources=sources,
        record=data.record,
        figures=data.facts,
    )


def text(events: list[EventData]) -> str:
    return "".join(_LINE.dump_json(line(data)).decode() + "\n" for data in events)
