"""The place votes read for a report's anchor are stored with it (store v10, both backends), so
re-analysing an event that a new report joined, in a later run, reads again only the reports
whose votes do not hold for the event, not every member; its record is the same as when every
report is read again."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest
from test_kept_votes import EVENTS, _article
from test_pipeline import fast  # noqa: F401 - fixture
from test_store import drop_migrations_after, set_user_version, table_names, user_version

from newsfuse.engine.analysis import analyse_event
from newsfuse.event.anchor import dump_votes, load_votes, place_reader, report_votes_asked
from newsfuse.event.where import PlaceVotes
from newsfuse.language import split_sentences
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article, ReportAnchor
from newsfuse.store import SCHEMA_VERSION, Store


def _read(article: Article):
    return report_votes_asked(article, split_sentences(article.text, article.id, article.language))


@pytest.mark.parametrize(("lang", "first", "second"), EVENTS)
def test_stored_votes_read_back_equal(lang, first, second) -> None:
    for i, pair in enumerate((first, second)):
        read = _read(_article(i, *pair, lang))
        assert read.votes.places or read.votes.regions, "a dateline or a town is read"
        back = load_votes(dump_votes(read))
        assert back == read
        for f in fields(PlaceVotes):  # insertion order too (dicts, counters); a set has none
            value = getattr(read.votes, f.name)
            if not isinstance(value, (set, frozenset)):
                assert list(getattr(back.votes, f.name)) == list(value)


def test_votes_stored_with_other_fields_are_read_again() -> None:
    read = _read(_article(0, *EVENTS[0][1], "en"))
    stored = dump_votes(read).replace('"cities"', '"city_names"')
    assert load_votes(stored) is None


def test_votes_stored_by_another_place_reader_are_read_again() -> None:
    """An upgrade that changes how places are read must not reuse the old reading."""
    stored = dump_votes(_read(_article(0, *EVENTS[0][1], "en")))
    assert load_votes(stored) is not None
    assert load_votes(stored.replace(place_reader(), "0" * 16)) is None
    assert load_votes(stored.replace(f'"reader": "{place_reader()}", ', "")) is None


def test_votes_stored_in_another_form_are_read_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The fingerprint covers the module that stores the votes too: a version of it that wrote
    other fields (a newer one, whose rows a downgraded newsfuse finds) has another fingerprint,
    so its rows are read again rather than misread."""
    from newsfuse.event import anchor

    copy = tmp_path / "anchor.py"
    copy.write_text(Path(anchor.__file__).read_text() + "\n# a later form\n")
    _another_fingerprint(monkeypatch, anchor, copy)


def test_the_fingerprint_covers_every_module_of_the_place_reader(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The place reader is a package (``event/where/``): a change to any of its modules, not
    only its ``__init__``, reads the reports again."""
    from newsfuse.event import where

    package = tmp_path / "where"
    package.mkdir()
    for module in Path(where.__file__).parent.glob("*.py"):
        text = module.read_text()
        (package / module.name).write_text(
            text + ("\n# a rule changed\n" if module.stem == "choice" else "")
        )
    _another_fingerprint(monkeypatch, where, package / "__init__.py")


def _another_fingerprint(monkeypatch: pytest.MonkeyPatch, module: ModuleType, file: Path) -> None:
    """``module`` read from ``file`` gives the place reader another fingerprint; the real one
    gives the first back."""
    before = place_reader()
    monkeypatch.setattr(module, "__file__", str(file))
    place_reader.cache_clear()
    try:
        assert place_reader() != before
    finally:
        monkeypatch.undo()
        place_reader.cache_clear()
    assert place_reader() == before


def _stored(store: Store, n: int) -> Article:
    a = Article(id=f"a{n}", title="Man shot", text="Man shot\nA man was shot in Lyon.")
    store.add_article(a, split_sentences(a.text, a.id, "en"))
    return a


def test_votes_are_stored_replaced_and_dropped_with_the_anchor(database: str) -> None:
    with Store(database) as store:
        a, b = _stored(store, 1), _stored(store, 2)
        anchor = ReportAnchor(a.id, day=date(2024, 5, 1), precision="day")
        store.put_anchor(anchor, [], '{"votes": {}, "asked": []}')
        store.put_anchor(ReportAnchor(b.id), [], None)
        assert store.report_votes([a.id, b.id, "nope"]) == {a.id: '{"votes": {}, "asked": []}'}
        store.put_anchor(anchor, [], '{"votes": {}, "asked": ["Lyon"]}')  # replaced
        assert store.report_votes([a.id]) == {a.id: '{"votes": {}, "asked": ["Lyon"]}'}
        store.put_anchor(anchor, [])  # read again without votes: the old ones go
        assert store.report_votes([a.id]) == {}


def test_version_9_database_gets_the_votes_table(database: str) -> None:
    """A store anchored before v10 has no votes: its reports are read again, as before."""
    with Store(database) as store:
        a = _stored(store, 1)
        store.put_anchors([ReportAnchor(a.id)])
        drop_migrations_after(store, 9)
    assert "report_votes" not in table_names(database)
    set_user_version(database, 9)
    with Store(database) as store:
        assert store.report_votes([a.id]) == {}
        assert store.anchors([a.id]) == {a.id: ReportAnchor(a.id)}
    assert user_version(database) == SCHEMA_VERSION
    assert "report_votes" in table_names(database)


REPORTS = [
    ("Man shot in Gainesville", "GAINESVILLE, Fla. - A man was shot on Sunday night, police said."),
    ("Gainesville shooting", "A man was shot in Gainesville on Sunday night. Police said little."),
    ("Gainesville man shot", "Police in Gainesville said a man was shot on Sunday night."),
]


@pytest.mark.usefixtures("fast")
def test_a_later_run_reads_again_only_what_does_not_hold(
    tmp_path: Path, read_again: list[str]
) -> None:
    articles = [
        Article(id=f"r{i}", title=t, text=f"{t}\n{x}", published=datetime(2016, 5, 1, 12 + i))
        for i, (t, x) in enumerate(REPORTS)
    ]
    with Store(tmp_path / "run.db") as store:
        Pipeline(store).run_articles(articles[:2])
        read_again.clear()
        Pipeline(store).run_articles(articles[2:])  # a new run: nothing kept in memory
        (event,) = store.events(sorted(set(store.membership().values())))
        assert sorted(event.article_ids) == ["r0", "r1", "r2"]
        inputs = Pipeline(store)._event_inputs(event.id, event.article_ids)
        assert sorted(inputs.votes) == ["r0", "r1", "r2"]
        # their words asked about stay uncommon in the event: every stored reading holds (the
        # earlier runs' reports were read again here before the votes were stored)
        assert read_again == []
        every = analyse_event(replace(inputs, votes={}))  # every report read again
        assert store.record(event.id) == every.record
        assert every.record.where and every.record.where[0].name == "Gainesville"
