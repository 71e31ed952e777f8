"""Engines: where the per-article model stages run — language, embed (and lexical features), extract.

The pipeline reads inputs, stores them and then groups, reconciles and writes everything
centrally; an engine may do each new article's own stages ahead, elsewhere, and hand back
``Prepared`` records that the pipeline stores as if its own stages had produced them.

``LocalEngine`` (the default) prepares nothing: every stage runs in the pipeline's process in its
turn, extraction and the per-event analysis sharing their batches with a worker process beside
it (``beside``). ``RayEngine`` (``ray_engine``) spreads
batches over a Ray cluster, one worker actor per CPU, each loading its models once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..records import Article, Prepared


class Engine(Protocol):
    def prepare(self, articles: Iterable[Article], batch: int) -> Iterator[Prepared]:
        """One ``Prepared`` per article, in order (``batch`` articles at a time), or nothing:
        what an engine leaves out, the pipeline's stages do."""
        ...

    def close(self) -> None: ...


class LocalEngine:
    """Today's single-machine path: nothing runs ahead (``articles`` is not even read)."""

    def prepare(self, articles: Iterable[Article], batch: int) -> Iterator[Prepared]:
        return iter(())

    def close(self) -> None:
        return None


class Ahead:
    """The prepared records of a stream, taken by article id as the pipeline reaches them.

    Records come in the order the articles were sent; one the pipeline never asks for (its article
    was stored meanwhile by another writer) is kept aside until the stream ends."""

    def __init__(self, prepared: Iterator[Prepared]) -> None:
        self._stream = prepared
        self._aside: dict[str, Prepared] = {}

    def take(self, article_id: str) -> Prepared | None:
        if article_id in self._aside:
            return self._aside.pop(article_id)
        for ready in self._stream:
            if ready.article_id == article_id:
                return ready
            self._aside[ready.article_id] = ready
        return None


def open_engine(name: str, address: str | None = None, workers: int | None = None) -> Engine:
    """The engine called ``name`` ("local" or "ray"); Ray is imported only when asked for.

    Raises ``EngineError`` (one line) when it cannot start."""
    if name == "local":
        return LocalEngine()
    if name == "ray":
        from .ray_engine import RayEngine

        return RayEngine(address, workers)
    from ..errors import EngineError

    raise EngineError(f"--engine {name}: unknown engine (use local or ray)")


__all__ = ["Ahead", "Engine", "LocalEngine", "open_engine"]
