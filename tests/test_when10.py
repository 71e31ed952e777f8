"""When (en/fr/es/de): two sentences glued without a space ("... on Tift Avenue.Investigators
will not say ...", as scraped pages often run) are two clauses: a plan in the second ("will",
"seront", "será", "wird") does not silence the day the first dates the happening by. A full stop
inside a number or an abbreviation ("3.5", "p.m.", "U.S.") is no such boundary, and a plan in the
happening's own sentence still silences its day."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _when

# A Monday report; the happening is dated Saturday in a sentence that runs, with no space after
# its full stop, into one telling of something still to come.
_GLUED = [
    (
        "Police are waiting on autopsy results. Investigators say the boy was shot in the chest"
        " around noon Saturday at a house on Tift Avenue.Investigators will not say who was"
        " holding the gun until they get autopsy results.",
        "en",
    ),
    (
        "La police attend les résultats de l'autopsie. Selon les enquêteurs, le garçon a été"
        " touché à la poitrine samedi vers midi dans une maison de la rue Pasteur.Les"
        " enquêteurs seront de nouveau sur place dans la semaine.",
        "fr",
    ),
    (
        "La policía espera los resultados de la autopsia. Según los investigadores, el joven"
        " recibió un disparo en el pecho el sábado hacia el mediodía en una casa de la calle"
        " Mayor.La autopsia será realizada por el forense esta semana.",
        "es",
    ),
    (
        "Die Polizei wartet auf die Ergebnisse der Obduktion. Nach Angaben der Ermittler wurde"
        " der Junge am Samstag gegen Mittag in einem Haus in der Hauptstraße in die Brust"
        " geschossen.Die Polizei wird vorerst keine weiteren Angaben machen.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _GLUED)
def test_a_plan_in_a_glued_sentence_does_not_silence_the_day(text, lang):
    when = _when(text, lang, "2014-11-03")
    assert not when.estimated
    assert when.start == date(2014, 11, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the plan is the happening's sentence's own: no day (a guard)
        ("The boy will be buried Saturday at a cemetery on Tift Avenue.", "en"),
        ("Le garçon sera inhumé samedi au cimetière de la rue Pasteur.", "fr"),
        ("El joven será enterrado el sábado en el cementerio de la calle Mayor.", "es"),
        ("Der Junge wird am Samstag auf dem Friedhof in der Hauptstraße beigesetzt.", "de"),
    ],
)
def test_a_plan_in_the_same_sentence_still_silences_it(text, lang):
    assert _when(text, lang, "2014-11-03").estimated


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "U.S." and "p.m." are no glued sentences: the plan after them is the same clause's
        ("U.S. Marshals will search the house at 3 p.m. Saturday.", "en"),
        ("Les U.S. Marshals fouilleront la maison samedi à 15 h et seront sur place.", "fr"),
    ],
)
def test_abbreviations_are_no_sentence_boundary(text, lang):
    assert _when(text, lang, "2014-11-03").estimated
