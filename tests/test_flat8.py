"""A report's place votes read again with its event's common words are kept with the answers they
rest on, and reused by the event's next record while those answers hold (en, fr, es, de): a
growing event does not read its members again on every new report, and its record is the same
as when every report is read again."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from test_pipeline import fast  # noqa: F401 - fixture

from newsfuse.engine.analysis import analyse_event
from newsfuse.event.anchor import dump_votes, load_votes, report_votes_asked
from newsfuse.event.where import common_words, report_votes
from newsfuse.language import split_sentences
from newsfuse.pipeline import Pipeline, RunReport
from newsfuse.records import Article, ReportAnchor
from newsfuse.store import Store

# Per language: a report whose sentence-initial town name ("Hope", "Lyon", "Toledo", "Köln"
# starting the sentence) is asked about, a report that writes that word in lower case (so the
# event counts it common), and a third report of the event that writes no such word.
EVENTS = [
    (
        "en",
        ("Man shot", "Shots rang out on Sunday. Hope Mills police said a man was hurt."),
        ("Man hurt", "A man was hurt on Sunday. Neighbours said they hope the shooter is found."),
        ("Shooting", "A man was shot on Sunday in Hope Mills, North Carolina, police said."),
    ),
    (
        "fr",
        ("Explosion", "Une explosion a eu lieu dimanche. Marseille compte deux blessés."),
        ("Deux blessés", "Deux personnes ont été blessées dimanche, selon la police marseille."),
        ("Explosion", "Une explosion a fait deux blessés dimanche à Marseille, selon la police."),
    ),
    (
        "es",
        ("Tiroteo", "Un hombre murió el domingo. Toledo investiga el tiroteo."),
        ("Un muerto", "Un hombre murió el domingo en un tiroteo, dijo la policía de toledo."),
        ("Tiroteo", "Un hombre murió el domingo en un tiroteo en Toledo, dijo la policía."),
    ),
    (
        "de",
        ("Schüsse", "Am Sonntag fielen Schüsse. Köln meldet einen Verletzten."),
        ("Verletzter", "Am Sonntag wurde ein Mann verletzt, meldet die polizei köln."),
        ("Schüsse", "Bei Schüssen in Köln wurde am Sonntag ein Mann verletzt."),
    ),
]


def _article(i: int, title: str, text: str, lang: str) -> Article:
    return Article(
        id=f"r{i}",
        title=title,
        text=f"{title}\n{text}",
        language=lang,
        published=datetime(2016, 5, 1, 12 + i),
    )


def _common(articles: list[Article]) -> frozenset[str]:
    return common_words([t for a in articles for t in (a.title, a.text)])


@pytest.mark.parametrize(("lang", "first", "second", "third"), EVENTS)
def test_an_events_reading_holds_while_its_answers_do(lang, first, second, third) -> None:
    articles = [_article(i, *pair, lang) for i, pair in enumerate((first, second, third))]
    article = articles[0]
    sentences = split_sentences(article.text, article.id, lang)
    common = _common(articles[:2])
    read = report_votes_asked(article, sentences, common)
    assert read.votes == report_votes(article, sentences, common)
    assert read.common, "the reading asked about a word the event makes common"
    assert load_votes(dump_votes(read)) == read  # stored and read back, answers included
    grown = _common(articles)  # a third report joins
    assert read.hold(grown)
    assert read.votes == report_votes(article, sentences, grown)
    for word in read.asked:  # a word asked about becomes common: read again
        assert not read.hold(grown | {word})
    for word in read.common:  # a word that was common is no longer (a report left): read again
        assert not read.hold(grown - {word})


@pytest.mark.parametrize(("lang", "first", "second", "third"), EVENTS)
def test_a_reports_own_reading_holds_for_its_events_as_before(lang, first, second, third) -> None:
    articles = [_article(i, *pair, lang) for i, pair in enumerate((first, second, third))]
    article = articles[0]
    sentences = split_sentences(article.text, article.id, lang)
    own = report_votes_asked(article, sentences)
    assert not own.common  # its own common words are every event's of it
    assert load_votes(dump_votes(own)) == own
    assert not own.hold(_common(articles[:2]))  # the second report makes an asked word common


def _into_one_event(store: Store, article: Article) -> None:
    """Run the pipeline on ``article``, then put every stored report in one event ("ev") and
    analyse it: the test is of an event's analysis as it grows, not of its grouping."""
    Pipeline(store).run_articles([article])
    pipeline = Pipeline(store)
    membership = store.membership()
    pipeline.write_events({"ev", *membership.values()}, dict.fromkeys(membership, "ev"))
    pipeline.analyse_events(["ev"], RunReport())


@pytest.mark.usefixtures("fast")
@pytest.mark.parametrize(("lang", "first", "second", "third"), EVENTS)
def test_a_growing_event_reads_its_members_once(
    lang, first, second, third, tmp_path: Path, read_again: list[str]
) -> None:
    """The second report makes a word r0's reading asked about common: r0 is read again, once
    (fails on the old code: twice, and again when the third report joins); the third report
    changes no answer: no report is read again, and the record is the one of reading every
    report again."""
    articles = [_article(i, *pair, lang) for i, pair in enumerate((first, second, third))]
    with Store(tmp_path / "run.db") as store:
        _into_one_event(store, articles[0])
        _into_one_event(store, articles[1])
        assert read_again == ["r0"]
        read_again.clear()
        _into_one_event(store, articles[2])
        assert read_again == []
        inputs = Pipeline(store)._event_inputs("ev", ["r0", "r1", "r2"])
        assert inputs.votes["r0"].common, "r0's reading with the event's common words is kept"
        every = analyse_event(replace(inputs, votes={}))  # every report read again
        assert store.record("ev") == every.record


def test_votes_read_again_replace_the_anchors(database: str) -> None:
    with Store(database) as store:
        a = Article(id="a1", title="Man shot", text="Man shot\nA man was shot in Lyon.")
        store.add_article(a, split_sentences(a.text, a.id, "en"))
        store.put_anchor(ReportAnchor(a.id), [], '{"asked": ["Lyon"]}')
        store.put_votes({a.id: '{"asked": [], "common": ["Lyon"]}'})
        assert store.report_votes([a.id]) == {a.id: '{"asked": [], "common": ["Lyon"]}'}
        store.put_votes({})
        store.put_anchor(ReportAnchor(a.id), [])  # the report anchored again: its votes go
        assert store.report_votes([a.id]) == {}
