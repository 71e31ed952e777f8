"""The reports of a brief, numbered, each named by its outlet whenever anything names it.

An outlet is named by what the reader found (an HTML page's site name, a feed's or a record's
source), else by its page address (the host: "www.bbc.com" -> "bbc.com"), else by a wire credit
in its dateline ("BRENNAVEL, March 12 (Northern Wire) —"); otherwise the report is "source n".
A file name is never an outlet's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..records import Article, Duplicate
from .records import BriefSource

# "MIRELHAVEN, Valdoria, March 12 (Northern Wire) —", "DAMASCUS (Reuters) -": a capitalised
# place line, a credit in parentheses, then a dash.
_CREDIT = re.compile(
    r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]+(?:,[^()\n]{0,40})?\s*\((?P<name>[A-Z][\w&' .-]{1,40}?)\)\s*[—–-]"
)


def host(url: str | None) -> str | None:
    """The site of a page address, without "www." ("https://www.bbc.com/x" -> "bbc.com")."""
    if not url:
        return None
    name = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    name = name.removeprefix("www.")
    return name if "." in name else None


def outlet_name(article: Article) -> tuple[str | None, str | None]:
    """(name, how it is known) of a report's outlet; (None, None) when nothing names it."""
    if article.outlet:
        return article.outlet, "site"
    site = host(article.url)
    if site:
        return site, "url"
    credit = _CREDIT.match(article.text)
    if credit:
        return credit.group("name").strip(), "credit"
    return None, None


def sources_of(articles: Sequence[Article], duplicates: Sequence[Duplicate]) -> list[BriefSource]:
    """The reports in the event's order, numbered from 1, copies pointing to their original."""
    number = {a.id: n for n, a in enumerate(articles, 1)}
    links = {d.article_id: d for d in duplicates}
    sources = []
    for article in articles:
        name, how = outlet_name(article)
        link = links.get(article.id)
        sources.append(
            BriefSource(
                n=number[article.id],
                article_id=article.id,
                name=name or f"source {number[article.id]}",
                named_by=how,
                title=article.title,
                language=article.language,
                published=article.published,
                url=article.url,
                original_source=article.original_source,
                copy_of=number.get(link.duplicate_of) if link else None,
                copy_kind=link.kind if link else None,
            )
        )
    return sources
