"""Dedupe stage: link each copy to the earliest article of its story.

Three kinds of link (``DuplicateKind``):

* **exact**: same clean text (content hash).
* **near**: same language, MinHash similarity of word 5-shingles >= ``NEAR_MIN`` — a re-published
  or lightly edited copy.
* **translation**: another language, found by embedding neighbours (ANN) and confirmed by a
  *monotonic sentence alignment*: a translation keeps the order of sentences, and sentence pairs
  that share figures are translations far more often than sentences that merely talk of the same
  event. Embedding similarity alone does not separate a translated copy from another outlet's
  report of the same event (measured on the seeds: both reach 0.6-0.7 per sentence); order plus
  shared numbers does.

Copies are kept (they are real sources) but linked, so later stages count independent sources.
Links always point at the root: a copy of a copy points at the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b
from typing import TYPE_CHECKING, Protocol

import numpy as np

from . import features
from .ann import CosineLSH
from .features import NUM_PERM, minhash_similarity
from .records import Article, Duplicate, DuplicateKind, Sentence

if TYPE_CHECKING:
    from datasketch import MinHashLSH

NEAR_MIN = 0.75  # MinHash Jaccard estimate for a near-copy
TRANSLATION_CANDIDATE_MIN = 0.55  # article-vector cosine to consider a cross-language pair
ALIGN_MATCH = 0.62  # adjusted sentence similarity that counts as an aligned pair
TRANSLATION_COVERAGE = 0.35  # aligned share of each article (see alignment_coverage)
SHARED_NUMBER_BONUS = 0.12

_NUM = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*")


@dataclass(slots=True)
class DocView:
    """An article with its sentences and their vectors, for sentence alignment."""

    article: Article
    sentences: list[Sentence]
    vector: np.ndarray
    sentence_vectors: np.ndarray


def _numbers(text: str) -> frozenset[str]:
    return frozenset(re.sub(r"\D", "", n).lstrip("0") for n in _NUM.findall(text)) - {""}


def _covered(gain: np.ndarray) -> float:
    """Share of rows aligned to some column, in order; several rows may share one column."""
    n, m = gain.shape
    best = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        row, prev, g = best[i], best[i - 1], gain[i - 1]
        for j in range(1, m + 1):
            row[j] = max(prev[j], row[j - 1], max(prev[j], prev[j - 1]) + g[j - 1])
    return float(best[n, m] / n)


def alignment_coverage(a: DocView, b: DocView) -> float:
    """How much of both articles aligns, in order, with the other (the smaller of the two shares).

    Sentence similarity = embedding cosine + a bonus per shared number. Translations merge and
    split sentences, so several sentences may align with one. Calibrated on NTREX (human
    translations >= 0.53, other documents on similar topics <= 0.21) and the seeds.
    """
    sa, sb = a.sentence_vectors, b.sentence_vectors
    if not len(sa) or not len(sb):
        return 0.0
    sims = sa @ sb.T
    na = [_numbers(s.text) for s in a.sentences[: len(sa)]]
    nb = [_numbers(s.text) for s in b.sentences[: len(sb)]]
    for i, x in enumerate(na):
        if x:
            for j, y in enumerate(nb):
                shared = len(x & y)
                if shared:
                    sims[i, j] += SHARED_NUMBER_BONUS * min(shared, 3)
    gain = (sims >= ALIGN_MATCH).astype(np.float64)
    return min(_covered(gain), _covered(gain.T))


@dataclass(slots=True)
class StoredCopy:
    """An article of the stored corpus index as dedupe reads it."""

    id: str
    language: str | None
    minhash: np.ndarray
    root: str  # the original it repeats, or itself


class StoredCopies(Protocol):
    """The articles seen by earlier runs, read on demand (``corpus_index.CorpusIndex``)."""

    def with_hash(self, content_hash: str) -> str | None:
        """The earliest stored article with this content hash."""

    def near(self, minhash: np.ndarray) -> list[StoredCopy]:
        """Stored articles sharing a MinHash band with ``minhash`` (``band_keys``)."""

    def nearest(self, vector: np.ndarray, k: int, min_cosine: float) -> list[tuple[str, float]]:
        """Up to ``k`` stored articles whose vector is closest to ``vector``."""

    def copies(self, article_ids: list[str]) -> list[StoredCopy]:
        """These stored articles."""


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    """Bands and rows of the near-copy LSH: datasketch's optimal split for ``NEAR_MIN`` and
    ``NUM_PERM``, found by numerical integration, once."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_MIN, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _near_lsh() -> MinHashLSH:
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=NEAR_MIN, num_perm=NUM_PERM, params=_lsh_params())


