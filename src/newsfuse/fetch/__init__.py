"""Fetching over HTTP, politely and safely: what ``newsfuse watch`` polls and reads.

One job per module: ``policy`` (the limits and manners, one dataclass), ``guard`` (which addresses
may be reached: the SSRF guard, applied to every URL, redirect and connection), ``hosts`` (per-host
concurrency and delay), ``client`` (one guarded HTTP request: conditional GET, retries, size and
type limits, redirects), ``robots`` (robots.txt for article pages), ``feeds`` (a feed document
into entries, an entry or its page into an article), ``sources`` (the SOURCES a user names: URLs,
URL lists, OPML) and ``watch`` (rounds over the sources into the store and the pipeline).
Policy and configuration: ``docs/fetching.md``.
"""
