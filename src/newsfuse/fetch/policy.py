"""How newsfuse behaves on the network: timeouts, retries, limits and manners, in one place.

Every value has a default a well-behaved crawler would use; ``newsfuse watch`` exposes the ones a
user needs to change (docs/fetching.md). Nothing here does I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import __version__
from ..errors import NewsfuseError

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    user_agent: str = f"newsfuse/{__version__} (news feed watcher; honours robots.txt)"
    robots_agent: str = "newsfuse"  # the token robots.txt groups are matched against
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two reads of the socket
    deadline: float = 60.0  # for a whole request, body included: a trickling server is cut
    retries: int = 2  # further attempts after a 429, a 5xx or a network failure
    backoff: float = 1.0  # seconds before the first retry; doubled each time, with jitter
    max_retry_after: float = 60.0  # a longer Retry-After is honoured by waiting for next round
    max_bytes: int = 10 * MB  # a feed or page larger than this is cut off and refused
    max_robots_bytes: int = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
    max_redirects: int = 5
    per_host: int = 2  # requests in flight to one host at once
    host_delay: float = 1.0  # seconds between the starts of two requests to one host
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay is honoured up to this
    connections: int = 64  # requests in flight overall
    robots: bool = True  # honour robots.txt for article pages (feeds are subscribed to)


def parse_duration(text: str) -> float:
    """Seconds in '90', '45s', '10m', '1h30m', '2d'; a clear error for anything else."""
    value = text.strip().lower()
    parts = re.fullmatch(
        r"(?:(\d+(?:\.\d+)?)d)?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?",
        value,
    )
    if not value or parts is None or not any(parts.groups()):
        raise NewsfuseError(f"{text!r} is not a duration (examples: 90s, 10m, 1h)")
    days, hours, minutes, seconds = (float(p) if p else 0.0 for p in parts.groups())
    return days * 86400 + hours * 3600 + minutes * 60 + seconds
