"""Why these reports are one event, and why the nearest other event is another one.

For each report of an event, the reasons it belongs, in plain words: an analyst's correction that
put it there, the report it copies or translates, how close its meaning is to the other reports
(multilingual article vectors), the report it shares most words, names and numbers with (stored
term counts), and the places, days, figures and names it shares with them (extraction). For the
nearest other event (closest mean vector among those reported within ``WINDOW_DAYS``), what tells
the two apart: less alike in meaning, different places, days and tolls, publication times far
apart, an analyst's split — and what they do share.

Everything is read back from what the stages stored, never from the clusterer's own scoring, so
the reasons stay true whatever weights or constraints the clusterer uses: they explain what the
reports have in common, not the arithmetic that grouped them. All reading goes through ``Store``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .features import fold
from .outlets import outlet_of
from .reconcile.values import number
from .records import (
    Article,
    ClaimKind,
    Correction,
    CorrectionKind,
    DuplicateKind,
    Event,
    GroupingReasons,
    MemberReasons,
    Neighbour,
    Qualifier,
    Reason,
    ReasonKind,
    Separation,
)
from .store import Store

WINDOW_DAYS = 30  # other events considered: reported within this many days of the event
MAX_CANDIDATES = 2000  # ... at most this many (the nearest in time)
NEIGHBOURS = 5  # other events listed (nearest first), e.g. to offer a merge
ITEMS = 5  # names, places, days, figures shown per reason
WORD_PEERS = 40  # reports a report's words are compared with (its nearest in meaning)
UNNAMED = "an unnamed outlet"  # a report whose outlet nothing names (never its file name)
_COPY_WORDS = {
    DuplicateKind.EXACT: "an exact copy",
    DuplicateKind.NEAR: "a near-copy",
    DuplicateKind.TRANSLATION: "a translation",
}
_CORRECTION_WORDS = {
    CorrectionKind.MERGE: "merged it with these reports",
    CorrectionKind.MOVE: "moved it here",
}


@dataclass(slots=True)
class ReportFacts:
    """What one report states, as comparable keys with their readable form."""

    names: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    days: dict[str, str] = field(default_factory=dict)
    figures: dict[str, str] = field(default_factory=dict)

    def of(self, kind: ReasonKind) -> dict[str, str]:
        return {
            ReasonKind.NAMES: self.names,
            ReasonKind.PLACES: self.places,
            ReasonKind.DAYS: self.days,
            ReasonKind.FIGURES: self.figures,
        }[kind]


SHARED_KINDS = (ReasonKind.PLACES, ReasonKind.DAYS, ReasonKind.FIGURES, ReasonKind.NAMES)
_SHARED_WORDS = {
    ReasonKind.PLACES: "the same places",
    ReasonKind.DAYS: "the same days",
    ReasonKind.FIGURES: "the same figures",
    ReasonKind.NAMES: "the same people and groups",
}


def _stated(low: float, high: float, qualifier: Qualifier) -> float:
    """The number a claim states: its bound when one side is open, the middle of "about 50"."""
    if low == high or math.isinf(high):
        return low
    if math.isinf(low) or qualifier in (Qualifier.UP_TO, Qualifier.LESS_THAN):
        return high
    return round((low + high) / 2, 2)


def report_facts(store: Store, article_ids: Sequence[str]) -> dict[str, ReportFacts]:
    """Names, places, days and counted figures of each report (its extraction and anchor)."""
    out = {a: ReportFacts() for a in article_ids}
    places = store.places(article_ids)
    placed = {(p.article_id, p.start, p.end) for p in places}
    for p in places:
        name = p.name or p.text
        key = f"g{p.geonameid}" if p.geonameid is not None else "p:" + fold(name)
        out[p.article_id].places.setdefault(key, name)
    mentions = [
        m
        for m in store.mentions(article_ids)
        if m.label in ("PER", "ORG", "MISC", "NORP")
        and (m.article_id, m.start, m.end) not in placed
    ]
    names = {
        e.id: e.name for e in store.entities(sorted({m.entity_id for m in mentions if m.entity_id}))
    }
    for m in mentions:
        key = m.entity_id if m.entity_id in names else "m:" + fold(m.text)
        out[m.article_id].names.setdefault(key, names.get(m.entity_id or "", m.text))
    for d in store.dates(article_ids):
        if d.value and d.precision == "day":
            out[d.article_id].days.setdefault(d.value[:10], d.value[:10])
    for aid, anchor in store.anchors(article_ids).items():
        if anchor.day is not None and anchor.precision == "day":
            out[aid].days.setdefault(anchor.day.isoformat(), anchor.day.isoformat())
    for c in store.claims(article_ids):
        if c.kind is not ClaimKind.COUNT or not c.measure:
            continue
        value = _stated(c.low, c.high, c.qualifier)
        subject = (c.subject or "").replace("_", " ")
        shown = " ".join(filter(None, [number(value), subject, c.measure]))
        out[c.article_id].figures.setdefault(f"{c.measure}|{c.subject or ''}|{value:g}", shown)
    return out


def _unit(vectors: np.ndarray) -> np.ndarray:
    total = vectors.sum(axis=0)
    norm = float(np.linalg.norm(total))
    return total / norm if norm else total


def _weights(terms: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    weights = 1.0 + np.log(np.maximum(counts, 1e-6))
    norm = float(np.linalg.norm(weights))
    return terms, weights / norm if norm else weights


def _word_overlap(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> float:
    """Cosine of two reports' sublinear term counts (words, bigrams, names, numbers)."""
    _, i, j = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    return float(a[1][i] @ b[1][j])


