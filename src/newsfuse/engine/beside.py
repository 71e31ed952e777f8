"""A second core for the pipeline's own process: one worker process beside it, shared by stages.

The local path runs on one machine; its stages that spend most of their time in Python (the
extraction of new articles, the per-event analysis) each split their batches between the worker
and the caller. ``Beside.run`` sends batches to the worker in order; while the worker is busy
with the first ones, the caller takes the last unstarted batch itself, so both cores work until
the end, and the results come back in the batches' order, whichever core computed them. A
worker that fails (or dies) leaves its batches to the caller.

The worker is a spawned process (its models load once, on its first batch, through ``models``);
it receives plain records and a module-level function, never the store. At most ``ahead``
batches are queued at a time, so memory stays bounded whatever the number of batches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from multiprocessing import current_process, get_context
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")
AHEAD = 8  # batches queued beside the caller's own


@dataclass(slots=True)
class Queued(Generic[T, R]):
    """A batch sent to the worker; ``done``: its results when the caller computed them."""

    items: list[T]
    future: Future[list[R]]
    done: list[R] | None = None


class Beside:
    """One spawned worker process, started on first use; see the module docstring."""

    def __init__(self) -> None:
        # A spawned worker imports the script that started it; a script that makes a pipeline
        # outside ``if __name__ == "__main__":`` would, in the worker, make another one and wait
        # for ever on the store's work lock that its parent holds while it waits for the worker.
        # Fail at once instead, as ``multiprocessing`` itself does for a process started there.
        if getattr(current_process(), "_inheriting", False):
            raise RuntimeError(
                "a newsfuse pipeline was made while a worker process imported the script that "
                'started it: put the script\'s work under `if __name__ == "__main__":` '
                "(newsfuse extracts in a spawned worker process)"
            )
        self._pool: ProcessPoolExecutor | None = None

    @property
    def running(self) -> bool:
        """Whether the worker was started (and not closed since)."""
        return self._pool is not None

    def queued(
        self, work: Callable[[list[T]], list[R]], items: list[T], light: list[T] | None = None
    ) -> Queued[T, R]:
        """``items`` sent to the worker (as ``light``, what ``work`` reads of them, if given)."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        try:
            future = self._pool.submit(work, items if light is None else light)
        except BrokenProcessPool as exc:  # it died earlier: the caller does the batch
            future = Future()
            future.set_exception(exc)
        return Queued(items, future)

    def collect(
        self,
        work: Callable[[list[T]], list[R]],
        queue: list[Queued[T, R]],
        refill: Callable[[], None] | None = None,
    ) -> Iterator[R]:
        """The results of the batches of ``queue``, in order, taking them off it; while the
        worker is busy with the first, the caller does the last one it has not started.
        ``refill`` is called after each batch taken (to queue more)."""
        while queue:
            first = queue[0]
            if first.done is None and not first.future.done():
                last = next((b for b in reversed(queue[1:]) if b.done is None), None)
                if last is not None and last.future.cancel():
                    last.done = work(last.items)
                    continue
            queue.pop(0)
            yield from first.done if first.done is not None else _result(work, first)
            if refill is not None:
                refill()

    def run(
        self,
        work: Callable[[list[T]], list[R]],
        batches: Iterable[list[T]],
        light: Callable[[T], T] | None = None,
        ahead: int = AHEAD,
    ) -> Iterator[R]:
        """``work`` over each batch, results in order, at most ``ahead`` batches queued (read
        from ``batches`` as they are needed). ``light(item)``: what the worker needs of it."""
        stream = iter(batches)
        queue: list[Queued[T, R]] = []

        def fill() -> None:
            for items in islice(stream, ahead - len(queue)):
                sent = [light(i) for i in items] if light is not None else None
                queue.append(self.queued(work, items, sent))

        fill()
        yield from self.collect(work, queue, fill)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _result(work: Callable[[list[T]], list[R]], batch: Queued[T, R]) -> list[R]:
    try:
        return batch.future.result()
    except MemoryError:
        raise
    except Exception as exc:  # a dead worker (or its failure): this process does it instead
        log.warning("worker process failed (%s: %s)", type(exc).__name__, exc)
        return work(batch.items)


__all__ = ["Beside", "Queued"]
