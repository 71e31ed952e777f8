"""``newsfuse export``: events as CSV, JSON lines, ACLED- or UCDP-style rows (``newsfuse.export``)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .cli_common import DB_OPTION, console, fail, open_store, require_database, shown
from .errors import NewsfuseError


def export(
    format_name: str = typer.Option(
        "csv", "--format", "-f", help="csv | figures | acled | ucdp | jsonl (docs/export.md)."
    ),
    events: list[str] = typer.Option(
        None, "--events", "-e", help="Events to export, repeated or comma-separated (default: all)."
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="File to write (default: standard output)."
    ),
    db: str = DB_OPTION,
) -> None:
    """Export events: one row per event (csv, acled, ucdp), per figure (figures), or JSON lines."""
    from .export import export_format, load

    try:
        chosen = export_format(format_name)
    except NewsfuseError as exc:
        fail(str(exc))
    require_database(db)
    wanted = [e.strip() for item in events or [] for e in item.split(",") if e.strip()] or None
    store = open_store(db)
    try:
        data = load(store, wanted)
    except NewsfuseError as exc:
        fail(f"{shown(db)}: {exc}")
    finally:
        store.close()
    text = chosen.render(data)
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        fail(f"{out}: cannot write ({exc.strerror or exc})")
    console.print(f"{len(data)} events → {out} ({chosen.name})", highlight=False)
