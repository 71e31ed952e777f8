"""Errors that name the input and the problem, so a user can act on them without a traceback."""

from __future__ import annotations

from .escape import one_line


class NewsfuseError(Exception):
    """Base class of every error newsfuse reports to users."""


class InputError(NewsfuseError):
    """One input item (a file, a JSON line, a feed entry) cannot be read.

    The batch goes on without it; the message is printed as one line: ``path: problem``. Both
    parts come from the input (a file name may hold a newline or undecodable bytes), so both are
    escaped into one printable line here, whoever raises the error.
    """

    def __init__(self, where: str, problem: str) -> None:
        self.where = one_line(where)
        self.problem = one_line(problem)
        super().__init__(f"{self.where}: {self.problem}")


class StoreError(NewsfuseError):
    """The database cannot be used: unreadable, newer than this newsfuse, locked, unreachable."""


class EngineError(NewsfuseError):
    """The engine asked for cannot run (Ray missing or broken, no cluster at the address)."""
