"""``newsfuse watch``: rounds over the watched feeds, new entries into the store and the pipeline.

A round polls every source that is due (conditional GET: an unchanged feed costs a 304), reads each
entry it has not seen (the article page through robots.txt and trafilatura, the feed's summary as
the fallback) and stores it, *in one transaction with the record that the entry was seen*; then the
pipeline (``Pipeline.run_articles``) takes the new articles incrementally, and the briefs of the
events they touched are rewritten. A feed's validators (ETag, Last-Modified) are saved only once
every new entry of that document is stored, so a process killed at any point (even ``kill -9``)
resumes without losing an entry or fetching a stored one again.

Stopping (:attr:`Watcher.stop`, set on Ctrl-C) lets the request or article in hand finish: no new
request starts, the pipeline stops after its current article (each is written in its own
transaction), and the next run picks up whatever is left.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..errors import InputError, NewsfuseError
from ..pipeline import Pipeline, RunReport
from ..records import Article, EntryVia, Source, SourceEntry, SourceStatus
from ..store import Store
from .client import FEED, PAGE, Fetcher, FetchError
from .feeds import FeedEntry, ParsedFeed, page_article, parse_feed, summary_article
from .guard import Guard
from .policy import FetchPolicy
from .robots import Robots
from .sources import new_source, source_id


def utcnow() -> datetime:
    """Stored times are naive UTC, like article publication times."""
    return datetime.now(UTC).replace(tzinfo=None)


class Stopped(NewsfuseError):
    """The watcher was asked to stop; raised between two articles of a pipeline stage."""


@dataclass(frozen=True)
class WatchConfig:
    every: float = 600.0  # seconds between two polls of one feed
    max_backoff: float = 6 * 3600.0  # the longest wait after failures in a row
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    guard: Guard = field(default_factory=Guard)


@dataclass(slots=True)
class SourceView:
    """What the live display shows of one source during a round."""

    source: Source
    state: str = "waiting"
    new: int = 0  # entries not seen before, this round
    stored: int = 0  # of which stored (page or summary) so far


@dataclass(slots=True)
class RoundReport:
    number: int
    started: datetime
    seconds: float = 0.0
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    entries: int = 0  # new entries seen
    articles: list[str] = field(default_factory=list)  # new articles stored
    from_summary: int = 0
    requests: int = 0
    retries: int = 0
    bytes: int = 0
    events: set[str] = field(default_factory=set)
    new_events: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    stopped: bool = False

    def line(self) -> str:
        """The round's one log line."""
        text = (
            f"round {self.number}: {self.polled} feeds polled ({self.not_modified} not modified, "
            f"{self.failed} failed), {self.entries} new entries, {len(self.articles)} articles "
            f"stored ({self.from_summary} from feed summaries), {len(self.events)} events updated "
            f"({len(self.new_events)} new), {self.requests} requests, {self.seconds:.1f} s"
        )
        return text + (" — stopped" if self.stopped else "")


