"""When (en/fr/es/de): a date with its year timed through a word ("On August 20, 2015 at
approximately 10 p.m.", "Le 20 août 2015 vers 22 h") dates the happening like a weekday timed so,
while a page stamp's bare time ("August 25, 2015 7:26 AM") does not; an English slashed date
whose day is past 12 ("12/23/16") is read month first, and other languages' slashed dates stay
day first."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_event_record import _when

from newsfuse.extract.dates import resolve_dates
from newsfuse.language import split_sentences

# The lead tells of a death two days after the happening; the happening itself is dated in a
# release quoted further down, with its year and its time, and no cue word near the date.
_TIMED = [
    (
        "The boy was pronounced dead on Saturday, August 22, 2015, at the medical center. The"
        " lieutenant issued the following press release. The case is still open. On August 20,"
        " 2015 at approximately 10 p.m., officers responded to 105 Third Street in the city limits"
        " in reference to a juvenile male with a gunshot wound to the head.",
        "en",
    ),
    (
        "Le garçon a été déclaré mort le samedi 22 août 2015 au centre médical. Le lieutenant a"
        " publié le communiqué suivant. L'enquête se poursuit. Le 20 août 2015 vers 22 h, les"
        " secours sont intervenus au 105, rue Principale, dans les limites de la commune, pour un"
        " mineur atteint d'une balle à la tête.",
        "fr",
    ),
    (
        "El niño fue declarado muerto el sábado 22 de agosto de 2015 en el centro médico. El"
        " teniente difundió el siguiente comunicado. La investigación sigue abierta. El 20 de"
        " agosto de 2015 hacia las 22.00, los agentes acudieron a la calle Mayor 105, dentro del"
        " término municipal, por un menor con una herida de bala en la cabeza.",
        "es",
    ),
    (
        "Der Junge wurde am Samstag, den 22. August 2015, im Krankenhaus für tot erklärt. Der"
        " Leutnant gab die folgende Mitteilung heraus. Die Ermittlungen dauern an. Am 20. August"
        " 2015 gegen 22 Uhr wurde die Polizei in die Hauptstraße 105 innerhalb der Stadtgrenzen"
        " alarmiert, wo ein Jugendlicher mit einer Schusswunde am Kopf lag.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _TIMED)
def test_a_dated_and_timed_happening_is_the_day(text, lang):
    assert _when(text, lang, "2015-08-25").start == date(2015, 8, 20)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A man was shot and wounded Sunday night on Elm Street, police said. August 21, 2015"
            " 7:26 AM. Police have not named a suspect.",
            "en",
        ),
        (
            "Un homme a été blessé par balle dimanche soir rue des Lilas, selon la police. 21 août"
            " 2015 07:26. La police n'a désigné aucun suspect.",
            "fr",
        ),
        (
            "Un hombre resultó herido de bala el domingo por la noche en la calle Olmo, según la"
            " policía. 21 de agosto de 2015 07:26. La policía no ha identificado a ningún"
            " sospechoso.",
            "es",
        ),
        (
            "Ein Mann wurde am Sonntag in der Ulmenstraße angeschossen und verletzt, teilte"
            " die Polizei mit. 21. August 2015 07:26. Die Polizei hat keinen Verdächtigen genannt.",
            "de",
        ),
    ],
)
def test_a_stamp_with_its_bare_time_is_no_happening(text, lang):
    # the weekday's day (Sunday, 23 August 2015) is the happening's, not the stamp's
    assert _when(text, lang, "2015-08-24").start == date(2015, 8, 23)


def _dates(text: str, lang: str) -> list[str | None]:
    sentences = split_sentences(text, "a", lang)
    return [r.value for r in resolve_dates(sentences, datetime(2016, 12, 27), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("The shooting was reported on 12/23/16 at about 8:50 p.m.", "en", ["2016-12-23"]),
        ("Created: 01/26/2015 1:24 PM", "en", ["2015-01-26"]),
        ("The shooting was reported on 5/12/16.", "en", ["2016-05-12"]),
        # day first elsewhere: "12/23/16" is no date there
        ("Les tirs ont été signalés le 23/12/16 vers 20 h 50.", "fr", ["2016-12-23"]),
        ("Les tirs ont été signalés le 12/23/16.", "fr", []),
        ("Los disparos se denunciaron el 23/12/16 hacia las 20.50.", "es", ["2016-12-23"]),
        ("Die Schüsse wurden am 23/12/16 gegen 20.50 Uhr gemeldet.", "de", ["2016-12-23"]),
    ],
)
def test_a_slashed_date_past_the_twelfth_reads_month_first_in_english(text, lang, values):
    assert _dates(text, lang) == values


def test_a_slashed_date_dates_the_happening():
    text = (
        "The Anderson County Sheriff's Office is investigating a possible accidental shooting"
        " which was reported to us on 12/23/16 at approximately 8:50 p.m. The victim was taken"
        " to a hospital."
    )
    assert _when(text, "en", "2016-12-27").start == date(2016, 12, 23)
