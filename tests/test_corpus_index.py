"""The corpus index: a batch reads only the stored articles it could match, and groups its
articles as when every stored article was reloaded (the pipeline before the index)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

import numpy as np
import pytest
from test_pipeline import WordHashEmbedder

from newsfuse import models
from newsfuse.cluster import (
    COHESION_MEMBERS,
    MAX_CANDIDATES,
    MAX_DF,
    ClusterConfig,
    Doc,
    EventClusterer,
    StoredDoc,
    event_id_for,
    time_order,
)
from newsfuse.corpus_index import CorpusIndex
from newsfuse.ingest.readers import text_to_article
from newsfuse.pipeline import Pipeline, _doc
from newsfuse.records import Article, ReportAnchor
from newsfuse.store import Store

TOWNS = [
    "Aleppo",
    "Lyon",
    "Toledo",
    "Gdansk",
    "Porto",
    "Lagos",
    "Quito",
    "Mosul",
    "Arles",
    "Cuenca",
]
KINDS = [
    ("flood", "the river burst its banks and water filled the streets"),
    ("fire", "a blaze tore through the warehouse district overnight"),
    ("shooting", "a gunman opened fire outside the market hall"),
    ("strike", "an air strike hit the crowded bus station"),
]


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).title()


def reports(events: int, per_event: int, seed: int = 1) -> list[Article]:
    """``per_event`` differently worded reports of each of ``events`` happenings, each named by
    its own town, kind, victim and figures, spread over time; returned shuffled."""
    rng = random.Random(seed)
    out = []
    for e in range(events):
        town, (kind, what) = TOWNS[e % len(TOWNS)], KINDS[e % len(KINDS)]
        victim, street = f"{_word(rng)} {_word(rng)}", _word(rng)
        dead, day = 3 + e, datetime(2024, 1, 1) + timedelta(days=9 * e)
        for r in range(per_event):
            opener = rng.choice(
                ["Witnesses said", "Police said", "Officials confirmed", "Reports say"]
            )
            text = (
                f"{kind.title()} in {town} kills {dead}\n\n{opener} {what} on {street} Street "
                f"in {town}. {victim} was among the {dead} people killed in the {kind}. "
                f"Rescue teams from {town} searched {street} Street until dawn. "
                f"Update {r}: {rng.choice(['the mayor', 'the governor', 'a spokesman'])} spoke."
            )
            article = text_to_article(text, f"e{e}r{r}.txt", key=f"e{e}r{r}")
            article.published = day + timedelta(hours=5 * r)
            out.append(article)
    rng.shuffle(out)
    return out


def _groups(store: Store) -> set[frozenset[str]]:
    members: dict[str, set[str]] = {}
    for article, event in store.membership().items():
        members.setdefault(event, set()).add(article)
    return {frozenset(m) for m in members.values()}


def _reloaded(store: Store, before: dict[str, str], new: list[Article]) -> dict[str, str]:
    """How a batch was grouped before the corpus index: every article grouped before it
    (``before``: article -> event) re-indexed in time order, with its anchor, into a fresh
    clusterer, then the new ones assigned (these corpora hold no copies)."""
    features = {aid: (terms, counts) for aid, terms, counts, _ in store.features()}
    vectors = store.article_vectors_of(list(features), WordHashEmbedder.dim)
    anchors = store.anchors(list(features))  # the day and place each report names
    clusterer = EventClusterer(ClusterConfig(), WordHashEmbedder.dim)
    for article in time_order([a for a in store.articles() if a.id in before]):
        doc = _doc(article, *features[article.id], vectors[article.id], anchors.get(article.id))
        clusterer.restore(doc, before[article.id])
    found = {}
    for article in time_order(store.articles([a.id for a in new])):
        doc = _doc(article, *features[article.id], vectors[article.id], anchors.get(article.id))
        found[article.id] = clusterer.assign(doc, event_id_for(article)).event_id
    return found


def test_batches_are_grouped_as_when_everything_was_reloaded(database: str, fast: None) -> None:
    corpus = reports(12, 5)
    with Store(database) as store:
        for i in range(0, len(corpus), 15):
            batch = corpus[i : i + 15]
            before = store.membership()
            Pipeline(store).run_articles(batch)
            after = store.membership()
            assert {a.id: after[a.id] for a in batch} == _reloaded(store, before, batch)
        assert store.index_size() == len(corpus)


def test_index_holds_document_frequencies_and_rare_postings(database: str, fast: None) -> None:
    with Store(database) as store:
        corpus = reports(6, 4)
        Pipeline(store).run_articles(corpus[:10])
        Pipeline(store).run_articles(corpus[10:])
        df = Counter(t for _, terms, _, _ in store.features() for t in terms.tolist())
        assert store.term_df(list(df)) == dict(df)
        postings = store.postings(list(df))
        seqs = {a.id: a.seq for a in store.articles()}
        for term, count in df.items():
            holders = {seqs[a] for a, terms, _, _ in store.features() if term in terms}
            assert set(postings.get(term, [])) == (holders if count <= MAX_DF else set())


def test_a_batch_reads_only_what_it_could_match(
    database: str, fast: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = reports(120, 4)
    with Store(database) as store:
        Pipeline(store).run_articles(corpus[:-3])
        read: list[int] = []
        indexed_articles = Store.indexed_articles

        def counting(self: Store, seqs: list[int], dim: int) -> list:
            read.extend(seqs)
            return indexed_articles(self, seqs, dim)

        articles = Store.articles

        def some(self: Store, ids: list[str] | None = None, raw: bool = True) -> list[Article]:
            assert ids is not None, "a batch must not load every stored article"
            return articles(self, ids, raw)

        monkeypatch.setattr(Store, "indexed_articles", counting)
        monkeypatch.setattr(Store, "articles", some)
        before = _groups(store)
        report = Pipeline(store).run_articles(corpus[-3:])
        monkeypatch.undo()
        assert len(report.added) == 3
        # At most its candidates and the latest members of their events, whatever the store holds
        assert 0 < len(set(read)) <= 3 * (MAX_CANDIDATES + COHESION_MEMBERS) < len(corpus) - 3
        after = _groups(store)
        grown = [g for g in after if g not in before]
        assert len(grown) <= 3 and all(len(g) >= 2 for g in grown)  # they joined their events


def test_a_store_from_before_the_index_is_indexed_once(database: str, fast: None) -> None:
    corpus = reports(8, 4)
    with Store(database) as store:
        Pipeline(store).run_articles(corpus[:-4])
        with store.transaction():
            for table in ("indexed", "term_df", "postings", "vector_lsh", "minhash_bands"):
                store.db.execute(f"DELETE FROM {table}")
        Pipeline(store).run_articles(corpus[-4:])
        assert store.index_size() == len(corpus)
        events = {a: e for a, e in store.membership().items()}
        for article in corpus[-4:]:  # each joined the stored reports of its happening
            event = events[article.id]
            assert sum(e == event for e in events.values()) >= 2


def test_vectors_round_trip_through_the_index(database: str, fast: None) -> None:
    corpus = reports(3, 3)
    with Store(database) as store:
        Pipeline(store).run_articles(corpus)
        seqs = {a.id: a.seq for a in store.articles()}
        vectors = store.article_vectors_of(list(seqs), WordHashEmbedder.dim)
        stored = store.indexed_vectors(list(seqs.values()), WordHashEmbedder.dim)
        for aid, seq in seqs.items():
            assert stored[seq][0] == aid
            assert np.allclose(stored[seq][1], vectors[aid], atol=1e-3)


class _OneStored:
    """A stored corpus of one article holding many terms (cluster.StoredCorpus)."""

    size = 1

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def df(self, terms: np.ndarray) -> np.ndarray:
        return np.isin(terms, self.doc.terms).astype(np.float32)

    def postings(self, terms: list[int]) -> dict[int, list[str]]:
        return {t: [self.doc.id] for t in terms if t in set(self.doc.terms.tolist())}

    def nearest(self, vector: np.ndarray, k: int, min_cosine: float) -> list[tuple[str, float]]:
        return []

    def docs(self, article_ids: list[str]) -> list[StoredDoc]:
        weights = self.doc.tf / np.linalg.norm(self.doc.tf)
        return [StoredDoc(self.doc, "ev-stored", weights, 1)] if self.doc.id in article_ids else []

    def latest(self, event_id: str, n: int) -> list[str]:
        return [self.doc.id] if event_id == "ev-stored" else []

    def members(self, event_id: str) -> list[str]:
        return self.latest(event_id, 1)

    def event_of(self, article_id: str) -> str | None:
        return "ev-stored" if article_id == self.doc.id else None

    def anchors(self, event_id: str) -> list[tuple[ReportAnchor, datetime | None]]:
        anchor = self.doc.anchor
        return [(anchor, self.doc.time)] if event_id == "ev-stored" and anchor else []

    def story(self, event_id: str) -> str:
        return event_id


def test_a_loaded_article_may_bring_more_terms_than_the_query_holds() -> None:
    big = np.arange(1, 70_001, dtype=np.int64)  # more terms than the first vocabulary array
    stored = Doc("old", big, np.ones(len(big), np.float32), np.zeros(0), "en", None)
    clusterer = EventClusterer(
        ClusterConfig(threshold=0.0001, cohesion=0), stored=_OneStored(stored)
    )
    terms = np.array([5, 69_999, 123_456_789], dtype=np.int64)
    new = Doc("new", terms, np.ones(3, np.float32), np.zeros(0), "en", None)
    assert clusterer.assign(new, "ev-new").event_id == "ev-stored"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sun 10 Jul 2016. Five civilians were killed in Aleppo on Saturday.", "en"),
        ("Publié le 10 juillet 2016. Cinq civils ont été tués samedi à Alep.", "fr"),
        ("10 de julio de 2016. Cinco civiles murieron el sábado en Alepo.", "es"),
        (
            "Veröffentlicht am 10. Juli 2016. Fünf Zivilisten wurden am Samstag in Aleppo getötet.",
            "de",
        ),
    ],
)
def test_a_stored_undated_report_keeps_its_stamped_day(tmp_path, fast, text, lang) -> None:
    """A report without a publication date is placed in time by the day stamped at its start in
    the run (or pass) that groups it; read back from the store by a later one, it must be placed
    alike, its scene's days told on that day, not timeless."""
    article = text_to_article(text, f"{lang}.txt", key=lang)
    assert article.published is None
    store = Store(tmp_path / "s.db")
    Pipeline(store).run_articles([article])
    index = CorpusIndex(store, WordHashEmbedder().dim)
    [stored] = index.docs([article.id])
    assert stored.doc.time == datetime(2016, 7, 10)
    told = index.anchors(stored.event_id)
    assert told and {t for _, t in told} == {datetime(2016, 7, 10)}


