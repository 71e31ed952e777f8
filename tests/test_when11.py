"""When (en/fr/es/de): words that tell the happening itself date it ("shots rang out Saturday",
"des coups de feu ont retenti samedi", "una balacera se registró el sábado", "am Samstag schoss
ein Mann"), so their day outweighs a day the report tells in passing before it ("Officers
canvassed the neighborhood Sunday"); a German weekday joined with its part of the day
("Samstagabend", "Sonntagmorgen") is that day; "ce soir-là", "ce matin-là" (that evening, that
morning) are not the report's own day."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _when

# A Monday report: a day in passing first (Sunday), then the happening's (Saturday) in words that
# are no cue on the old code.
_HAPPENING = [
    (
        "Officers canvassed the neighborhood on Sunday. Shots rang out late Saturday on Elm"
        " Street, and a man was taken to a hospital.",
        "en",
    ),
    (
        "The neighbors gathered on Sunday. The situation unfolded Saturday afternoon on Elm"
        " Street, near the school.",
        "en",
    ),
    (
        "Les enquêteurs ont interrogé les voisins dimanche. Des coups de feu ont retenti samedi"
        " soir rue Pasteur, près de l'école.",
        "fr",
    ),
    (
        "Los agentes interrogaron a los vecinos el domingo. Una balacera se registró el sábado"
        " por la noche en la calle Mayor, cerca de la escuela.",
        "es",
    ),
    (
        "Die Ermittler befragten am Sonntag die Nachbarn. Am Samstag schoss ein Mann in der"
        " Hauptstraße auf zwei Passanten.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _HAPPENING)
def test_words_of_the_happening_date_it(text, lang):
    when = _when(text, lang, "2014-11-03")
    assert not when.estimated
    assert when.start == date(2014, 11, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a guard: a day told in passing after the happening's day keeps its lower weight
        ("Shots rang out late Saturday on Elm Street. Neighbors gathered on Sunday.", "en"),
        ("Des coups de feu ont retenti samedi soir. Les voisins se sont réunis dimanche.", "fr"),
        ("Una balacera se registró el sábado. Los vecinos se reunieron el domingo.", "es"),
        ("Am Samstag schoss ein Mann auf zwei Passanten. Am Sonntag trafen sich Nachbarn.", "de"),
    ],
)
def test_the_happening_day_stays_when_said_first(text, lang):
    assert _when(text, lang, "2014-11-03").start == date(2014, 11, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am Samstagabend wurde ein Mann in der Hauptstraße erschossen.", "de"),
        ("Ein Mann wurde Samstagnacht in der Hauptstraße durch Schüsse verletzt.", "de"),
        # the other languages tell the part of the day apart (guards)
        ("A man was shot and killed Saturday night on Elm Street.", "en"),
        ("Un homme a été tué par balle samedi soir rue Pasteur.", "fr"),
        ("Un hombre murió baleado el sábado por la noche en la calle Mayor.", "es"),
    ],
)
def test_a_weekday_with_its_part_of_the_day_is_that_day(text, lang):
    when = _when(text, lang, "2014-11-03")
    assert not when.estimated
    assert when.start == date(2014, 11, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "that evening" is the day the story tells of, not the report's
        ("Ce soir-là, un homme a été blessé rue Pasteur.", "fr"),
        ("Ce matin-là, un homme a été blessé rue Pasteur.", "fr"),
        ("That evening, a man was wounded on Elm Street.", "en"),
        ("Esa noche, un hombre resultó herido en la calle Mayor.", "es"),
        ("An jenem Abend wurde ein Mann in der Hauptstraße verletzt.", "de"),
        # a weekday six days back in a Monday report, joined or not, stays unclear
        ("Am Dienstagabend wurde ein Mann in der Hauptstraße erschossen.", "de"),
    ],
)
def test_that_day_is_no_day_of_the_report(text, lang):
    assert _when(text, lang, "2014-11-03").estimated
