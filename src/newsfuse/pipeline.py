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
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import models
from .cluster import ClusterConfig, Doc, EventClusterer, event_id_for, time_order
from .constraints import Constraints, replay
from .dedupe import Deduplicator, DocView
from .embed import embed_articles
from .errors import InputError
from .features import extract_features
from .ingest.readers import MAX_BYTES, read_inputs, unexpected
from .language import detect_language, split_sentences
from .records import (
    Article,
    Claim,
    Duplicate,
    Event,
    EventRecord,
    Mention,
    Reconciliation,
    ReportAnchor,
    Sentence,
)
from .store import Store, StoreError

if TYPE_CHECKING:  # imported where used, like every stage after clustering
    from .event_entities import EventEntities

Progress = Callable[[str, int, int], None]  # (stage, done, total)
OnSkip = Callable[[InputError], None]
EMBED_BATCH = 64
log = logging.getLogger(__name__)
# Failures of the machinery, not of one input: they stop the run (what is stored stays).
_FATAL = (StoreError, sqlite3.OperationalError, MemoryError)


@dataclass
class RunReport:
    added: list[str] = field(default_factory=list)
    known: int = 0
    errors: list[InputError] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    events_touched: set[str] = field(default_factory=set)
    new_events: set[str] = field(default_factory=set)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))


