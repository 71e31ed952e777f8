"""The pipeline: ingest → language → embed → dedupe → cluster → extract → reconcile, into the store.

Data flows one way; each stage is a module with one job and typed records in and out. This module
only sequences them and persists each stage's output, in small transactions, so a failure on one
input or an interruption never loses what was stored before. Re-running on the same inputs is
idempotent: known articles (same id) are skipped and event ids are derived from their first article.

One input never stops a batch: whatever fails while reading, splitting or storing one article
(an error nobody foresaw included) skips that article with one line ``where: problem``, passed to
``on_skip`` and logged as it happens; the article's rows are written in one transaction, so a
skipped one leaves none. Only a failing database or model stops the run. Several runs may share
a store: articles are added concurrently, and the stages that read the whole store run under its
work lock (``Store.exclusive``), one process at a time.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import models
from .cluster import ClusterConfig, Doc, EventClusterer, event_id_for, time_order
from .constraints import Constraints, replay
from .corpus_index import CorpusIndex
from .dedupe import Deduplicator, DocView
from .embed import embed_articles, sentence_vectors
from .engine import Ahead, Engine, LocalEngine
from .engine.analysis import EventAnalysis, EventInputs, analyse_event, analyse_many
from .engine.beside import Beside
from .errors import InputError
from .features import TextFeatures, article_features
from .ingest.readers import MAX_BYTES, read_inputs, unexpected
from .language import read_language
from .records import (
    Article,
    Duplicate,
    Event,
    Extraction,
    Prepared,
    ReportAnchor,
    Sentence,
)
from .store import Store, StoreError

if TYPE_CHECKING:  # imported where used, like every stage after clustering
    from .extract.batch import ReadAhead

Progress = Callable[[str, int, int], None]  # (stage, done, total)
OnSkip = Callable[[InputError], None]
EMBED_BATCH = 64
EXTRACT_BATCH = 64  # articles per extraction batch: one spaCy stream, one message to the worker
AHEAD_MIN = 200  # articles from which extraction runs ahead in a worker process
ANALYSE_BATCH = 8  # events per batch of the analysis (one message to the worker)
# Events from which their analysis starts the worker beside the pipeline when it is not running
# yet: its start, models included, took 6.9 s (load 4), and sharing saves half of the ~12.5 ms
# an event takes (GVC 1k store: 901 events, 11.3 CPU s), so it repays from about 1,000 events.
# A running worker (extraction started it) shares the analysis of any number of events.
SPAWN_EVENTS = 1000
RUN_CHUNK = 2000  # articles per chunk of a run: bounds memory
# Articles per clustering pass (one clusterer, one transaction), at most. A pass keeps every
# stored article its new ones meet (their candidates and those events' latest members) until it
# ends: a pass of 2,000 bench-corpus articles into a store of 8,000 held 7,825 of them, so its
# memory grew with the store (the 100k bench's peak RSS rose ~26 MB per 1,000 articles). A pass
# therefore also ends once it holds ``CLUSTER_HOLD`` articles (its own and the stored ones it
# met), whatever the store's size. Each pass reads again the stored articles it meets: on the
# 10k bench corpus (stored, embedded and anchored; dedupe+cluster alone, CPU s, nice 19 on a
# busy machine) passes of 250 took 136, of 500 101 and of 1,000 88; 250 and 500 group
# identically (3,289 events, real articles' B3 F1 .9256), 1,000 not (3,290, .9255).
CLUSTER_CHUNK = 500
CLUSTER_HOLD = 6000
log = logging.getLogger(__name__)
# Failures of the machinery, not of one input: they stop the run (what is stored stays), as do
# the database's own (``Store.errors``).
_FATAL = (StoreError, MemoryError)


@dataclass
class RunReport:
    added: list[str] = field(default_factory=list)
    known: int = 0
    errors: list[InputError] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    events_touched: set[str] = field(default_factory=set)
    new_events: set[str] = field(default_factory=set)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))


def _noop(stage: str, done: int, total: int) -> None:
    return None


def where_of(article: Article) -> str:
    """How messages name a read article: its file, and its record id when it has one."""
    record = article.meta.get("record_id")
    where = article.source_path or article.id
    return f"{where} (id {record})" if record else where


class Pipeline:
    def __init__(
        self,
        store: Store,
        cluster_config: ClusterConfig | None = None,
        progress: Progress | None = None,
        embedder: models.Embedder | None = None,
        max_bytes: int = MAX_BYTES,
        follow_symlinks: bool = False,
        on_skip: OnSkip | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.store = store
        self.cluster_config = cluster_config or ClusterConfig()
        self.progress = progress or _noop
        self._embedder = embedder
        self.max_bytes = max_bytes
        self.follow_symlinks = follow_symlinks
        self.on_skip = on_skip
        self._ahead: ReadAhead | None = None
        # The worker process beside this one (a second core), shared by extraction and analysis;
        # it lives as long as the outermost run or analysis that started it (``_beside_scope``).
        self._beside = Beside()
        self._scopes = 0
        # Where new articles' own stages run (engine); those it extracted are not extracted again.
        self.engine = engine or LocalEngine()
        self._extracted_ahead: set[str] = set()

    @property
    def embedder(self) -> models.Embedder:
        if self._embedder is None:
            self._embedder = models.embedder()
        return self._embedder

    # -- stages ---------------------------------------------------------------------------------
    def skip(self, error: InputError, report: RunReport) -> None:
        """Report one input that is left out, as it happens (``on_skip``, the log)."""
        report.errors.append(error)
        log.warning("skipped %s", error)
        if self.on_skip is not None:
            self.on_skip(error)

    def ingest(self, items: Iterable[Article | InputError], report: RunReport) -> list[Article]:
        """Detect language, split sentences and store every new article; skip bad inputs.

        What the engine prepared ahead for an article (vectors, extraction) is stored with it."""
        started = time.perf_counter()
        added: list[Article] = []
        items = list(items)
        ahead = Ahead(self.engine.prepare(self._unstored(items), EMBED_BATCH))
        for item in items:
            if isinstance(item, InputError):
                self.skip(item, report)
                continue
            known = self.store.has_article(item.id)
            ready = None if known else ahead.take(item.id)  # an engine's failure is no input's
            try:
                stored = not known and self._add(item, ready)
            except (*_FATAL, *self.store.errors):
                raise
            except Exception as exc:  # this article only: its transaction left nothing behind
                self.skip(unexpected(where_of(item), exc), report)
                continue
            if not stored:  # known, or just added by another writer
                report.known += 1
                continue
            if ready is not None:
                self._keep_prepared(item, ready, report)
            added.append(item)
            self.progress("read", len(added), 0)
        report.added += [a.id for a in added]
        report.seconds["ingest"] += time.perf_counter() - started
        return added

    def _add(self, article: Article, ready: Prepared | None = None) -> bool:
        if ready is None or ready.sentences is None:
            article.language, sentences = read_language(article)
        else:
            article.language, sentences = ready.language, ready.sentences
        return self.store.add_article(article, sentences)

    # -- what an engine prepared ahead (engine) --------------------------------------------------
    def _unstored(self, items: Sequence[Article | InputError]) -> Iterator[Article]:
        """The articles of ``items`` to prepare: not stored yet, each id once."""
        seen: set[str] = set()
        for item in items:
            if isinstance(item, Article) and item.id not in seen:
                seen.add(item.id)
                if not self.store.has_article(item.id):
                    yield item

    def _keep_prepared(self, article: Article, ready: Prepared, report: RunReport) -> None:
        """Store what the engine computed for a stored article; the stages do the rest."""
        if (
            ready.vector is not None
            and ready.sentence_vectors is not None
            and ready.features is not None
        ):
            with self.store.transaction():
                self._put_vectors(article.id, ready.vector, ready.sentence_vectors, ready.features)
        if ready.extraction is not None:
            self._keep(ready.extraction, where_of(article), report)
            self._extracted_ahead.add(article.id)

    def _put_vectors(
        self, article_id: str, vector: np.ndarray, sentence_vectors: np.ndarray, f: TextFeatures
    ) -> None:
        self.store.put_embeddings(article_id, vector[None, :], sentence_vectors)
        self.store.put_features(article_id, f.terms, f.counts, f.minhash)

    def embed_and_featurize(self, articles: Sequence[Article], report: RunReport) -> None:
        started = time.perf_counter()
        for i in range(0, len(articles), EMBED_BATCH):
            batch = articles[i : i + EMBED_BATCH]
            sentences = self.store.sentences_of([a.id for a in batch])
            vectors = embed_articles([(a, sentences[a.id]) for a in batch], self.embedder)
            with self.store.transaction():
                for article, (vector, sentence_vectors) in zip(batch, vectors, strict=True):
                    f = article_features(article)
                    self._put_vectors(article.id, vector, sentence_vectors, f)
            self.progress("embed", min(i + EMBED_BATCH, len(articles)), len(articles))
        report.seconds["embed"] += time.perf_counter() - started

    def anchor(self, articles: Sequence[Article], report: RunReport) -> None:
        """Each article's date expressions (resolved against its publication date) and its anchor:
        the day and place it says its happening had, whether it is ongoing or a follow-up.

        Clustering reads anchors (one event is one happening: one day, one place), so they are
        stored before it, and only here (extraction reads the stored dates); rules and regular
        expressions over the article's own sentences and the gazetteer, no model. An article
        whose anchor fails is clustered by its words and publication time alone."""
        from .event import read_report
        from .event.anchor import dump_votes
        from .extract.dates import resolve_dates

        started = time.perf_counter()
        for i in range(0, len(articles), EXTRACT_BATCH):
            batch = articles[i : i + EXTRACT_BATCH]
            said = self.store.sentences_of([a.id for a in batch])
            for article in batch:
                sentences = said[article.id]
                try:
                    dates = resolve_dates(sentences, article.published, article.language)
                    anchor, votes = read_report(article, sentences, dates)
                except (*_FATAL, *self.store.errors):
                    raise
                except Exception as exc:
                    self.skip(unexpected(where_of(article), exc, "day and place not read"), report)
                    continue
                self.store.put_anchor(anchor, dates, dump_votes(votes))
            self.progress("anchor", min(i + EXTRACT_BATCH, len(articles)), len(articles))
        report.seconds["anchor"] += time.perf_counter() - started

    def dedupe_and_cluster(
        self,
        articles: Sequence[Article],
        report: RunReport,
        index: CorpusIndex | None = None,
        hold: int | None = None,
    ) -> int:
        """Link copies and assign events, article by article in publication order; how many
        were (the first ones in that order: all, unless ``hold``).

        Stored articles are read through the corpus index (``corpus_index``): only those the new
        ones could match, and the latest members of their events. The new articles join the index
        in the transaction that writes their events. ``index``: the one of the previous passes
        of this run (under the same work lock), which keeps what they read. ``hold``: the pass
        ends once it holds that many articles, its own and the stored ones it met."""
        started = time.perf_counter()
        dim = self.embedder.dim
        if index is None:
            self._index_backlog()
            index = CorpusIndex(self.store, dim)
        index.trim()
        ids = [a.id for a in articles]
        vectors = self.store.article_vectors_of(ids, dim)
        features = {aid: (t, c, mh) for aid, t, c, mh in self.store.features(ids)}
        anchors = self.store.anchors(ids)
        dedup = Deduplicator(dim, fetch=self._view_loader(), stored=index)
        clusterer = EventClusterer(self.cluster_config, dim, self.constraints(), index)
        events: dict[str, list[str]] = defaultdict(list)
        stories: dict[str, str] = {}  # new event -> its story
        links: list[Duplicate] = []
        for done, article in enumerate(time_order(list(articles)), 1):
            terms, counts, minhash = features[article.id]
            vector = vectors[article.id]
            link = dedup.add(article, vector, minhash)
            forced = None
            if link is not None:
                links.append(link)
                forced = clusterer.event_of.get(link.duplicate_of)
            doc = _doc(article, terms, counts, vector, anchors.get(article.id))
            assignment = clusterer.assign(doc, event_id_for(article), forced)
            events[assignment.event_id].append(article.id)
            if assignment.new_event:
                report.new_events.add(assignment.event_id)
                stories[assignment.event_id] = assignment.story_id
            self.progress("cluster", done, len(articles))
            if hold is not None and len(clusterer.docs) >= hold:
                break
        membership = self.store.membership(list(events))  # their stored members
        membership.update((a, event) for event, members in events.items() for a in members)
        with self.store.transaction():
            self.store.put_duplicates(links)
            index.add(*clusterer.rows(), {a: f[2] for a, f in features.items()})
            self.write_events(set(events), membership)
            self.store.put_stories(stories)
        report.duplicates += links
        report.events_touched |= set(events)
        report.seconds["dedupe+cluster"] += time.perf_counter() - started
        return sum(map(len, events.values()))

    def _index_backlog(self) -> None:
        """Add to the corpus index the grouped articles it lacks (a store from before it)."""
        if self.store.index_size() >= self.store.grouped_count():
            return
        dim = self.embedder.dim
        while backlog := self.store.unindexed(RUN_CHUNK):
            ids = [a.id for a in backlog]
            vectors = self.store.article_vectors_of(ids, dim)
            features = {aid: (t, c, mh) for aid, t, c, mh in self.store.features(ids)}
            membership = self.store.membership(list({self.store.event_of(i) for i in ids} - {None}))
            index = CorpusIndex(self.store, dim)
            clusterer = EventClusterer(self.cluster_config, dim, stored=index)
            for article in time_order(backlog):
                terms, counts, _ = features[article.id]
                doc = _doc(article, terms, counts, vectors[article.id], None)
                clusterer.restore(doc, membership[article.id])
            with self.store.transaction():
                index.add(*clusterer.rows(), {a: f[2] for a, f in features.items()})

    def constraints(self) -> Constraints | None:
        """The analysts' corrections in force, as clustering constraints (None: there are none)."""
        corrections = self.store.corrections(active_only=True)
        return replay(corrections) if corrections else None

    def recluster(self) -> RunReport:
        """Group every stored article from scratch, honouring the analysts' corrections.

        Articles are placed in publication order as in incremental runs, copies with their
        originals (unless a correction keeps them apart). Each stored event's id passes to the new
        event holding most of its articles, so links to events survive; changed events are
        re-analysed.
        """
        with self.store.exclusive():
            return self._recluster()

    def _recluster(self) -> RunReport:
        report = RunReport()
        started = time.perf_counter()
        dim = self.embedder.dim
        vectors = dict(zip(*self.store.article_vectors(dim), strict=True))
        features = {aid: (terms, counts) for aid, terms, counts, _ in self.store.features()}
        originals = {d.article_id: d.duplicate_of for d in self.store.duplicates()}
        clusterer = EventClusterer(self.cluster_config, dim, self.constraints())
        before = self.store.membership()
        membership: dict[str, str] = {}
        stories: dict[str, str] = {}  # event -> its story
        self.anchor(self.store.unanchored(), report)
        articles = time_order([a for a in self.store.articles() if a.id in features])
        anchors = self.store.anchors([a.id for a in articles])
        for done, article in enumerate(articles, 1):
            terms, counts = features[article.id]
            forced = clusterer.event_of.get(originals.get(article.id, ""))
            doc = _doc(article, terms, counts, vectors[article.id], anchors.get(article.id))
            assignment = clusterer.assign(doc, event_id_for(article), forced)
            membership[article.id] = assignment.event_id
            if assignment.new_event:
                report.new_events.add(assignment.event_id)
                stories[assignment.event_id] = assignment.story_id
            self.progress("cluster", done, len(articles))
        names = _keep_names(membership, before)
        membership = {a: names[e] for a, e in membership.items()}
        stories = {names[e]: names[story] for e, story in stories.items()}
        report.new_events = {names[e] for e in report.new_events} - set(before.values())
        moved = [a for a, event in membership.items() if before.get(a) != event]
        changed = {membership[a] for a in moved} | {before[a] for a in moved if a in before}
        with self.store.transaction():
            self.write_events(changed, membership)
            self.store.put_stories(stories)
        report.seconds["recluster"] += time.perf_counter() - started
        self.finish(report)
        return report

    def _view_loader(self) -> Callable[[str], DocView]:
        dim = self.embedder.dim

        def load(article_id: str) -> DocView:
            article = self.store.article(article_id)
            sentences = self.store.sentences(article_id)
            vector, lead = self.store.embeddings([article_id], dim)[article_id]
            aligned = sentence_vectors(sentences, lead, self.embedder)
            return DocView(article, sentences, vector, aligned)

        return load

    def write_events(self, event_ids: set[str], membership: dict[str, str]) -> None:
        """(Re)write these events from ``membership`` (article -> event): members, title, time
        span; those left without members are dropped. They are marked for re-analysis."""
        members: dict[str, list[str]] = defaultdict(list)
        for article_id, event_id in membership.items():
            if event_id in event_ids:
                members[event_id].append(article_id)
        member_ids = [a for ids in members.values() for a in ids]
        articles = {a.id: a for a in self.store.articles(member_ids, raw=False)}
        copies = {d.article_id for d in self.store.duplicates(member_ids)}
        with self.store.transaction():
            for event_id, ids in members.items():
                ordered = time_order([articles[i] for i in ids])
                times = [a.published for a in ordered if a.published]
                event = Event(
                    id=event_id,
                    title=event_title(ordered, copies),
                    article_ids=[a.id for a in ordered],
                    first_seen=min(times) if times else None,
                    last_seen=max(times) if times else None,
                )
                self.store.put_event(event, {})
            self.store.delete_events(sorted(event_ids - set(members)))

    def extract(self, articles: Sequence[Article], report: RunReport) -> None:
        """Figures, entity mentions and places of each new article (its dates and anchor were
        stored before clustering, ``anchor``), in batches (with the worker's help when extraction
        was started ahead, see ``read_ahead``)."""
        from .extract.batch import extract_articles

        started = time.perf_counter()
        todo = {a.id: a for a in articles}
        done = 0
        ahead = self._ahead.results() if self._ahead is not None else iter(())
        for extraction in ahead:
            article = todo.pop(extraction.article_id, None)
            if article is not None:
                self._keep(extraction, where_of(article), report)
                done += 1
                self.progress("extract", done, len(articles))
        rest = list(todo.values())
        for i in range(0, len(rest), EXTRACT_BATCH):
            batch = rest[i : i + EXTRACT_BATCH]
            sentences = self.store.sentences_of([a.id for a in batch])
            items = [(a, sentences[a.id]) for a in batch]
            for article, extraction in zip(batch, extract_articles(items), strict=True):
                self._keep(extraction, where_of(article), report)
            done += len(batch)
            self.progress("extract", done, len(articles))
        report.seconds["extract"] += time.perf_counter() - started

    def _keep(self, extraction: Extraction, where: str, report: RunReport) -> None:
        """Store one article's extraction, or report why there is none (the next run retries)."""
        if extraction.failure:
            self.skip(InputError(where, extraction.failure), report)
            return
        self.store.put_extraction(
            extraction.article_id, extraction.claims, extraction.mentions, extraction.places
        )

    def read_ahead(self, articles: Sequence[Article]) -> None:
        """Start extracting ``articles`` in a worker process, when the batch is big enough to
        repay its start (it loads its own models) and a second core is there to run it."""
        articles = [a for a in articles if a.id not in self._extracted_ahead]
        self._extracted_ahead.clear()
        if len(articles) < AHEAD_MIN or (os.cpu_count() or 1) < 2:
            return
        from .extract.batch import ReadAhead

        if self._ahead is None:
            self._ahead = ReadAhead(self._beside)
        for i in range(0, len(articles), EXTRACT_BATCH):
            batch = articles[i : i + EXTRACT_BATCH]
            sentences = self.store.sentences_of([a.id for a in batch])
            self._ahead.submit([(a, sentences[a.id]) for a in batch])

    def analyse_articles(self, event_id: str, ids: Sequence[str]) -> EventAnalysis:
        """Entities, reconciled figures and the event record of a set of stored articles, without
        writing them.

        ``analyse_events`` stores this for each event; evaluations also call it on a gold
        grouping (an incident's own articles) to measure it apart from clustering.
        """
        return analyse_event(self._event_inputs(event_id, ids))

    def _event_inputs(self, event_id: str, ids: Sequence[str]) -> EventInputs:
        """What the analysis of these stored articles reads (``engine.analysis``)."""
        from .event.anchor import load_days, load_votes
        from .event.lead import load_lead

        articles = {a.id: a for a in self.store.articles(ids, raw=False)}
        sentences = self.store.sentences_of(ids)
        stored = {a: load_votes(data) for a, data in self.store.report_votes(ids).items()}
        told = {a: load_days(data) for a, data in self.store.report_days(ids).items()}
        leads = {a: load_lead(data) for a, data in self.store.report_leads(ids).items()}
        return EventInputs(
            event_id,
            articles,
            sentences,
            self.store.mentions(ids),
            self.store.claims(ids),
            self.store.dates(ids),
            self.store.duplicates(ids),
            {a: votes for a, votes in stored.items() if votes is not None},
            {a: days for a, days in told.items() if days is not None},
            {a: lead for a, lead in leads.items() if lead is not None},
        )

    def analyse_events(self, event_ids: Iterable[str], report: RunReport) -> None:
        """Link entities and reconcile figures over each touched event's articles.

        With many events (or the worker already running) they are shared with the worker beside
        this process, a batch at a time; each event is written in the same order and with the
        same content either way, in its own transaction."""
        from .event.anchor import dump_days, dump_votes
        from .event.lead import dump_lead

        started = time.perf_counter()
        events = self.store.events(sorted(event_ids))
        batches = (
            [self._event_inputs(e.id, e.article_ids) for e in events[i : i + ANALYSE_BATCH]]
            for i in range(0, len(events), ANALYSE_BATCH)
        )
        with self._beside_scope():
            if self._beside.running or (len(events) >= SPAWN_EVENTS and (os.cpu_count() or 1) >= 2):
                results = self._beside.run(analyse_many, batches, EventInputs.light)
            else:
                results = (analyse_event(inputs) for batch in batches for inputs in batch)
            for done, (event, result) in enumerate(zip(events, results, strict=True), 1):
                with self.store.transaction():
                    self.store.put_entities(result.who.entities)
                    self.store.put_links(result.mentions, result.claims)
                    self.store.put_reconciliation(result.reconciliation)
                    self.store.put_record(result.record)
                    self.store.put_votes({a: dump_votes(v) for a, v in result.votes.items()})
                    self.store.put_days({a: dump_days(d) for a, d in result.days.items()})
                    self.store.put_leads({a: dump_lead(r) for a, r in result.leads.items()})
                    self.store.mark_analysed(event.id)
                self.progress("reconcile", done, len(events))
        report.seconds["analyse"] += time.perf_counter() - started

    @contextmanager
    def _beside_scope(self) -> Iterator[None]:
        """The worker beside this process, once started inside, ends with the outermost scope."""
        self._scopes += 1
        try:
            yield
        finally:
            self._scopes -= 1
            if not self._scopes:
                self._ahead = None
                self._beside.close()

    # -- whole run --------------------------------------------------------------------------------
    def run(self, paths: Iterable[str | Path]) -> RunReport:
        """Process every article read from ``paths`` (files or folders)."""
        return self.run_articles(read_inputs(paths, self.max_bytes, self.follow_symlinks))

    def run_articles(self, items: Iterable[Article | InputError]) -> RunReport:
        """Process articles already read (e.g. from an evaluation set or the web API).

        They go through in chunks of ``RUN_CHUNK``, so memory stays bounded whatever their
        number; each chunk is stored, embedded, grouped and extracted before the next is read,
        and events are analysed once at the end."""
        report = RunReport()
        stream = iter(items)
        with self._beside_scope():
            while True:
                chunk = list(islice(stream, RUN_CHUNK))
                self.ingest(chunk, report)
                self.group(report)  # the first time, also what an interrupted run left
                if len(chunk) < RUN_CHUNK:
                    break
            with self.store.exclusive():
                self.finish(report)
        return report

    def group(self, report: RunReport) -> None:
        """Embed, group and extract every stored article without an event, a chunk at a time."""
        with self.store.exclusive():
            # Each stage takes what is new plus whatever an interrupted run (or another one
            # adding articles meanwhile) left undone; read under the lock, it is never stale.
            index: CorpusIndex | None = None  # one for every pass: what they read stays valid
            while articles := self.store.unfinished(RUN_CHUNK):
                self.read_ahead(articles)
                missing = set(self.store.without_features([a.id for a in articles]))
                self.embed_and_featurize([a for a in articles if a.id in missing], report)
                self.anchor(self.store.unanchored([a.id for a in articles]), report)
                if index is None:
                    self._index_backlog()
                    index = CorpusIndex(self.store, self.embedder.dim)
                ordered, done = time_order(list(articles)), 0
                while done < len(ordered):
                    batch = ordered[done : done + CLUSTER_CHUNK]
                    done += self.dedupe_and_cluster(batch, report, index, CLUSTER_HOLD)
                self.extract(self.store.unextracted(), report)

    def finish(self, report: RunReport) -> None:
        """Extract what is not extracted yet and re-analyse every event whose members changed."""
        pending = self.store.unextracted()
        if pending:
            self.extract(pending, report)
        stale = self.store.stale_events()
        if stale:
            report.events_touched |= set(stale)
            self.analyse_events(stale, report)


