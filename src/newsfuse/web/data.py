"""Database access for the web app: one connection per worker thread, caches keyed by changes.

Connections must not be shared by concurrent requests, so each worker thread opens its own
``Store``. A separate watch store reads ``Store.data_version``, which changes whenever another
connection (the ingest pipeline, a CLI run) commits: the event list and cached briefs are rebuilt
only then, so reads stay cheap on large databases.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from ..brief import Brief, build_brief
from ..records import Event
from ..store import SearchIndex, Store
from .queries import EventIndex

BRIEF_CACHE = 256
PAGE_CACHE = 1024
T = TypeVar("T")


class Data:
    def __init__(self, db_path: str) -> None:
        self.path = db_path
        self._watch = Store(db_path)  # creates or migrates once, and fails early on a bad file
        self._local = threading.local()
        self._watch_lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._version: int | None = None
        self._index: EventIndex | None = None
        self._briefs: OrderedDict[str, Brief] = OrderedDict()
        self._pages: OrderedDict[str, Any] = OrderedDict()
        self._search = SearchIndex()
        self._search_version: int | None = None

    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path)
        return store

    def version(self) -> int:
        with self._watch_lock:
            return self._watch.data_version()

    def index(self) -> EventIndex:
        version = self.version()
        if self._index is None or self._version != version:
            with self._build_lock:
                if self._index is None or self._version != version:
                    self._index = EventIndex(self.store())
                    self._briefs.clear()
                    self._pages.clear()
                    self._version = version
        return self._index

    def search_seqs(self, text: str) -> set[int] | None:
        """Article seqs matching ``text`` (None: no filter), indexing new articles first."""
        version = self.version()
        if self._search_version != version:
            self._search.catch_up(self.store())
            self._search_version = version
        return self._search.seqs(text)

    def cached(self, key: str) -> Any | None:
        """The cached body for ``key`` if the database has not changed since it was built.

        Never rebuilds anything (it runs on the event loop): a miss is built by :meth:`memo`.
        """
        if self._index is None or self.version() != self._version:
            return None
        return self._pages.get(key)

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """A rendered response body, rebuilt only after the database changed (LRU)."""
        self.index()
        version = self._version
        hit = self._pages.get(key)
        if hit is not None:
            return hit
        value = build()
        with self._build_lock:
            if version != self._version:  # the database changed meanwhile: do not keep it
                return value
            self._pages[key] = value
            while len(self._pages) > PAGE_CACHE:
                self._pages.popitem(last=False)
        return value

    def brief(self, event: Event) -> Brief:
        """The event's brief, built once per database version (LRU)."""
        self.index()  # clears the cache when the database changed
        cached = self._briefs.get(event.id)
        if cached is not None:
            self._briefs.move_to_end(event.id)
            return cached
        brief = build_brief(self.store(), event)
        with self._build_lock:
            self._briefs[event.id] = brief
            while len(self._briefs) > BRIEF_CACHE:
                self._briefs.popitem(last=False)
        return brief
