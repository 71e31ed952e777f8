"""Where an event happened: a township's name the gazetteer lacks ("Ross Township") is read
inside the region the reports otherwise name, never as a namesake town of another state
(rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places


def _first(title: str, text: str, lang: str) -> tuple[str, str]:
    place = _places(_article(title, text, lang))[0]
    return place.name, place.admin1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        # Ross, Ohio, and Noble, Oklahoma, were read before (all fail on the old code)
        (
            "Shooting reported at Ross Township municipal building",
            "A gunman opened fire at a township meeting in Ross Township on Monday, killing three"
            " people. The wounded were taken to Pocono Medical Center in East Stroudsburg,"
            " Pennsylvania State Police said.",
            "en",
            ("East Stroudsburg", "Pennsylvania"),
        ),
        (
            "Boy shot in Noble Township",
            "A 7-year-old boy was shot in the arm in Noble Township on Saturday, deputies said."
            " Firefighters from Bronson, Michigan, were called to a field off Gunthorp Road.",
            "en",
            ("Bronson", "Michigan"),
        ),
        (
            "Un garçon blessé par balle à Noble Township",
            "Un garçon de 7 ans a été blessé par balle samedi à Noble Township, dans le Michigan,"
            " a indiqué le shérif.",
            "fr",
            ("Michigan", "Michigan"),
        ),
        (
            "Un niño herido de bala en Noble Township",
            "Un niño de 7 años resultó herido de bala el sábado en Noble Township, en el estado de"
            " Michigan, informó el sheriff.",
            "es",
            ("Michigan", "Michigan"),
        ),
        (
            "Tödliche Schüsse in Ross Township",
            "Ein Mann hat am Montag bei einer Gemeindeversammlung in Ross Township im"
            " US-Bundesstaat Pennsylvania drei Menschen erschossen, teilte die Polizei von"
            " Pennsylvania mit.",
            "de",
            ("Pennsylvania", "Pennsylvania"),
        ),
    ],
)
def test_a_township_is_no_namesake_town_of_another_state(
    title: str, text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert _first(title, text, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        # guards: a township's namesake town inside the reports' region is the place
        (
            "Man shot in Hamilton Township",
            "A man was shot Friday night in Hamilton Township, Mercer County, police said. He was"
            " taken to Capital Health in Trenton, New Jersey.",
            "en",
            ("Hamilton", "New Jersey"),
        ),
        (
            "Un homme tué à Cherry Hill Township",
            "Un homme a été tué par balle vendredi à Cherry Hill Township, dans le New Jersey,"
            " selon la police.",
            "fr",
            ("Cherry Hill", "New Jersey"),
        ),
        # a township the gazetteer knows is that township
        (
            "Man killed in Clinton Township shooting",
            "A man was killed Sunday in Clinton Township, police said.",
            "en",
            ("Clinton Township", "Michigan"),
        ),
        # no township at all: towns are read as before
        (
            "Tiroteo en Toledo",
            "Un hombre murió el sábado en un tiroteo en Toledo, informó la policía de Toledo.",
            "es",
            ("Toledo", "Castille-La Mancha"),
        ),
        (
            "Schüsse in Köln",
            "Ein Mann ist am Samstag in Köln angeschossen worden, teilte die Polizei mit.",
            "de",
            ("Köln", "North Rhine-Westphalia"),
        ),
    ],
)
def test_a_township_in_the_reports_region_and_other_towns_stay(
    title: str, text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert _first(title, text, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        # a county's name said bare, beside "X County": the county of the state the reports
        # point to, not Illinois's town DeKalb nor Henry (all fail on the old code)
        (
            "Teen killed in accidental DeKalb shooting",
            "DeKalb County police believe the shooting was accidental, a Georgia mother said on"
            " Saturday. Four teens were handling a gun at an apartment complex when it went off.",
            "en",
            ("DeKalb County", "Georgia"),
        ),
        (
            "Henry cops: man killed boy, wife, himself",
            "Henry County police said a former firefighter shot his wife and son before killing"
            " himself at their Georgia home.",
            "en",
            ("Henry County", "Georgia"),
        ),
        (
            "Adolescent tué à DeKalb",
            "Un adolescent a été tué par balle samedi à DeKalb, a indiqué la police du DeKalb"
            " County, en Géorgie, aux États-Unis.",
            "fr",
            ("DeKalb County", "Georgia"),
        ),
        (
            "Adolescente muerto en DeKalb",
            "Un adolescente murió el sábado de un disparo en DeKalb, informó la policía del"
            " DeKalb County, en el estado de Georgia.",
            "es",
            ("DeKalb County", "Georgia"),
        ),
        (
            "Jugendlicher in DeKalb erschossen",
            "Ein Jugendlicher ist am Samstag in DeKalb erschossen worden, teilte die Polizei des"
            " DeKalb County im US-Bundesstaat Georgia mit.",
            "de",
            ("DeKalb County", "Georgia"),
        ),
        # guards: the town said with its state; a sizeable town beside its county
        (
            "Student shot near DeKalb campus",
            "A student was shot Friday in DeKalb, Illinois, near the university campus, DeKalb"
            " County sheriff's deputies said.",
            "en",
            ("DeKalb", "Illinois"),
        ),
        (
            "Dallas shooting leaves two dead",
            "Two men were killed in a shooting in Dallas on Friday, police said. The Dallas County"
            " medical examiner identified the victims.",
            "en",
            ("Dallas", "Texas"),
        ),
        (
            "Fusillade à Dallas",
            "Deux hommes ont été tués vendredi lors d'une fusillade à Dallas, a indiqué la police."
            " Le médecin légiste du Dallas County a identifié les victimes.",
            "fr",
            ("Dallas", "Texas"),
        ),
    ],
)
def test_a_county_name_said_bare_is_the_county_of_the_reports_state(
    title: str, text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert _first(title, text, lang) == expected
