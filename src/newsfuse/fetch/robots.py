"""robots.txt for article pages (RFC 9309), fetched once per site and kept for the process.

Feeds are documents a user subscribed to; article pages are crawled, so a site's robots.txt
decides. As the RFC says: a robots.txt that is missing (any 4xx) allows everything; one that
cannot be read (5xx, network failure, refused by the guard) disallows everything for now (it is
asked again after ``retry_after`` seconds). ``Crawl-delay`` slows requests to that host.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

import httpx

from .client import ROBOTS, Fetcher, FetchError

UNREACHABLE_RETRY = 3600.0  # seconds before an unreadable robots.txt is asked again


@dataclass(slots=True)
class _Rules:
    parser: RobotFileParser | None  # None: allow everything
    allow_all: bool
    expires: float  # monotonic time; inf for a robots.txt that was read


class Robots:
    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self.agent = fetcher.policy.robots_agent
        self._rules: dict[str, _Rules] = {}
        self._pending: dict[str, asyncio.Task[_Rules]] = {}

    async def allowed(self, url: str) -> bool:
        """May ``url`` be fetched? (Reads the site's robots.txt the first time.)"""
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        rules = self._rules.get(origin)
        if rules is None or rules.expires < time.monotonic():
            task = self._pending.get(origin)
            if task is None:  # one request per site, however many pages wait for it
                task = self._pending[origin] = asyncio.ensure_future(self._read(origin))
            try:
                rules = await task
            finally:
                self._pending.pop(origin, None)
            self._rules[origin] = rules
        if rules.parser is None:
            return rules.allow_all
        return rules.parser.can_fetch(self.agent, url)

    async def _read(self, origin: str) -> _Rules:
        try:
            fetched = await self.fetcher.get(
                f"{origin}/robots.txt", ROBOTS, max_bytes=self.fetcher.policy.max_robots_bytes
            )
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return _Rules(None, True, float("inf"))  # no robots.txt: everything allowed
            return _Rules(None, False, time.monotonic() + UNREACHABLE_RETRY)
        parser = RobotFileParser()
        parser.parse(fetched.body.decode("utf-8", "replace").splitlines())
        delay = parser.crawl_delay(self.agent)
        if delay:
            host = httpx.URL(origin)
            cap = self.fetcher.policy.max_crawl_delay
            self.fetcher.hosts.slow_down(f"{host.host}:{host.port or ''}", min(float(delay), cap))
        return _Rules(parser, True, float("inf"))