def test_an_index_kept_across_passes_reads_as_a_fresh_one(
    database: str, fast: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The passes of a run share one index (what they read stays in it); after each pass adds
    its articles, it must answer as an index read afresh from the store: frequencies, postings,
    size, stored articles and their (rewritten) weights, events and stories."""
    import newsfuse.pipeline as pipeline_module

    monkeypatch.setattr(pipeline_module, "CLUSTER_CHUNK", 3)
    kept: list[CorpusIndex] = []
    trim = CorpusIndex.trim

    def spied(self: CorpusIndex) -> None:
        kept.append(self)
        trim(self)

    monkeypatch.setattr(CorpusIndex, "trim", spied)
    corpus = reports(6, 4)
    with Store(database) as store:
        Pipeline(store).run_articles(corpus[:10])
        kept.clear()
        Pipeline(store).run_articles(corpus[10:])
        assert len(kept) >= 4 and len({id(k) for k in kept}) == 1
        index, fresh = kept[0], CorpusIndex(store, WordHashEmbedder.dim)
        terms = np.array(sorted({t for _, ts, _, _ in store.features() for t in ts.tolist()}))
        assert index.size == fresh.size == len(corpus)
        assert index.df(terms).tolist() == fresh.df(terms).tolist()
        assert index.postings(terms.tolist()) == fresh.postings(terms.tolist())
        ids = list(store.membership())

        def read(i: CorpusIndex) -> list:
            return [
                (d.doc.id, d.event_id, d.weights.tolist(), d.weights_n, i.story(d.event_id))
                for d in i.docs(ids)
            ] + [i.event_of(a) for a in ids]

        assert read(index) == read(fresh)
