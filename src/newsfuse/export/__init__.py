"""Exports: events, their figures and records as CSV or JSON lines, ACLED- and UCDP-style rows.

Every format reads the store through :func:`load` (no SQL here) and returns the file's text;
``newsfuse export`` and the API's ``/api/events.csv``... only pick the format and write it.
Columns and their correspondence with the ACLED and UCDP GED codebooks: ``docs/export.md``.

=========  =============================================  ==========================
format     rows                                           media type
=========  =============================================  ==========================
csv        one per event: what, when, where, who, counts  text/csv
figures    one per figure a report states                 text/csv
acled      one per event, ACLED's columns                 text/csv
ucdp       one per event, UCDP GED's columns              text/csv
jsonl      one JSON object per event                      application/x-ndjson
=========  =============================================  ==========================
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..store import Store
from . import acled, events, figures, jsonl, ucdp
from .load import EventData, ExportError, load
from .table import Column, Table

CSV_TYPE = "text/csv; charset=utf-8; header=present"
JSONL_TYPE = "application/x-ndjson"


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    media_type: str
    suffix: str
    columns: Sequence[Column] | None  # None: not a table (JSON lines)
    render: Callable[[list[EventData]], str]
    rows: str  # what a row (or line) is
    label: str = ""  # the file name's part after the stem (default: the format's name)

    def filename(self, stem: str = "newsfuse") -> str:
        """``newsfuse-acled.csv``, ``ev-1234-figures.csv``... (``stem``: what is exported)."""
        return f"{stem}-{self.label or self.name}{self.suffix}"


def _csv(build: Callable[[list[EventData]], Table]) -> Callable[[list[EventData]], str]:
    return lambda data: build(data).csv()


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "csv", CSV_TYPE, ".csv", events.COLUMNS, _csv(events.table), "one per event", "events"
        ),
        Format(
            "figures",
            CSV_TYPE,
            ".csv",
            figures.COLUMNS,
            _csv(figures.table),
            "one per figure a report states",
        ),
        Format("acled", CSV_TYPE, ".csv", acled.COLUMNS, _csv(acled.table), "one per event"),
        Format("ucdp", CSV_TYPE, ".csv", ucdp.COLUMNS, _csv(ucdp.table), "one per event"),
        Format("jsonl", JSONL_TYPE, ".jsonl", None, jsonl.text, "one per event", "events"),
    )
}


def export_format(name: str) -> Format:
    found = FORMATS.get(name)
    if found is None:
        raise ExportError(f"unknown export format {name!r}: use one of {', '.join(FORMATS)}")
    return found


def export(store: Store, format_name: str, event_ids: Sequence[str] | None = None) -> str:
    """The export of these events (all when None) in the named format, as text."""
    return export_format(format_name).render(load(store, event_ids))


__all__ = [
    "FORMATS",
    "Column",
    "EventData",
    "ExportError",
    "Format",
    "Table",
    "export",
    "export_format",
    "load",
]