def _doc(
    article: Article,
    terms: np.ndarray,
    counts: np.ndarray,
    vector: np.ndarray,
    anchor: ReportAnchor | None,
) -> Doc:
    """What clustering compares; a report without a publication date is placed in time by the
    date stamped at its start ("Sun 10 Jul 2016"), so that reports weeks apart stay apart."""
    from .event.when import report_time

    return Doc(
        article.id,
        terms,
        1.0 + np.log(np.maximum(counts, 1e-6)),
        vector,
        article.language,
        report_time(article),
        anchor,
    )


def _keep_names(membership: dict[str, str], before: dict[str, str]) -> dict[str, str]:
    """New event -> its name: the stored event it shares most articles with, when that name is
    not taken by a bigger share; else its own (or, if stored events use that, a derived one)."""
    overlap = Counter((e, before[a]) for a, e in membership.items() if a in before)
    names: dict[str, str] = {}
    for (new, old), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if new not in names and old not in names.values():
            names[new] = old
    taken = set(names.values()) | set(before.values())
    for new in dict.fromkeys(membership.values()):
        if new not in names:
            names[new] = new if new not in taken else f"{new}-{len(names)}"
    return names


def event_title(articles: Sequence[Article], copies: set[str]) -> str:
    """Title of the earliest original report with a headline, else its first sentence."""
    originals = [a for a in articles if a.id not in copies] or list(articles)
    for article in originals:
        if article.title:
            return article.title
    first = originals[0].text.split("\n", 1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


__all__ = ["EventAnalysis", "Pipeline", "RunReport", "Sentence"]