class Watcher:
    """Polls sources round after round into ``store``; see the module docstring."""

    def __init__(
        self,
        store: Store,
        config: WatchConfig | None = None,
        *,
        pipeline: Pipeline | None = None,
        out: Path | None = None,
        stop: threading.Event | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.config = config or WatchConfig()
        self.pipeline = pipeline or Pipeline(store)
        self.out = out
        self.stop = stop or threading.Event()
        self.clock = clock
        self.views: dict[str, SourceView] = {}
        self.rounds = 0
        self._runner: asyncio.Runner | None = None
        self._fetcher: Fetcher | None = None
        self._robots: Robots | None = None
        inner = self.pipeline.progress

        def progress(stage: str, done: int, total: int) -> None:
            inner(stage, done, total)
            # Clustering writes its events at the end of the stage: it is left to finish; an
            # article being read is stored with its feed entry (see _remember).
            if self.stop.is_set() and stage not in ("read", "cluster"):
                raise Stopped("stopped after the current article")

        self.pipeline.progress = progress

    # -- sources ---------------------------------------------------------------------------------
    def watch(self, urls: Iterable[str] | None = None) -> list[Source]:
        """Watch these feeds (registered if new), or every registered one when None."""
        if urls is not None:
            urls = list(dict.fromkeys(urls))
            now = self.clock()
            self.store.add_sources(new_source(u, now) for u in urls)
            sources = self.store.sources([source_id(u) for u in urls])
        else:
            sources = self.store.sources()
        self.views = {s.id: SourceView(s) for s in sources}
        return sources

    def due(self, now: datetime, on_demand: bool = False) -> list[Source]:
        """Sources to poll now: those whose time has come; ``on_demand`` (a ``--once`` run from
        cron) also those merely scheduled later, but never one waiting out failures."""
        return [
            v.source
            for v in self.views.values()
            if v.source.next_due is None
            or v.source.next_due <= now
            or (on_demand and v.source.failures == 0)
        ]

    def next_due(self) -> datetime | None:
        times = [v.source.next_due for v in self.views.values() if v.source.next_due]
        return min(times) if times else None

    # -- rounds ----------------------------------------------------------------------------------
    def run(
        self, once: bool = False, on_round: Callable[[RoundReport], None] | None = None
    ) -> None:
        """Round after round until stopped (or one round with ``once``)."""
        while not self.stop.is_set():
            report = self.run_round(on_demand=once)
            if on_round is not None:
                on_round(report)
            if once or self.stop.is_set():
                return
            due = self.next_due()
            wait = (due - self.clock()).total_seconds() if due else self.config.every
            self.stop.wait(max(1.0, wait))

    def run_round(self, on_demand: bool = False) -> RoundReport:
        """Poll what is due, store new entries, run the pipeline, rewrite touched briefs."""
        started = time.perf_counter()
        self.rounds += 1
        report = RoundReport(self.rounds, self.clock())
        if self._runner is None:
            self._runner = asyncio.Runner()
        fetcher = self._runner.run(self._ready())
        before = (fetcher.counters.requests, fetcher.counters.retries, fetcher.counters.bytes)
        due = self.due(report.started, on_demand)
        polled = {s.id for s in due}
        for view in self.views.values():
            view.state = "due" if view.source.id in polled else "waiting"
            view.new = view.stored = 0
        self._runner.run(self._poll_all(due, report))
        report.requests = fetcher.counters.requests - before[0]
        report.retries = fetcher.counters.retries - before[1]
        report.bytes = fetcher.counters.bytes - before[2]
        if self.stop.is_set():
            report.stopped = True
        else:
            self._process(report)
        report.seconds = time.perf_counter() - started
        return report

    def _process(self, report: RoundReport) -> None:
        """The pipeline over what is new (and whatever an interrupted run left), then briefs."""
        try:
            run = self.pipeline.run_articles(())
        except Stopped:
            report.stopped = True
            return
        report.events = set(run.events_touched)
        report.new_events = set(run.new_events)
        if self.out is not None and report.events:
            from ..brief import write_briefs

            write_briefs(self.store, self.out, sorted(report.events))

    def close(self) -> None:
        if self._runner is not None:
            if self._fetcher is not None:
                self._runner.run(self._fetcher.__aexit__())
            self._runner.close()
            self._runner = None

    async def _ready(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.config.policy, self.config.guard, self.stop)
            self._robots = Robots(self._fetcher)
        return self._fetcher

    async def _poll_all(self, sources: list[Source], report: RoundReport) -> None:
        await asyncio.gather(*(self._poll(s, report) for s in sources))

    # -- one feed --------------------------------------------------------------------------------
    async def _poll(self, source: Source, report: RoundReport) -> None:
        view = self.views[source.id]
        if self.stop.is_set():
            return
        view.state = "polling"
        assert self._fetcher is not None
        now = report.started  # the round's time: its feeds stay due together
        try:
            fetched = await self._fetcher.get(
                source.url, FEED, etag=source.etag, last_modified=source.last_modified
            )
            feed = None if fetched.not_modified else parse_feed(fetched.body, source.url)
        except (FetchError, InputError) as exc:
            if self.stop.is_set():  # not sent: the feed is polled again next run
                view.state = "stopped"
                return
            self._failed(source, str(exc), now, getattr(exc, "retry_after", None))
            report.failed += 1
            report.errors.append(str(exc))
            view.state = "error"
            return
        report.polled += 1
        source.polls += 1
        source.last_fetch = self.clock()
        source.status, source.error, source.failures = SourceStatus.OK, "", 0
        if feed is None:
            source.not_modified += 1
            source.status = SourceStatus.NOT_MODIFIED
            report.not_modified += 1
            view.state = "not modified"
        else:
            source.title = feed.title or source.title
            seen = self.store.seen_entries(source.id)
            new = [e for e in feed.entries if e.key not in seen]
            view.new = len(new)
            report.entries += len(new)
            view.state = f"reading {len(new)} new" if new else "no new entries"
            done = await asyncio.gather(*(self._entry(source, feed, e, report) for e in new))
            if all(done):  # else the same document is read again next time, for the rest
                source.etag, source.last_modified = fetched.etag, fetched.last_modified
            view.state = (
                f"{view.stored} stored" if all(done) else f"{view.stored} stored, rest later"
            )
        self._schedule(source, now)
        self.store.put_source(source)

    def _failed(self, source: Source, error: str, now: datetime, retry_after: float | None) -> None:
        source.status, source.error = SourceStatus.ERROR, error
        source.failures += 1
        source.last_fetch = self.clock()
        self._schedule(source, now, retry_after)
        self.store.put_source(source)

    def _schedule(self, source: Source, now: datetime, retry_after: float | None = None) -> None:
        """Next poll: ``every`` after this one, doubled for each failure in a row (capped), and
        never sooner than a server's Retry-After."""
        every = self.config.every
        wait = every * 2 ** min(source.failures, 16)
        wait = min(wait, max(every, self.config.max_backoff))
        source.next_due = now + timedelta(seconds=max(wait, retry_after or 0.0))

    # -- one entry -------------------------------------------------------------------------------
    async def _entry(
        self, source: Source, feed: ParsedFeed, entry: FeedEntry, report: RoundReport
    ) -> bool:
        """Store the entry's article (page, else summary); False when left for a later round."""
        if self.stop.is_set():
            return False
        if entry.link:
            known = self.store.article_by_url(entry.link)
            if known is not None:
                self._remember(source, entry, None, known, EntryVia.KNOWN, report)
                return True
        article, transient = await self._page(source, feed, entry, report)
        if article is None and self.stop.is_set():  # its page was never asked for: later
            return False
        via = EntryVia.PAGE
        if article is None:
            try:
                article, via = summary_article(entry, feed, source.url), EntryVia.SUMMARY
            except InputError:
                if transient:  # the page may come back; the feed says nothing on its own
                    return False
                self._remember(source, entry, None, None, EntryVia.NONE, report)
                return True
        self._remember(source, entry, article, article.id, via, report)
        return True

    async def _page(
        self, source: Source, feed: ParsedFeed, entry: FeedEntry, report: RoundReport
    ) -> tuple[Article | None, bool]:
        """The entry's article page as an article; (None, transient?) when it cannot be had."""
        assert self._fetcher is not None and self._robots is not None
        if not entry.link:
            return None, False
        try:
            if self.config.policy.robots and not await self._robots.allowed(entry.link):
                report.errors.append(
                    f"{entry.link}: not fetched, robots.txt disallows it (or is unreadable)"
                )
                return None, False
            page = await self._fetcher.get(entry.link, PAGE)
            return page_article(page.body, page.charset, page.url, entry, feed, source.url), False
        except FetchError as exc:
            report.errors.append(str(exc))
            return None, exc.transient
        except InputError as exc:
            report.errors.append(str(exc))
            return None, False

    def _remember(
        self,
        source: Source,
        entry: FeedEntry,
        article: Article | None,
        article_id: str | None,
        via: EntryVia,
        report: RoundReport,
    ) -> None:
        """Store the article and the entry in one transaction: both or neither survive a crash."""
        added = RunReport()
        with self.store.transaction():
            if article is not None:
                self.pipeline.ingest([article], added)
            self.store.add_entry(SourceEntry(source.id, entry.key, article_id, via, self.clock()))
        report.articles += added.added
        if added.added and via is EntryVia.SUMMARY:
            report.from_summary += 1
        if article is not None:
            self.views[source.id].stored += 1
