"""When (en/fr/es/de): a body found on a day dates the happening as a cue word of it does ("his
body was discovered in an abandoned house on Sunday", "le corps d'un homme a été retrouvé
dimanche", "el cadáver de un hombre fue hallado el domingo", "am Sonntag wurde die Leiche eines
Mannes gefunden"): the day told with it outweighs a day told in passing. Not a body named without
its finding ("the body was taken to the coroner Monday")."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _when

# A Tuesday report (2014-11-04): a day in passing first (Monday, in the lead), then the body's
# finding (Sunday). On the old code the finding had no cue word near its day: the day in passing,
# said first, won the tie.
_FOUND = [
    (
        "Detectives went door to door along Elm Street on Monday. His body was discovered in an"
        " abandoned house on East 54th Street on Sunday.",
        "en",
    ),
    (
        "Neighbors were interviewed on Monday. Deputies responding to a 911 call Sunday found"
        " the girl's body at the home on Oak Avenue.",
        "en",
    ),
    (
        "Les enquêteurs ont interrogé les voisins lundi. Le corps d'un homme de 32 ans a été"
        " retrouvé dimanche dans un appartement de la rue Pasteur.",
        "fr",
    ),
    (
        "Los investigadores interrogaron a los vecinos el lunes. El cadáver de un hombre de 32"
        " años fue hallado el domingo en un departamento de la calle Mayor.",
        "es",
    ),
    (
        "Die Ermittler befragten am Montag die Nachbarn. Am Sonntag wurde die Leiche eines"
        " 32-jährigen Mannes in einer Wohnung in der Hauptstraße gefunden.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _FOUND)
def test_a_body_found_dates_the_happening(text, lang):
    when = _when(text, lang, "2014-11-04")
    assert not when.estimated
    assert when.start == date(2014, 11, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards: a body named without its finding is no cue; the happening's day stays
        (
            "A man was shot on Elm Street late Saturday. His body was taken to the coroner's"
            " office on Monday.",
            "en",
        ),
        (
            "Un homme a été tué par balle samedi soir rue Pasteur. Son corps a été transporté"
            " lundi à l'institut médico-légal.",
            "fr",
        ),
        (
            "Un hombre murió baleado el sábado en la calle Mayor. Su cuerpo fue trasladado el"
            " lunes a la morgue.",
            "es",
        ),
        (
            "Ein Mann wurde am Samstag in der Hauptstraße erschossen. Seine Leiche wurde am"
            " Montag in die Rechtsmedizin gebracht.",
            "de",
        ),
    ],
)
def test_a_body_without_its_finding_is_no_cue(text, lang):
    when = _when(text, lang, "2014-11-04")
    assert when.start == date(2014, 11, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards: a finding follows the happening as a death does; the shots' day stays
        (
            "The body of a 16-year-old boy was found outside a home on Elm Street on Tuesday"
            " morning. Neighbors said they heard gunshots Monday around 8 p.m.",
            "en",
        ),
        (
            "Le corps d'un adolescent a été retrouvé mardi matin devant une maison de la rue"
            " Pasteur. Des voisins ont entendu des coups de feu lundi vers 20 h.",
            "fr",
        ),
        (
            "El cuerpo de un adolescente fue hallado el martes por la mañana frente a una casa de"
            " la calle Mayor. Los vecinos escucharon disparos el lunes hacia las 20.00.",
            "es",
        ),
        (
            "Die Leiche eines Jugendlichen wurde am Dienstagmorgen vor einem Haus in der"
            " Hauptstraße gefunden. Nachbarn hörten am Montag gegen 20 Uhr Schüsse.",
            "de",
        ),
    ],
)
def test_a_finding_follows_the_happening(text, lang):
    when = _when(text, lang, "2014-11-05")
    assert when.start == date(2014, 11, 3)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards: a finding follows the death too; the death's day stays
        (
            "The body of a 75-year-old man was discovered Tuesday by a maid who entered his hotel"
            " room. The coroner believes he died Saturday.",
            "en",
        ),
        (
            "Le corps d'un homme de 75 ans a été découvert mardi par une femme de chambre. Selon"
            " le médecin légiste, il est mort samedi.",
            "fr",
        ),
        (
            "El cuerpo de un hombre de 75 años fue hallado el martes por una empleada del hotel."
            " El forense cree que murió el sábado.",
            "es",
        ),
        (
            "Die Leiche eines 75-jährigen Mannes wurde am Dienstag von einem Zimmermädchen"
            " gefunden. Der Rechtsmediziner geht davon aus, dass er am Samstag starb.",
            "de",
        ),
    ],
)
def test_a_finding_follows_the_death(text, lang):
    when = _when(text, lang, "2014-11-05")
    assert when.start == date(2014, 11, 1)
