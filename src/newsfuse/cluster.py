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

A copy (``dedupe``: the same text, a near-copy, a translation) joins its original's event only when
its words match one of the event's latest reports: pages of one site share a frame (an empty
body, a sign-in form, a list of videos) and look like copies of each other whatever news they
carry; a page without words matches nothing.

A report whose words join no event joins the event of an earlier report naming the same person
with an age (``people``: "Tyrell Hall, 20"), unless it is placed beyond that event's area: a late
follow-up (charges, a trial, a funeral) shares few words with the first reports and names none of
their days, but names their victims and suspects. Those people are terms of their own
(``features.PERSON_BIT``), found through the same postings as every term.

Cost. Candidates come from (a) an inverted index over each article's ``QUERY_TERMS`` strongest
terms among those seen in at most ``MAX_DF`` articles (more common ones block nothing), (b)
a random-hyperplane LSH over embeddings, and (c) the same index over the term of the article's
town and day (``scene_mates``: a headline-only page whose words are all common ones finds no
candidate by them). Each article therefore meets at most
``QUERY_TERMS x MAX_DF + ANN_K + SCENE_K`` candidates, plus ``COHESION_MEMBERS`` members of each candidate
event it is checked against, whatever the corpus size: clustering n articles costs O(n) scorings
(O(n log n) with the sort by time), not O(n²).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum
from itertools import repeat
from typing import Protocol

import numpy as np

from .ann import CosineLSH
from .extract.gazetteer import distance_km
from .features import MENTION_BIT, NAMED_BIT, PERSON_BIT, SCENE_BIT, fold, scene_term
from .late import told_late
from .records import Article, EventPlace, PlacePrecision, ReportAnchor

QUERY_TERMS = 40
MAX_DF = 150
MAX_CANDIDATES = 40
ANN_K = 10
ANN_MIN = 0.55
SCENE_K = 10  # reports of the same town and day met as candidates, the latest
COHESION_MEMBERS = 30  # an event's latest members its cohesion is checked against


@dataclass(slots=True)
class ClusterConfig:
    """Weights of ``pair_score`` and the joining threshold (tuned on GVC dev, see docs)."""

    # The bar a report's score with an event must reach. Re-clustering the dev stores with the
    # scene on (2026-12-06): GVC B³ F1 0.08 → .908, 0.10 → .908, 0.12 → .904; ECB+ .834 / .836 /
    # .836. Without the scene 0.15 was best (GVC .877).
    threshold: float = 0.10
    # The mean score with the event's latest members must reach cohesion x threshold too (0: off).
    # GVC dev 2026-11-30: 0 → B³ F1 .875, 0.7 → .876, 1.0 → .877, 1.5 → .871 (git log -p docs/evaluation.md)
    cohesion: float = 1.0
    embedding_weight: float = 0.35
    cross_language_weight: float = 1.2
    embedding_floor: float = 0.5
    days_grace: float = 3.0
    days_scale: float = 30.0
    # What the reports say of their happening (their anchors, ``Scene``): a report whose day is
    # another than the event's is another happening; one placed beyond the event's area must
    # reach ``apart`` x the bar (place readings err more often than day readings: a town named
    # in passing, an outlet's city).
    scene: bool = True
    apart: float = 2.0


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


class Fit(Enum):
    """How a report's day or place relates to an event's."""

    SAME = "same"
    TOLD = "told"  # a day: one the event's reports name only as the day they were told on
    OTHER = "other"
    UNKNOWN = "unknown"


DAY_SLACK = 1  # reports of one happening name its day or the next (overnight, time zones)
WEEK_DAYS = 7  # a follow-up, or another incident of one story, is told within a week
AREA_KM = 100  # towns further apart are other places (the coherence figure's distance)


def _day(anchor: ReportAnchor | None) -> date | None:
    return anchor.day if anchor is not None and anchor.precision == "day" else None


def _names(anchor: ReportAnchor, day: date) -> bool:
    """Whether the report names ``day`` (or the day after: overnight, time zones)."""
    return any(abs((named - day).days) <= DAY_SLACK for named in anchor.named)