def _span_gap_days(a: Event, b: Event) -> float | None:
    """Days between two events' publication spans (0 when they overlap; None when undated)."""
    if not (a.first_seen and a.last_seen and b.first_seen and b.last_seen):
        return None
    gap = max(
        (b.first_seen - a.last_seen).total_seconds(), (a.first_seen - b.last_seen).total_seconds()
    )
    return max(0.0, gap / 86400)


def _candidates(event: Event, events: list[Event]) -> list[Event]:
    """Other events reported within WINDOW_DAYS (every one when either is undated), nearest first."""
    near = []
    for other in events:
        if other.id == event.id or not other.article_ids:
            continue
        gap = _span_gap_days(event, other)
        if gap is None or gap <= WINDOW_DAYS:
            near.append((gap if gap is not None else math.inf, other))
    near.sort(key=lambda pair: pair[0])
    return [other for _, other in near[:MAX_CANDIDATES]]


def _ranked(counter: Counter[str], shown: dict[str, str]) -> list[str]:
    """The keys most reports state first (at most ``ITEMS``), by name on a tie."""
    return sorted(counter, key=lambda k: (-counter[k], shown[k]))[:ITEMS]


def _when(correction: Correction) -> str:
    return f" on {correction.created_at:%Y-%m-%d}" if correction.created_at else ""


def _correction_text(correction: Correction, verb: str) -> str:
    why = f": “{correction.reason}”" if correction.reason else ""
    return f"{correction.id}, by {correction.author}{_when(correction)}{why}".join(
        [f"An analyst {verb} (", ")"]
    )


