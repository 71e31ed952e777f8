"""Where an event happened: institutions named after a person or a town, a region the reports
name against a namesake elsewhere, the compass (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places

from newsfuse.records import Article


def _top(*articles: Article) -> tuple[str, str, str] | None:
    places = _places(*articles)
    return (places[0].name, places[0].admin1, places[0].country) if places else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "One shot at Kimball High School",
            "Shooting reported at Kimball High School. It was the end of first period at Kimball"
            " High School in Dallas when students heard a gunshot.",
            "en",
        ),
        (
            "Fusillade dans la Kimball High School",
            "Un élève a été blessé par balle dans la Kimball High School, à Dallas, lundi matin."
            " Le lycée Kimball a été fermé.",
            "fr",
        ),
        (
            "Tiroteo en la Kimball High School",
            "Un estudiante resultó herido en la Kimball High School, en Dallas, el lunes. La escuela"
            " Kimball fue evacuada.",
            "es",
        ),
        (
            "Schüsse in der Kimball High School",
            "Ein Schüler wurde in der Kimball High School in Dallas verletzt. Die Kimball High"
            " School wurde geräumt.",
            "de",
        ),
    ],
)
def test_an_institutions_name_is_no_town(title, text, lang):
    # Kimball, S.D., is a town; here a school's name, in Dallas, Texas (not Dallas, S.D.)
    assert _top(_article(title, text, lang)) == ("Dallas", "Texas", "US")


@pytest.mark.slow
def test_a_club_named_like_a_town_is_no_town():
    # Bonanza, Ark.: here a nightclub's name; the city's force names the town
    report = _article(
        "Three shot outside nightclub",
        "That shooting happened early Sunday morning outside the Bonanza nightclub on Baldwin"
        " near Greenwood, Corpus Christi police said.",
    )
    assert [p.name for p in _places(report)] == ["Corpus Christi"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Teen shot at Harmony Grove home",
            "An 18-year-old was shot at a home in Harmony Grove, Ouachita County Sheriff David"
            " Norwood said. The Arkansas State Police are investigating.",
            "en",
        ),
        (
            "Un adolescent blessé par balle à Harmony Grove",
            "OUACHITA COUNTY, Arkansas — Un adolescent de 18 ans a été blessé par balle mercredi à"
            " Harmony Grove, a indiqué le shérif.",
            "fr",
        ),
        (
            "Un adolescente herido de bala en Harmony Grove",
            "OUACHITA COUNTY, Arkansas — Un joven de 18 años resultó herido de bala el miércoles en"
            " Harmony Grove, informó el sheriff.",
            "es",
        ),
        (
            "Jugendlicher in Harmony Grove angeschossen",
            "OUACHITA COUNTY, Arkansas — Ein 18-Jähriger wurde am Mittwoch in Harmony Grove"
            " angeschossen, teilte der Sheriff mit.",
            "de",
        ),
    ],
)
def test_a_region_named_keeps_out_another_regions_namesake(title, text, lang):
    # the gazetteer knows no Harmony Grove in Arkansas: not West Virginia's, nor Commerce, Ga.
    # (once called Harmony Grove); the county the reports name is the place
    assert _top(_article(title, text, lang)) == ("Ouachita County", "Arkansas", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "3 dead, 11 wounded in weekend shootings",
            "Three people were killed and at least 11 others were wounded in Monday shootings on"
            " the North, Northwest, West and South sides, officials said.",
            "en",
        ),
        (
            "Trois morts dans des fusillades",
            "Trois personnes ont été tuées lundi dans des fusillades dans les secteurs Nord, Ouest"
            " et Est, selon la police.",
            "fr",
        ),
        (
            "Tres muertos en tiroteos",
            "Tres personas murieron el lunes en tiroteos en los sectores Norte, Noroeste y Sur,"
            " según la policía.",
            "es",
        ),
        (
            "Drei Tote bei Schüssen",
            "Drei Menschen wurden am Montag bei Schüssen in den Bezirken Nord, Nordwest und Süd"
            " getötet, teilte die Polizei mit.",
            "de",
        ),
    ],
)
def test_the_compass_names_no_place(title, text, lang):
    # a city's sides or sectors: no Northwest Region of Iceland, no Nord or Sud of Haiti
    assert _top(_article(title, text, lang)) is None


@pytest.mark.slow
def test_a_region_after_a_town_still_names_it():
    # a department's name after its town stays read ("Jacmel, Sud-Est")
    report = _article(
        "Jacmel: un homme tué par balle",
        "Un homme a été tué par balle lundi à Jacmel, Sud-Est, selon la police.",
        "fr",
    )
    assert _top(report) == ("Jacmel", "Sud-Est", "HT")


@pytest.mark.slow
def test_a_direction_in_a_pages_address_names_no_town():
    # "...-shot-in-north-county-...": St. Louis's North County, no North, S.C.
    report = Article(
        id="north-county",
        title="9-year-old accidentally shot in North County, police say",
        text="A child is expected to be okay after being accidentally shot in North County.",
        language="en",
        url="https://example.com/story/1/9-year-old-child-accidentally-shot-in-north-county-police-say",
    )
    assert _top(report) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Obama administration overturns rule that weakened Endangered Species Act",
            "The rule had let agencies skip consultations with wildlife experts.",
            "en",
        ),
        (
            "Les Saints placent Pierre Thomas sur la liste des blessés",
            "Le demi offensif manquera le reste de la saison.",
            "fr",
        ),
        (
            "Manning guía a los Colts a su octava victoria seguida",
            "El mariscal de campo lanzó tres pases de anotación.",
            "es",
        ),
        (
            "Bush-Regierung lockert Schutz bedrohter Arten",
            "Die neue Regel erlaubt Behörden, Gutachten von Fachleuten zu übergehen.",
            "de",
        ),
    ],
)
def test_a_titles_name_is_no_town_when_nothing_names_a_country(title, text, lang):
    # ECB+ news: read as towns, these titles gave Obama, Japan; Saints, France; Manning, S.C.;
    # Būsh, Egypt. A name said without anything placing it is no place.
    assert _top(_article(title, text, lang)) is None


@pytest.mark.slow
def test_a_name_said_in_passing_is_no_place_when_nothing_names_a_country():
    # a page's video list names Dallas's hockey team: no Dallas, Texas
    report = _article(
        "Drive-by shooting that wounded an 8-year-old has neighborhood on edge",
        "0:56 Tom Rowe speaks after Panthers' 2-1 loss to Dallas Stars. An 8-year-old boy and two"
        " others were wounded in a drive-by shooting on Saturday night, police said.",
    )
    assert _top(report) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Teen shoots himself in the leg",
            "0:34 Savannah police cleared in officer shooting Pause\n\n1:02 Burglar steals purse"
            " from car in Savannah parking lot\n\nA teen shot himself in the leg in Bluffton on"
            " Tuesday, deputies said.",
            "en",
        ),
        (
            "Un adolescent se blesse par balle",
            "0:34 La police de Savannah blanchie après une fusillade Pause\n\n1:02 Un cambrioleur"
            " vole un sac à Savannah\n\nUn adolescent s'est blessé par balle mardi à Bluffton,"
            " selon le shérif.",
            "fr",
        ),
        (
            "Un adolescente se hiere de bala",
            "0:34 La policía de Savannah, exonerada tras un tiroteo Pause\n\n1:02 Un ladrón roba"
            " un bolso en Savannah\n\nUn adolescente se hirió de bala el martes en Bluffton,"
            " informó el sheriff.",
            "es",
        ),
        (
            "Jugendlicher verletzt sich mit Waffe",
            "0:34 Polizei in Savannah nach Schüssen entlastet Pause\n\n1:02 Einbrecher stiehlt"
            " Tasche in Savannah\n\nEin Jugendlicher hat sich am Dienstag in Bluffton ins Bein"
            " geschossen, teilte der Sheriff mit.",
            "de",
        ),
    ],
)
def test_a_video_lists_items_are_other_stories(title, text, lang):
    # the page's video list names Savannah twice; the report's town is Bluffton
    assert _top(_article(title, text, lang))[0] == "Bluffton"


@pytest.mark.slow
def test_a_time_at_a_lines_start_is_no_video_list():
    # "6:30 p.m." starts a line of the report itself: still read
    report = _article(
        "Man shot",
        "6:30 p.m. Police were called to a home in Bluffton.\n\n7:15 p.m. A man was taken to a"
        " hospital in Savannah.",
    )
    assert "Bluffton" in [p.name for p in _places(report)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "6-year-old boy injured in Lower 9th Ward shooting",
            "A 6-year-old boy was injured in a shooting on Saturday night, police said.",
            "en",
        ),
        (
            "Un enfant blessé par balle dans le Lower 9th Ward",
            "Un garçon de 6 ans a été blessé par balle samedi soir, selon la police.",
            "fr",
        ),
        (
            "Un niño herido de bala en el Lower 9th Ward",
            "Un niño de 6 años resultó herido de bala el sábado por la noche, según la policía.",
            "es",
        ),
        (
            "Sechsjähriger im Lower 9th Ward angeschossen",
            "Ein sechsjähriger Junge wurde am Samstagabend angeschossen, teilte die Polizei mit.",
            "de",
        ),
    ],
)
def test_a_citys_numbered_part_is_no_town(title, text, lang):
    # the 9th Ward of New Orleans, no Ward, Ark.: with nothing else, no place
    assert _top(_article(title, text, lang)) is None


@pytest.mark.slow
def test_a_number_ending_a_sentence_is_no_ordinal():
    report = _article("Teen shot", "The victim was 17. Chester police are investigating.")
    assert _top(report)[0] == "Chester"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Sube a 31 la cifra de muertos por la rotura de la presa", "es"),
        ("Dammbruch: Zahl der Toten steigt auf 31", "de"),
    ],
)
def test_a_titles_word_is_no_town_when_nothing_names_a_country(title, lang):
    # "Sube" is only another name of Sumbe, Angola; "Zahl" a German noun (Zahl, N.D.: no size)
    text = {
        "es": "Los equipos de rescate siguen buscando a los desaparecidos.",
        "de": "Die Rettungskräfte suchen weiter nach Vermissten.",
    }[lang]
    assert _top(_article(title, text, lang)) is None
