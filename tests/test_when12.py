"""When (en/fr/es/de): an attribution closing a sentence ("..., police said.", "..., a indiqué
la police.", "..., según la policía.", "..., sagte ein Sprecher.") tells who says it, not when:
the day right before it dates the happening the sentence tells ("a man was shot Saturday, police
said"), so it outweighs a day told in passing. A day before a speech that goes on to say
something ("Sunday, police said the man ...") is still the day it was said."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _when

# A Monday report (2014-11-03): a day in passing first (Sunday), then the happening's
# (Saturday) with a closing attribution, which the old code read as the day it was said.
_CLOSING = [
    (
        "Officers canvassed the neighborhood on Sunday. A man was shot on Elm Street late"
        " Saturday, police said.",
        "en",
    ),
    (
        "Neighbors gathered near the school on Sunday. A teenager was wounded Saturday, a"
        " neighbor told reporters.",
        "en",
    ),
    (
        "Les voisins se sont réunis dimanche. Un homme a été tué rue Pasteur samedi, a indiqué"
        " la police.",
        "fr",
    ),
    (
        "Los vecinos se reunieron el domingo. Un hombre resultó herido en la calle Mayor el"
        " sábado, según la policía.",
        "es",
    ),
    (
        "Die Nachbarn trafen sich am Sonntag. Die Schüsse fielen in der Hauptstraße am"
        " Samstagabend, sagte ein Polizeisprecher.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _CLOSING)
def test_a_closing_attribution_leaves_the_day_to_the_happening(text, lang):
    when = _when(text, lang, "2014-11-03")
    assert not when.estimated
    assert when.start == date(2014, 11, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards: a day before a speech that goes on to say something is the day it was said
        ("Sunday, police said the man had been shot on Elm Street late Saturday.", "en"),
        ("The coroner's office on Sunday said the man had been shot late Saturday.", "en"),
        (
            "Dimanche, a indiqué la police, l'homme avait été blessé par balle samedi soir rue"
            " Pasteur.",
            "fr",
        ),
        (
            "El domingo, según la policía, el hombre había resultado herido el sábado por la"
            " noche en la calle Mayor.",
            "es",
        ),
    ],
)
def test_a_speech_that_goes_on_keeps_its_own_day(text, lang):
    when = _when(text, lang, "2014-11-03")
    assert when.start == date(2014, 11, 1)
