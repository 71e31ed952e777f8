"""Late reports (#17): weeks after an event, a report whose day is unknown on one side joins it
only when it tells of what followed (an arrest, a trial), whatever its words share with the
event's reports (an outlet's frame, the town's name)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from newsfuse.cluster import WEEK_DAYS, ClusterConfig, Doc, EventClusterer
from newsfuse.features import extract_features
from newsfuse.late import told_late
from newsfuse.records import ReportAnchor

# The frame every page of one outlet carries, whatever its news.
FRAME = {
    "en": " Copyright 2016 Channel 7 News. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed. Download our app for breaking news alerts "
    "and weather updates from Toledo and Lucas County.",
    "fr": " Copyright 2016 Lyon Matin. Tous droits réservés. Reproduction interdite sans "
    "autorisation. Téléchargez notre application pour recevoir les alertes et la météo de Lyon "
    "et du Rhône.",
    "es": " Copyright 2016 Diario de Toledo. Todos los derechos reservados. Prohibida su "
    "reproducción total o parcial. Descargue nuestra aplicación para recibir alertas y el tiempo "
    "de Toledo y su provincia.",
    "de": " Copyright 2016 Aleppo Rundschau. Alle Rechte vorbehalten. Vervielfältigung nur mit "
    "Genehmigung. Laden Sie unsere App für Eilmeldungen und das Wetter aus Aleppo und der Region "
    "herunter.",
}
# A shooting, then another one in the same town weeks later; neither says on which day.
FIRST = {
    "en": (
        "Man shot dead outside Toledo bar",
        "A man was shot dead outside a bar in Toledo, police said.",
    ),
    "fr": (
        "Un homme tué par balle à Lyon",
        "Un homme a été tué par balle devant un bar à Lyon, selon la police.",
    ),
    "es": (
        "Un hombre muere a tiros en Toledo",
        "Un hombre murió a tiros frente a un bar de Toledo, según la policía.",
    ),
    "de": (
        "Mann in Aleppo erschossen",
        "Ein Mann wurde vor einer Bar in Aleppo erschossen, teilte die Polizei mit.",
    ),
}
OTHER = {
    "en": (
        "Teen shot in Toledo driveway",
        "A teenager was shot in a driveway in Toledo, police said.",
    ),
    "fr": (
        "Un adolescent blessé par balle à Lyon",
        "Un adolescent a été blessé par balle dans une cour à Lyon, selon la police.",
    ),
    "es": (
        "Un adolescente herido de bala en Toledo",
        "Un adolescente resultó herido de bala en un patio de Toledo, según la policía.",
    ),
    "de": (
        "Jugendlicher in Aleppo angeschossen",
        "Ein Jugendlicher wurde in einem Hof in Aleppo angeschossen, teilte die Polizei mit.",
    ),
}
# What followed the first shooting, weeks later.
ARREST = {
    "en": ("Man charged in Toledo bar killing", "Police arrested a man and charged him with murder in the killing outside a bar in Toledo."),
    "fr": ("Un suspect mis en examen après le meurtre devant un bar à Lyon", "Un homme a été arrêté et mis en examen pour le meurtre devant un bar à Lyon."),
    "es": ("Detenido un sospechoso por el crimen del bar de Toledo", "La policía ha detenido a un hombre por la muerte a tiros frente a un bar de Toledo."),
    "de": ("Festnahme nach tödlichen Schüssen vor Bar in Aleppo", "Die Polizei hat einen Mann nach den tödlichen Schüssen vor einer Bar in Aleppo festgenommen."),
}  # fmt: skip
START = datetime(2016, 8, 1, 9)


def report(name: str, words: tuple[str, str], language: str, days: int, **anchor: bool) -> Doc:
    """A report published ``days`` after the first, naming no day of its happening."""
    f = extract_features(words[1] + FRAME[language], words[0])
    tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
    published = START + timedelta(days=days)
    return Doc(name, f.terms, tf, np.zeros(0), language, published, ReportAnchor(name, **anchor))


def event_of_second(
    language: str, words: dict[str, tuple[str, str]], days: int, **anchor: bool
) -> str:
    clusterer = EventClusterer(ClusterConfig())
    clusterer.assign(report("first", FIRST[language], language, 0), "ev-first")
    return clusterer.assign(
        report("second", words[language], language, days, **anchor), "ev-second"
    ).event_id


@pytest.mark.parametrize("language", sorted(FRAME))
def test_another_shooting_weeks_later_is_another_event(language: str) -> None:
    """Its words (the outlet's frame, the town) would join it within days: weeks later, with
    no day to tell, they do not."""
    assert event_of_second(language, OTHER, 2) == "ev-first"
    assert event_of_second(language, OTHER, 21) == "ev-second"


@pytest.mark.parametrize("language", sorted(FRAME))
def test_what_followed_weeks_later_still_joins(language: str) -> None:
    assert event_of_second(language, ARREST, 21, aftermath=True) == "ev-first"


def test_a_report_late_is_judged_by_its_day_when_both_name_one() -> None:
    late = START + timedelta(days=WEEK_DAYS + 14)
    dated = ReportAnchor("late", day=date(2016, 8, 21), precision="day")
    undated = ReportAnchor("late")
    assert not told_late(late, dated, [START], date(2016, 8, 1), WEEK_DAYS)
    assert told_late(late, dated, [START], None, WEEK_DAYS)
    assert told_late(late, undated, [START], date(2016, 8, 1), WEEK_DAYS)
    assert not told_late(START + timedelta(days=WEEK_DAYS), undated, [START], None, WEEK_DAYS)
    # the nearest of the event's reports counts: one a day before makes it no late report
    assert not told_late(late, undated, [START, late - timedelta(days=1)], None, WEEK_DAYS)
    assert not told_late(None, undated, [START], None, WEEK_DAYS)
