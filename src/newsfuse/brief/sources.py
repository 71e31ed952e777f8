"""The reports of a brief, numbered, each named by its outlet whenever anything names it
(``outlets.outlet_name``), else "source n": a file name is never an outlet's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..outlets import outlet_name
from ..records import Article, Duplicate
from .records import BriefSource


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
