"""Where an event happened: where a person named in a report lives is no scene where the scene is
named too: a person named with an age or a name and a comma and "of" ("Tyrone Tomman, 40, of
Pittsburgh", "Hugo Martinez, of Rockford", "ein 32-Jähriger aus Köln") and a resident's address
("a resident of Pittsburgh", "domiciliée à Lyon", "residente en Toledo", "wohnhaft in Köln")
count half, as "a Helena man" does; a town a wide-area force is stationed in ("State police at
Stroudsburg", "basée à Lyon", "con sede en Toledo", "mit Sitz in Köln") and a big town's "area
hospital" are beside the scene (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_where8 import _first


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        # the scene and a larger home town: the scene
        (
            "Man killed in weekend shooting",
            "A man was shot and killed early Sunday in Wilkinsburg. Police identified him as"
            " Tyrone Tomman, 40, of Pittsburgh.",
            "en",
            "Wilkinsburg",
        ),
        (
            "Man wounded in shooting",
            "A man was wounded Friday night in Loves Park. The victim, Hugo Martinez, of Rockford,"
            " was taken to a hospital.",
            "en",
            "Loves Park",
        ),
        (
            "Man shot outside bar",
            "A man was shot outside a bar in Wilkinsburg on Saturday. The victim, a resident of"
            " Pittsburgh, is in stable condition.",
            "en",
            "Wilkinsburg",
        ),
        (
            "Un homme blessé par balle",
            "Un homme de 25 ans a été blessé par balle samedi soir à Vénissieux. La victime,"
            " domiciliée à Lyon, a été hospitalisée.",
            "fr",
            "Vénissieux",
        ),
        (
            "Herido de bala un hombre",
            "Un hombre resultó herido de bala el sábado en Bargas. El herido, de 40 años y"
            " residente en Toledo, fue trasladado a un centro de salud.",
            "es",
            "Bargas",
        ),
        (
            "Mann angeschossen",
            "Ein 32-Jähriger aus Köln ist am Samstagabend in Hürth angeschossen worden.",
            "de",
            "Hürth",
        ),
        (
            "Mann angeschossen",
            "Ein Mann ist am Samstagabend in Hürth angeschossen worden. Das Opfer, wohnhaft in"
            " Köln, kam in ein Krankenhaus.",
            "de",
            "Hürth",
        ),
    ],
)
def test_a_home_town_is_no_scene(title, text, lang, town):
    assert _first(title, text, lang)[0] == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        # a home town still names the place where nothing else does
        (
            "Man shot Sunday",
            "Tyrone Tomman, 40, of Pittsburgh, was shot Sunday.",
            "en",
            "Pittsburgh",
        ),
        ("Un homme blessé", "Un homme domicilié à Lyon a été blessé samedi.", "fr", "Lyon"),
        # "the city of", "north of" say no one's home
        (
            "Man shot in the city of Pittsburgh",
            "A man from Wilkinsburg was shot on Sunday.",
            "en",
            "Pittsburgh",
        ),
    ],
)
def test_a_home_town_alone_or_no_home(title, text, lang, town):
    assert _first(title, text, lang)[0] == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        # the scene and the larger town a force called to it is stationed in: the scene
        (
            "Man shot Saturday night",
            "A man was shot Saturday night in Saylorsburg. State police at Stroudsburg are"
            " investigating.",
            "en",
            "Saylorsburg",
        ),
        (
            "Un homme blessé par balle",
            "Un homme a été blessé par balle samedi soir à Meyzieu. L'enquête a été confiée à la"
            " brigade de recherches basée à Lyon.",
            "fr",
            "Meyzieu",
        ),
        (
            "Herido de bala un hombre",
            "Un hombre resultó herido de bala el sábado en Bargas. Investiga una unidad de la"
            " Guardia Civil con sede en Toledo.",
            "es",
            "Bargas",
        ),
        (
            "Mann angeschossen",
            "Ein Mann ist am Samstagabend in Hürth angeschossen worden. Die Ermittlungen führt eine"
            " Mordkommission mit Sitz in Köln.",
            "de",
            "Hürth",
        ),
        # English names a big town's hospital by its area: no scene either
        (
            "Teen injured in accidental shooting",
            "A teen was shot Friday in Glenns Ferry and was taken to a Boise area hospital.",
            "en",
            "Glenns Ferry",
        ),
        # shot by state police there: the scene
        (
            "Man shot by troopers",
            "A man was shot by state police in Stroudsburg on Sunday after a chase that began in"
            " Saylorsburg.",
            "en",
            "Stroudsburg",
        ),
    ],
)
def test_where_a_force_is_stationed_or_the_hospital_is_no_scene(title, text, lang, town):
    assert _first(title, text, lang)[0] == town
