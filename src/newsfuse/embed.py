"""Embed stage: multilingual sentence vectors and one vector per article.

Sentences of many articles are encoded in one batch (the model is far faster batched), each
distinct text once. The article
vector is the normalised mean of its title and first ``LEAD`` sentences: the lead says what
happened, later paragraphs drift into background that many unrelated stories share.

The model's memory and time grow faster than linearly with the length of one text (a
100,000-character string costs it 600 MB and 5 s), so every text is cut to ``MAX_CHARS`` first; a
sentence's first thousand characters say what it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from . import models
from .records import Article, Sentence

MAX_SENTENCES = 40  # sentences embedded per article; later ones rarely matter for matching
LEAD = 8
MAX_CHARS = 1000  # only 11 of the 109,530 sentences of the evaluation sets are longer


def embed_articles(
    items: Sequence[tuple[Article, list[Sentence]]], embedder: models.Embedder | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(article_vector, sentence_matrix)`` for each ``(article, sentences)``."""
    model = embedder or models.embedder()
    texts: list[str] = []
    spans: list[tuple[int, int, bool]] = []
    for article, sentences in items:
        start = len(texts)
        has_title = bool(article.title)
        if has_title:
            texts.append(article.title[:MAX_CHARS])
        texts.extend(s.text[:MAX_CHARS] for s in sentences[:MAX_SENTENCES])
        spans.append((start, len(texts), has_title))
    # Each distinct text once: scraped pages repeat their headline as the first sentence, and
    # boilerplate lines repeat across reports (8 % of the texts of GVC batches of 64 articles).
    distinct = list(dict.fromkeys(texts))
    encoded = model.encode(distinct) if distinct else np.zeros((0, model.dim), np.float32)
    row = {text: i for i, text in enumerate(distinct)}
    vectors = encoded[[row[t] for t in texts]] if texts else encoded
    out = []
    for start, end, has_title in spans:
        block = vectors[start:end]
        sentence_vectors = block[1:] if has_title else block
        lead = block[: LEAD + int(has_title)]
        mean = lead.mean(axis=0) if len(lead) else np.zeros(model.dim, np.float32)
        norm = np.linalg.norm(mean)
        out.append((mean / norm if norm else mean, sentence_vectors))
    return out
