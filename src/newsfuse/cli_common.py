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
DB_HELP = (
    "SQLite database file (created if missing) or postgresql://user@host/db (docs/postgres.md)."
)
DB_OPTION = typer.Option("newsfuse.db", "--db", help=DB_HELP)


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


def shown(db: str | Path) -> str:
    """A database as messages name it (a URL's password masked)."""
    from .store_backend import masked

    return masked(str(db))


def require_database(db: str, hint: str = "run `newsfuse run` first") -> None:
    """Fail unless ``db`` names a stored database: an SQLite file that exists (a server's
    database is checked by opening it)."""
    from .store_backend import is_postgres

    if not is_postgres(db) and not Path(db).is_file():
        fail(f"{db}: no such database ({hint})")


def open_store(db: str | Path):
    from .store import Store

    try:
        return Store(db)
    except NewsfuseError as exc:
        fail(str(exc))
