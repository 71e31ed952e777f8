"""Extract stage over a batch of articles: figures, entity mentions and places (their dates are
read before clustering, by the pipeline's anchor stage).

Plain records in and out, so the same function runs in the pipeline's process or in a worker
process beside it (the pipeline overlaps extraction with embedding on a second core). The
sentences of the whole batch go through spaCy together (``extract_mentions_many``); one article
that fails is reported in its ``Extraction.failure`` and never stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..engine.beside import Beside, Queued
from ..ingest.readers import unexpected
from ..records import Article, Extraction, Mention, Sentence
from .entities import extract_mentions_many
from .figures import extract_claims, extract_headline_claims, title_leads
from .places import resolve_places

log = logging.getLogger(__name__)


def extract_articles(items: Sequence[tuple[Article, list[Sentence]]]) -> list[Extraction]:
    """The extraction of each ``(article, its sentences)``, in order."""
    try:
        mentions = extract_mentions_many([(sentences, a.language) for a, sentences in items])
    except MemoryError:
        raise
    except Exception as exc:  # find the article it came from: one at a time
        if len(items) > 1:
            return [found for item in items for found in extract_articles([item])]
        return [_failed(items[0][0], exc)]
    return [
        _extract_one(article, sentences, found)
        for (article, sentences), found in zip(items, mentions, strict=True)
    ]


def _extract_one(
    article: Article, sentences: list[Sentence], mentions: list[Mention]
) -> Extraction:
    lang = article.language or "en"
    try:
        body = extract_claims(
            article.text,
            lang,
            article_id=article.id,
            sentences=sentences,
            titled=title_leads(article.title, article.text),
        )
        claims = extract_headline_claims(article.title, article.text, lang, article.id, body)
        places = resolve_places(mentions, sentences)
    except MemoryError:
        raise
    except Exception as exc:
        return _failed(article, exc)
    return Extraction(article.id, claims + body, mentions, places)


def _failed(article: Article, exc: Exception) -> Extraction:
    problem = unexpected(article.id, exc, "figures, entities and places not extracted")
    return Extraction(article.id, failure=problem.problem)


Items = list[tuple[Article, list[Sentence]]]


class ReadAhead:
    """Extraction running in the worker process beside the caller (``engine.beside``) while
    the caller embeds and clusters.

    ``submit`` queues batches for the worker (it loads its own models, once). ``results`` then
    yields every submitted article's extraction: the worker's, or, while the worker is busy, the
    caller's own work on batches the worker has not started (taken from the end of the queue),
    so both cores work until the last batch. Articles travel without their raw input, which
    extractors never read.
    """

    def __init__(self, beside: Beside) -> None:
        self._beside = beside
        self._queue: list[Queued[tuple[Article, list[Sentence]], Extraction]] = []

    def submit(self, items: Items) -> None:
        light = [(replace(a, raw=""), s) for a, s in items]
        self._queue.append(self._beside.queued(extract_articles, items, light))

    def results(self) -> Iterator[Extraction]:
        return self._beside.collect(extract_articles, self._queue)
