"""Event identity in clustering (#17): a copy link joins two reports only when their words
tell one event; a page without words joins nothing."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from newsfuse.cluster import MAX_DF, QUERY_TERMS, ClusterConfig, Doc, EventClusterer
from newsfuse.features import extract_features

REPORTS = {
    "en": (
        "Two dead in Toledo bar shooting",
        "Two men were shot dead early Sunday outside a bar on Lagrange Street in Toledo, police "
        "said. A third man was taken to St. Vincent hospital with a wound to the leg.",
    ),
    "fr": (
        "Fusillade à Lyon : deux morts devant un bar",
        "Deux hommes ont été tués par balle dimanche matin devant un bar de la rue Garibaldi à "
        "Lyon, a indiqué la police. Un troisième a été blessé à la jambe.",
    ),
    "es": (
        "Dos muertos en un tiroteo frente a un bar de Toledo",
        "Dos hombres murieron a tiros el domingo por la mañana frente a un bar de la calle "
        "Cervantes de Toledo, según la policía. Un tercero resultó herido en una pierna.",
    ),
    "de": (
        "Zwei Tote nach Schüssen vor einer Bar in Aleppo",
        "Zwei Männer wurden am Sonntagmorgen vor einer Bar in der Altstadt von Aleppo "
        "erschossen, teilte die Polizei mit. Ein dritter Mann wurde am Bein verletzt.",
    ),
}


def page(name: str, title: str, text: str, language: str) -> Doc:
    f = extract_features(text, title)
    tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
    vector = np.ones(4, dtype=np.float32) / 2.0  # one vector for all: only words tell them apart
    return Doc(name, f.terms, tf, vector, language, datetime(2016, 9, 25, 8))


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_a_copy_whose_words_match_joins_its_originals_event(language: str) -> None:
    clusterer = EventClusterer(ClusterConfig(), dim=4)
    title, text = REPORTS[language]
    clusterer.assign(page("first", title, text, language), "ev-first")
    copy = page("copy", title, text, language)
    assert clusterer.assign(copy, "ev-copy", "ev-first").event_id == "ev-first"


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_pages_without_words_are_no_copies_of_each_other(language: str) -> None:
    """An empty body under a word-less title (a video or sign-in page) hashes like every other
    empty page, and their vectors are alike: neither tells which event it belongs to."""
    clusterer = EventClusterer(ClusterConfig(), dim=4)
    title, text = REPORTS[language]
    assert clusterer.assign(page("report", title, text, language), "ev-report").new_event
    first = page("empty-1", "", "", language)
    assert not len(first.terms)
    assert clusterer.assign(first, "ev-empty-1", "ev-report").event_id == "ev-empty-1"
    second = page("empty-2", "", "", "xx")  # another language read from no text
    assert clusterer.assign(second, "ev-empty-2", "ev-empty-1").event_id == "ev-empty-2"


def test_a_copy_link_between_reports_of_other_events_is_not_followed() -> None:
    """A near-copy link (a shared page frame) between reports whose own words tell two events:
    the second report is placed like any other, in an event of its own."""
    clusterer = EventClusterer(ClusterConfig(), dim=4)
    clusterer.assign(page("toledo", *REPORTS["en"], "en"), "ev-toledo")
    lyon = page("lyon", *REPORTS["fr"], "fr")
    lyon.vector = np.array([1.0, -1.0, 1.0, -1.0], dtype=np.float32) / 2.0  # another story
    assert clusterer.assign(lyon, "ev-lyon", "ev-toledo").event_id == "ev-lyon"


def test_terms_too_common_to_block_leave_the_query_to_those_that_do() -> None:
    """A report's strongest terms may all be held by more than ``MAX_DF`` reports (a city's
    name, "shooting", "police" in a corpus of shootings): those find nothing, and the rarer
    term it shares with its event's first report (a street, a victim's name) must still be
    looked up."""
    common = tuple(range(1, QUERY_TERMS + 6))

    def report(name: str, *rare: int) -> Doc:
        ids = np.array([*common, *rare], dtype=np.int64)
        tf = np.array([10.0] * len(common) + [1.0] * len(rare), dtype=np.float32)
        return Doc(name, ids, tf, np.zeros(0), "en", datetime(2016, 9, 25, 8))

    clusterer = EventClusterer(ClusterConfig(), dim=4)
    for k in range(MAX_DF + 1):
        clusterer.assign(report(f"other-{k}"), f"ev-other-{k}")
    first = clusterer.assign(report("first", 1001), "ev-first")
    assert first.new_event
    assert clusterer.assign(report("later", 1001, 1002), "ev-later").event_id == "ev-first"