class _Explainer:
    """One explanation: the event, its candidates' vectors, and the reports' extraction."""

    def __init__(self, store: Store, event: Event, events: list[Event]) -> None:
        self.store = store
        self.event = event
        self.others = _candidates(event, events)
        self.titles = {e.id: e.title for e in self.others}
        dim = store.embedding_dim()
        ids = [a for e in [event, *self.others] for a in e.article_ids]
        self.vectors = store.article_vectors_of(ids, dim) if dim else {}
        self.articles = {a.id: a for a in store.articles(event.article_ids)}
        self.centroids: dict[str, np.ndarray] = {}
        for other in self.others:
            rows = [self.vectors[a] for a in other.article_ids if a in self.vectors]
            if rows:
                self.centroids[other.id] = _unit(np.vstack(rows))
        self.corrections = store.corrections(active_only=True)

    def vector_rows(self, ids: Iterable[str]) -> tuple[list[str], np.ndarray]:
        kept = [a for a in ids if a in self.vectors]
        matrix = np.vstack([self.vectors[a] for a in kept]) if kept else np.zeros((0, 1))
        return kept, matrix

    # -- the event's own reports --------------------------------------------------------------
    def members(self, facts: dict[str, ReportFacts]) -> list[MemberReasons]:
        ids = self.event.article_ids
        kept, matrix = self.vector_rows(ids)
        total = matrix.sum(axis=0) if len(kept) else None
        similarity: dict[str, float] = {}
        if len(kept) > 1:
            for aid, row in zip(kept, matrix, strict=True):
                rest = total - row
                norm = float(np.linalg.norm(rest))
                if norm:
                    similarity[aid] = round(float(row @ rest / norm), 2)
        closest: dict[str, tuple[str, float]] = {}
        if len(kept) and self.centroids:
            names = list(self.centroids)
            scores = matrix @ np.vstack([self.centroids[n] for n in names]).T
            for aid, row in zip(kept, scores, strict=True):
                best = int(np.argmax(row))
                closest[aid] = (names[best], round(float(row[best]), 2))
        words = self.store.features_of(ids)
        links = {
            d.article_id: d for d in self.store.duplicates(ids) if d.article_id in self.articles
        }
        copied_by: dict[str, list[str]] = defaultdict(list)
        for link in links.values():
            if link.duplicate_of in self.articles:
                copied_by[link.duplicate_of].append(link.article_id)
        out = []
        for aid in ids:
            others = [o for o in ids if o != aid]
            reasons = self.correction_reasons(aid, others)
            link = links.get(aid)
            if link is not None and link.duplicate_of in self.articles:
                original = self.articles[link.duplicate_of]
                reasons.append(
                    Reason(
                        ReasonKind.COPY,
                        f"It is {_COPY_WORDS[link.kind]} of {_whose(original)} report "
                        f"(match {link.score:.2f}): copies join their original's event.",
                        score=round(link.score, 2),
                        article_ids=[original.id],
                    )
                )
            if copied_by.get(aid):
                names = [outlet_of(self.articles[c]) or UNNAMED for c in copied_by[aid]]
                reasons.append(
                    Reason(
                        ReasonKind.COPY,
                        f"Copied or translated by {', '.join(names)}.",
                        items=names,
                        article_ids=copied_by[aid],
                    )
                )
            if aid in similarity:
                reasons.append(
                    Reason(
                        ReasonKind.MEANING,
                        f"Meaning similarity with the other reports: {similarity[aid]:.2f}"
                        " (1 = the same meaning, in any language).",
                        score=similarity[aid],
                    )
                )
            reasons += self.word_reason(aid, others, words, kept, matrix)
            reasons += shared_reasons(facts, aid, others, self.articles)
            if not others:
                reasons.append(Reason(ReasonKind.NOTHING, "It is the event's only report."))
            elif not any(r.kind in (*SHARED_KINDS, ReasonKind.COPY) for r in reasons):
                reasons.append(
                    Reason(
                        ReasonKind.NOTHING,
                        "It names no place, day, figure or person the other reports name: "
                        "it is here on its wording and meaning alone.",
                    )
                )
            other_event = closest.get(aid)
            if other_event and aid in similarity and other_event[1] >= similarity[aid]:
                title = self.titles[other_event[0]]
                reasons.append(
                    Reason(
                        ReasonKind.MEANING,
                        f"Check it: its meaning is as close or closer to another event, “{title}” "
                        f"({other_event[1]:.2f}), than to this one's reports ({similarity[aid]:.2f}).",
                        score=other_event[1],
                        items=[other_event[0]],
                    )
                )
            out.append(
                MemberReasons(
                    article_id=aid,
                    similarity=similarity.get(aid),
                    reasons=reasons,
                    closest_other=other_event[0] if other_event else None,
                    closest_other_similarity=other_event[1] if other_event else None,
                )
            )
        return out

    def correction_reasons(self, aid: str, others: list[str]) -> list[Reason]:
        """Active corrections that put the report with these others (or split it off)."""
        reasons = []
        for c in self.corrections:
            if aid not in c.together:
                continue
            mates = [o for o in c.together if o != aid and o in others]
            if c.kind is CorrectionKind.SPLIT:
                verb = "split it off with these reports" if mates else "split it off"
            elif mates:
                verb = _CORRECTION_WORDS[c.kind]
            else:
                continue
            reasons.append(
                Reason(ReasonKind.CORRECTION, _correction_text(c, verb) + ".", article_ids=mates)
            )
        return reasons

    def word_reason(
        self,
        aid: str,
        others: list[str],
        words: dict[str, tuple[np.ndarray, np.ndarray]],
        kept: list[str],
        matrix: np.ndarray,
    ) -> list[Reason]:
        """The report it shares most words, names and numbers with (among its nearest in meaning)."""
        if aid not in words:
            return []
        peers = [o for o in others if o in words]
        if aid in kept and len(peers) > WORD_PEERS:
            row = matrix[kept.index(aid)]
            order = {o: float(matrix[kept.index(o)] @ row) for o in peers if o in kept}
            peers = sorted(order, key=order.__getitem__, reverse=True)[:WORD_PEERS]
        mine = _weights(*words[aid])
        scored = [(_word_overlap(mine, _weights(*words[o])), o) for o in peers]
        if not scored:
            return []
        overlap, best = max(scored)
        return [
            Reason(
                ReasonKind.WORDS,
                f"It shares most words, names and numbers with {_whose(self.articles[best])} "
                f"report: overlap {overlap:.2f} (1 = the same words).",
                score=round(overlap, 2),
                article_ids=[best],
            )
        ]

    # -- the nearest other event ---------------------------------------------------------------
    def neighbours(self) -> list[Neighbour]:
        kept, matrix = self.vector_rows(self.event.article_ids)
        if not kept or not self.centroids:
            return []
        mine = _unit(matrix)
        scored = sorted(
            ((round(float(mine @ c), 2), eid) for eid, c in self.centroids.items()), reverse=True
        )
        return [Neighbour(eid, self.titles[eid], score) for score, eid in scored[:NEIGHBOURS]]

    def separation(self, nearest: Neighbour, cohesion: float | None) -> Separation:
        other = next(e for e in self.others if e.id == nearest.event_id)
        mine_ids, theirs_ids = self.event.article_ids, other.article_ids
        facts = report_facts(self.store, [*mine_ids, *theirs_ids])
        reasons, shared = [], []
        within = f", against {cohesion:.2f} within this one" if cohesion is not None else ""
        reasons.append(
            Reason(
                ReasonKind.MEANING,
                f"Their reports are less alike in meaning: similarity {nearest.similarity:.2f} "
                f"between the two events{within}.",
                score=nearest.similarity,
            )
        )
        pair = self.closest_pair(mine_ids, theirs_ids)
        if pair is not None:
            here, there, score = pair
            theirs = {a.id: a for a in self.store.articles([there])}
            reasons.append(
                Reason(
                    ReasonKind.MEANING,
                    f"The closest two reports, {_whose(self.articles[here])} here and "
                    f"{_whose(theirs[there])} there, have similarity {score:.2f}.",
                    score=score,
                    article_ids=[here, there],
                )
            )
        for kind in SHARED_KINDS:
            ours = _support(facts, mine_ids, kind)
            yours = _support(facts, theirs_ids, kind)
            shown = {k: v for f in facts.values() for k, v in f.of(kind).items()}
            common = Counter({k: ours[k] + yours[k] for k in ours.keys() & yours.keys()})
            if common:
                items = [shown[k] for k in _ranked(common, shown)]
                text = f"Both name {_SHARED_WORDS[kind]}: {', '.join(items)}."
                shared.append(Reason(kind, text, items=items))
            elif ours and yours and kind is not ReasonKind.NAMES:
                here = [shown[k] for k in _ranked(ours, shown)]
                there = [shown[k] for k in _ranked(yours, shown)]
                text = f"Different {kind.value}: {'; '.join(here)} here, {'; '.join(there)} there."
                reasons.append(Reason(kind, text, items=[*here, *there]))
        gap = _span_gap_days(self.event, other)
        if gap is not None and gap >= 1:
            reasons.append(
                Reason(
                    ReasonKind.TIME,
                    f"They were reported {gap:.0f} days apart ({_span(self.event)} here, "
                    f"{_span(other)} there).",
                    score=round(gap, 1),
                )
            )
        for c in self.corrections:
            if c.apart is None:
                continue
            left, right = map(set, c.apart)
            if (left & set(mine_ids) and right & set(theirs_ids)) or (
                right & set(mine_ids) and left & set(theirs_ids)
            ):
                reasons.insert(
                    0,
                    Reason(
                        ReasonKind.CORRECTION,
                        _correction_text(c, "kept them apart") + ".",
                        article_ids=sorted((left | right) & {*mine_ids, *theirs_ids}),
                    ),
                )
        return Separation(other.id, other.title, nearest.similarity, reasons, shared)

    def closest_pair(self, mine: list[str], theirs: list[str]) -> tuple[str, str, float] | None:
        a_ids, a = self.vector_rows(mine)
        b_ids, b = self.vector_rows(theirs)
        if not a_ids or not b_ids:
            return None
        scores = a @ b.T
        i, j = np.unravel_index(int(np.argmax(scores)), scores.shape)
        return a_ids[i], b_ids[j], round(float(scores[i, j]), 2)


