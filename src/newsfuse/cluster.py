"""Cluster stage: online event clustering.

Articles are taken in publication order (ingestion order when unknown). Each one is compared with
the articles already seen that a blocking index proposes, and joins the event of the best match
when the match scores above ``threshold``; otherwise it starts a new event. Nothing is recomputed
when new articles arrive: the index and the event state persist across runs (rebuilt from the
store, not from scratch).

Similarity of two articles (``pair_score``) combines what tells two *events* apart, not just two
topics:

* TF-IDF cosine of hashed terms, where names (capitalised words) and numbers count as extra terms;
* multilingual embedding cosine (lets a French report join an English event), which counts most
  when the two articles are in different languages, because their words cannot match;
* publication time: a match weakens as the gap between the two reports grows beyond a few days.

Cost. Candidates come from (a) an inverted index over each article's ``QUERY_TERMS`` strongest
terms, ignoring terms already seen in more than ``MAX_DF`` articles (they block nothing), and (b)
a random-hyperplane LSH over embeddings. Each article therefore meets at most
``QUERY_TERMS x MAX_DF + ANN_K`` candidates, whatever the corpus size: clustering n articles costs
O(n) candidate scorings (O(n log n) with the sort by time), not O(n²).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from .ann import CosineLSH
from .records import Article

QUERY_TERMS = 40
MAX_DF = 150
MAX_CANDIDATES = 60
ANN_K = 10
ANN_MIN = 0.55


@dataclass(slots=True)
class ClusterConfig:
    """Weights of ``pair_score`` and the joining threshold (tuned on GVC dev, see docs)."""

    threshold: float = 0.30
    embedding_weight: float = 0.35
    cross_language_weight: float = 1.2
    embedding_floor: float = 0.5
    days_grace: float = 3.0
    days_scale: float = 30.0


@dataclass(slots=True)
class Doc:
    """What clustering keeps of one article."""

    id: str
    terms: np.ndarray
    tf: np.ndarray  # sublinear term frequency, aligned with terms
    vector: np.ndarray
    language: str | None
    time: datetime | None


@dataclass(slots=True)
class Assignment:
    article_id: str
    event_id: str
    score: float
    new_event: bool


@dataclass
class EventClusterer:
    config: ClusterConfig = field(default_factory=ClusterConfig)
    dim: int = 512

    def __post_init__(self) -> None:
        self.df: dict[int, int] = defaultdict(int)
        self.postings: dict[int, list[int]] = defaultdict(list)
        self.docs: list[Doc] = []
        self.index_of: dict[str, int] = {}
        self.event_of: dict[str, str] = {}
        self.ann = CosineLSH(self.dim)

    # -- state ----------------------------------------------------------------------------
    def _index(self, doc: Doc, event_id: str) -> None:
        position = len(self.docs)
        self.docs.append(doc)
        self.index_of[doc.id] = position
        self.event_of[doc.id] = event_id
        for term in doc.terms.tolist():
            self.df[term] += 1
            if self.df[term] <= MAX_DF:
                self.postings[term].append(position)
            elif term in self.postings:
                del self.postings[term]  # too common to block anything from now on
        if len(doc.vector):
            self.ann.add(doc.id, doc.vector)

    def restore(self, doc: Doc, event_id: str) -> None:
        """Re-index an article already assigned in an earlier run."""
        self._index(doc, event_id)

    # -- scoring ----------------------------------------------------------------------------
    def _weights(self, doc: Doc) -> np.ndarray:
        n = len(self.docs) + 1
        idf = np.fromiter(
            (math.log((n + 1) / (self.df.get(t, 0) + 1)) + 1.0 for t in doc.terms.tolist()),
            dtype=np.float32,
            count=len(doc.terms),
        )
        weights = doc.tf * idf
        norm = float(np.linalg.norm(weights))
        return weights / norm if norm else weights

    def lexical(self, a: Doc, wa: np.ndarray, b: Doc) -> float:
        _, ia, ib = np.intersect1d(a.terms, b.terms, assume_unique=True, return_indices=True)
        if not len(ia):
            return 0.0
        return float(np.dot(wa[ia], self._weights(b)[ib]))

    def pair_score(self, a: Doc, wa: np.ndarray, b: Doc) -> float:
        c = self.config
        lexical = self.lexical(a, wa, b)
        cosine = float(a.vector @ b.vector) if len(a.vector) and len(b.vector) else 0.0
        semantic = max(0.0, cosine - c.embedding_floor) / (1.0 - c.embedding_floor)
        if a.language and b.language and a.language != b.language:
            score = lexical + c.cross_language_weight * semantic
        else:
            score = lexical + c.embedding_weight * semantic * lexical**0.5
        if a.time and b.time:
            days = abs((a.time - b.time).total_seconds()) / 86400
            score *= math.exp(-max(0.0, days - c.days_grace) / c.days_scale)
        return score

    def candidates(self, doc: Doc, weights: np.ndarray) -> list[int]:
        votes: dict[int, float] = defaultdict(float)
        strongest = np.argsort(-weights)[:QUERY_TERMS]
        for k in strongest.tolist():
            for position in self.postings.get(int(doc.terms[k]), ()):
                votes[position] += float(weights[k])
        if len(doc.vector):
            for key, cosine in self.ann.query(doc.vector, k=ANN_K, min_cosine=ANN_MIN):
                votes[self.index_of[key]] += cosine
        ranked = sorted(votes, key=votes.__getitem__, reverse=True)
        return ranked[:MAX_CANDIDATES]

    # -- assignment -----------------------------------------------------------------------------
    def assign(self, doc: Doc, new_event_id: str, forced_event: str | None = None) -> Assignment:
        """Put ``doc`` in the best event (or ``forced_event``, e.g. its original's for a copy)."""
        if forced_event is not None:
            self._index(doc, forced_event)
            return Assignment(doc.id, forced_event, 1.0, False)
        weights = self._weights(doc)
        best_event, best_score = None, 0.0
        for position in self.candidates(doc, weights):
            other = self.docs[position]
            score = self.pair_score(doc, weights, other)
            if score > best_score:
                best_event, best_score = self.event_of[other.id], score
        if best_event is not None and best_score >= self.config.threshold:
            self._index(doc, best_event)
            return Assignment(doc.id, best_event, round(best_score, 4), False)
        self._index(doc, new_event_id)
        return Assignment(doc.id, new_event_id, round(best_score, 4), True)


def time_order(articles: list[Article]) -> list[Article]:
    """Publication order; articles without a time keep their ingestion order among the rest."""
    return sorted(articles, key=lambda a: (a.published or datetime.max, a.seq))


def event_id_for(article: Article) -> str:
    """An event is named after the article that started it: stable across re-runs."""
    return "ev-" + article.id[:12]
