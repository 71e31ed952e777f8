"""When (en/fr/es/de): a word of what follows a happening (a vigil, a funeral, a court) names its
setting when it comes right after a cue of the happening and a word of place ("five people were
shot at a vigil Monday", "blessées par balle lors d'une marche blanche lundi", "heridas durante un
velorio el lunes", "Schüsse fielen bei einer Trauerfeier am Montag"): the day dates the happening,
not a follow-up. A vigil held, or a news conference that goes on to tell of the happening, is still
a follow-up."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _when

# A Wednesday report (2014-11-05): a day in passing first (Sunday), then the happening at its
# setting (Monday). On the old code the setting's word, nearest to the day, made it a follow-up's.
_SETTINGS = [
    (
        "Neighbors gathered on Elm Street on Sunday. Five people were shot at a vigil Monday"
        " evening, police said.",
        "en",
    ),
    (
        "Les voisins se sont réunis dimanche. Trois personnes ont été blessées par balle lors"
        " d'une marche blanche lundi soir.",
        "fr",
    ),
    (
        "Los vecinos se reunieron el domingo. Tres personas resultaron heridas durante un velorio"
        " el lunes por la noche.",
        "es",
    ),
    (
        "Die Nachbarn trafen sich am Sonntag. Schüsse fielen bei einer Trauerfeier am Montagabend.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _SETTINGS)
def test_a_happening_at_its_setting_is_dated_by_it(text, lang):
    when = _when(text, lang, "2014-11-05")
    assert not when.estimated
    assert when.start == date(2014, 11, 3)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards: what followed stays a follow-up; the happening's day stays
        (
            "Police said during a news conference Monday that the man was shot late Saturday on"
            " Elm Street.",
            "en",
        ),
        (
            "A man was shot late Saturday on Elm Street. His family held a vigil at the corner on"
            " Monday.",
            "en",
        ),
        (
            "Un homme a été tué par balle samedi soir rue Pasteur. Ses proches ont organisé une"
            " marche blanche lundi.",
            "fr",
        ),
        (
            "Un hombre murió baleado el sábado en la calle Mayor. Su familia lo despidió durante"
            " el funeral el lunes.",
            "es",
        ),
        (
            "Ein Mann wurde am Samstag in der Hauptstraße erschossen. Die Familie traf sich bei der"
            " Trauerfeier am Montag.",
            "de",
        ),
    ],
)
def test_what_followed_stays_a_follow_up(text, lang):
    when = _when(text, lang, "2014-11-05")
    assert when.start == date(2014, 11, 1)