def scene_terms(anchor: ReportAnchor | None, slack: int = 0) -> list[int]:
    """The scene terms (``features.scene_term``) of the anchor's town on its day and the
    ``slack`` days either side; none without a town and a day."""
    day = _day(anchor)
    if anchor is None or day is None or anchor.place is None:
        return []
    place = anchor.place
    if place.precision is not PlacePrecision.TOWN or place.geonameid is None:
        return []
    days = (day + timedelta(days=k) for k in range(-slack, slack + 1))
    return [scene_term(place.geonameid, d) for d in days]


def _with_scene(doc: Doc) -> Doc:
    """The doc with its scene term among its terms (weighed nothing, ``_dense``), so that the
    postings, and the stored corpus after them, find it by its town and day. A page without
    words gets none: it tells no event (``pair_score``)."""
    scene = [t for t in scene_terms(doc.anchor) if t not in doc.terms]
    if not scene or not len(doc.terms):
        return doc
    terms = np.concatenate([doc.terms, np.array(scene, dtype=np.int64)])
    return replace(doc, terms=terms, tf=np.append(doc.tf, np.ones(len(scene), doc.tf.dtype)))


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
    named: set[date] = field(default_factory=set)  # days its reports name besides their own
    told: set[date] = field(default_factory=set)  # ... that are the day the naming one was told

    def add(self, anchor: ReportAnchor | None, told: datetime | None = None) -> None:
        """Count what one report, published (or stamped) at ``told``, says of its happening."""
        if anchor is None:
            return
        if (day := _day(anchor)) is not None:
            self.days[day] += 1
        # the other days it names: the happening's, when its own day is an update's or wrong;
        # apart those it names as the day it was told on ("police said Monday" in Monday's
        # update of a Friday shooting): a telling's day, not the happening's (``_named``)
        told_on = told.date() if told is not None else None
        for named in anchor.named:
            if day is None or abs((named - day).days) > DAY_SLACK:
                (self.told if named == told_on else self.named).add(named)
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

    def _named(self, day: date, told: bool = False) -> bool:
        """Whether one of the event's reports names ``day`` or a day next to it; ``told``: or
        names it as the day it was told on. A town's later update names its own day ("police
        said Monday"), and a fresh report of another shooting of the town that Monday is no
        report of the event; yet a report of the happening may carry only the day it was told
        on (a page stamped the next day), so such a day links at a higher bar (``Fit.TOLD``).
        Linking nothing by told days dropped ECB+ B³ F1 .8586 -> .8560 (its pages, stamped the
        day after their happening, read the stamp as their day); linking only those within two
        days of the event's kept GVC's gain but lost ECB+ .003 with the days read since
        (2026-12-07)."""
        days = self.named
        if told:
            days = days | self.told
        return any(day + timedelta(days=k) in days for k in range(-DAY_SLACK, DAY_SLACK + 1))

    def town(self) -> EventPlace | None:
        top = max(self.towns.values(), default=0)
        ids = sorted(i for i, n in self.towns.items() if n == top)
        return self.places[ids[0]] if ids else None

    def day_fit(self, anchor: ReportAnchor) -> Fit:
        """SAME: the same or adjacent day; a day the report names ("the victims of Tuesday's
        attack", "the May 25 shooting" in a trial's report) or one the event's reports name;
        within a week after it when the report follows the event up ("new toll"). TOLD: a day
        the event's reports name only as the day they were told on (``_named``): the words decide, at a higher bar (``EventClusterer.bar``). UNKNOWN: no
        day on either side, or a later report of what followed (an arrest, a trial: its day is
        not the happening's). OTHER: another day, even of an ongoing offensive or siege: each
        day's strikes are incidents of their own, one story (``EventClusterer.story``)."""
        day, own = self.day, _day(anchor)
        if day is None or own is None:
            return Fit.UNKNOWN
        gap = (own - day).days
        if abs(gap) <= DAY_SLACK or _names(anchor, day) or self._named(own):
            return Fit.SAME
        if self._named(own, told=True):
            return Fit.TOLD
        if anchor.follow_up and 0 < gap <= WEEK_DAYS:
            return Fit.SAME
        if anchor.aftermath and gap > 0:
            return Fit.UNKNOWN  # its day is the arrest's or the trial's: the words decide
        return Fit.OTHER

    def place_fit(self, place: EventPlace | None) -> Fit:
        """SAME: within ``AREA_KM`` of the event's town, else in its first-level division (a
        division, or a country, holds its towns); OTHER: another country, town or division."""
        if place is None or not self.countries:
            return Fit.UNKNOWN
        country = self.countries.most_common(1)[0][0]
        if place.country != country:
            return Fit.OTHER
        town = self.town()
        if place.precision is PlacePrecision.TOWN and town is not None:
            return Fit.SAME if distance_km(place, town) <= AREA_KM else Fit.OTHER
        if place.precision is PlacePrecision.COUNTRY or not place.admin1 or not self.regions:
            return Fit.SAME
        region = self.regions.most_common(1)[0][0]
        return Fit.SAME if _region(place) == region else Fit.OTHER


