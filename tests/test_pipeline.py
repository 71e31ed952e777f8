"""The pipeline over the store: bad input never costs what was stored; the seeds form one event.

Fast tests swap the embedding model for a small deterministic one and skip the extraction stage
(both are exercised by the slow seeds tests, which run the real pipeline once per module).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from newsfuse import models
from newsfuse import pipeline as pipeline_module
from newsfuse.pipeline import Pipeline
from newsfuse.records import HEADLINE, DuplicateKind
from newsfuse.store import Store

DIM = 512
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64


class WordHashEmbedder:
    """Bag of hashed words: similar texts get similar vectors, instantly and deterministically."""

    dim = DIM

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


class CrashingEmbedder(WordHashEmbedder):
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        raise RuntimeError("model crashed")


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fake embedder everywhere (also for code that asks ``models``) and no extraction stage."""
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


FLOOD = [
    (
        "flood-a.txt",
        "Flood kills 12 in Riverton\nHeavy rain caused the river to burst its banks in Riverton "
        "on Monday. At least 12 people were killed and 40 injured, officials said.\n",
    ),
    (
        "flood-b.txt",
        "Riverton flood toll rises\nThe river burst its banks in Riverton after heavy rain on "
        "Monday, killing at least 12 people, officials said. Forty were injured.\n",
    ),
]
BANK = (
    "rates.txt",
    "Central bank raises rates\nThe central bank raised its main interest rate by half a point "
    "on Tuesday to fight inflation, the governor told reporters in the capital.\n",
)


def write_all(folder: Path, files) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(store: Store) -> dict:
    """Everything a later run must not lose or change about what is already stored."""
    return {
        "articles": [(a.id, a.seq, a.title, a.text, a.content_hash) for a in store.articles()],
        "sentences": {a.id: store.sentences(a.id) for a in store.articles()},
        "events": [(e.id, e.title, tuple(e.article_ids)) for e in store.events()],
        "membership": store.membership(),
        "duplicates": store.duplicates(),
    }


def integrity_ok(store: Store) -> bool:
    return store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def bad_inputs(folder: Path) -> dict[str, Path]:
    """One of each kind of bad input; values are the paths each error must name."""
    folder.mkdir(parents=True, exist_ok=True)
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.write((b"word " * 200 + b"\n") * 12_000)  # about 12 MB: over the 10 MB limit
    paths = {
        "binary": folder / "image.txt",
        "empty": folder / "empty.txt",
        "undecodable": folder / "mojibake.txt",
        "huge": huge,
        "missing": folder / "missing.txt",
        "no-text": folder / "record.json",
        "feed": folder / "broken.rss",
        "suffix": folder / "report.pdf",
    }
    paths["binary"].write_bytes(PNG)
    paths["empty"].write_bytes(b"")
    paths["undecodable"].write_bytes(b"Titre\n" + bytes(range(0x80, 0x100)))
    paths["no-text"].write_text(json.dumps({"url": "https://example.com/x"}))
    paths["feed"].write_bytes(b"<<< this is not xml &&&")
    paths["suffix"].write_bytes(b"%PDF-1.4")
    return paths


def where_of(bad: dict[str, Path]) -> list[str]:
    """Where each bad input's error points: the file, or the record inside it."""
    return sorted(f"{path}[1]" if kind == "no-text" else str(path) for kind, path in bad.items())


