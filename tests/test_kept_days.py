"""The day votes an event record reads of a report (``when.report_days``) depend on the report
alone: the first reading is stored (store v11, both backends) and every later analysis of the
report's events reads it back instead of reading the report's dates again, so re-analysing an
event costs reads of its members' stored days, not readings of their text; the record is the same
as when every report is read again (en, fr, es, de)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path

import pytest
from test_perf5_votes import _stored
from test_pipeline import fast  # noqa: F401 - fixture
from test_store import drop_migrations_after, set_user_version, table_names, user_version

from newsfuse.engine.analysis import EventAnalysis, analyse_event
from newsfuse.event.anchor import day_reader, dump_days, load_days
from newsfuse.event.record import build_record
from newsfuse.event.when import DayVotes, report_days
from newsfuse.extract.dates import resolve_dates
from newsfuse.language import split_sentences
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article, ReportAnchor
from newsfuse.store import SCHEMA_VERSION, Store

REPORTS = [
    (
        "en",
        "Man shot in Gainesville",
        "GAINESVILLE, Fla. - A man was shot on Sunday night, police said. He died Monday. "
        "A vigil is planned for Friday, May 6.",
    ),
    (
        "fr",
        "Explosion à Lyon",
        "LYON - Une explosion a fait deux blessés dimanche soir à Lyon. L'un d'eux est mort "
        "lundi, selon la police. Une marche aura lieu le 6 mai.",
    ),
    (
        "es",
        "Tiroteo en Toledo",
        "TOLEDO - Un hombre fue herido a tiros el domingo por la noche en Toledo. Murió el lunes, "
        "dijo la policía. El funeral será el 6 de mayo.",
    ),
    (
        "de",
        "Schüsse in Köln",
        "KÖLN - Bei Schüssen in Köln wurde am Sonntagabend ein Mann verletzt. Er starb am Montag, "
        "sagte die Polizei. Die Trauerfeier ist am 6. Mai.",
    ),
]


def _report(i: int, lang: str, title: str, text: str) -> tuple[Article, list, list]:
    article = Article(
        id=f"r{i}",
        title=title,
        text=f"{title}\n{text}",
        language=lang,
        published=datetime(2016, 5, 2, 9),
    )
    sentences = split_sentences(article.text, article.id, lang)
    return article, sentences, resolve_dates(sentences, article.published, lang)


@pytest.mark.parametrize(("lang", "title", "text"), REPORTS)
def test_stored_days_read_back_equal(lang: str, title: str, text: str) -> None:
    read = report_days(*_report(0, lang, title, text))
    assert len(read.days) >= 2 and read.evidence, "several days are read, with their sentences"
    back = load_days(dump_days(read))
    assert back == read
    for f in fields(DayVotes):  # insertion order too (dicts, counters); a set has none
        value = getattr(read, f.name)
        if not isinstance(value, set):
            assert list(getattr(back, f.name)) == list(value)


def test_days_stored_by_another_day_reader_or_form_are_read_again() -> None:
    """An upgrade that changes how days are read must not reuse the old reading."""
    stored = dump_days(report_days(*_report(0, *REPORTS[0])))
    assert load_days(stored) is not None
    assert load_days(stored.replace(day_reader(), "0" * 16)) is None
    assert load_days(stored.replace(f'"reader": "{day_reader()}", ', "")) is None
    assert load_days(stored.replace('"happening"', '"cued"')) is None
    assert load_days(stored.replace('"sentence_index"', '"sentence"')) is None


def _record(reports, told=None):
    articles = [a for a, _, _ in reports]
    sentences = {a.id: s for a, s, _ in reports}
    dates = [r for _, _, refs in reports for r in refs]
    return build_record("ev", articles, sentences, dates, [], [], [], None, told)


def test_the_record_reads_the_stored_days_and_reads_the_others(days_read: list[str]) -> None:
    """Given every report's days, the record reads none again and is the same; given some, it
    reads only the others and hands their readings back (to be stored). Fails on the old code,
    which read every report's days on every record."""
    reports = [_report(i, *r) for i, r in enumerate(REPORTS)]
    told: dict[str, DayVotes] = {}
    fresh = _record(reports, told)
    assert sorted(told) == ["r0", "r1", "r2", "r3"]
    assert fresh.when.precision == "day" and fresh.when.start == date(2016, 5, 1)
    kept = {a: load_days(dump_days(d)) for a, d in told.items()}
    days_read.clear()
    assert _record(reports, dict(kept)) == fresh
    assert days_read == []
    some = {a: d for a, d in kept.items() if a != "r2"}
    assert _record(reports, some) == fresh
    assert days_read == ["r2"] and sorted(some) == ["r0", "r1", "r2", "r3"]


