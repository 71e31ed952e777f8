"""Per-host manners: at most N requests in flight to one host, and a delay between their starts.

Hosts are told apart by name and port (two servers on one machine are two hosts). A robots.txt
``Crawl-delay`` raises one host's delay (up to the policy's cap). Start times are reserved in
order without a lock: the event loop runs one coroutine at a time between awaits.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HostLimiter:
    def __init__(self, per_host: int, delay: float, connections: int) -> None:
        self.per_host = per_host
        self.delay = delay
        self._overall = asyncio.Semaphore(connections)
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def slow_down(self, host: str, delay: float) -> None:
        """Wait at least ``delay`` seconds between requests to ``host`` from now on."""
        self._delays[host] = max(self.delay, delay)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """Hold one of ``host``'s request slots, started no sooner than its delay allows."""
        slots = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        async with slots:
            now = asyncio.get_running_loop().time()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self._delays.get(host, self.delay)
            if start > now:
                await asyncio.sleep(start - now)
            async with self._overall:  # taken after the wait: a waiting host holds no slot
                yield
