"""A fetched feed into its entries; an entry (or its article page) into an article.

Parsing and article building are the file readers' (``ingest.readers``): a feed fetched over HTTP
reads exactly like the same feed on disk. Only bytes are handed to feedparser, never a URL (it
would fetch it itself, past every guard).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..ingest.readers import entry_key, entry_to_article, page_to_article
from ..records import Article


@dataclass(slots=True)
class FeedEntry:
    key: str  # the entry's id (guid), else its link
    link: str | None
    raw: Any = field(repr=False)  # the feedparser entry, for the summary fallback


@dataclass(slots=True)
class ParsedFeed:
    title: str
    entries: list[FeedEntry]


def parse_feed(data: bytes, where: str) -> ParsedFeed:
    """The feed's title and entries (an entry with neither id nor link cannot be tracked: left out).

    A feed with no entries is not an error (a quiet feed); one that cannot be read at all is.
    """
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries and not feed.feed.get("title"):
        reason = getattr(feed, "bozo_exception", None) or "unreadable"
        raise InputError(where, f"not a readable feed ({reason})")
    entries = []
    for entry in feed.entries:
        key = entry_key(entry)
        if key:
            link = entry.get("link")
            entries.append(FeedEntry(key, link if isinstance(link, str) else None, entry))
    return ParsedFeed(feed.feed.get("title") or "", entries)


def summary_article(entry: FeedEntry, feed: ParsedFeed, feed_url: str) -> Article:
    """The entry as the feed tells it (its content or summary): the fallback for its page."""
    article = entry_to_article(
        entry.raw,
        f"{feed_url}#{entry.key}",
        outlet=feed.title or None,
        source_path=entry.link or feed_url,
        key=entry.key,
    )
    article.meta.update({"feed": feed_url, "entry": entry.key, "via": "summary"})
    return article


def page_article(
    html: bytes,
    charset: str | None,
    page_url: str,
    entry: FeedEntry,
    feed: ParsedFeed,
    feed_url: str,
) -> Article:
    """The entry's article page, its main text extracted; the feed fills what the page lacks.

    The feed's time of publication wins over the page's (feeds give the hour, pages often only the
    day), and the feed's title names the outlet when the page does not.
    """
    article = page_to_article(
        _decode(html, charset),
        page_url,
        source_path=page_url,
        fallback_key=entry.key,
        key=entry.key,
        url=page_url,
    )
    summary = _summary_or_none(entry, feed, feed_url)
    if summary is not None:
        article.published = summary.published or article.published
        article.title = article.title or summary.title
    article.outlet = article.outlet or feed.title or None
    article.meta.update({"feed": feed_url, "entry": entry.key, "via": "page"})
    return article


def _summary_or_none(entry: FeedEntry, feed: ParsedFeed, feed_url: str) -> Article | None:
    try:
        return summary_article(entry, feed, feed_url)
    except InputError:
        return None


def _decode(html: bytes, charset: str | None) -> str:
    """The page's text in the charset its server names, else as trafilatura guesses it."""
    if charset:
        try:
            return html.decode(charset, "replace")
        except LookupError:  # a charset Python does not know
            pass
    from trafilatura.utils import decode_file

    return decode_file(html)