def test_bad_input_never_loses_what_was_stored(tmp_path: Path, fast: None) -> None:
    good = write_all(tmp_path / "good", FLOOD)
    with Store(tmp_path / "nf.db") as store:
        first = Pipeline(store).run([good])
        assert len(first.added) == 2 and first.errors == []
        before = snapshot(store)
        assert before["events"], "the first run made events"

        more = write_all(tmp_path / "more", [BANK])
        jsonl = tmp_path / "more" / "batch.jsonl"
        jsonl.write_text(
            json.dumps(
                {
                    "id": "j1",
                    "title": "Storm closes roads",
                    "text": "A storm closed several roads in the valley on Wednesday, police said.",
                }
            )
            + "\n{broken json\n"
        )
        bad = bad_inputs(tmp_path / "bad")
        inputs = [bad["binary"], good, bad["empty"], more, *list(bad.values())[2:]]
        second = Pipeline(store).run(inputs)

        assert len(second.added) == 2, "the good new articles are still processed"
        assert second.known == 2
        where = sorted(e.where for e in second.errors)
        assert where == sorted([*where_of(bad), f"{jsonl}:2"])
        for error in second.errors:
            assert "\n" not in str(error) and error.problem

        after = snapshot(store)
        assert after["articles"][:2] == before["articles"]
        assert {k: after["sentences"][k] for k in before["sentences"]} == before["sentences"]
        for event_id, title, members in before["events"]:
            assert (event_id, title, members) in after["events"]
        for article_id, event_id in before["membership"].items():
            assert after["membership"][article_id] == event_id
        assert store.article_count() == 4
        assert integrity_ok(store)
    with sqlite3.connect(tmp_path / "nf.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize(
    "kind", ["binary", "empty", "undecodable", "huge", "missing", "no-text", "feed", "suffix"]
)
def test_each_bad_input_gives_one_error_and_the_rest_is_stored(
    tmp_path: Path, fast: None, kind: str
) -> None:
    good = write_all(tmp_path / "good", FLOOD)
    path = bad_inputs(tmp_path / "bad")[kind]
    (expected,) = where_of({kind: path})
    with Store(tmp_path / "nf.db") as store:
        report = Pipeline(store).run([path, good])
        assert len(report.errors) == 1
        assert report.errors[0].where == expected
        assert str(report.errors[0]).startswith(f"{expected}: ")
        assert len(report.added) == 2
        assert set(store.membership()) == set(report.added)


def test_only_bad_input_changes_nothing(tmp_path: Path, fast: None) -> None:
    with Store(tmp_path / "nf.db") as store:
        Pipeline(store).run([write_all(tmp_path / "good", FLOOD)])
        before = snapshot(store)
        report = Pipeline(store).run(list(bad_inputs(tmp_path / "bad").values()))
        assert report.added == [] and len(report.errors) == 8
        assert report.events_touched == set()
        assert snapshot(store) == before


def test_rerun_is_idempotent(tmp_path: Path, fast: None) -> None:
    folder = write_all(tmp_path / "in", [*FLOOD, BANK])
    with Store(tmp_path / "nf.db") as store:
        first = Pipeline(store).run([folder])
        before = snapshot(store)
        again = Pipeline(store).run([folder])
        assert len(first.added) == 3
        assert again.added == [] and again.known == 3 and again.errors == []
        assert again.events_touched == set()
        assert snapshot(store) == before


def test_same_file_given_twice_is_stored_once(tmp_path: Path, fast: None) -> None:
    path = write_all(tmp_path / "in", FLOOD[:1]) / FLOOD[0][0]
    with Store(tmp_path / "nf.db") as store:
        report = Pipeline(store).run([path, path])
        assert len(report.added) == 1 and report.known == 1
        assert store.article_count() == 1


def test_new_articles_join_stored_events(tmp_path: Path, fast: None) -> None:
    with Store(tmp_path / "nf.db") as store:
        Pipeline(store).run([write_all(tmp_path / "one", FLOOD[:1])])
        (event,) = store.events()
        report = Pipeline(store).run([write_all(tmp_path / "two", FLOOD[1:])])
        assert report.events_touched == {event.id}
        (grown,) = store.events()
        assert grown.id == event.id and len(grown.article_ids) == 2


def test_exact_copy_is_linked(tmp_path: Path, fast: None) -> None:
    name, text = FLOOD[0]
    folder = write_all(tmp_path / "in", [(name, text), ("copy-" + name, text.upper())])
    with Store(tmp_path / "nf.db") as store:
        report = Pipeline(store).run([folder])
        assert len(report.added) == 2
        assert [d.kind for d in report.duplicates] == [DuplicateKind.EXACT]
        original, copy = store.articles()
        assert report.duplicates[0].article_id == copy.id
        assert report.duplicates[0].duplicate_of == original.id
        assert store.event_of(copy.id) == store.event_of(original.id)


