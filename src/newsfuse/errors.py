"""Errors that name the input and the problem, so a user can act on them without a traceback."""

from __future__ import annotations


class NewsfuseError(Exception):
    """Base class of every error newsfuse reports to users."""


class InputError(NewsfuseError):
    """One input item (a file, a JSON line, a feed entry) cannot be read.

    The batch goes on without it; the message is printed as one line: ``path: problem``.
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