@dataclass(slots=True)
class Assignment:
    article_id: str
    event_id: str
    score: float
    new_event: bool
    story_id: str = ""  # the story the event belongs to (its own id: a story of its own)


class Placement(Protocol):
    """What the clusterer asks of analysts' corrections (``constraints.Constraints``)."""

    def forced(self, article_id: str, event_of: Mapping[str, str]) -> str | None:
        """The event the article must join (a must-linked article is there), if any."""

    def allowed(self, article_id: str, members: Iterable[str]) -> bool:
        """Whether the article may join an event of these members (no cannot-link among them)."""


@dataclass(slots=True)
class StoredDoc:
    """An article of the stored corpus index as clustering reads it."""

    doc: Doc
    event_id: str
    weights: np.ndarray  # TF-IDF weights aligned with ``doc.terms``
    weights_n: int  # corpus size they were computed at


class StoredCorpus(Protocol):
    """The articles grouped before this run, read on demand (``corpus_index.CorpusIndex``), so
    a run touches only the stored articles and events its new ones could match."""

    size: int  # articles in the index

    def df(self, terms: np.ndarray) -> np.ndarray:
        """Document frequency of each hashed term among the stored articles."""

    def postings(self, terms: list[int]) -> dict[int, list[str]]:
        """Stored articles holding each term (only terms held by at most ``MAX_DF``)."""

    def nearest(self, vector: np.ndarray, k: int, min_cosine: float) -> list[tuple[str, float]]:
        """Up to ``k`` stored articles whose vector is closest to ``vector`` (LSH candidates)."""

    def docs(self, article_ids: list[str]) -> list[StoredDoc]:
        """These stored articles, in time order."""

    def latest(self, event_id: str, n: int) -> list[str]:
        """The event's latest ``n`` stored members, in time order."""

    def members(self, event_id: str) -> list[str]:
        """Every stored member of the event."""

    def event_of(self, article_id: str) -> str | None:
        """The event of a stored article."""

    def anchors(self, event_id: str) -> list[tuple[ReportAnchor, datetime | None]]:
        """The anchors of the event's stored members (those that have one), each with the
        member's publication time (None when unknown: the days it names then count as named,
        ``Scene.add``)."""

    def story(self, event_id: str) -> str:
        """The story of a stored event (its own id when it is a story of its own)."""


class _Events(Mapping[str, str]):
    """Article -> event: those met in this run, else the stored corpus (iterates the former)."""

    def __init__(self, known: dict[str, str], stored: StoredCorpus | None) -> None:
        self.known = known
        self.stored = stored

    def __getitem__(self, article_id: str) -> str:
        found = self.known.get(article_id)
        if found is None and self.stored is not None:
            found = self.stored.event_of(article_id)
        if found is None:
            raise KeyError(article_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.known)

    def __len__(self) -> int:
        return len(self.known)


