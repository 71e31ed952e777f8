"""Run a parser on one input under a time and memory budget, in a worker process.

HTML extraction (trafilatura) and feed parsing are third-party code whose cost depends on the
page's structure: a 4 MB page of 100,000 paragraphs takes over a minute, and nothing inside a
thread can stop it. So they run in one long-lived worker process (started on first use, about
0.5 s): the parent waits at most ``SECONDS`` for an answer, then kills the worker (the next input
gets a new one) and reports the input as over budget. The worker's address space is capped at
``MEMORY_BYTES``, so one input cannot take the machine's memory either. Results come back as
plain data (pickled), never as parser objects.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

SECONDS = 20.0
MEMORY_BYTES = 1024**3
T = TypeVar("T")


class ParserFailed(Exception):
    """The parser failed on this input: out of time or memory, crashed or raised (the message
    says which)."""


def _serve(conn: Connection, memory: int) -> None:
    """The worker's loop: run each ``(function, argument)`` received and send back the result."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    while True:
        try:
            function, argument = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", function(argument)))
        except MemoryError:
            conn.send(("memory", None))
        except Exception as exc:  # the parser failed on this input: the parent reports it
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class Worker:
    """One worker process, used by one caller at a time."""

    def __init__(self, seconds: float = SECONDS, memory: int = MEMORY_BYTES) -> None:
        self.seconds = seconds
        self.memory = memory
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None

    def call(self, function: Callable[[Any], T], argument: Any) -> T:
        """``function(argument)`` in the worker (``function`` must be importable by name)."""
        with self._lock:
            conn = self._start()
            try:
                conn.send((function, argument))
                ready = conn.poll(self.seconds)
                status, value = conn.recv() if ready else ("time", None)
            except (EOFError, OSError):
                status, value = "died", None
            if status == "ok":
                return value
            if status != "error":
                self.stop()
            raise ParserFailed(self._problem(status, value))

    def _problem(self, status: str, detail: str | None) -> str:
        if status == "time":
            return f"parsing took over {self.seconds:g} s, the time budget for one input"
        if status == "memory":
            return f"parsing needed over {self.memory / 1024**3:.1f} GB, the memory budget for one input"
        if status == "died":
            return "the parser crashed on this input (or ran out of memory)"
        return f"the parser failed ({detail})"

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self.stop()
        context = multiprocessing.get_context("spawn")  # no fork of a threaded parent
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, self.memory), daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def stop(self) -> None:
        """End the worker (it is started again on the next call)."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.kill()
            self._process.join()
        self._process, self._conn = None, None


_shared: Worker | None = None
_shared_lock = threading.Lock()


def shared() -> Worker:
    """The process-wide worker the readers use (its budget: ``SECONDS``, ``MEMORY_BYTES``)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Worker()
        return _shared
