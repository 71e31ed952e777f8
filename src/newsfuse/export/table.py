"""A table of named columns and its CSV text (RFC 4180, UTF-8, a header row).

Cells are written so that a spreadsheet or pandas reads back what the store holds: no value means
an empty cell (never 0 or "unknown"), whole numbers have no ".0", an unbounded figure ("at least
255" has no upper bound) is an empty cell, lists are joined with "; ". Text that a spreadsheet
would run as a formula (``=``, ``+``, ``-``, ``@`` first: report titles are untrusted) gets a
leading apostrophe, as OWASP advises against CSV injection.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

Cell = str | int | float | date | datetime | Enum | Sequence[str] | None
LIST_SEPARATOR = "; "
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    """A column and what it holds, in words (``docs/export.md`` repeats it for each format)."""

    name: str
    doc: str


@dataclass(slots=True)
class Table:
    columns: Sequence[Column]
    rows: list[dict[str, Cell]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def add(self, **cells: Cell) -> None:
        """One row; a cell not named is empty, a name outside the columns is a bug."""
        unknown = set(cells) - set(self.names)
        if unknown:
            raise KeyError(f"no column {', '.join(sorted(unknown))}")
        self.rows.append(cells)

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(self.names)
        for row in self.rows:
            writer.writerow([cell_text(row.get(name)) for name in self.names])
        return out.getvalue()


def number_text(value: float | int) -> str:
    """``255.0`` -> ``255``; ``36.20124`` stays; infinite (unbounded) -> empty."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        value = round(value, 6)
        if value.is_integer():
            return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA) else value
    return cell_text(LIST_SEPARATOR.join(str(v) for v in value if v))