def test_days_are_stored_replaced_and_dropped_with_the_anchor(database: str) -> None:
    with Store(database) as store:
        a, b = _stored(store, 1), _stored(store, 2)
        anchor = ReportAnchor(a.id, day=date(2024, 5, 1), precision="day")
        store.put_anchor(anchor, [])
        store.put_anchor(ReportAnchor(b.id), [])
        store.put_days({a.id: '{"days": []}'})
        assert store.report_days([a.id, b.id, "nope"]) == {a.id: '{"days": []}'}
        store.put_days({a.id: '{"days": [["2024-05-01", 1.0]]}'})  # replaced
        assert store.report_days([a.id]) == {a.id: '{"days": [["2024-05-01", 1.0]]}'}
        store.put_anchor(anchor, [])  # its dates read again: the days read of them go
        assert store.report_days([a.id]) == {}


def test_version_10_database_gets_the_days_table(database: str) -> None:
    """A store analysed before v11 has no stored days: its reports are read again, as before."""
    with Store(database) as store:
        a = _stored(store, 1)
        store.put_anchor(ReportAnchor(a.id), [], '{"votes": {}, "asked": []}')
        drop_migrations_after(store, 10)
    assert "report_days" not in table_names(database)
    set_user_version(database, 10)
    with Store(database) as store:
        assert store.report_days([a.id]) == {}
        assert store.report_votes([a.id]) == {a.id: '{"votes": {}, "asked": []}'}
    assert user_version(database) == SCHEMA_VERSION
    assert "report_days" in table_names(database)


GROWING = [
    ("Man shot in Gainesville", "GAINESVILLE, Fla. - A man was shot on Sunday night, police said."),
    ("Gainesville shooting", "A man was shot in Gainesville on Sunday night. Police said little."),
    ("Gainesville man shot", "Police in Gainesville said a man was shot on Sunday night."),
]


def later_run_of_growing(
    tmp_path: Path, read: list[str], stored: Callable[[Store], dict[str, str]], kept: str
) -> EventAnalysis:
    """GROWING's first two reports stored, then the third in a new run (nothing kept in memory):
    the event they make is re-analysed reading only the third (``read``: the ids read), as
    ``stored`` shows every report's reading kept; returns the analysis reading every report
    again (``kept`` emptied), checked equal to the stored record."""
    articles = [
        Article(id=f"r{i}", title=t, text=f"{t}\n{x}", published=datetime(2016, 5, 2, 9 + i))
        for i, (t, x) in enumerate(GROWING)
    ]
    with Store(tmp_path / "run.db") as store:
        Pipeline(store).run_articles(articles[:2])
        assert sorted(stored(store)) == ["r0", "r1"]
        read.clear()
        Pipeline(store).run_articles(articles[2:])
        (event,) = store.events(sorted(set(store.membership().values())))
        assert sorted(event.article_ids) == ["r0", "r1", "r2"]
        assert read == ["r2"]
        inputs = Pipeline(store)._event_inputs(event.id, event.article_ids)
        assert sorted(getattr(inputs, kept)) == ["r0", "r1", "r2"]
        every = analyse_event(replace(inputs, **{kept: {}}))  # every report read again
        assert store.record(event.id) == every.record
    return every


@pytest.mark.usefixtures("fast")
def test_a_later_run_reads_the_days_of_its_new_report_only(
    tmp_path: Path, days_read: list[str]
) -> None:
    """The event a new report joins is re-analysed reading only that report's days (the old
    code read every member's again); its record is the one of a reading of every report."""
    every = later_run_of_growing(
        tmp_path, days_read, lambda store: store.report_days(["r0", "r1", "r2"]), "days"
    )
    assert every.record.when.start == date(2016, 5, 1)
