"""Command line: ``newsfuse run``, ``watch``, ``events``, ``recluster``, ``brief``, ``export``, ``serve``
(+ ``eval``).

The CLI only parses options, shows progress and prints results; every step it runs lives in the
pipeline and stage modules, so the web app and the CLI behave the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .cli_common import DB_OPTION, console, plain, require_database, say, shown
from .cli_common import fail as _fail
from .cli_common import open_store as _open_store
from .cli_eval import bench, eval_app
from .cli_events import events_app, recluster
from .cli_export import export
from .cli_watch import watch
from .errors import InputError, NewsfuseError

app = typer.Typer(
    help="Turn many multilingual news reports into one cross-checked, cited brief per event.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.command()
def run(
    paths: list[Path] = typer.Argument(
        ..., help="Files or folders: .txt .html .json .jsonl feeds."
    ),
    db: str = DB_OPTION,
    out: Path = typer.Option(Path("out"), "--out", help="Folder for the event briefs."),
    follow_symlinks: bool = typer.Option(
        False,
        "--follow-symlinks",
        help="Also read files that symbolic links point to outside the folders given.",
    ),
    engine: str = typer.Option(
        "local",
        "--engine",
        help="Where each article's own stages run: local (this process) or ray (a Ray cluster, "
        "docs/deployment.md).",
    ),
    address: str = typer.Option(
        None, "--address", help="With --engine ray: join the Ray cluster at HOST:PORT."
    ),
    workers: int = typer.Option(
        None,
        "--workers",
        min=1,
        help="With --engine ray: worker actors (default: the cluster's CPUs; a local cluster "
        "gets one CPU each).",
    ),
) -> None:
    """Read reports, group them into events, cross-check their figures and write briefs.

    A bad input (unreadable, binary, oversized, malformed...) is skipped with one line
    ``skipped path: problem`` as soon as it is met; everything else is processed."""
    from .brief import write_briefs
    from .engine import open_engine
    from .pipeline import Pipeline

    if engine == "local" and (address or workers):
        _fail("--address and --workers go with --engine ray")
    try:
        runner = open_engine(engine, address, workers)
    except NewsfuseError as exc:
        _fail(str(exc))
    store = _open_store(db)
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=not sys.stderr.isatty(),
    ) as progress:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total or None)
            progress.update(tasks[stage], completed=done, total=total or None)

        def skipped(error: InputError) -> None:
            say("skipped", "yellow", error)  # as it happens, above the progress bar

        pipeline = Pipeline(
            store,
            progress=update,
            follow_symlinks=follow_symlinks,
            on_skip=skipped,
            engine=runner,
        )
        try:
            report = pipeline.run(paths)
        finally:
            runner.close()
        touched = sorted(report.events_touched)
        if touched:
            write_briefs(store, out, touched)
    copies = len(report.duplicates)
    console.print(
        plain(
            f"{len(report.added)} new articles ({report.known} already stored, "
            f"{len(report.errors)} skipped), {copies} copies linked, "
            f"{len(report.events_touched)} events updated ({len(report.new_events)} new) → {out}/"
        ),
        soft_wrap=True,
    )
    store.close()


@app.command()
def brief(
    event_ids: list[str] = typer.Argument(None, help="Events to render (all when omitted)."),
    db: str = DB_OPTION,
    out: Path = typer.Option(Path("out"), "--out", help="Folder for the event briefs."),
) -> None:
    """(Re)write the briefs of stored events as Markdown, JSON and HTML."""
    from .brief import write_briefs

    store = _open_store(db)
    known = {e.id for e in store.events()}
    missing = [e for e in event_ids or [] if e not in known]
    if missing:
        _fail(f"{shown(db)}: no event {', '.join(missing)} (see `newsfuse events`)")
    write_briefs(store, out, event_ids or None)
    console.print(plain(f"briefs written to {out}/"))
    store.close()


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Interface to bind (loopback by default)."),
    port: int = typer.Option(8000, help="TCP port."),
) -> None:
    """Browse events and briefs in a web browser; JSON API under /api, docs at /docs."""
    require_database(db)
    from .web.app import serve as serve_app

    try:
        serve_app(db, host=host, port=port)
    except NewsfuseError as exc:  # the database cannot be opened
        _fail(str(exc))


app.add_typer(events_app, name="events")
app.command("recluster")(recluster)
app.command("watch")(watch)
app.command("export")(export)
app.add_typer(eval_app, name="eval")
app.command("bench")(bench)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
