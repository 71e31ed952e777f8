"""``newsfuse events``: list events and correct their grouping; ``newsfuse recluster``.

Corrections are made by ``newsfuse.corrections`` (docs/corrections.md); these commands only parse
arguments, print what changed and, with ``--out``, rewrite the briefs of the touched events.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from .cli_common import DB_HELP, DB_OPTION, console, fail, open_store, plain, shown
from .errors import NewsfuseError

events_app = typer.Typer(
    help="List events; merge, split, move and undo to correct how reports are grouped.",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
)
BY_OPTION = typer.Option(None, "--by", help="Who makes the correction (default: your user name).")
WHY_OPTION = typer.Option("", "--why", help="Why, in a few words (kept in the audit log).")
OUT_OPTION = typer.Option(None, "--out", help="Also rewrite the touched events' briefs here.")
SUB_DB_OPTION = typer.Option(None, "--db", help=f"{DB_HELP} Default: newsfuse.db.")


def _author(by: str | None) -> str:
    if by:
        return by
    try:
        return os.environ.get("NEWSFUSE_USER") or getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "unknown"


def _articles(n: int) -> str:
    return f"{n} article{'' if n == 1 else 's'}"


def _database(ctx: typer.Context, db: str | None) -> str:
    """A subcommand's ``--db``, else the one given to ``events`` itself, else the default."""
    return db or (ctx.obj or {}).get("db") or "newsfuse.db"


@events_app.callback()
def events(
    ctx: typer.Context,
    db: str = DB_OPTION,
    limit: int = typer.Option(20, help="How many to list."),
) -> None:
    """List the stored events, biggest first (or correct them: see the commands below)."""
    ctx.obj = {"db": db if db != "newsfuse.db" else None}
    if ctx.invoked_subcommand is not None:
        return
    store = open_store(db)
    table = Table("event", "articles", "first seen", "title")
    ranked = sorted(store.events(), key=lambda e: (-len(e.article_ids), e.id))
    for event in ranked[:limit]:
        first = event.first_seen.date().isoformat() if event.first_seen else ""
        table.add_row(plain(event.id), str(len(event.article_ids)), first, plain(event.title))
    Console().print(table)
    store.close()


def _correct(db: str, out: Path | None, change: Callable) -> None:
    """Run one correction, print what it did, rewrite briefs if asked."""
    from .brief import write_briefs
    from .corrections import Corrections
    from .pipeline import Pipeline

    store = open_store(db)
    try:
        outcome = change(Corrections(Pipeline(store)))
    except NewsfuseError as exc:
        store.close()
        fail(f"{shown(db)}: {exc}")
    c = outcome.correction
    sizes = {e.id: len(e.article_ids) for e in store.events(outcome.events)}
    now = ", ".join(f"{e} ({_articles(sizes[e])})" for e in outcome.events) or "none"
    verb = "undid" if not c.active else c.kind.value
    console.print(plain(f"{c.id}: {verb} by {c.undone_by or c.author}; events now: {now}"))
    if outcome.left:
        console.print(plain(f"left in place (moved since): {', '.join(outcome.left)}"))
    if out is not None and outcome.events:
        write_briefs(store, out, outcome.events)
        console.print(plain(f"briefs written to {out}/"))
    store.close()


@events_app.command()
def merge(
    ctx: typer.Context,
    event_ids: list[str] = typer.Argument(..., help="Two or more events; all join the first."),
    by: str | None = BY_OPTION,
    why: str = WHY_OPTION,
    db: str | None = SUB_DB_OPTION,
    out: Path | None = OUT_OPTION,
) -> None:
    """Merge events into the first one named; they stay one event in every later run."""
    _correct(_database(ctx, db), out, lambda c: c.merge(event_ids, author=_author(by), reason=why))


@events_app.command()
def split(
    ctx: typer.Context,
    event_id: str = typer.Argument(..., help="The event to split."),
    article_ids: list[str] = typer.Argument(..., help="The articles that leave it, together."),
    by: str | None = BY_OPTION,
    why: str = WHY_OPTION,
    db: str | None = SUB_DB_OPTION,
    out: Path | None = OUT_OPTION,
) -> None:
    """Split articles off an event into a new one; they stay apart in every later run."""
    _correct(
        _database(ctx, db),
        out,
        lambda c: c.split(event_id, article_ids, author=_author(by), reason=why),
    )


@events_app.command()
def move(
    ctx: typer.Context,
    article_ids: list[str] = typer.Argument(..., help="The articles to move..."),
    event_id: str = typer.Argument(..., help="...and the event they join (last)."),
    by: str | None = BY_OPTION,
    why: str = WHY_OPTION,
    db: str | None = SUB_DB_OPTION,
    out: Path | None = OUT_OPTION,
) -> None:
    """Move articles into another event; they stay with it in every later run."""
    _correct(
        _database(ctx, db),
        out,
        lambda c: c.move(article_ids, event_id, author=_author(by), reason=why),
    )


@events_app.command()
def undo(
    ctx: typer.Context,
    correction_id: str | None = typer.Argument(None, help="Correction id (default: the latest)."),
    by: str | None = BY_OPTION,
    why: str = WHY_OPTION,
    db: str | None = SUB_DB_OPTION,
    out: Path | None = OUT_OPTION,
) -> None:
    """Undo a correction: its articles go back where they were."""
    _correct(
        _database(ctx, db),
        out,
        lambda c: c.undo(correction_id, author=_author(by), reason=why),
    )


@events_app.command("log")
def log(
    ctx: typer.Context,
    event_id: str | None = typer.Argument(None, help="Only corrections touching this event."),
    db: str | None = SUB_DB_OPTION,
) -> None:
    """The audit log of corrections, newest first: who, when, what, why."""
    from .corrections import Corrections
    from .pipeline import Pipeline

    store = open_store(_database(ctx, db))
    table = Table("id", "when", "who", "what", "why", "undone")
    for c in Corrections(Pipeline(store)).log(event_id):
        what = f"{c.kind.value} {' '.join(c.event_ids)}"
        if c.article_ids:
            what += f" [{' '.join(c.article_ids)}]"
        undone = f"{c.undone_at:%Y-%m-%d %H:%M} by {c.undone_by}" if c.undone_at else ""
        when = f"{c.created_at:%Y-%m-%d %H:%M}" if c.created_at else ""
        table.add_row(*(plain(cell) for cell in (c.id, when, c.author, what, c.reason, undone)))
    Console().print(table)
    store.close()


def recluster(db: str = DB_OPTION, out: Path | None = OUT_OPTION) -> None:
    """Group every stored article again from scratch, keeping the analysts' corrections."""
    from .brief import write_briefs
    from .pipeline import Pipeline

    store = open_store(db)
    report = Pipeline(store).recluster()
    touched = sorted(report.events_touched)
    console.print(
        f"{len(touched)} events changed ({len(report.new_events)} new), "
        f"{len(store.events())} events in all",
        highlight=False,
    )
    if out is not None and touched:
        write_briefs(store, out, touched)
        console.print(plain(f"briefs written to {out}/"))
    store.close()