@dataclass
class EventAnalysis:
    """What ``Pipeline.analyse_articles`` finds: entities (mentions linked to them in place),
    claims with their cited entity, the reconciliation and the event record."""

    who: EventEntities
    mentions: list[Mention]
    claims: list[Claim]
    reconciliation: Reconciliation
    record: EventRecord


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
    ) -> None:
        self.store = store
        self.cluster_config = cluster_config or ClusterConfig()
        self.progress = progress or _noop
        self._embedder = embedder
        self.max_bytes = max_bytes
        self.follow_symlinks = follow_symlinks
        self.on_skip = on_skip

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
        """Detect language, split sentences and store every new article; skip bad inputs."""
        started = time.perf_counter()
        added: list[Article] = []
        for item in items:
            if isinstance(item, InputError):
                self.skip(item, report)
                continue
            try:
                stored = not self.store.has_article(item.id) and self._add(item)
            except _FATAL:
                raise
            except Exception as exc:  # this article only: its transaction left nothing behind
                self.skip(unexpected(where_of(item), exc), report)
                continue
            if not stored:  # known, or just added by another writer
                report.known += 1
                continue
            added.append(item)
            self.progress("read", len(added), 0)
        report.added = [a.id for a in added]
        report.seconds["ingest"] += time.perf_counter() - started
        return added

    def _add(self, article: Article) -> bool:
        article.language = article.language or detect_language(f"{article.title}\n{article.text}")
        sentences = split_sentences(article.text, article.id, article.language)
        return self.store.add_article(article, sentences)

    def embed_and_featurize(self, articles: Sequence[Article], report: RunReport) -> None:
        started = time.perf_counter()
        for i in range(0, len(articles), EMBED_BATCH):
            batch = articles[i : i + EMBED_BATCH]
            sentences = self.store.sentences_of([a.id for a in batch])
            vectors = embed_articles([(a, sentences[a.id]) for a in batch], self.embedder)
            with self.store.transaction():
                for article, (vector, sentence_vectors) in zip(batch, vectors, strict=True):
                    self.store.put_embeddings(article.id, vector[None, :], sentence_vectors)
                    f = extract_features(article.text, article.title)
                    self.store.put_features(article.id, f.terms, f.counts, f.minhash)
            self.progress("embed", min(i + EMBED_BATCH, len(articles)), len(articles))
        report.seconds["embed"] += time.perf_counter() - started

    def anchor(self, articles: Sequence[Article], report: RunReport) -> None:
        """Each article's date expressions (resolved against its publication date) and its anchor:
        the day and place it says its happening had, whether it is ongoing or a follow-up.

        Clustering reads anchors (one event is one happening: one day, one place), so they are
        stored before it; rules and regular expressions over the article's own sentences and the
        gazetteer, no model. An article whose anchor fails is clustered by its words, and tried
        again by the next run."""
        from .event import report_anchor
        from .extract.dates import resolve_dates

        started = time.perf_counter()
        for done, article in enumerate(articles, 1):
            sentences = self.store.sentences(article.id)
            try:
                dates = resolve_dates(sentences, article.published, article.language)
                anchor = report_anchor(article, sentences, dates)
            except _FATAL:
                raise
            except Exception as exc:
                self.skip(unexpected(where_of(article), exc, "day and place not read"), report)
                continue
            self.store.put_anchor(anchor, dates)
            self.progress("anchor", done, len(articles))
        report.seconds["anchor"] += time.perf_counter() - started

    def dedupe_and_cluster(self, articles: Sequence[Article], report: RunReport) -> None:
        """Link copies and assign events, article by article in publication order."""
        started = time.perf_counter()
        dim = self.embedder.dim
        new_ids = {a.id for a in articles}
        known = {a.id: a for a in self.store.articles()}
        links = {d.article_id: d for d in self.store.duplicates()}
        membership = self.store.membership()
        vectors = dict(zip(*self.store.article_vectors(dim), strict=True))
        dedup = Deduplicator(dim, fetch=self._view_loader(known, vectors))
        clusterer = EventClusterer(self.cluster_config, dim, self.constraints())
        features = {aid: (terms, counts, mh) for aid, terms, counts, mh in self.store.features()}
        anchors = self.store.anchors(list(known))
        for article in time_order([a for a in known.values() if a.id not in new_ids]):
            if article.id in membership and article.id in features:
                terms, counts, minhash = features[article.id]
                dedup.remember(article, vectors[article.id], minhash, links.get(article.id))
                doc = _doc(article, terms, counts, vectors[article.id], anchors.get(article.id))
                clusterer.restore(doc, membership[article.id])
        events: dict[str, list[str]] = defaultdict(list)
        for done, article in enumerate(time_order(list(articles)), 1):
            terms, counts, minhash = features[article.id]
            vector = vectors[article.id]
            link = dedup.add(article, vector, minhash)
            forced = None
            if link is not None:
                self.store.put_duplicates([link])
                report.duplicates.append(link)
                forced = clusterer.event_of.get(link.duplicate_of)
            doc = _doc(article, terms, counts, vector, anchors.get(article.id))
            assignment = clusterer.assign(doc, event_id_for(article), forced)
            events[assignment.event_id].append(article.id)
            if assignment.new_event:
                report.new_events.add(assignment.event_id)
            membership[article.id] = assignment.event_id
            self.progress("cluster", done, len(articles))
        report.events_touched |= set(events)
        self.write_events(set(events), membership)
        report.seconds["dedupe+cluster"] += time.perf_counter() - started

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
            self.progress("cluster", done, len(articles))
        names = _keep_names(membership, before)
        membership = {a: names[e] for a, e in membership.items()}
        report.new_events = {names[e] for e in report.new_events} - set(before.values())
        moved = [a for a, event in membership.items() if before.get(a) != event]
        changed = {membership[a] for a in moved} | {before[a] for a in moved if a in before}
        self.write_events(changed, membership)
        report.seconds["recluster"] += time.perf_counter() - started
        self.finish(report)
        return report

    def _view_loader(
        self, known: dict[str, Article], vectors: dict[str, np.ndarray]
    ) -> Callable[[str], DocView]:
        dim = self.embedder.dim

        def load(article_id: str) -> DocView:
            article = known.get(article_id) or self.store.article(article_id)
            _, sentence_vectors = self.store.embeddings([article_id], dim)[article_id]
            return DocView(
                article, self.store.sentences(article_id), vectors[article_id], sentence_vectors
            )

        return load

    def write_events(self, event_ids: set[str], membership: dict[str, str]) -> None:
        """(Re)write these events from ``membership`` (article -> event): members, title, time
        span; those left without members are dropped. They are marked for re-analysis."""
        members: dict[str, list[str]] = defaultdict(list)
        for article_id, event_id in membership.items():
            if event_id in event_ids:
                members[event_id].append(article_id)
        articles = {a.id: a for a in self.store.articles(sum(members.values(), []))}
        copies = {d.article_id for d in self.store.duplicates()}
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
        stored before clustering)."""
        from .extract.entities import extract_mentions
        from .extract.figures import extract_claims, extract_headline_claims, title_leads
        from .extract.places import resolve_places

        started = time.perf_counter()
        for done, article in enumerate(articles, 1):
            sentences = self.store.sentences(article.id)
            lang = article.language or "en"
            try:
                body = extract_claims(
                    article.text,
                    lang,
                    article_id=article.id,
                    sentences=sentences,
                    titled=title_leads(article.title, article.text),
                )
                claims = extract_headline_claims(
                    article.title, article.text, lang, article.id, body
                )
                claims += body
                mentions = extract_mentions(sentences, article.language)
                places = resolve_places(mentions, sentences)
            except _FATAL:
                raise
            except Exception as exc:  # kept unextracted: the next run tries it again
                failed = "figures, entities and places not extracted"
                self.skip(unexpected(where_of(article), exc, failed), report)
                continue
            self.store.put_extraction(article.id, claims, mentions, places)
            self.progress("extract", done, len(articles))
        report.seconds["extract"] += time.perf_counter() - started

    def analyse_articles(self, event_id: str, ids: Sequence[str]) -> EventAnalysis:
        """Entities, reconciled figures and the event record of a set of stored articles, without
        writing them.

        ``analyse_events`` stores this for each event; evaluations also call it on a gold
        grouping (an incident's own articles) to measure it apart from clustering.
        """
        from .event import build_record
        from .event_entities import analyse, link_attributions
        from .reconcile import reconcile_event

        articles = {a.id: a for a in self.store.articles(ids)}
        mentions = self.store.mentions(ids)
        sentences = self.store.sentences_of(ids)
        dates = self.store.dates(ids)
        who = analyse(
            mentions,
            sentences,
            {a.id: a.language or "und" for a in articles.values()},
        )
        claims = self.store.claims(ids)
        link_attributions(claims, who.entities)
        reconciliation = reconcile_event(
            event_id, claims, articles, self.store.duplicates(ids), dates
        )
        record = build_record(
            event_id,
            time_order(list(articles.values())),
            sentences,
            dates,
            who.entities,
            mentions,
            reconciliation.facts,
        )
        return EventAnalysis(who, mentions, claims, reconciliation, record)

    def analyse_events(self, event_ids: Iterable[str], report: RunReport) -> None:
        """Link entities and reconcile figures over each touched event's articles."""
        started = time.perf_counter()
        events = self.store.events(sorted(event_ids))
        for done, event in enumerate(events, 1):
            result = self.analyse_articles(event.id, event.article_ids)
            with self.store.transaction():
                self.store.put_entities(result.who.entities)
                self.store.db.executemany(
                    'UPDATE mentions SET entity_id=? WHERE article_id=? AND start=? AND "end"=?',
                    [(m.entity_id, m.article_id, m.start, m.end) for m in result.mentions],
                )
                self.store.db.executemany(
                    "UPDATE claims SET attribution_entity=? WHERE id=?",
                    [(c.attribution_entity, c.id) for c in result.claims],
                )
                self.store.put_reconciliation(result.reconciliation)
                self.store.put_record(result.record)
                self.store.mark_analysed(event.id)
            self.progress("reconcile", done, len(events))
        report.seconds["analyse"] += time.perf_counter() - started

    # -- whole run --------------------------------------------------------------------------------
    def run(self, paths: Iterable[str | Path]) -> RunReport:
        """Process every article read from ``paths`` (files or folders)."""
        return self.run_articles(read_inputs(paths, self.max_bytes, self.follow_symlinks))

    def run_articles(self, items: Iterable[Article | InputError]) -> RunReport:
        """Process articles already read (e.g. from an evaluation set or the web API)."""
        report = RunReport()
        self.ingest(items, report)
        with self.store.exclusive():
            # Each stage takes what is new plus whatever an interrupted run (or another one
            # adding articles meanwhile) left undone; read under the lock, it is never stale.
            articles = self.store.unfinished()
            if articles:
                missing = set(self.store.without_features([a.id for a in articles]))
                self.embed_and_featurize([a for a in articles if a.id in missing], report)
                self.anchor(self.store.unanchored(), report)
                self.dedupe_and_cluster(articles, report)
            self.finish(report)
        return report

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
    from .event.when import stamp_day

    when = article.published
    if when is None and (day := stamp_day(article)) is not None:
        when = datetime.combine(day, datetime.min.time())
    return Doc(
        article.id,
        terms,
        1.0 + np.log(np.maximum(counts, 1e-6)),
        vector,
        article.language,
        when,
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


__all__ = ["Pipeline", "RunReport", "Sentence"]
