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
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from multiprocessing import get_context

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
    """Extraction running in one worker process while the caller embeds and clusters.

    ``submit`` queues batches for the worker (a spawned process: it loads its own models, once).
    ``results`` then yields every submitted article's extraction: the worker's, or, while the
    worker is busy, the caller's own work on batches the worker has not started (taken from the
    end of the queue), so both cores work until the last batch. A worker that dies leaves its
    batches to the caller. Articles travel without their raw input, which extractors never read.
    """

    def __init__(self) -> None:
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        self._queue: list[tuple[Items, Future[list[Extraction]]]] = []

    def submit(self, items: Items) -> None:
        light = [(replace(a, raw=""), s) for a, s in items]
        self._queue.append((items, self._pool.submit(extract_articles, light)))

    def results(self) -> Iterator[Extraction]:
        while self._queue:
            items, first = self._queue[0]
            if not first.done() and len(self._queue) > 1 and self._queue[-1][1].cancel():
                yield from extract_articles(self._queue.pop()[0])
                continue
            self._queue.pop(0)
            try:
                found = first.result()
            except MemoryError:
                raise
            except Exception as exc:  # a dead worker: this process extracts instead
                log.warning("extraction worker failed (%s: %s)", type(exc).__name__, exc)
                found = extract_articles(items)
            yield from found

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