def lsh_bands() -> list[tuple[int, int]]:
    """The ``(start, end)`` slices of a MinHash signature that the near-copy LSH bands on."""
    return list(_near_lsh().hashranges)


def band_keys(minhash: np.ndarray, bands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(band, key)`` of a signature: two signatures that share one are near-copy candidates."""
    return [
        (
            band,
            int.from_bytes(
                blake2b(minhash[a:b].tobytes(), digest_size=8).digest(), "little", signed=True
            ),
        )
        for band, (a, b) in enumerate(bands)
    ]


class Deduplicator:
    """Incremental: feed articles in time order with :meth:`add`; each returns its link or None.

    Only light state is kept in memory (hash, language, vector, MinHash); sentences and their
    vectors are fetched through ``fetch(article_id)`` for the few translation candidates. The
    articles of earlier runs are compared through ``stored`` (before those of this run, which
    are all later in time order).
    """

    def __init__(
        self, dim: int, fetch: Callable[[str], DocView], stored: StoredCopies | None = None
    ) -> None:
        self.ann = CosineLSH(dim)
        self.fetch = fetch
        self.stored = stored
        self.lsh = _near_lsh()
        self.minhashes: dict[str, np.ndarray] = {}
        self.language: dict[str, str | None] = {}
        self.by_hash: dict[str, str] = {}
        self.root: dict[str, str] = {}

    def remember(
        self, article: Article, vector: np.ndarray, minhash: np.ndarray, link: Duplicate | None
    ) -> None:
        """Index an article (linked or not) so later ones can be compared with it."""
        self.language[article.id] = article.language
        self.by_hash.setdefault(article.content_hash, article.id)
        self.root[article.id] = link.duplicate_of if link else article.id
        self.minhashes[article.id] = minhash
        if len(vector):
            self.ann.add(article.id, vector)
        self.lsh.insert(article.id, features.minhash(minhash))

    def _known(self, copies: list[StoredCopy]) -> None:
        for copy in copies:
            self.language.setdefault(copy.id, copy.language)
            self.minhashes.setdefault(copy.id, copy.minhash)
            self.root.setdefault(copy.id, copy.root)

    def find(self, article: Article, vector: np.ndarray, minhash: np.ndarray) -> Duplicate | None:
        """The earliest article this one repeats, if any."""
        original = self.by_hash.get(article.content_hash)
        if self.stored is not None:
            original = self.stored.with_hash(article.content_hash) or original
            if original:
                self._known(self.stored.copies([original]))
        if original and original != article.id:
            return Duplicate(article.id, self.root[original], DuplicateKind.EXACT, 1.0)
        best: tuple[float, str] | None = None
        others = self.lsh.query(features.minhash(minhash))
        if self.stored is not None:
            near = self.stored.near(minhash)
            self._known(near)
            others = [c.id for c in near] + others
        for other in others:
            if self.language[other] != article.language:
                continue
            score = minhash_similarity(minhash, self.minhashes[other])
            if score >= NEAR_MIN and (best is None or score > best[0]):
                best = (score, other)
        if best:
            return Duplicate(article.id, self.root[best[1]], DuplicateKind.NEAR, round(best[0], 3))
        if not len(vector):
            return None
        view = None
        for other, _ in self.nearest(vector):
            if self.language[other] == article.language or other == article.id:
                continue
            view = view or self.fetch(article.id)
            coverage = alignment_coverage(view, self.fetch(other))
            if coverage >= TRANSLATION_COVERAGE and (best is None or coverage > best[0]):
                best = (coverage, other)
        if best:
            return Duplicate(
                article.id, self.root[best[1]], DuplicateKind.TRANSLATION, round(best[0], 3)
            )
        return None

    def nearest(self, vector: np.ndarray, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` nearest articles of this run and the stored ones (translation candidates)."""
        found = self.ann.query(vector, k=k, min_cosine=TRANSLATION_CANDIDATE_MIN)
        if self.stored is not None:
            stored = self.stored.nearest(vector, k, TRANSLATION_CANDIDATE_MIN)
            found = sorted(found + stored, key=lambda kv: -kv[1])[:k]
            self._known(self.stored.copies([key for key, _ in stored]))
        return found

    def add(self, article: Article, vector: np.ndarray, minhash: np.ndarray) -> Duplicate | None:
        link = self.find(article, vector, minhash)
        self.remember(article, vector, minhash, link)
        return link
