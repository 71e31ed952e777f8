"""When (en/fr/es/de): a photo caption's date, its credit after it ("(Reuters Photo)", "(Photo
AFP)", "(Foto: EFE)", "(Foto: dpa)"), is told in passing. An attribution closing a sentence
("..., police said.", "..., a indiqué la police.", "..., según la policía.", "..., sagte ein
Sprecher.") tells who says it, not when:
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


# A Monday report (2014-11-03) opening with a photo's caption, its credit after the date: the
# photo's day is told in passing, the happening's (Sunday) dates the report. On the old code the
# caption's date, said first with a cue word near it, won the tie.
_CAPTIONS = [
    (
        "Rescuers search the rubble of a building hit by an air strike in Aleppo on October 20,"
        " 2014 (Reuters Photo). An air strike killed 12 people in the market on Sunday.",
        "en",
    ),
    (
        "Rescuers search the rubble after an air strike in Aleppo on October 20 2014 (TRT World"
        " and Agencies) An air strike killed 12 people in the market on Sunday.",
        "en",
    ),
    (
        "Des secouristes fouillent les décombres après une frappe aérienne à Alep le 20 octobre"
        " 2014 (Photo AFP). Une frappe aérienne a tué douze personnes sur le marché dimanche.",
        "fr",
    ),
    (
        "Rescatistas buscan entre los escombros tras un bombardeo en Alepo el 20 de octubre de"
        " 2014 (Foto: EFE). Un bombardeo mató a doce personas en el mercado el domingo.",
        "es",
    ),
    (
        "Helfer durchsuchen die Trümmer nach einem Luftangriff in Aleppo am 20. Oktober 2014"
        " (Foto: dpa). Ein Luftangriff tötete am Sonntag zwölf Menschen auf dem Markt.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _CAPTIONS)
def test_a_photo_captions_day_is_told_in_passing(text, lang):
    when = _when(text, lang, "2014-11-03")
    assert when.start == date(2014, 11, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards: a parenthesis that is no credit leaves the day to the happening
        ("An air strike killed 12 people in Aleppo on Sunday (local time). Crowds gathered.", "en"),
        ("Une frappe a tué douze personnes à Alep dimanche (heure locale).", "fr"),
    ],
)
def test_a_parenthesis_without_a_credit_keeps_the_day(text, lang):
    when = _when(text, lang, "2014-11-03")
    assert when.start == date(2014, 11, 2)
