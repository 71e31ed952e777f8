"""What every command module shares: the error console, the one-line failure, the store option."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.text import Text

from .errors import NewsfuseError
from .escape import one_line

console = Console(stderr=True)
DB_OPTION = typer.Option("newsfuse.db", "--db", help="SQLite database file (created if missing).")


def plain(text: object, style: str = "") -> Text:
    """Text built from input (a file name, a title, an error message) as Rich shows it: one
    line, never read as markup (``[/]`` or ``[bold red]`` in a file name are just characters)."""
    return Text(one_line(str(text)), style=style)


def say(label: str, style: str, message: object) -> None:
    """Print ``label`` (styled) and then ``message`` (untrusted) as one line on stderr."""
    console.print(Text.assemble((label, style), " ", plain(message)), soft_wrap=True)


def fail(message: str) -> NoReturn:
    say("error:", "red", message)
    raise typer.Exit(2)


def open_store(db: Path):
    from .store import Store

    try:
        return Store(db)
    except NewsfuseError as exc:
        fail(str(exc))
