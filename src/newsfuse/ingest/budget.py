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

import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

SECONDS = 20.0
MEMORY_BYTES = 1024**3
T = TypeVar("T")
STARTUP_SECONDS = 120.0  # to start and import the parsers, once per worker (not per input)
_MAIN = (  # the worker process: python -P -c _MAIN FD MEMORY PRELOAD
    "import sys; from multiprocessing.connection import Connection; "
    "from newsfuse.ingest.budget import _serve; "
    "_serve(Connection(int(sys.argv[1])), int(sys.argv[2]), sys.argv[3])"
)


class ParserFailed(Exception):
    """The parser failed on this input: out of time or memory, crashed or raised (the message
    says which)."""


def _serve(conn: Connection, memory: int, preload: str) -> None:
    """The worker's loop: import ``preload`` (comma-separated modules), say it is ready, then run
    each ``(function, argument)`` received and send back the result."""
    import importlib
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    for module in filter(None, preload.split(",")):
        importlib.import_module(module)
    conn.send(("ready", None))
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
    """One worker process, used by one caller at a time.

    Started as a new interpreter (not forked, so no thread or state of the caller is copied; not
    multiprocessing's spawn, which re-runs the caller's main script)."""

    def __init__(
        self, seconds: float = SECONDS, memory: int = MEMORY_BYTES, preload: tuple[str, ...] = ()
    ) -> None:
        self.seconds = seconds
        self.memory = memory
        self.preload = preload  # modules imported at start, outside any input's budget
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
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
            return (
                f"parsing needed over {self.memory / 1024**3:.1f} GB, the memory budget for one "
                "input"
            )
        if status == "died":
            return "the parser crashed on this input (or ran out of memory)"
        return f"the parser failed ({detail})"

    def _start(self) -> Connection:
        if self._process is not None and self._process.poll() is None and self._conn is not None:
            return self._conn
        self.stop()
        mine, theirs = socket.socketpair()
        with theirs:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-P",
                    "-c",
                    _MAIN,
                    str(theirs.fileno()),
                    str(self.memory),
                    ",".join(self.preload),
                ],  # fmt: skip
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
            )
        self._conn = Connection(mine.detach())
        try:
            ready = self._conn.poll(STARTUP_SECONDS) and self._conn.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise ParserFailed("the parser process could not start")
        return self._conn

    def stop(self) -> None:
        """End the worker (it is started again on the next call)."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.kill()
            self._process.wait()
        self._process, self._conn = None, None


_shared: Worker | None = None
_shared_lock = threading.Lock()


def shared(preload: tuple[str, ...] = ()) -> Worker:
    """The process-wide worker the readers use (its budget: ``SECONDS``, ``MEMORY_BYTES``)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Worker(preload=preload)
        return _shared