@dataclass
class EventClusterer:
    """Online clustering over the articles of this run, on top of a ``stored`` corpus (the
    articles grouped by earlier runs, read on demand) when there is one."""

    config: ClusterConfig = field(default_factory=ClusterConfig)
    dim: int = 512
    constraints: Placement | None = None
    stored: StoredCorpus | None = None

    def __post_init__(self) -> None:
        # Hashed term ids map to dense indices so document frequencies live in one numpy array.
        self.vocab: dict[int, int] = {}
        self.hashed: list[int] = []  # dense index -> hashed term id
        self.df = np.zeros(1 << 16, dtype=np.float32)
        self.df_known = np.zeros(1 << 16, dtype=bool)  # df holds the stored corpus' count too
        # names without an age (``naming``'s keys) repeat the words' name terms: not weighed
        self.unweighed = np.zeros(1 << 16, dtype=bool)
        self.postings: dict[int, list[int]] = defaultdict(list)  # of this run's articles
        self.docs: list[Doc] = []  # this run's articles and the stored ones it loaded
        self.dense: list[np.ndarray] = []  # per doc: dense term indices, sorted
        self.orders: list[np.ndarray] = []  # per doc: its terms' order in ``dense``
        self.tfs: list[np.ndarray] = []  # per doc: tf aligned with dense indices
        self.cached: list[tuple[int, np.ndarray]] = []  # per doc: (corpus size, weights)
        self.index_of: dict[str, int] = {}
        self._event_of: dict[str, str] = {}
        self.event_of: Mapping[str, str] = _Events(self._event_of, self.stored)
        self.members: dict[str, list[int]] = defaultdict(list)  # event -> positions, in order
        self.scenes: dict[str, Scene] = {}  # event -> what its reports say of its happening
        self._stories: dict[str, str] = {}  # event -> its story, for the events met in this run
        self.ann = CosineLSH(self.dim)
        self.count = self.stored.size if self.stored is not None else 0  # articles indexed
        self.added: list[int] = []  # positions of the articles indexed in this run
        self.reweighted: set[int] = set()  # loaded stored articles whose weights were redone
        self._events_loaded: set[str] = set()

    # -- state ----------------------------------------------------------------------------
    def _dense(self, doc: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The doc's terms as dense indices (sorted), its tf and the order that sorts them; its
        terms not met yet get the next indices, in the doc's order. Called for every doc a run
        meets (its own and each stored candidate or member it loads, whose terms are mostly new
        to a pass): the new terms are numbered in arrays, not one by one (a loop over them took
        half of a stored doc's loading)."""
        vocab = self.vocab
        ids = np.fromiter(map(vocab.get, doc.terms.tolist(), repeat(-1)), np.int64, len(doc.terms))
        new = ids < 0
        if new.any():
            # a hashed term may repeat in a doc: each distinct one is numbered at its first place
            fresh, first, inverse = np.unique(
                doc.terms[new], return_index=True, return_inverse=True
            )
            met = np.argsort(first)
            rank = np.empty(len(fresh), dtype=np.int64)
            rank[met] = np.arange(len(fresh))
            start = len(vocab)
            ids[new] = start + rank[inverse]
            fresh = fresh[met]
            vocab.update(zip(fresh.tolist(), range(start, start + len(fresh)), strict=True))
            self.hashed.extend(fresh.tolist())
            while len(vocab) > len(self.df):
                self.df = np.concatenate([self.df, np.zeros(len(self.df), dtype=np.float32)])
                self.df_known = np.concatenate([self.df_known, np.zeros(len(self.df_known), bool)])
                self.unweighed = np.concatenate(
                    [self.unweighed, np.zeros(len(self.unweighed), bool)]
                )
            self.unweighed[start : len(vocab)] = (
                fresh & (NAMED_BIT | MENTION_BIT | SCENE_BIT)
            ) != 0
        order = np.argsort(ids)
        return ids[order], doc.tf[order], order

    def _with_df(self, ids: np.ndarray) -> None:
        """Add the stored corpus' document frequencies of these terms, once each."""
        if self.stored is None:
            return
        missing = ids[~self.df_known[ids]]
        if len(missing):
            self.df[missing] += self.stored.df(np.array([self.hashed[i] for i in missing]))
            self.df_known[missing] = True

    def _append(self, doc: Doc, dense: tuple[np.ndarray, np.ndarray, np.ndarray]) -> int:
        position = len(self.docs)
        self.docs.append(doc)
        ids, tf, order = dense
        self.dense.append(ids)
        self.tfs.append(tf)
        self.orders.append(order)
        self.cached.append((0, tf))
        self.index_of[doc.id] = position
        return position

    def _index(
        self, doc: Doc, dense: tuple[np.ndarray, np.ndarray, np.ndarray], event_id: str
    ) -> None:
        ids = dense[0]
        self._with_df(ids)
        position = self._append(doc, dense)
        self._event_of[doc.id] = event_id
        self._members(event_id).append(position)
        self._scene(event_id).add(doc.anchor, doc.time)
        self.added.append(position)
        self.count += 1
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

    def _load(self, article_ids: list[str]) -> list[int]:
        """Positions of these articles, loading the stored ones not met yet (not counted in
        document frequencies again: the stored corpus' counts hold them)."""
        missing = [a for a in article_ids if a not in self.index_of]
        if missing and self.stored is not None:
            for found in self.stored.docs(missing):
                dense = self._dense(found.doc)
                position = self._append(found.doc, dense)
                self.cached[position] = (found.weights_n, found.weights[dense[2]])
                self._event_of[found.doc.id] = found.event_id
        return [self.index_of[a] for a in article_ids if a in self.index_of]

    def _members(self, event_id: str) -> list[int]:
        """The event's members met so far, in order; its latest stored ones come first."""
        members = self.members[event_id]
        if self.stored is not None and event_id not in self._events_loaded:
            self._events_loaded.add(event_id)
            latest = self._load(self.stored.latest(event_id, COHESION_MEMBERS))
            members[:0] = [p for p in latest if p not in members]
        return members

    def _scene(self, event_id: str) -> Scene:
        """The event's scene; a stored event's is read once, from all its stored members."""
        scene = self.scenes.get(event_id)
        if scene is None:
            scene = self.scenes[event_id] = Scene()
            if self.stored is not None:
                for anchor, told in self.stored.anchors(event_id):
                    scene.add(anchor, told)
        return scene

    def rows(self) -> tuple[list[tuple[Doc, np.ndarray, int]], list[tuple[Doc, np.ndarray, int]]]:
        """What the stored corpus must keep: this run's articles with their current weights,
        and the loaded stored ones whose weights were recomputed, as ``(doc, weights aligned
        with doc.terms, corpus size)``."""

        def row(position: int, weights: np.ndarray, n: int) -> tuple[Doc, np.ndarray, int]:
            aligned = np.empty_like(weights)
            aligned[self.orders[position]] = weights
            return self.docs[position], aligned, n

        added = [row(p, self._weights(self.dense[p], self.tfs[p]), self.count) for p in self.added]
        redone = [row(p, *self.cached[p][::-1]) for p in sorted(self.reweighted)]
        return added, redone

    # -- scoring ----------------------------------------------------------------------------
    def _weights(self, ids: np.ndarray, tf: np.ndarray) -> np.ndarray:
        n = self.count + 1
        tf = np.where(self.unweighed[ids], 0.0, tf)
        weights = tf * (np.log((n + 1) / (self.df[ids] + 1)) + 1.0)
        norm = float(np.linalg.norm(weights))
        return weights / norm if norm else weights

    def _stored_weights(self, position: int) -> np.ndarray:
        """A stored doc's weights, recomputed only when the corpus grew by a fifth since:
        IDF drifts slowly, and recomputing for every comparison dominated the run time."""
        size, weights = self.cached[position]
        if self.count > size * 1.2:
            self._with_df(self.dense[position])
            weights = self._weights(self.dense[position], self.tfs[position])
            self.cached[position] = (self.count, weights)
            if position not in self.added:
                self.reweighted.add(position)
        return weights

    def lexical(self, query: np.ndarray, position: int) -> float:
        """Cosine with a stored doc; ``query`` holds the new doc's weights scattered densely."""
        terms, weights = self.dense[position], self._stored_weights(position)
        if len(terms) and terms[-1] >= len(query):  # loaded after the query was built: terms
            inside = terms < len(query)  # the query cannot hold
            terms, weights = terms[inside], weights[inside]
        return float(query[terms] @ weights)

    def pair_score(self, doc: Doc, query: np.ndarray, position: int) -> float:
        c = self.config
        other = self.docs[position]
        if not len(doc.terms) or not len(other.terms):
            return 0.0  # a page without words (an empty or video page) tells no event
        lexical = self.lexical(query, position)
        cosine = float(doc.vector @ other.vector) if len(doc.vector) and len(other.vector) else 0.0
        semantic = max(0.0, cosine - c.embedding_floor) / (1.0 - c.embedding_floor)
        if doc.language and other.language and doc.language != other.language:
            score = lexical + c.cross_language_weight * semantic
        else:
            score = lexical + c.embedding_weight * semantic * lexical**0.5
        days = _days_apart(doc, other, c.scene)
        if days is not None:
            score *= math.exp(-max(0.0, days - c.days_grace) / c.days_scale)
        return score

    def candidates(self, doc: Doc, ids: np.ndarray, weights: np.ndarray) -> list[int]:
        """Positions of the articles the doc's words, its vector or its scene (``scene_mates``)
        find; each is then judged by the same bar, whichever found it."""
        votes: dict[str, float] = defaultdict(float)
        # the strongest terms that can block: one seen in more than MAX_DF articles finds
        # nothing (its postings are dropped) and would take the place of one that does
        blocking = np.flatnonzero(self.df[ids] <= MAX_DF)
        top = blocking[np.argsort(-weights[blocking])[:QUERY_TERMS]].tolist()
        top = [k for k in top if not self.hashed[ids[k]] & SCENE_BIT]  # no words: ``scene_mates``
        stored: dict[int, list[str]] = {}
        if self.stored is not None:
            stored = self.stored.postings([self.hashed[ids[k]] for k in top])
        for k in top:
            weight = float(weights[k])
            for article_id in stored.get(self.hashed[ids[k]], ()):
                votes[article_id] += weight
            for position in self.postings.get(int(ids[k]), ()):
                votes[self.docs[position].id] += weight
        if len(doc.vector):
            for key, cosine in self.nearest(doc.vector):
                votes[key] += cosine
        found = sorted(votes, key=votes.__getitem__, reverse=True)[:MAX_CANDIDATES]
        return self._load([*found, *(a for a in self.scene_mates(doc) if a not in votes)])

    def scene_mates(self, doc: Doc) -> list[str]:
        """The latest ``SCENE_K`` reports placing their happening in the doc's town on its day or
        the next or previous one (``features.scene_term``): a headline-only page or a video
        page shares too few words with its happening's reports to be found by them."""
        terms = scene_terms(doc.anchor, DAY_SLACK)
        if not terms:
            return []
        found: list[str] = []
        if self.stored is not None:
            found += [a for held in self.stored.postings(terms).values() for a in held]
        met = {
            p
            for t in terms
            if (k := self.vocab.get(t)) is not None
            for p in self.postings.get(k, ())
        }
        found += [self.docs[p].id for p in sorted(met)]
        found = [a for a in dict.fromkeys(found) if a != doc.id]
        return found[-SCENE_K:]

    def nearest(self, vector: np.ndarray) -> list[tuple[str, float]]:
        """The ``ANN_K`` nearest articles of this run and the stored corpus (``ANN_MIN`` up)."""
        found = self.ann.query(vector, k=ANN_K, min_cosine=ANN_MIN)
        if self.stored is not None:
            found += self.stored.nearest(vector, ANN_K, ANN_MIN)
            found = sorted(found, key=lambda kv: -kv[1])[:ANN_K]
        return found

    # -- assignment -----------------------------------------------------------------------------
    def assign(self, doc: Doc, new_event_id: str, forced_event: str | None = None) -> Assignment:
        """Put ``doc`` in the best event (or ``forced_event``, e.g. its original's for a copy,
        when its day, place and words agree with that event's: ``bar``, ``_told``).

        Analysts' constraints come first: a must-link forces the event, a cannot-link rules one
        out (a copy is then placed like any other article)."""
        c = self.config
        doc = _with_scene(doc)
        dense = self._dense(doc)
        self._with_df(dense[0])
        ids, tf, _ = dense
        weights = self._weights(ids, tf)
        query = np.zeros(len(self.df), dtype=np.float32)
        query[ids] = weights
        must = self.constraints.forced(doc.id, self.event_of) if self.constraints else None
        if must is not None:
            forced_event = must
        elif forced_event is not None and not (
            self.allowed(doc.id, forced_event)
            and self.bar(doc, forced_event) == c.threshold
            and self._told(doc, query, forced_event)
        ):
            forced_event = None  # a copy telling of another day or place is another happening
        if forced_event is not None:
            self._index(doc, dense, forced_event)
            return Assignment(doc.id, forced_event, 1.0, False, self.story(forced_event))
        scored = {p: self.pair_score(doc, query, p) for p in self.candidates(doc, ids, weights)}
        best: dict[str, float] = defaultdict(float)  # event -> its best-matching member's score
        for position, score in scored.items():
            event = self.event_of[self.docs[position].id]
            best[event] = max(best[event], score)
        top = max(best.values(), default=0.0)
        kin = None  # an event of the same story: another day of the same happenings
        for event in sorted(best, key=best.__getitem__, reverse=True):
            if best[event] < c.threshold:
                break
            bar = self.bar(doc, event)
            if bar is None:
                kin = kin or (event if self._same_story(doc, event) else None)
            elif (
                best[event] >= bar
                and self.allowed(doc.id, event)
                and self.cohesive(doc, query, event, scored, bar)
            ):
                self._index(doc, dense, event)
                return Assignment(doc.id, event, round(best[event], 4), False, self.story(event))
        for event in self.naming(ids):
            if self.bar(doc, event, person=True) is not None and self.allowed(doc.id, event):
                self._index(doc, dense, event)
                return Assignment(doc.id, event, round(best[event], 4), False, self.story(event))
        self._index(doc, dense, new_event_id)
        story = self._stories[new_event_id] = self.story(kin) if kin else new_event_id
        return Assignment(doc.id, new_event_id, round(top, 4), True, story)

    def _told(self, doc: Doc, query: np.ndarray, event: str) -> bool:
        """Whether the words of a copy match one of the event's latest reports (its original):
        pages of one site share their frame (a sign-in form, a video list, an empty body) and
        look like copies of each other whatever news they carry."""
        members = self._members(event)[-COHESION_MEMBERS:]
        return any(self.pair_score(doc, query, p) >= self.config.threshold for p in members)

    def naming(self, ids: np.ndarray) -> list[str]:
        """The events of earlier reports that name a person this one names with an age (``people``),
        those naming most first; else those naming with an age a person this one names without.
        A late follow-up (charges, a trial, a funeral) names its victims and suspects, and little
        else it says matches the first reports."""
        terms = [self.hashed[i] for i in ids.tolist()]
        events = self._holding([t for t in terms if t & PERSON_BIT])
        if not events:
            named = [t & ~MENTION_BIT | NAMED_BIT for t in terms if t & MENTION_BIT]
            events = self._holding(named)
        return sorted(events, key=lambda e: (-events[e], e))

    def _holding(self, terms: list[int]) -> Counter[str]:
        """Events -> how many of their reports met so far hold one of these (hashed) terms."""
        if not terms:
            return Counter()
        found = {
            self.docs[p].id
            for t in terms
            if (k := self.vocab.get(t)) is not None
            for p in self.postings.get(k, ())
        }
        if self.stored is not None:
            found.update(a for held in self.stored.postings(terms).values() for a in held)
        return Counter(self.event_of[a] for a in found)

    def story(self, event: str) -> str:
        """The story ``event`` belongs to (its own id when it is a story of its own)."""
        found = self._stories.get(event)
        if found is None:
            found = self.stored.story(event) if self.stored is not None else event
            self._stories[event] = found
        return found

    def _same_story(self, doc: Doc, event: str) -> bool:
        """Whether a report of another day than the event's is of the same story: the words
        match (checked by the caller), its day lies within a week of the event's and its place
        within the event's area (an offensive's daily strikes, a siege's days)."""
        scene, own = self._scene(event), _day(doc.anchor)
        if scene.day is None or own is None or doc.anchor is None:
            return False
        near = abs((own - scene.day).days) <= WEEK_DAYS
        return near and scene.place_fit(doc.anchor.place) is not Fit.OTHER

    def allowed(self, article_id: str, event: str) -> bool:
        if self.constraints is None:
            return True
        members = [self.docs[p].id for p in self._members(event)]
        if self.stored is not None:
            members += self.stored.members(event)
        return self.constraints.allowed(article_id, members)

    def bar(self, doc: Doc, event: str, person: bool = False) -> float | None:
        """The score ``doc`` must reach to join ``event``: None when the report tells of another
        day (``Scene.day_fit``) or comes weeks after the event's reports with no day to tell
        (``late.told_late``), ``apart`` x the threshold when it is placed beyond the event's
        area (``_apart``) or its day is only one the event's reports were told on (``Fit.TOLD``),
        else the threshold. Without a day or place, words and time decide alone.

        ``person``: the report names a person the event's reports name (``naming``); only a place
        beyond the event's area rules it out (its day is a later step's: charges, a trial)."""
        c = self.config
        if not c.scene or doc.anchor is None:
            return c.threshold
        scene = self._scene(event)
        if person:
            return None if self._apart(doc, event) else c.threshold
        fit = scene.day_fit(doc.anchor)
        if fit is Fit.OTHER:
            return None
        latest = [self.docs[p].time for p in self._members(event)[-COHESION_MEMBERS:]]
        if told_late(doc.time, doc.anchor, latest, scene.day, WEEK_DAYS):
            return None
        if _in_passing(doc, scene):
            return c.threshold * c.apart**2
        if fit is Fit.TOLD:
            return c.threshold * c.apart
        return c.threshold * (c.apart if self._apart(doc, event) else 1.0)

    def _apart(self, doc: Doc, event: str) -> bool:
        """Whether ``doc`` is placed beyond the event's area (``Scene.place_fit``), unless that
        reading is uncertain: it reads the event's town's own name as another place ("Hamilton",
        Ohio or Ontario; "Bucksport", Maine or South Carolina)."""
        assert doc.anchor is not None
        scene, place = self._scene(event), doc.anchor.place
        if place is None or scene.place_fit(place) is not Fit.OTHER:
            return False
        town = scene.town()
        return town is None or fold(place.name) != fold(town.name)

    def cohesive(
        self, doc: Doc, query: np.ndarray, event: str, scored: dict[int, float], bar: float
    ) -> bool:
        """Whether ``doc`` matches the event as a whole, not one member of it: its mean score with
        the event's latest members reaches ``cohesion`` x ``bar`` (``scored``: the candidates'
        scores already computed). Joining on the best single match alone chains events: a roundup
        of a weekend's shootings matches each of them, and every later report of any of them then
        joins one event."""
        members = self._members(event)[-COHESION_MEMBERS:]
        scores = [scored[p] if p in scored else self.pair_score(doc, query, p) for p in members]
        return float(np.mean(scores)) >= self.config.cohesion * bar


def _in_passing(doc: Doc, scene: Scene) -> bool:
    """Whether the report names the event's day only in passing: it tells of a fresh happening
    of the event's town (its own day is the day it was published, or the one before, and it
    tells of no follow-up or aftermath), another day than the event's, and the event's day is
    only one it names ("the shooting came two days after a man was shot dead outside a bar on
    Saturday", "le deuxième en trois jours", "dos días después", "zwei Tage nachdem"). A town's
    news names its other shootings of the week so; such a report joins the event only when its
    words agree ``apart`` times as much as a report placed beyond the event's area must (on GVC
    the day link joined 33 of 150 reports of other incidents; 2026-12-07, ``named-day`` in git
    log). Elsewhere the place already raises the bar."""
    anchor, day = doc.anchor, scene.day
    own = _day(anchor)
    if anchor is None or own is None or day is None or doc.time is None:
        return False
    if anchor.follow_up or anchor.aftermath or abs((doc.time.date() - own).days) > DAY_SLACK:
        return False  # not a fresh report: the day it names may well be its happening's
    if (
        abs((own - day).days) <= DAY_SLACK
        or scene._named(own, told=True)
        or not _names(anchor, day)
    ):
        return False  # its own day is the event's, or not only named by it
    place, town = anchor.place, scene.town()
    if place is None or place.precision is not PlacePrecision.TOWN or town is None:
        return False
    return scene.place_fit(place) is Fit.SAME


def _days_apart(a: Doc, b: Doc, happening: bool = True) -> float | None:
    """Days between the happenings two reports tell of, when both name its day (none when one
    names the other's: a trial's report months later still tells of the shooting's day); else
    between their publications."""
    day_a, day_b = _day(a.anchor), _day(b.anchor)
    if happening and a.anchor and b.anchor and day_a is not None and day_b is not None:
        if _names(a.anchor, day_b) or _names(b.anchor, day_a):
            return 0.0  # one tells of the other's day
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
