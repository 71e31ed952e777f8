"""Where an event happened: a first-level division named in another language ("Pennsylvanie",
"Kalifornien", "Carolina del Norte", "Castille-La Manche") is that division, as its English name
is; a translated name that is also a town's or a country's ("Géorgie") or a common word names
no division by itself; a name with link words ("Caroline du Nord", "District of Columbia", "Río
de Janeiro") is read whole. Countries' names CLDR lacks come from ISO 3166-1's catalogues ("Birmanie")
(rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places

from newsfuse.extract.gazetteer import gazetteer
from newsfuse.extract.places import region_of


def _first(title: str, text: str, lang: str) -> tuple[str, str, str]:
    place = _places(_article(title, text, lang))[0]
    return place.name, place.admin1, place.country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "Fusillade dans un bar de Pennsylvanie : deux morts",
            "Deux personnes ont été tuées et trois blessées dans la nuit de samedi à dimanche"
            " lors d'une fusillade dans un bar de Pennsylvanie, a annoncé la police.",
            "fr",
            ("Pennsylvania", "Pennsylvania", "US"),
        ),
        (
            "Tiroteo en una escuela de Carolina del Norte",
            "Un estudiante murió y otro resultó herido este martes en un tiroteo en una escuela"
            " secundaria de Carolina del Norte, informaron las autoridades.",
            "es",
            ("North Carolina", "North Carolina", "US"),
        ),
        (
            "Schüsse in Kalifornien: Drei Tote",
            "Bei Schüssen auf einer Geburtstagsfeier in Kalifornien sind am Samstagabend drei"
            " Menschen getötet worden, teilte die Polizei mit.",
            "de",
            ("California", "California", "US"),
        ),
        (
            "Un mort dans une fusillade en Caroline du Nord",
            "Un homme a été tué et deux autres blessés lors d'une fusillade devant une"
            " discothèque en Caroline du Nord, a indiqué la police locale.",
            "fr",
            ("North Carolina", "North Carolina", "US"),
        ),
        (
            "Incendie meurtrier en Castille-La Manche",
            "Deux pompiers sont morts jeudi en luttant contre un incendie de forêt en"
            " Castille-La Manche, selon les services de secours.",
            "fr",
            ("Castille-La Mancha", "Castille-La Mancha", "ES"),
        ),
        (
            "Schwere Unwetter in der Lombardei: zwei Tote",
            "Bei heftigen Unwettern in der Lombardei sind am Sonntag zwei Menschen ums Leben"
            " gekommen, teilte der Zivilschutz mit.",
            "de",
            ("Lombardy", "Lombardy", "IT"),
        ),
        (
            "Explosión en una mina de Birmania",
            "Al menos veinte mineros murieron el jueves en una explosión en una mina de jade de"
            " Birmania, informó la policía.",
            "es",
            ("Myanmar", "", "MM"),
        ),
        # a name with link words is read whole: not Columbia, S.C., nor Rio in Greece
        (
            "Two killed in shooting in the District of Columbia",
            "Two men were killed and three people wounded late Saturday in a shooting in the"
            " District of Columbia, police said.",
            "en",
            ("Washington", "District of Columbia", "US"),
        ),
        (
            "Tiroteo en Río de Janeiro deja tres muertos",
            "Tres personas murieron el domingo en un tiroteo en una favela de Río de Janeiro,"
            " informó la policía.",
            "es",
            ("Rio de Janeiro", "Rio de Janeiro", "BR"),
        ),
        (
            "Shooting outside a Philadelphia bar leaves two dead",
            "PHILADELPHIA, Pa. - Two men were killed early Sunday outside a bar in North"
            " Philadelphia, police said.",
            "en",
            ("Philadelphia", "Pennsylvania", "US"),
        ),
    ],
)
def test_a_division_named_in_another_language_is_that_division(
    title: str, text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert _first(title, text, lang) == expected


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Pennsylvanie", ("US", "PA")),  # fr
        ("Kalifornien", ("US", "CA")),  # de
        ("Carolina del Norte", ("US", "NC")),  # es
        ("Caroline du Nord", ("US", "NC")),  # fr
        ("Louisiane", ("US", "LA")),  # fr
    ],
)
def test_a_us_state_named_in_another_language_is_that_state(
    name: str, region: tuple[str, str]
) -> None:
    assert region_of(name) == region


@pytest.mark.parametrize(
    "name",
    [
        "Géorgie",  # fr: the country, not only the US state
        "Vienne",  # fr: Vienna's state, and a French town
        "Pensilvania",  # es: Pennsylvania, and a Colombian town
        "Nueva York",  # es: the state, and the city's other name
    ],
)
def test_a_translated_name_of_a_town_or_country_is_no_division_of_its_own(name: str) -> None:
    gaz = gazetteer()
    assert not any(e.kind == "admin1" and gaz.own_name(e, name) for e in gaz.lookup(name))


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Birmanie", "MM"),  # fr: CLDR writes "Myanmar (Birmanie)"
        ("Birmania", "MM"),  # es
        ("République démocratique du Congo", "CD"),  # fr
        ("Demokratische Republik Kongo", "CD"),  # de
    ],
)
def test_a_country_named_in_another_language_is_that_country(name: str, country: str) -> None:
    assert region_of(name) == (country, "")


def test_a_country_name_another_country_s_name_holds_is_none_of_its_own() -> None:
    """German "Kongo" is either Congo: ISO's name for Brazzaville's is no country's alone."""
    assert not any(e.kind == "country" for e in gazetteer().lookup("Kongo"))
