"""How a fact's figure moved over report time (only reports whose publication time is known)."""

from __future__ import annotations

from ..records import Article, Fact, FigureHistoryPoint


def figure_history(fact: Fact, articles: dict[str, Article]) -> list[FigureHistoryPoint]:
    points = []
    for value in fact.values:
        article = articles.get(value.article_id)
        if article is None or article.published is None or value.value is None:
            continue
        points.append(
            FigureHistoryPoint(
                fact_id=fact.id,
                time=article.published,
                value=value.value,
                qualifier=value.qualifier,
                outlet=value.outlet,
                article_id=value.article_id,
                claim_id=value.claim_id,
            )
        )
    return sorted(points, key=lambda p: (p.time, p.claim_id))