def _support(facts: dict[str, ReportFacts], ids: Iterable[str], kind: ReasonKind) -> Counter[str]:
    """How many of these reports state each key."""
    return Counter(k for a in ids for k in facts[a].of(kind))


def _span(event: Event) -> str:
    first, last = event.first_seen, event.last_seen
    if not first or not last:
        return "undated"
    if first.date() == last.date():
        return f"{first:%Y-%m-%d}"
    return f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"


def shared_reasons(
    facts: dict[str, ReportFacts], aid: str, others: list[str], articles: dict[str, Article]
) -> list[Reason]:
    """Places, days, figures and names the report shares with the event's other reports."""
    reasons = []
    for kind in SHARED_KINDS:
        mine = facts[aid].of(kind)
        support = Counter({k: n for k, n in _support(facts, others, kind).items() if k in mine})
        if not support:
            continue
        ranked = _ranked(support, mine)
        shown = [f"{mine[k]} ({support[k]} of {len(others)})" for k in ranked]
        reasons.append(
            Reason(
                kind,
                f"It names {_SHARED_WORDS[kind]} as the other reports (how many of them): "
                f"{', '.join(shown)}.",
                items=[mine[k] for k in ranked],
                article_ids=[o for o in others if mine.keys() & facts[o].of(kind).keys()],
            )
        )
    return reasons


def explain_grouping(store: Store, event_id: str) -> GroupingReasons | None:
    """Why ``event_id``'s reports are together, and apart from the nearest other event."""
    events = store.events()
    event = next((e for e in events if e.id == event_id), None)
    if event is None:
        return None
    explainer = _Explainer(store, event, events)
    facts = report_facts(store, event.article_ids)
    members = explainer.members(facts)
    scores = [m.similarity for m in members if m.similarity is not None]
    cohesion = round(float(np.mean(scores)), 2) if scores else None
    neighbours = explainer.neighbours()
    nearest = explainer.separation(neighbours[0], cohesion) if neighbours else None
    return GroupingReasons(event.id, cohesion, members, nearest, neighbours)


__all__ = ["explain_grouping", "report_facts"]


def _whose(article: Article) -> str:
    """ "Reuters'", "an unnamed outlet's": whose report it is, by ``outlets.outlet_of``."""
    return f"{outlet_of(article) or UNNAMED}'s"
