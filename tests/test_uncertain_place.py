"""Event grouping (#16, #17): a report placed beyond an event's area only because the event's
town's own name was read as another place joins on the plain bar, not the raised one
(``ClusterConfig.apart``). A report of another town, even one naming the event's town in
passing, stays apart."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest

from newsfuse.cluster import ClusterConfig, Doc, EventClusterer
from newsfuse.features import extract_features
from newsfuse.records import EventPlace, PlacePrecision, ReportAnchor

DAY = date(2016, 6, 12)


def town(name: str, gid: int, lat: float, lon: float, admin1: str, country: str) -> EventPlace:
    return EventPlace(name, country, PlacePrecision.TOWN, admin1, "", gid, lat, lon)


def report(name: str, title: str, text: str, language: str, place: EventPlace) -> Doc:
    f = extract_features(text, title)
    tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
    anchor = ReportAnchor(name, day=DAY, precision="day", place=place)
    return Doc(name, f.terms, tf, np.zeros(0), language, datetime(2016, 6, 12, 18), anchor)


def bar_of_second(first: Doc, second: Doc) -> float | None:
    """The score the second report must reach to join the event the first one started."""
    clusterer = EventClusterer(ClusterConfig())
    clusterer.assign(first, "ev-first")
    return clusterer.bar(second, "ev-first")


# (language, event's report and place, second report and the place it was read at)
SAME_NAME = [
    (
        "en",
        (
            "Police: 14-year-old accidentally shot in head in Hamilton",
            "A 14-year-old was shot in "
            "the head in Hamilton on Friday, police said; a 16-year-old is in custody.",
        ),
        town("Hamilton", 4513583, 39.40, -84.56, "Ohio", "US"),
        (
            "Teen involved in Hamilton shooting arraigned",
            "The 16-year-old charged in the Hamilton shooting appeared in court on Saturday.",
        ),
        town("Hamilton", 5969785, 43.23, -79.85, "Ontario", "CA"),
    ),
    (
        "fr",
        (
            "Fusillade à Saint-Denis : un mort",
            "Un homme a été tué par balle samedi soir à Saint-Denis, selon la préfecture.",
        ),
        town("Saint-Denis", 2980916, 48.94, 2.36, "Île-de-France", "FR"),
        (
            "Saint-Denis : l'auteur des tirs toujours recherché",
            "La police recherche toujours l'homme qui a ouvert le feu samedi à Saint-Denis.",
        ),
        town("Saint-Denis", 935264, -20.88, 55.45, "Réunion", "RE"),
    ),
    (
        "es",
        (
            "Tiroteo en Mérida deja un muerto",
            "Un hombre murió en un tiroteo el sábado en Mérida, informó la policía.",
        ),
        town("Mérida", 3523349, 20.97, -89.62, "Yucatán", "MX"),
        (
            "Detienen al autor del tiroteo de Mérida",
            "La policía detuvo al autor del tiroteo del sábado en Mérida.",
        ),
        town("Mérida", 2513917, 38.92, -6.34, "Extremadura", "ES"),
    ),
    (
        "de",
        (
            "Schüsse in Frankfurt: ein Toter",
            "In Frankfurt ist am Samstag ein Mann erschossen worden, teilte die Polizei mit.",
        ),
        town("Frankfurt", 2925533, 50.12, 8.68, "Hessen", "DE"),
        (
            "Frankfurt: Polizei fahndet nach Schützen",
            "Nach den tödlichen Schüssen in Frankfurt fahndet die Polizei nach dem Täter.",
        ),
        town("Frankfurt", 2925535, 52.34, 14.55, "Brandenburg", "DE"),
    ),
]


@pytest.mark.parametrize(("language", "first", "there", "second", "read"), SAME_NAME)
def test_an_uncertain_place_reading_does_not_raise_the_bar(
    language: str,
    first: tuple[str, str],
    there: EventPlace,
    second: tuple[str, str],
    read: EventPlace,
) -> None:
    bar = bar_of_second(
        report("first", *first, language, there), report("second", *second, language, read)
    )
    assert bar == ClusterConfig().threshold


# A report of another region that names the event's town in passing, and one of another town of
# the region that does not name it: both placed beyond the event's area.
APART = [
    (
        "en",
        ("Two shot in Orlando", "Two men were shot in Orlando on Sunday, police said."),
        town("Orlando", 4167147, 28.54, -81.38, "Florida", "US"),
        (
            "Man shot in Atlanta a day after Orlando attack",
            "A man was shot in Atlanta on Sunday, hours after the attack in Orlando, police said.",
        ),
        town("Atlanta", 4180439, 33.75, -84.39, "Georgia", "US"),
    ),
    (
        "fr",
        ("Fusillade à Lyon", "Deux hommes ont été blessés par balle dimanche à Lyon."),
        town("Lyon", 2996944, 45.76, 4.84, "Auvergne-Rhône-Alpes", "FR"),
        (
            "Fusillade à Clermont-Ferrand",
            "Deux hommes ont été blessés par balle dimanche à Clermont-Ferrand, selon la police.",
        ),
        town("Clermont-Ferrand", 3024635, 45.78, 3.08, "Auvergne-Rhône-Alpes", "FR"),
    ),
    (
        "es",
        ("Tiroteo en Toledo", "Dos hombres resultaron heridos el domingo en un tiroteo en Toledo."),
        town("Toledo", 2510409, 39.86, -4.02, "Castilla-La Mancha", "ES"),
        (
            "Tiroteo en Sevilla tras el de Toledo",
            "Dos hombres resultaron heridos el domingo en "
            "un tiroteo en Sevilla, horas después del de Toledo.",
        ),
        town("Sevilla", 2510911, 37.38, -5.97, "Andalucía", "ES"),
    ),
    (
        "de",
        (
            "Luftangriff auf Aleppo",
            "Bei einem Luftangriff auf Aleppo sind am Sonntag zehn Menschen getötet worden.",
        ),
        town("Aleppo", 170063, 36.20, 37.16, "Aleppo", "SY"),
        (
            "Luftangriff auf Deir ez-Zor",
            "Bei einem Luftangriff auf Deir ez-Zor sind am Sonntag "
            "acht Menschen getötet worden, wenige Stunden nach dem Angriff auf Aleppo.",
        ),
        town("Deir ez-Zor", 170794, 35.34, 40.14, "Deir ez-Zor", "SY"),
    ),
]


@pytest.mark.parametrize(("language", "first", "there", "second", "read"), APART)
def test_a_report_placed_elsewhere_still_meets_the_raised_bar(
    language: str,
    first: tuple[str, str],
    there: EventPlace,
    second: tuple[str, str],
    read: EventPlace,
) -> None:
    c = ClusterConfig()
    bar = bar_of_second(
        report("first", *first, language, there), report("second", *second, language, read)
    )
    assert bar == c.threshold * c.apart
