"""How a report's outlet is named to readers, the same way in briefs, exports and the web app.

An outlet is named by what the reader found (an HTML page's site name, a feed's or a record's
source), else by its page address (the host: "https://www.bbc.com/x" -> "bbc.com", looking
through web-archive copies), else by a wire credit in its dateline ("BRENNAVEL, March 12
(Northern Wire) —"). A file name is never an outlet's name: when nothing names the outlet, it
stays unnamed and each reader of this module says so in its own way ("source 3" in a brief,
an empty cell in an export).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .records import Article

_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(?P<original>.+)$")
# "MIRELHAVEN, Valdoria, March 12 (Northern Wire) —", "DAMASCUS (Reuters) -": a capitalised
# place line, a credit in parentheses, then a dash.
_CREDIT = re.compile(
    r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]+(?:,[^()\n]{0,40})?\s*\((?P<name>[A-Z][\w&' .-]{1,40}?)\)\s*[—–-]"
)


def host(url: str | None) -> str | None:
    """The site of a page address without "www.", looking through web-archive copies to the
    archived page; None when the address has no readable host (a relative path, a file name)."""
    if not url:
        return None
    archived = _ARCHIVE.match(url)
    if archived:
        url = archived.group("original")
        url = url if "://" in url else "http://" + url
    try:
        name = urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1": an unclosed IPv6 bracket
        return None
    return name.removeprefix("www.") or None


def outlet_name(article: Article) -> tuple[str | None, str | None]:
    """(name, how it is known: "site", "url" or "credit") of a report's outlet; (None, None)
    when nothing names it."""
    if article.outlet:
        return article.outlet, "site"
    site = host(article.url)
    if site:
        return site, "url"
    credit = _CREDIT.match(article.text)
    if credit:
        return credit.group("name").strip(), "credit"
    return None, None


def outlet_of(article: Article) -> str | None:
    """The outlet's name, None when nothing names it."""
    return outlet_name(article)[0]
