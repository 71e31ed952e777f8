"""What one engine worker does with a batch of new articles: the per-article stages, in order.

Language and sentences (``language.read_language``), vectors (``embed.embed_articles``), lexical
features (``features.article_features``) and the extraction (``extract.batch.extract_articles``):
the pipeline's own functions on the batch the pipeline itself would give them, so what comes
back is bit for bit what the local stages compute. A part that fails is left empty, and the
pipeline's stage does it again in its turn (reporting the problem as it always does).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..embed import embed_articles
from ..extract.batch import extract_articles
from ..features import article_features
from ..language import read_language
from ..records import Article, Prepared, Sentence

log = logging.getLogger(__name__)


def prepare_articles(articles: Sequence[Article]) -> list[Prepared]:
    """One ``Prepared`` per article of ``articles``, in order."""
    ready = {a.id: Prepared(a.id) for a in articles}
    items: list[tuple[Article, list[Sentence]]] = []
    for article in articles:
        try:
            language, sentences = read_language(article)
        except MemoryError:
            raise
        except Exception:  # the pipeline reads it again and reports why
            continue
        article.language = language
        ready[article.id].language, ready[article.id].sentences = language, sentences
        items.append((article, sentences))
    if not items:
        return list(ready.values())
    try:
        vectors = embed_articles(items)
    except MemoryError:
        raise
    except Exception as exc:  # the embed stage tries again, and stops the run if it fails there
        log.warning("embedding failed in a worker (%s: %s)", type(exc).__name__, exc)
    else:
        for (article, _), (vector, sentence_vectors) in zip(items, vectors, strict=True):
            ready[article.id].vector = vector
            ready[article.id].sentence_vectors = sentence_vectors
            ready[article.id].features = article_features(article)
    for extraction in extract_articles(items):
        if not extraction.failure:  # a failed one is extracted, and reported, by the pipeline
            ready[extraction.article_id].extraction = extraction
    return list(ready.values())
