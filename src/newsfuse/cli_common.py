"""What every command module shares: the error console, the one-line failure, the store option."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console

from .errors import NewsfuseError

console = Console(stderr=True)
DB_OPTION = typer.Option("newsfuse.db", "--db", help="SQLite database file (created if missing).")


def fail(message: str) -> NoReturn:
    console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def open_store(db: Path):
    from .store import Store

    try:
        return Store(db)
    except NewsfuseError as exc:
        fail(str(exc))
