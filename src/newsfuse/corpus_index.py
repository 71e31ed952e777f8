"""The corpus index: what clustering and dedupe need of the articles grouped by earlier runs,
read from the store on demand, so a new batch touches only the stored articles it could match.

A run used to reload every stored article, feature and vector to rebuild its in-memory indexes;
its cost and memory grew with the store. The index keeps, in the store (tables of schema v8,
``docs/schema.md``), what those in-memory indexes held:

* document frequencies of hashed terms and the postings of terms held by at most ``MAX_DF``
  articles (the blocking index of ``cluster``), with each article's TF-IDF weights;
* the random-hyperplane LSH buckets of article vectors (``ann.CosineLSH``, same planes), each
  bucket read newest first and cut at ``BUCKET_CAP`` so a query costs the same whatever the
  store's size (old articles rarely match: a match weakens with the time between reports);
* the MinHash LSH bands of near-copy detection (``dedupe.band_keys``).

A run reads, per new article, the postings of its strongest terms, its vector buckets and its
MinHash bands, then loads only the candidates (and the latest members of their events); after
clustering, the new articles are added in the transaction that writes their events.

One index serves the successive clustering passes of a run (``Pipeline.group``): what it read
stays valid across them, and ``add`` keeps it so (document frequencies grow by the added terms,
the postings of those terms are read again, rewritten weights are dropped). Passes of 250
articles at 10k re-read the same terms' frequencies, postings and stored articles pass after pass
(1.8 CPU s of a pass's ~4). What grows with the store (rows, vectors, frequencies, postings) is
dropped between passes past ``KEEP_*``, so memory stays bounded whatever its size.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import numpy as np

from .ann import CosineLSH
from .cluster import MAX_DF, Doc, StoredDoc
from .dedupe import StoredCopy, band_keys, lsh_bands
from .event.when import report_time
from .records import ReportAnchor
from .store import Store

BUCKET_CAP = 128  # newest articles read from one vector LSH bucket
# What an index keeps between passes (``trim``), at most: stored articles read whole (~8 KB
# each), stored vectors (2 KB), terms' frequencies (~0.1 KB) and postings (up to MAX_DF ids).
KEEP_ROWS = 4000
KEEP_VECTORS = 12000
KEEP_TERMS = 300_000


class CorpusIndex:
    """The stored corpus as ``cluster.StoredCorpus`` and ``dedupe.StoredCopies`` read it."""

    def __init__(self, store: Store, dim: int) -> None:
        self.store = store
        self.dim = dim
        self.size = store.index_size()
        self.lsh = CosineLSH(dim)  # its planes only: the buckets live in the store
        self.bands = lsh_bands()
        self._df: dict[int, int] = {}
        self._vectors: dict[int, tuple[str, np.ndarray]] = {}  # seq -> (id, vector)
        self._rows: dict[str, tuple] = {}  # id -> store.indexed_articles row
        self._roots: dict[str, str] = {}
        self._anchors: dict[str, ReportAnchor | None] = {}  # id -> its anchor (None: it has none)
        self._stamped: dict[str, datetime | None] = {}  # undated id -> its stamped day (``_time``)
        self._seq_ids: dict[int, str] = {}  # seq -> article id, of those met
        self._postings: dict[int, list[str]] = {}  # term -> the stored articles holding it
        self._nearest: tuple[tuple[bytes, int, float], list[tuple[str, float]]] | None = None
        self._events: dict[str, str | None] = {}  # grouped article -> its event
        self._stories: dict[str, str] = {}  # stored event -> its story

    def trim(self) -> None:
        """Drop what was read past ``KEEP_*`` (call between passes: what is dropped is read
        again when met)."""
        if len(self._rows) > KEEP_ROWS:
            self._rows.clear()
        if len(self._vectors) > KEEP_VECTORS:
            self._vectors.clear()
        if len(self._df) + len(self._postings) > KEEP_TERMS:
            self._df.clear()
            self._postings.clear()
        kept = (
            self._seq_ids,
            self._anchors,
            self._stamped,
            self._roots,
            self._events,
            self._stories,
        )
        if sum(map(len, kept)) > KEEP_TERMS:
            for read in kept:
                read.clear()

    # -- clustering (cluster.StoredCorpus) --------------------------------------------------
    def df(self, terms: np.ndarray) -> np.ndarray:
        missing = [t for t in terms.tolist() if t not in self._df]
        if missing:
            found = self.store.term_df(missing)
            self._df.update((t, found.get(t, 0)) for t in missing)
        return np.array([self._df[t] for t in terms.tolist()], dtype=np.float32)

    def postings(self, terms: list[int]) -> dict[int, list[str]]:
        """The stored articles holding each term, read once a run: the terms that block (held
        by at most ``MAX_DF`` articles) come back in many new articles, and once the store is
        big each has up to ``MAX_DF`` postings."""
        missing = list(dict.fromkeys(t for t in terms if t not in self._postings))
        if missing:
            by_seq = self.store.postings(missing)
            ids = self._ids({seq for seqs in by_seq.values() for seq in seqs})
            for term in missing:
                self._postings[term] = [ids[s] for s in by_seq.get(term, ()) if s in ids]
        return {t: self._postings[t] for t in terms}

    def nearest(self, vector: np.ndarray, k: int, min_cosine: float) -> list[tuple[str, float]]:
        """The stored articles nearest ``vector``; dedupe and clustering ask the same of each new
        article in turn, and the stored corpus does not change during a run: the last answer
        is kept."""
        asked = (vector.tobytes(), k, min_cosine)
        if self._nearest is None or self._nearest[0] != asked:
            self._nearest = (asked, self._nearest_stored(vector, k, min_cosine))
        return list(self._nearest[1])

    def _nearest_stored(
        self, vector: np.ndarray, k: int, min_cosine: float
    ) -> list[tuple[str, float]]:
        keys = [(t, int(c)) for t, c in enumerate(self.lsh.codes(vector))]
        seqs = sorted(self.store.lsh_buckets(keys, BUCKET_CAP))
        missing = [s for s in seqs if s not in self._vectors]
        if missing:
            self._vectors.update(self.store.indexed_vectors(missing, self.dim))
        if not seqs:
            return []
        ids = [self._vectors[s][0] for s in seqs]
        sims = np.stack([self._vectors[s][1] for s in seqs]) @ vector
        order = np.argsort(-sims)[:k]
        return [(ids[i], float(sims[i])) for i in order if sims[i] >= min_cosine]

    def docs(self, article_ids: list[str]) -> list[StoredDoc]:
        rows = self._load(article_ids)
        self._stamp([r[0] for r in rows if r[3] is None])
        missing = [r[0] for r in rows if r[0] not in self._anchors]
        if missing:  # what clustering checks days against; decoded once a run
            found = self.store.anchors(missing)
            self._anchors.update((a, found.get(a)) for a in missing)
        anchors = self._anchors
        return [
            StoredDoc(
                Doc(
                    r[0],
                    r[5],
                    1.0 + np.log(np.maximum(r[6], 1e-6)),
                    r[8],
                    r[2],
                    self._time(r[0], r[3]),
                    anchors.get(r[0]),
                ),
                r[11],
                r[9],
                r[10],
            )
            for r in rows
        ]

    def latest(self, event_id: str, n: int) -> list[str]:
        seqs = self.store.latest_members([event_id], n)[event_id]
        ids = self._ids(set(seqs))
        return [ids[s] for s in seqs if s in ids]

    def members(self, event_id: str) -> list[str]:
        return list(self.store.membership([event_id]))

    def event_of(self, article_id: str) -> str | None:
        found = self._events.get(article_id)
        if found is None:  # a grouped article keeps its event (one not grouped yet is asked again)
            found = self._events[article_id] = self.store.event_of(article_id)
        return found

    def anchors(self, event_id: str) -> list[tuple[ReportAnchor, datetime | None]]:
        told = self.store.event_anchors(event_id)
        self._stamp([a.article_id for a, t in told if t is None])
        return [(a, self._time(a.article_id, t)) for a, t in told]

    def _stamp(self, undated: list[str]) -> None:
        """Read the stamped day of these undated stored articles not met yet, in one query and
        without their raw input (``when.report_time``): a run places an undated report by it,
        and a report stored by an earlier run or pass must be placed alike. Without it such a
        report was timeless, and a new one of another day matched it as if the days agreed
        (FA-KES reports, read without their dates)."""
        missing = [a for a in dict.fromkeys(undated) if a not in self._stamped]
        if missing:
            found = {a.id: report_time(a) for a in self.store.articles(missing, raw=False)}
            self._stamped.update((a, found.get(a)) for a in missing)

    def _time(self, article_id: str, published: datetime | None) -> datetime | None:
        """A stored article's time as the run that grouped it had it (``_stamp``)."""
        return published if published is not None else self._stamped.get(article_id)

    def story(self, event_id: str) -> str:
        if event_id not in self._stories:  # a stored event keeps its story
            self._stories[event_id] = self.store.stories([event_id])[event_id]
        return self._stories[event_id]

    # -- dedupe (dedupe.StoredCopies) ---------------------------------------------------------
    def with_hash(self, content_hash: str) -> str | None:
        rows = self._load(list(self._ids(set(self.store.indexed_with_hash(content_hash))).values()))
        return rows[0][0] if rows else None  # the earliest in time order

    def near(self, minhash: np.ndarray) -> list[StoredCopy]:
        seqs = self.store.band_matches(band_keys(minhash, self.bands))
        return self.copies(list(self._ids(seqs).values()))

    def copies(self, article_ids: list[str]) -> list[StoredCopy]:
        rows = self._load(article_ids)
        unknown = [r[0] for r in rows if r[0] not in self._roots]
        if unknown:
            links = {d.article_id: d.duplicate_of for d in self.store.duplicates(unknown)}
            self._roots.update((a, links.get(a, a)) for a in unknown)
        return [StoredCopy(r[0], r[2], r[7], self._roots[r[0]]) for r in rows]

    # -- reading and adding ------------------------------------------------------------------
    def _ids(self, seqs: set[int]) -> dict[int, str]:
        """Article ids of these seqs (those stored), read once a run: the postings of a new
        article's terms name the same stored articles again and again."""
        missing = sorted(seq for seq in seqs if seq not in self._seq_ids)
        if missing:
            self._seq_ids.update((seq, aid) for aid, seq in self.store.ids_of_seqs(missing).items())
        known = self._seq_ids
        return {seq: known[seq] for seq in seqs if seq in known}

    def _load(self, article_ids: Sequence[str]) -> list[tuple]:
        """Rows of these indexed articles (cached for the run), in time order."""
        missing = [a for a in dict.fromkeys(article_ids) if a not in self._rows]
        if missing:
            seqs = list(self.store.seqs_of(missing).values())
            for row in self.store.indexed_articles(seqs, self.dim):
                self._rows[row[0]] = row
        rows = [self._rows[a] for a in dict.fromkeys(article_ids) if a in self._rows]
        return sorted(rows, key=lambda r: (r[3] is None, r[3] or datetime.min, r[1]))

    def add(
        self,
        added: Sequence[tuple[Doc, np.ndarray, int]],
        redone: Sequence[tuple[Doc, np.ndarray, int]],
        minhashes: dict[str, np.ndarray],
    ) -> None:
        """Add this run's articles (``EventClusterer.rows``) and replace recomputed weights;
        call inside the transaction that writes their events."""
        seqs = self.store.seqs_of([d.id for d, _, _ in [*added, *redone]])
        docs, lsh, bands = [], [], []
        for doc, weights, n in added:
            seq = seqs[doc.id]
            docs.append((seq, doc.terms, doc.vector, weights, n))
            if len(doc.vector):
                lsh += [(t, int(c), seq) for t, c in enumerate(self.lsh.codes(doc.vector))]
            bands += [(b, key, seq) for b, key in band_keys(minhashes[doc.id], self.bands)]
        self.store.put_index(docs, lsh, bands, MAX_DF)
        self.store.put_index_weights([(seqs[d.id], w, n) for d, w, n in redone])
        self._added(added, redone)

    def _added(
        self,
        added: Sequence[tuple[Doc, np.ndarray, int]],
        redone: Sequence[tuple[Doc, np.ndarray, int]],
    ) -> None:
        """Keep what was read valid for the next pass, as ``store.put_index`` changed it: each
        added term's frequency grows by its occurrences, its postings are read again; the
        rewritten weights are read again; nearest neighbours are asked again."""
        self.size += len(added)
        known = self._df
        for doc, _, _ in added:
            for term in doc.terms.tolist():
                if term in known:
                    known[term] += 1
                self._postings.pop(term, None)
        for doc, _, _ in [*added, *redone]:
            self._rows.pop(doc.id, None)
        self._nearest = None
