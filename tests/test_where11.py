"""Where an event happened: a name the reports call a part of a city ("in the South Side
Chatham neighborhood", "dans le quartier de Belleville", "en el barrio de Salamanca", "im
Stadtteil Griesheim") is no namesake town elsewhere ("im Hamburger Stadtteil": Hamburg's); a
sheriff's name is his county's where one state has a county of it ("the Los Angeles Sheriff's
Department": not the town of Los Angeles); and of a name's namesakes of comparable
size, the one another named town lies close to is meant ("Columbus" with "Phenix City police":
Columbus, Georgia) (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places


def _all(title: str, text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.admin1, p.country) for p in _places(_article(title, text, lang))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "Man shot dead in Austin",
            "A 24-year-old man was shot and killed Saturday night in the West Side Austin"
            " neighborhood, Chicago police said.",
            "en",
            [("Chicago", "Illinois", "US")],
        ),
        (
            "Two wounded in Chatham shooting",
            "Two men were wounded early Sunday in the South Side Chatham neighborhood, Chicago"
            " police said.",
            "en",
            [("Chicago", "Illinois", "US")],
        ),
        (
            "Paris : un homme tué par balle à Belleville",
            "Un homme de 25 ans a été tué par balle dimanche soir dans le quartier de Belleville,"
            " à Paris, a indiqué la police.",
            "fr",
            [("Paris", "Ile-de-France", "FR")],
        ),
        (
            "Muere un hombre tiroteado en Salamanca",
            "Un hombre de 40 años murió el domingo tiroteado en el barrio de Salamanca, en"
            " Madrid, según informó la policía.",
            "es",
            [("Madrid", "Madrid", "ES")],
        ),
        (
            "Schüsse in Griesheim",
            "In Frankfurt ist am Sonntag ein Mann im Stadtteil Griesheim erschossen worden,"
            " teilte die Polizei mit.",
            "de",
            [("Frankfurt am Main", "Hesse", "DE")],
        ),
        (
            "Schüsse in Wilhelmsburg: Ein Toter",
            "Bei Schüssen im Hamburger Stadtteil Wilhelmsburg ist am Samstagabend ein Mann"
            " getötet worden, teilte die Polizei mit.",
            "de",
            [("Hamburg", "Hamburg", "DE")],
        ),
    ],
)
def test_a_named_part_of_a_city_is_no_namesake_town(title, text, lang, expected):
    assert _all(title, text, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Child grazed by bullet in Columbus shooting",
            "A 6-year-old girl was grazed by a bullet Saturday night in Columbus, police said."
            " Phenix City police are helping with the search for the shooter.",
            "en",
        ),
        (
            "Fusillade à Columbus : une fillette blessée",
            "Une fillette de 6 ans a été légèrement blessée par balle samedi soir à Columbus,"
            " selon la police. La police de Phenix City participe aux recherches.",
            "fr",
        ),
        (
            "Tiroteo en Columbus: una niña herida",
            "Una niña de 6 años resultó herida de bala el sábado por la noche en Columbus, según"
            " la policía. La policía de Phenix City colabora en la búsqueda.",
            "es",
        ),
        (
            "Schüsse in Columbus: Mädchen verletzt",
            "Ein sechsjähriges Mädchen ist am Samstagabend in Columbus von einer Kugel gestreift"
            " worden, teilte die Polizei mit. Die Polizei von Phenix City hilft bei der Suche.",
            "de",
        ),
    ],
)
def test_a_town_named_nearby_says_which_namesake(title, text, lang):
    assert _all(title, text, lang)[0] == ("Columbus", "Georgia", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (  # no other town: the larger namesake, as before
            "Child grazed by bullet in Columbus shooting",
            "A 6-year-old girl was grazed by a bullet Saturday night in Columbus, police said.",
            "en",
            ("Columbus", "Ohio", "US"),
        ),
        (  # "a Chicago neighborhood" is some part of Chicago: Chicago stays the place
            "Teen shot in a Chicago neighborhood",
            "A 16-year-old boy was shot Monday night in a Chicago neighborhood, police said.",
            "en",
            ("Chicago", "Illinois", "US"),
        ),
        (  # "un quartier de Lyon": Lyon itself
            "Un homme blessé par balle à Lyon",
            "Un homme a été blessé par balle dimanche dans un quartier de Lyon, a indiqué la"
            " police.",
            "fr",
            ("Lyon", "Rhone-Alpes", "FR"),
        ),
    ],
)
def test_the_city_itself_stays(title, text, lang, expected):
    assert _all(title, text, lang)[0] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "Two Men Critical Following Compton Shooting",
            "Two men were in critical condition after being shot in Compton on Friday night. Two"
            " were taken to a local hospital, according to the Los Angeles Sheriff's Department.",
            "en",
            ("Compton", "California", "US"),
        ),
        (  # said in another language, the sheriff's office is no place: Compton as before
            "Fusillade à Compton : deux blessés graves",
            "Deux hommes ont été grièvement blessés par balle vendredi soir à Compton, selon le"
            " bureau du shérif de Los Angeles.",
            "fr",
            ("Compton", "California", "US"),
        ),
        (
            "Tiroteo en Compton deja dos heridos graves",
            "Dos hombres resultaron gravemente heridos de bala el viernes por la noche en Compton,"
            " según la oficina del sheriff de Los Ángeles.",
            "es",
            ("Compton", "California", "US"),
        ),
        (
            "Schüsse in Compton: Zwei Schwerverletzte",
            "Zwei Männer sind am Freitagabend in Compton durch Schüsse schwer verletzt worden,"
            " teilte das Büro des Sheriffs von Los Angeles mit.",
            "de",
            ("Compton", "California", "US"),
        ),
        (  # Sumter County lies in four states: "Sumter deputies" stay the town's
            "Sumter man shot",
            "A man was shot Sunday in Sumter, Sumter deputies said.",
            "en",
            ("Sumter", "South Carolina", "US"),
        ),
    ],
)
def test_a_sheriff_is_his_county_s(title, text, lang, expected):
    assert _all(title, text, lang)[0] == expected
