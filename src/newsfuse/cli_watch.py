"""``newsfuse watch``: poll feeds over HTTP into the store, round after round.

Only options, the live display and the log lines live here; fetching and rounds are
``newsfuse.fetch`` (docs/fetching.md).
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from types import FrameType

import typer
from rich.console import Group
from rich.live import Live
from rich.table import Table

from .cli_common import DB_OPTION, console, fail, open_store, shown
from .errors import NewsfuseError


def watch(
    sources: list[str] = typer.Argument(
        None,
        help="Feed URLs, text files of URLs (one a line) or OPML lists. "
        "Omitted: every source already registered in the database.",
    ),
    every: str = typer.Option("10m", "--every", help="How often to poll each feed (90s, 10m, 1h)."),
    once: bool = typer.Option(False, "--once", help="One round, then exit (for cron)."),
    db: str = DB_OPTION,
    out: Path = typer.Option(Path("out"), "--out", help="Folder for the briefs of touched events."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Also fetch from loopback and private (intranet) addresses."
    ),
    allow: list[str] = typer.Option(
        None,
        "--allow",
        help="Allow exactly this address: 127.0.0.1:8765 or a network (repeatable).",
    ),
    delay: str = typer.Option("1s", "--delay", help="Wait between two requests to one host."),
    per_host: int = typer.Option(2, "--per-host", min=1, help="Requests in flight to one host."),
    user_agent: str = typer.Option(None, "--user-agent", help="User-Agent header to send."),
) -> None:
    """Watch feeds: fetch new entries and their pages, add them to events, rewrite briefs."""
    from dataclasses import replace

    from .fetch.guard import Guard
    from .fetch.policy import FetchPolicy, parse_duration
    from .fetch.sources import read_sources
    from .fetch.watch import WatchConfig, Watcher

    try:
        interval, host_delay = parse_duration(every), parse_duration(delay)
        guard = Guard.build(allow_private, allow or [])
    except NewsfuseError as exc:
        fail(str(exc))
    if interval < 1:
        fail(f"--every {every}: poll at most once a second")
    urls, problems = read_sources(sources) if sources else (None, [])
    for problem in problems:
        console.print(f"[yellow]skipped[/yellow] {problem}", highlight=False, soft_wrap=True)
    if sources and not urls:
        fail("no feed to watch")
    policy = FetchPolicy(per_host=per_host, host_delay=host_delay)
    if user_agent:
        policy = replace(policy, user_agent=user_agent)
    store = open_store(db)
    watcher = Watcher(store, WatchConfig(interval, policy=policy, guard=guard), out=out)
    if not watcher.watch(urls):
        store.close()
        fail(f"{shown(db)}: no source to watch (name feed URLs, a URL list or an OPML file)")
    stop = watcher.stop
    restore = _stop_on_signals(stop)
    try:
        with Live(
            get_renderable=lambda: _table(watcher),
            console=console,
            transient=not sys.stderr.isatty(),
        ) as live:

            def log(report) -> None:
                live.console.print(report.line(), highlight=False)

            watcher.run(once=once, on_round=log)
    finally:
        restore()
        watcher.close()
        store.close()
    if stop.is_set():
        console.print("stopped; the next run picks up where this one left", highlight=False)


def _stop_on_signals(stop: threading.Event):
    """Ctrl-C (or SIGTERM) asks for a clean stop; a second Ctrl-C stops at once."""

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        console.print("stopping after the current article (Ctrl-C again: at once)", highlight=False)

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def _table(watcher) -> Group:
    table = Table("source", "state", "new", "stored", "last poll", "next", "error", expand=False)
    for view in watcher.views.values():
        s = view.source
        table.add_row(
            s.title or s.url,
            view.state,
            str(view.new),
            str(view.stored),
            s.last_fetch.strftime("%H:%M:%S") if s.last_fetch else "",
            s.next_due.strftime("%H:%M:%S") if s.next_due else "",
            (s.error[:60] + "…") if len(s.error) > 60 else s.error,
        )
    return Group(table)
