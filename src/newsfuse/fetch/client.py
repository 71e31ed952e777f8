"""One HTTP GET done as a careful crawler does it, through the SSRF guard.

:meth:`Fetcher.get` sends a clear User-Agent and, for feeds, the validators of the last fetch
(If-None-Match / If-Modified-Since: an unchanged feed costs a 304 and no body); follows redirects
itself, each hop checked by the guard, up to a limit; retries 429 and 5xx answers and network
failures with exponential backoff and jitter, waiting what Retry-After asks (up to a cap: a longer
wait is left to the next round); refuses a content type it did not ask for; and streams the body,
cutting it off past a size limit without ever holding more. Every failure is a
:class:`FetchError` naming the URL and the problem; ``transient`` ones are worth trying later.
"""

from __future__ import annotations

import asyncio
import random
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from ..errors import NewsfuseError
from .guard import Guard, Refused, guarded_transport
from .hosts import HostLimiter
from .policy import MB, FetchPolicy

RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}


class FetchError(NewsfuseError):
    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        transient: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.transient = transient
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Accept:
    """The media types a request accepts (substrings; a missing type is let through to the
    parser, which judges the bytes)."""

    name: str
    types: tuple[str, ...]
    header: str

    def allows(self, media_type: str) -> bool:
        return not media_type or any(t in media_type for t in self.types)


FEED = Accept(
    "a feed",
    ("xml", "rss", "atom", "rdf", "json", "text/plain"),
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1",
)
PAGE = Accept(
    "an HTML page", ("text/html", "application/xhtml"), "text/html, application/xhtml+xml"
)
ROBOTS = Accept("robots.txt", ("text/",), "text/plain")


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    body: bytes
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(slots=True)
class Counters:
    """What a fetcher did, for the round's log line and the benchmark."""

    requests: int = 0
    not_modified: int = 0
    retries: int = 0
    bytes: int = 0


@dataclass(slots=True)
class _Redirect:
    location: str


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now (it is either a number of seconds or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class Fetcher:
    """An async HTTP client with the policy's manners; use as ``async with Fetcher(...)``."""

    def __init__(
        self, policy: FetchPolicy, guard: Guard, stop: threading.Event | None = None
    ) -> None:
        self.policy = policy
        self.guard = guard
        self.stop = stop  # once set, a request waiting for its slot is not sent
        self.hosts = HostLimiter(policy.per_host, policy.host_delay, policy.connections)
        self.counters = Counters()
        self.client = httpx.AsyncClient(
            transport=guarded_transport(guard, policy.connections),
            headers={"User-Agent": policy.user_agent},
            timeout=httpx.Timeout(
                connect=policy.connect_timeout,
                read=policy.read_timeout,
                write=policy.read_timeout,
                pool=None,  # waiting for a free connection is bounded by the deadline instead
            ),
            follow_redirects=False,
            trust_env=False,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    async def get(
        self,
        url: str,
        accept: Accept,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> Fetched:
        """GET ``url`` (redirects followed, each hop guarded); raises :class:`FetchError`."""
        limit = max_bytes or self.policy.max_bytes
        headers = {"Accept": accept.header}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.policy.max_redirects + 1):
            try:
                checked = self.guard.check_url(current)
            except Refused as exc:
                raise FetchError(url, str(exc)) from None
            outcome = await self._with_retries(checked, headers, accept, limit)
            if isinstance(outcome, Fetched):
                return outcome
            current = outcome.location
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects")

    async def _with_retries(
        self, url: httpx.URL, headers: dict[str, str], accept: Accept, limit: int
    ) -> Fetched | _Redirect:
        for attempt in range(self.policy.retries + 1):
            try:
                return await self._once(url, headers, accept, limit)
            except _Retryable as exc:
                wait = exc.retry_after
                if wait is None:
                    wait = self.policy.backoff * 2**attempt * (1 + random.random() / 4)
                if attempt == self.policy.retries or wait > self.policy.max_retry_after:
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise FetchError(
                        str(url),
                        exc.reason + tries,
                        status=exc.status,
                        transient=True,
                        retry_after=exc.retry_after,
                    ) from None
                self.counters.retries += 1
                await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    async def _once(
        self, url: httpx.URL, headers: dict[str, str], accept: Accept, limit: int
    ) -> Fetched | _Redirect:
        where = str(url)
        async with self.hosts.slot(f"{url.host}:{url.port or ''}"):
            if self.stop is not None and self.stop.is_set():
                raise FetchError(where, "not sent: stopping", transient=True)
            self.counters.requests += 1
            try:
                async with (
                    asyncio.timeout(self.policy.deadline),
                    self.client.stream("GET", url, headers=headers) as response,
                ):
                    return await self._read(response, accept, limit)
            except Refused as exc:
                raise FetchError(where, str(exc)) from None
            except TimeoutError:
                raise _Retryable(f"no complete answer within {self.policy.deadline:g} s") from None
            except httpx.TimeoutException as exc:
                raise _Retryable(f"timed out ({type(exc).__name__})") from None
            except httpx.DecodingError as exc:
                raise FetchError(where, f"undecodable body ({exc})") from None
            except httpx.TransportError as exc:
                raise _Retryable(f"network error ({exc or type(exc).__name__})") from None

    async def _read(
        self, response: httpx.Response, accept: Accept, limit: int
    ) -> Fetched | _Redirect:
        where = str(response.url)
        status = response.status_code
        if status in REDIRECT_STATUSES and response.headers.get("location"):
            try:
                return _Redirect(str(response.url.join(response.headers["location"])))
            except httpx.InvalidURL as exc:
                raise FetchError(where, f"bad redirect location ({exc})") from None
        if status == 304:
            self.counters.not_modified += 1
            return Fetched(where, status, b"", etag=response.headers.get("etag"))
        if status in RETRY_STATUSES:
            wait = retry_after_seconds(response.headers.get("retry-after"))
            raise _Retryable(f"HTTP {status}", status, wait)
        if not 200 <= status < 300:
            raise FetchError(where, f"HTTP {status}", status=status, transient=status == 408)
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if not accept.allows(media):
            raise FetchError(where, f"content type {media} is not {accept.name}", status=status)
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            raise FetchError(
                where, f"body of {int(length) / MB:,.1f} MB is over the {limit / MB:g} MB limit"
            )
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limit:
                raise FetchError(where, f"body cut off: over the {limit / MB:g} MB limit")
        self.counters.bytes += len(body)
        return Fetched(
            where,
            status,
            bytes(body),
            content_type=media,
            charset=response.charset_encoding,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )
