"""Cluster stage: online event clustering.

Articles are taken in publication order (ingestion order when unknown). Each one is compared with
the articles already seen that a blocking index proposes, and joins the event of the best match
when the match scores above ``threshold`` and the article also matches that event as a whole (its
mean score with the event's latest members reaches ``cohesion`` x threshold; else the next best
event is tried); otherwise it starts a new event. Nothing is recomputed when new articles arrive:
the index and the event state persist across runs (rebuilt from the store, not from scratch).

Similarity of two articles (``pair_score``) combines what tells two *events* apart, not just two
topics:

* TF-IDF cosine of hashed terms, where names (capitalised words) and numbers count as extra terms;
* multilingual embedding cosine (lets a French report join an English event), which counts most
  when the two articles are in different languages, because their words cannot match;
* publication time: a match weakens as the gap between the two reports grows beyond a few days.

Cost. Candidates come from (a) an inverted index over each article's ``QUERY_TERMS`` strongest
terms, ignoring terms already seen in more than ``MAX_DF`` articles (they block nothing), and (b)
a random-hyperplane LSH over embeddings. Each article therefore meets at most
``QUERY_TERMS x MAX_DF + ANN_K`` candidates, plus ``COHESION_MEMBERS`` members of each candidate
event it is checked against, whatever the corpus size: clustering n articles costs O(n) scorings
(O(n log n) with the sort by time), not O(n²).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

import numpy as np

from .ann import CosineLSH
from .extract.gazetteer import distance_km
from .records import Article, EventPlace, PlacePrecision, ReportAnchor

QUERY_TERMS = 40
MAX_DF = 150
MAX_CANDIDATES = 40
ANN_K = 10
ANN_MIN = 0.55
COHESION_MEMBERS = 30  # an event's latest members its cohesion is checked against


@dataclass(slots=True)
class ClusterConfig:
    """Weights of ``pair_score`` and the joining threshold (tuned on GVC dev, see docs)."""

    # GVC dev sweep 2026-11-23: 0.20 → B³ F1 .855, 0.15 → .874 (docs/evaluation.md)
    threshold: float = 0.15
    # The mean score with the event's latest members must reach cohesion x threshold too (0: off).
    # GVC dev 2026-11-30: 0 → B³ F1 .875, 0.7 → .876, 1.0 → .877, 1.5 → .871 (docs/evaluation.md)
    cohesion: float = 1.0
    embedding_weight: float = 0.35
    cross_language_weight: float = 1.2
    embedding_floor: float = 0.5
    days_grace: float = 3.0
    days_scale: float = 30.0
    # What the reports say of their happening (their anchors) keeps apart what does not fit.
    scene: bool = True
    happening_time: bool = True  # time decay between happening days when both are known


@dataclass(slots=True)
class Doc:
    """What clustering keeps of one article."""

    id: str
    terms: np.ndarray
    tf: np.ndarray  # sublinear term frequency, aligned with terms
    vector: np.ndarray
    language: str | None
    time: datetime | None
    anchor: ReportAnchor | None = None


DAY_SLACK = 1  # reports of one happening name its day or the next (overnight, time zones)
WEEK_DAYS = 7  # an ongoing happening, or a follow-up, is told within a week of its day
AREA_KM = 100  # towns further apart are other places (the coherence figure's distance)


def _day(anchor: ReportAnchor | None) -> date | None:
    return anchor.day if anchor is not None and anchor.precision == "day" else None


def _region(place: EventPlace) -> tuple[str, str]:
    return place.country, place.admin1


@dataclass(slots=True)
class Scene:
    """What an event's reports say of its happening: the days and places they name.

    Its day is the one most of them name (ties: the earlier), its place the town most of them
    name, else the first-level division, else the country: one wrong anchor does not move an
    event of several reports."""

    days: Counter[date] = field(default_factory=Counter)
    towns: Counter[int] = field(default_factory=Counter)  # geonameid -> reports naming it
    places: dict[int, EventPlace] = field(default_factory=dict)
    regions: Counter[tuple[str, str]] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    ongoing: bool = False

    def add(self, anchor: ReportAnchor | None) -> None:
        if anchor is None:
            return
        if (day := _day(anchor)) is not None:
            self.days[day] += 1
        self.ongoing |= anchor.ongoing
        place = anchor.place
        if place is None:
            return
        self.countries[place.country] += 1
        if place.precision is not PlacePrecision.COUNTRY and place.admin1:
            self.regions[_region(place)] += 1
        if place.precision is PlacePrecision.TOWN and place.geonameid is not None:
            self.towns[place.geonameid] += 1
            self.places.setdefault(place.geonameid, place)

    @property
    def day(self) -> date | None:
        top = max(self.days.values(), default=0)
        return min((d for d, n in self.days.items() if n == top), default=None)

    def town(self) -> EventPlace | None:
        top = max(self.towns.values(), default=0)
        ids = sorted(i for i, n in self.towns.items() if n == top)
        return self.places[ids[0]] if ids else None

    def fits_day(self, anchor: ReportAnchor) -> bool:
        """Same or adjacent day; within a week when either tells of an ongoing happening (an
        offensive, a siege) or the report follows the event up ("new toll") after its day."""
        day, own = self.day, _day(anchor)
        if day is None or own is None:
            return True
        gap = (own - day).days
        if abs(gap) <= DAY_SLACK:
            return True
        if (anchor.ongoing or self.ongoing) and abs(gap) <= WEEK_DAYS:
            return True
        return anchor.follow_up and 0 < gap <= WEEK_DAYS

    def fits_place(self, place: EventPlace | None) -> bool:
        """Within ``AREA_KM`` of the event's town; else in its division; else in its country."""
        if place is None or not self.countries:
            return True
        country = self.countries.most_common(1)[0][0]
        if place.country != country:
            return False
        town = self.town()
        if place.precision is PlacePrecision.TOWN and town is not None:
            return distance_km(place, town) <= AREA_KM
        if place.precision is PlacePrecision.COUNTRY or not place.admin1 or not self.regions:
            return True
        region = self.regions.most_common(1)[0][0]
        return _region(place) == region

    def fits(self, anchor: ReportAnchor | None) -> bool:
        return anchor is None or (self.fits_day(anchor) and self.fits_place(anchor.place))