def test_rerun_after_an_interrupted_run_finishes_the_work(tmp_path: Path, fast: None) -> None:
    folder = write_all(tmp_path / "in", FLOOD)
    with Store(tmp_path / "nf.db") as store:
        with pytest.raises(RuntimeError):
            Pipeline(store, embedder=CrashingEmbedder()).run([folder])
        assert store.article_count() == 2, "what was read is kept"
        Pipeline(store, embedder=WordHashEmbedder()).run([folder])
        assert set(store.membership()) == {a.id for a in store.articles()}


# -- the real pipeline on the five seed reports (one event) -----------------------------------
SEED_LANGUAGES = ["en", "en", "en", "fr", "en"]


@pytest.fixture(scope="module")
def seeds_run(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """One real run over the seeds (real embedding model), then a second identical run."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Store(path) as store:
        first = Pipeline(store).run([seeds_dir])
        state = snapshot(store)
        second = Pipeline(store).run([seeds_dir])
        yield store, first, second, state


def by_file(store: Store) -> dict[str, object]:
    return {Path(a.source_path).name[:3]: a for a in store.articles()}


@pytest.mark.slow
def test_seeds_are_all_added(seeds_run) -> None:
    store, first, _, _ = seeds_run
    assert first.errors == []
    assert len(first.added) == 5
    assert sorted(by_file(store)) == ["000", "001", "002", "003", "004"]


@pytest.mark.slow
def test_seed_languages(seeds_run) -> None:
    store, *_ = seeds_run
    articles = by_file(store)
    assert [articles[k].language for k in sorted(articles)] == SEED_LANGUAGES


@pytest.mark.slow
def test_seed_002_is_cleaned(seeds_run, seeds_dir: Path) -> None:
    store, *_ = seeds_run
    a = by_file(store)["002"]
    raw = next(seeds_dir.glob("002_*.txt")).read_text(encoding="utf-8")
    assert "Loading Now" in raw and "Original Source" in raw, "the seed still has its debris"
    for debris in ("Loading Now", "Post Comment", "Original Source"):
        assert debris not in a.text
        assert debris not in a.title
    assert a.original_source == "www.bbc.com"
    assert all("Loading Now" not in s.text for s in store.sentences(a.id))


@pytest.mark.slow
def test_french_seed_is_a_translation_of_000(seeds_run) -> None:
    store, *_ = seeds_run
    articles = by_file(store)
    links = {d.article_id: d for d in store.duplicates()}
    link = links.get(articles["003"].id)
    assert link is not None, "003 is not linked"
    assert link.kind == DuplicateKind.TRANSLATION
    assert link.duplicate_of == articles["000"].id


@pytest.mark.slow
def test_seeds_form_one_event(seeds_run) -> None:
    store, first, _, _ = seeds_run
    events = store.events()
    assert len(events) == 1, [(e.id, len(e.article_ids)) for e in events]
    assert sorted(events[0].article_ids) == sorted(first.added)
    assert first.events_touched == {events[0].id}


@pytest.mark.slow
def test_seeds_rerun_is_idempotent(seeds_run) -> None:
    store, first, second, state = seeds_run
    assert second.added == [] and second.known == 5 and second.errors == []
    assert second.events_touched == set()
    assert snapshot(store) == state
    assert {e.id for e in store.events()} == set(first.events_touched)


@pytest.mark.slow
def test_seeds_extraction_is_stored(seeds_run) -> None:
    store, first, *_ = seeds_run
    claims = store.claims(first.added)
    assert claims, "figures are extracted"
    assert {c.article_id for c in claims} <= set(first.added)
    for event in store.events():
        assert store.analysis(event.id, "reconciliation") is not None


@pytest.mark.slow
def test_articles_are_analysed_apart_from_their_event_without_writing(seeds_run) -> None:
    store, *_ = seeds_run
    (event,) = store.events()
    state = snapshot(store)
    pipeline = Pipeline(store)
    whole = pipeline.analyse_articles(event.id, event.article_ids)
    stored = store.analysis(event.id, "reconciliation")["facts"]
    figures = [(f.id, f.best, f.low, f.high, len(f.values)) for f in whole.reconciliation.facts]
    assert figures == [(f["id"], f["best"], f["low"], f["high"], len(f["values"])) for f in stored]
    articles = by_file(store)
    alone = pipeline.analyse_articles("part", [articles["000"].id])
    values = [v for f in alone.reconciliation.facts for v in f.values]
    assert values and {v.article_id for v in values} == {articles["000"].id}
    assert snapshot(store) == state  # nothing was written


@pytest.mark.slow
def test_seeds_bad_input_keeps_everything(seeds_run, seeds_dir: Path, tmp_path: Path) -> None:
    store, _, _, state = seeds_run
    bad = bad_inputs(tmp_path / "bad")
    report = Pipeline(store).run([*bad.values(), seeds_dir])
    assert report.added == [] and report.known == 5
    assert sorted(e.where for e in report.errors) == where_of(bad)
    assert snapshot(store) == state
    assert integrity_ok(store)


def test_headline_figures_are_stored_with_the_title_as_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    record = {"title": "Storm kills 3 in Riverton", "text": "The storm hit Riverton on Monday."}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    with Store(tmp_path / "nf.db") as store:
        Pipeline(store).run([path])
        (article,) = store.articles()
        (claim,) = [c for c in store.claims([article.id]) if c.low == 3]
        assert (claim.sentence_index, claim.measure) == (HEADLINE, "killed")
        assert article.title[claim.number_start : claim.number_end] == "3"


@pytest.mark.slow
def test_rerun_after_a_crash_in_extraction_extracts_and_analyses_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    folder = write_all(tmp_path / "in", FLOOD)
    real = Store.put_extraction
    calls = []

    def crash_on_second(self, article_id, *args, **kwargs):
        calls.append(article_id)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real(self, article_id, *args, **kwargs)

    with Store(tmp_path / "nf.db") as store:
        monkeypatch.setattr(Store, "put_extraction", crash_on_second)
        with pytest.raises(RuntimeError):
            Pipeline(store).run([folder])
        assert len(store.unextracted()) == 1 and store.stale_events()
        monkeypatch.setattr(Store, "put_extraction", real)
        report = Pipeline(store).run([folder])
        assert store.unextracted() == [] and store.stale_events() == []
        (event,) = store.events()
        assert report.events_touched == {event.id}
        facts = store.analysis(event.id, "reconciliation")["facts"]
        killed = next(f for f in facts if f["measure"] == "killed")
        assert {v["article_id"] for v in killed["values"]} == set(event.article_ids)


def test_clustering_in_short_passes_groups_as_one_pass(
    tmp_path: Path, fast: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run clusters its chunk in passes of ``CLUSTER_CHUNK`` articles, each ended early once it
    holds ``CLUSTER_HOLD`` (each pass' loaded stored articles are dropped when it ends, so memory
    stays flat as the store grows); passes of two articles, and passes cut by what they hold,
    must group the bundled corpus exactly as one pass does."""
    corpus = Path(__file__).parents[1] / "examples" / "corpus"

    def grouping(chunk: int, hold: int) -> tuple[set[frozenset[str]], int]:
        monkeypatch.setattr(pipeline_module, "CLUSTER_CHUNK", chunk)
        monkeypatch.setattr(pipeline_module, "CLUSTER_HOLD", hold)
        passes: list[int] = []
        clustered = Pipeline.dedupe_and_cluster

        def counted(self: Pipeline, articles, report, *args) -> int:  # noqa: ANN001
            done = clustered(self, articles, report, *args)
            passes.append(done)
            return done

        monkeypatch.setattr(Pipeline, "dedupe_and_cluster", counted)
        store = Store(tmp_path / f"chunk{chunk}-{hold}.db")
        Pipeline(store).run([corpus])
        events: dict[str, set[str]] = {}
        for article, event in store.membership().items():
            events.setdefault(event, set()).add(article)
        store.close()
        assert max(passes) <= chunk
        return {frozenset(members) for members in events.values()}, len(passes)

    one, one_pass = grouping(10_000, 10_000)
    short, passes = grouping(2, 10_000)
    held, held_passes = grouping(10_000, 3)
    assert one_pass == 1 and passes >= 3 and held_passes >= 3
    assert held == one
    assert short == one and len(one) > 1 and max(map(len, one)) > 1
