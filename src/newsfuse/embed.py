"""Embed stage: one multilingual vector per article, from its title and lead sentences.

Sentences of many articles are encoded in one batch (the model is far faster batched), each
distinct text once. The article vector is the normalised mean of its title and first ``LEAD``
sentences: the lead says what happened, later paragraphs drift into background that many
unrelated stories share. Those lead vectors are kept with the article (the brief's summary picks
from them); later sentences, half of a news report's text, are encoded only where a stage reads
them (``sentence_vectors``: the alignment of a translation candidate, a few articles a run).

The model's memory and time grow faster than linearly with the length of one text (a
100,000-character string costs it 600 MB and 5 s), so every text is cut to ``MAX_CHARS`` first; a
sentence's first thousand characters say what it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from . import models
from .records import Article, Sentence

MAX_SENTENCES = 40  # sentences aligned per article; later ones rarely matter for matching
LEAD = 8
MAX_CHARS = 1000  # only 11 of the 109,530 sentences of the evaluation sets are longer


def lead_texts(article: Article, sentences: Sequence[Sentence]) -> list[str]:
    """What the embed stage encodes for an article: its title (when it has one) and the first
    ``LEAD`` sentences, each cut to ``MAX_CHARS``."""
    title = [article.title[:MAX_CHARS]] if article.title else []
    return title + [s.text[:MAX_CHARS] for s in sentences[:LEAD]]


def embed_articles(
    items: Sequence[tuple[Article, list[Sentence]]], embedder: models.Embedder | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(article_vector, lead_vectors)`` for each ``(article, sentences)``: the lead vectors
    are those of its first ``LEAD`` sentences."""
    model = embedder or models.embedder()
    texts: list[str] = []
    spans: list[tuple[int, int, bool]] = []
    for article, sentences in items:
        start = len(texts)
        texts += lead_texts(article, sentences)
        spans.append((start, len(texts), bool(article.title)))
    # Each distinct text once: scraped pages repeat their headline as the first sentence, and
    # boilerplate lines repeat across reports (8 % of the texts of GVC batches of 64 articles).
    distinct = list(dict.fromkeys(texts))
    encoded = model.encode(distinct) if distinct else np.zeros((0, model.dim), np.float32)
    row = {text: i for i, text in enumerate(distinct)}
    vectors = encoded[[row[t] for t in texts]] if texts else encoded
    out = []
    for start, end, has_title in spans:
        block = vectors[start:end]
        mean = block.mean(axis=0) if len(block) else np.zeros(model.dim, np.float32)
        norm = np.linalg.norm(mean)
        out.append((mean / norm if norm else mean, block[1:] if has_title else block))
    return out


def sentence_vectors(
    sentences: Sequence[Sentence], lead: np.ndarray, embedder: models.Embedder | None = None
) -> np.ndarray:
    """The vectors of the first ``MAX_SENTENCES`` of ``sentences``: ``lead``, those the embed
    stage kept, then the later ones encoded now."""
    rest = [s.text[:MAX_CHARS] for s in sentences[len(lead) : MAX_SENTENCES]]
    if not rest:
        return lead[:MAX_SENTENCES]
    encoded = (embedder or models.embedder()).encode(rest)
    return np.vstack([lead, encoded]) if len(lead) else encoded
