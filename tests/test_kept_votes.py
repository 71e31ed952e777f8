"""The place votes read for a report's anchor are what the event record reads of it, reused only
where the event's other reports leave the words the reading asked about uncommon (en, fr, es,
de); and the pipeline's records are the same whether it reuses them or reads again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsfuse.event.anchor import report_votes_asked
from newsfuse.event.where import common_words, report_votes
from newsfuse.language import split_sentences
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article
from newsfuse.store import Store

EVENTS = [
    (
        "en",
        ("Man shot in Gainesville", "GAINESVILLE, Fla. - One man was shot on Sunday, police said."),
        (
            "Gainesville shooting",
            "A man was shot in Gainesville on Sunday. Police have no suspect.",
        ),
    ),
    (
        "fr",
        ("Explosion à Lyon", "LYON - Une explosion a fait deux blessés dimanche à Lyon."),
        (
            "Deux blessés",
            "Deux personnes ont été blessées dans une explosion à Lyon, selon la police.",
        ),
    ),
    (
        "es",
        ("Tiroteo en Toledo", "TOLEDO - Un hombre murió el domingo en un tiroteo en Toledo."),
        ("Un muerto en Toledo", "La policía de Toledo investiga el tiroteo del domingo."),
    ),
    (
        "de",
        ("Schüsse in Köln", "KÖLN - Bei Schüssen in Köln wurde am Sonntag ein Mann verletzt."),
        ("Verletzter in Köln", "Die Polizei in Köln sucht nach dem Schützen."),
    ),
]


def _article(i: int, title: str, text: str, lang: str) -> Article:
    return Article(
        id=f"r{i}",
        title=title,
        text=f"{title}\n{text}",
        language=lang,
        published=datetime(2016, 5, 1),
    )


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "first", "second"), EVENTS)
def test_votes_kept_where_they_hold_are_the_records_own(lang, first, second) -> None:
    articles = [_article(i, *pair, lang) for i, pair in enumerate((first, second))]
    common = common_words([t for a in articles for t in (a.title, a.text)])
    for article in articles:
        sentences = split_sentences(article.text, article.id, lang)
        read = report_votes_asked(article, sentences)
        assert read.votes == report_votes(article, sentences)
        if read.hold(common):
            assert read.votes == report_votes(article, sentences, common)


@pytest.mark.slow
def test_votes_that_another_report_makes_common_are_read_again() -> None:
    """ "Hope" starts a sentence of one report ("Hope Mills", a town) and is a common word of the
    other ("they hope"): the event's reading differs, and the kept votes do not hold."""
    town = _article(0, "Man shot", "Shots rang out. Hope Mills police said a man was hurt.", "en")
    other = _article(1, "Man hurt", "Neighbours said they hope the shooter is found soon.", "en")
    sentences = split_sentences(town.text, town.id, "en")
    common = common_words([t for a in (town, other) for t in (a.title, a.text)])
    read = report_votes_asked(town, sentences)
    assert report_votes(town, sentences, common) != read.votes
    assert not read.hold(common)


@pytest.mark.slow
def test_records_are_the_same_with_kept_votes_or_without(seeds_dir: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "run.db") as store:
        pipeline = Pipeline(store)
        pipeline.run([seeds_dir])
        events = store.events(sorted(set(store.membership().values())))
        for event in events:
            inputs = pipeline._event_inputs(event.id, event.article_ids)
            assert inputs.votes, "the run stored the votes it read for the anchors"
            fresh = Pipeline(store).analyse_articles(event.id, event.article_ids)
            assert store.record(event.id) == fresh.record