@dataclass(slots=True)
class Assignment:
    article_id: str
    event_id: str
    score: float
    new_event: bool


class Placement(Protocol):
    """What the clusterer asks of analysts' corrections (``constraints.Constraints``)."""

    def forced(self, article_id: str, event_of: Mapping[str, str]) -> str | None:
        """The event the article must join (a must-linked article is there), if any."""

    def allowed(self, article_id: str, members: Iterable[str]) -> bool:
        """Whether the article may join an event of these members (no cannot-link among them)."""


@dataclass
class EventClusterer:
    config: ClusterConfig = field(default_factory=ClusterConfig)
    dim: int = 512
    constraints: Placement | None = None

    def __post_init__(self) -> None:
        # Hashed term ids map to dense indices so document frequencies live in one numpy array.
        self.vocab: dict[int, int] = {}
        self.df = np.zeros(1 << 16, dtype=np.float32)
        self.postings: dict[int, list[int]] = defaultdict(list)
        self.docs: list[Doc] = []
        self.dense: list[np.ndarray] = []  # per doc: dense term indices, sorted
        self.tfs: list[np.ndarray] = []  # per doc: tf aligned with dense indices
        self.cached: list[tuple[int, np.ndarray]] = []  # per doc: (corpus size, weights)
        self.index_of: dict[str, int] = {}
        self.event_of: dict[str, str] = {}
        self.members: dict[str, list[int]] = defaultdict(list)  # event -> positions, in order
        self.scenes: dict[str, Scene] = defaultdict(Scene)
        self.ann = CosineLSH(self.dim)

    # -- state ----------------------------------------------------------------------------
    def _dense(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        ids = np.empty(len(doc.terms), dtype=np.int64)
        for k, term in enumerate(doc.terms.tolist()):
            index = self.vocab.get(term)
            if index is None:
                index = self.vocab[term] = len(self.vocab)
            ids[k] = index
        if len(self.vocab) > len(self.df):
            self.df = np.concatenate([self.df, np.zeros(len(self.df), dtype=np.float32)])
        order = np.argsort(ids)
        return ids[order], doc.tf[order]

    def _index(self, doc: Doc, dense: tuple[np.ndarray, np.ndarray], event_id: str) -> None:
        position = len(self.docs)
        self.docs.append(doc)
        ids, tf = dense
        self.dense.append(ids)
        self.tfs.append(tf)
        self.cached.append((0, tf))
        self.index_of[doc.id] = position
        self.event_of[doc.id] = event_id
        self.members[event_id].append(position)
        self.scenes[event_id].add(doc.anchor)
        self.df[ids] += 1
        counts = self.df[ids]
        for term in ids[counts <= MAX_DF].tolist():
            self.postings[term].append(position)
        for term in ids[counts == MAX_DF + 1].tolist():
            self.postings.pop(term, None)  # too common to block anything from now on
        if len(doc.vector):
            self.ann.add(doc.id, doc.vector)

    def restore(self, doc: Doc, event_id: str) -> None:
        """Re-index an article already assigned in an earlier run."""
        self._index(doc, self._dense(doc), event_id)

    # -- scoring ----------------------------------------------------------------------------
    def _weights(self, ids: np.ndarray, tf: np.ndarray) -> np.ndarray:
        n = len(self.docs) + 1
        weights = tf * (np.log((n + 1) / (self.df[ids] + 1)) + 1.0)
        norm = float(np.linalg.norm(weights))
        return weights / norm if norm else weights

    def _stored_weights(self, position: int) -> np.ndarray:
        """A stored doc's weights, recomputed only when the corpus grew by a fifth since:
        IDF drifts slowly, and recomputing for every comparison dominated the run time."""
        size, weights = self.cached[position]
        if len(self.docs) > size * 1.2:
            weights = self._weights(self.dense[position], self.tfs[position])
            self.cached[position] = (len(self.docs), weights)
        return weights

    def lexical(self, query: np.ndarray, position: int) -> float:
        """Cosine with a stored doc; ``query`` holds the new doc's weights scattered densely."""
        return float(query[self.dense[position]] @ self._stored_weights(position))

    def pair_score(self, doc: Doc, query: np.ndarray, position: int) -> float:
        c = self.config
        other = self.docs[position]
        lexical = self.lexical(query, position)
        cosine = float(doc.vector @ other.vector) if len(doc.vector) and len(other.vector) else 0.0
        semantic = max(0.0, cosine - c.embedding_floor) / (1.0 - c.embedding_floor)
        if doc.language and other.language and doc.language != other.language:
            score = lexical + c.cross_language_weight * semantic
        else:
            score = lexical + c.embedding_weight * semantic * lexical**0.5
        days = _days_apart(doc, other, c.happening_time)
        if days is not None:
            score *= math.exp(-max(0.0, days - c.days_grace) / c.days_scale)
        return score

    def candidates(self, doc: Doc, ids: np.ndarray, weights: np.ndarray) -> list[int]:
        votes: dict[int, float] = defaultdict(float)
        for k in np.argsort(-weights)[:QUERY_TERMS].tolist():
            weight = float(weights[k])
            for position in self.postings.get(int(ids[k]), ()):
                votes[position] += weight
        if len(doc.vector):
            for key, cosine in self.ann.query(doc.vector, k=ANN_K, min_cosine=ANN_MIN):
                votes[self.index_of[key]] += cosine
        return sorted(votes, key=votes.__getitem__, reverse=True)[:MAX_CANDIDATES]

    # -- assignment -----------------------------------------------------------------------------
    def assign(self, doc: Doc, new_event_id: str, forced_event: str | None = None) -> Assignment:
        """Put ``doc`` in the best event (or ``forced_event``, e.g. its original's for a copy).

        Analysts' constraints come first: a must-link forces the event, a cannot-link rules one
        out (a copy is then placed like any other article)."""
        dense = self._dense(doc)
        must = self.constraints.forced(doc.id, self.event_of) if self.constraints else None
        if must is not None:
            forced_event = must
        elif forced_event is not None and not (
            self.allowed(doc.id, forced_event) and self.fits(doc, forced_event)
        ):
            forced_event = None  # a copy telling of another day or place is another happening
        if forced_event is not None:
            self._index(doc, dense, forced_event)
            return Assignment(doc.id, forced_event, 1.0, False)
        ids, tf = dense
        weights = self._weights(ids, tf)
        query = np.zeros(len(self.df), dtype=np.float32)
        query[ids] = weights
        scored = {p: self.pair_score(doc, query, p) for p in self.candidates(doc, ids, weights)}
        best: dict[str, float] = defaultdict(float)  # event -> its best-matching member's score
        for position, score in scored.items():
            event = self.event_of[self.docs[position].id]
            best[event] = max(best[event], score)
        top = max(best.values(), default=0.0)
        for event in sorted(best, key=best.__getitem__, reverse=True):
            if best[event] < self.config.threshold:
                break
            if (
                self.allowed(doc.id, event)
                and self.fits(doc, event)
                and self.cohesive(doc, query, event, scored)
            ):
                self._index(doc, dense, event)
                return Assignment(doc.id, event, round(best[event], 4), False)
        self._index(doc, dense, new_event_id)
        return Assignment(doc.id, new_event_id, round(top, 4), True)

    def allowed(self, article_id: str, event: str) -> bool:
        if self.constraints is None:
            return True
        return self.constraints.allowed(article_id, (self.docs[p].id for p in self.members[event]))

    def fits(self, doc: Doc, event: str) -> bool:
        """Whether the report's day and place fit the event's (``Scene``); always, when off."""
        return not self.config.scene or self.scenes[event].fits(doc.anchor)

    def cohesive(self, doc: Doc, query: np.ndarray, event: str, scored: dict[int, float]) -> bool:
        """Whether ``doc`` matches the event as a whole, not one member of it: its mean score with
        the event's latest members reaches ``cohesion`` x threshold (``scored``: the candidates'
        scores already computed). Joining on the best single match alone chains events: a roundup
        of a weekend's shootings matches each of them, and every later report of any of them then
        joins one event."""
        members = self.members[event][-COHESION_MEMBERS:]
        scores = [scored[p] if p in scored else self.pair_score(doc, query, p) for p in members]
        return float(np.mean(scores)) >= self.config.cohesion * self.config.threshold


def _days_apart(a: Doc, b: Doc, happening: bool = True) -> float | None:
    """Days between the happenings two reports tell of, when both name its day; else between
    their publications (a trial's report months later still tells of the shooting's day)."""
    day_a, day_b = _day(a.anchor), _day(b.anchor)
    if happening and day_a is not None and day_b is not None:
        return abs((day_a - day_b).days)
    if a.time and b.time:
        return abs((a.time - b.time).total_seconds()) / 86400
    return None


def time_order(articles: list[Article]) -> list[Article]:
    """Publication order; articles without a time keep their ingestion order among the rest."""
    return sorted(articles, key=lambda a: (a.published or datetime.max, a.seq))


def event_id_for(article: Article) -> str:
    """An event is named after the article that started it: stable across re-runs."""
    return "ev-" + article.id[:12]
