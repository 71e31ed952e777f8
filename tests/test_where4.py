"""Where an event happened: holidays, institutions, forces, neighbourhoods, streets, the page's
host and names said anyhow (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places
from test_where import _top

from newsfuse.event.where import places_named
from newsfuse.extract.places import dateline
from newsfuse.records import Article


def _state(*articles: Article) -> tuple[str, str]:
    place = _places(*articles)[0]
    return place.admin1, place.country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Deputies investigate fatal Christmas Day shooting",
            "HENDERSON COUNTY, Tenn. — Deputies say a man was killed in a Christmas Day shooting.",
            "en",
        ),
        (
            "Shooting on Independence Day",
            "HENDERSON COUNTY, Tenn. — A man was shot on Independence Day, deputies said.",
            "en",
        ),
        (
            "Un homme tué par balle le jour de Noël",
            "HENDERSON COUNTY, Tenn. — Un homme a été tué le jour de Noël, selon le shérif.",
            "fr",
        ),
        (
            "Muere un hombre baleado el Día de San Juan",
            "HENDERSON COUNTY, Tenn. — Un hombre murió baleado en el Día de San Juan.",
            "es",
        ),
    ],
)
def test_a_holidays_name_is_no_town(title, text, lang):
    # Day, Fla., Independence, Mo., San Juan, Puerto Rico: here the holiday, the county is the place
    assert _state(_article(title, text, lang)) == ("Tennessee", "US")


@pytest.mark.slow
def test_a_hospitals_possessive_names_no_place():
    # "St. Mary's Hospital" is no St. Marys, Ga. (nor Hospital, Ireland): the county is the place
    report = _article(
        "Coroner identifies 18-year-old killed in accidental shooting",
        "The Vanderburgh County Coroner's Office has identified an 18-year-old man. He was"
        " pronounced dead at St. Mary's Hospital. Police say the shooting happened around 2 a.m."
        " in the 500 block of S. Linwood.",
    )
    assert _state(report) == ("Indiana", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "Gang unit investigates drive-by shooting",
            "The Las Vegas Metropolitan Police Department responded to reports of a shooting.",
            "en",
            ("Las Vegas", "Nevada", "US"),
        ),
        (
            "Toddler grazed by bullet",
            "Savannah-Chatham Metropolitan Police are investigating a shooting on Carolan Street.",
            "en",
            ("Savannah", "Georgia", "US"),
        ),
        (
            "Un homme blessé par balle",
            "La police municipale de Saint-Étienne enquête sur les tirs de samedi soir.",
            "fr",
            ("Saint-Étienne", "Rhone-Alpes", "FR"),
        ),
        (
            "Un herido de bala",
            "La Policía Municipal de Toledo investiga el tiroteo del sábado por la noche.",
            "es",
            ("Toledo", "Castille-La Mancha", "ES"),
        ),
        (
            "Mann angeschossen",
            "Die Polizei in Köln ermittelt nach den Schüssen vom Samstagabend.",
            "de",
            ("Köln", "North Rhine-Westphalia", "DE"),
        ),
    ],
)
def test_a_force_of_several_words_names_its_town(title, text, lang, expected):
    assert _top(_article(title, text, lang)) == expected


@pytest.mark.slow
def test_a_town_given_its_force_stays_the_town_where_a_neighbourhood_is_called_by_it():
    # "in the Miami neighborhood" is a neighbourhood of Miami, not Miami a part of a city
    reports = (
        _article(
            "5 recovering after drive-by shooting outside Liberty City store",
            "MIAMI (WSVN) -- Police are searching for the people responsible for a drive-by"
            " shooting outside a Liberty City corner store. City of Miami Police responded to the"
            " shooting in the area of Northwest 15th Avenue and 70th Street, in the Miami"
            " neighborhood.",
        ),
        _article(
            "Police: 5 people shot in Miami neighborhood",
            "Miami police are investigating a shooting that has wounded multiple people.",
        ),
    )
    assert _top(*reports) == ("Miami", "Florida", "US")


@pytest.mark.slow
def test_a_neighbourhood_goes_to_the_city_the_report_names_anywhere():
    report = _article(
        "4 wounded, including pregnant woman, in Morgan Park shooting",
        "Four people were wounded in a shooting in the Morgan Park neighborhood Saturday,"
        " according to the Chicago Fire Department. The fire department received a call on the"
        " shooting in the 1400 block of W. 114th Place.",
    )
    assert _top(report) == ("Chicago", "Illinois", "US")


@pytest.mark.slow
def test_a_name_after_block_of_is_a_street():
    # "the 500 block of S. Linwood" is a street, no Linwood, N.J.
    report = _article(
        "Teen killed in accidental shooting",
        "Police say the shooting happened around 2 a.m. Saturday in the 500 block of S. Linwood.",
    )
    assert all(p.name != "Linwood" for p in _places(report))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By: WCTV Eyewitness News\n\nMay 16, 2016\n\nJACKSON CO., Fla. -- Authorities say",
            ("Jackson Co.", "Fla."),
        ),
        ("Par la rédaction\n\n12 mai 2016\n\nLYON (AFP) - Un homme", ("Lyon", None)),
    ],
)
def test_a_dateline_after_blank_lines_is_read(text, expected):
    assert dateline(text) == expected


@pytest.mark.slow
def test_a_post_office_town_is_known_by_its_abbreviated_saint():
    # St. Marie, Mont., a post office GeoNames lacks; "St. Marie" is also an old name of Hartford, Ill.
    assert any((e.country, e.admin1) == ("US", "MT") for e in places_named("St. Marie"))
    report = _article(
        "Accidental Shooting Claims St. Marie Youth",
        "An accident with a firearm claimed the life of a 4-year-old girl of St. Marie, according"
        " to Valley County Sheriff Glen Meier.",
    )
    assert _state(report) == ("Montana", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("url", "title", "text", "lang"),
    [
        (
            "http://www.macon.com/news/local/crime/article35051598.html",
            "Monroe County teen dies of gunshot wound",
            "A Monroe County teen died Sunday of a gunshot wound, deputies said.",
            "en",
        ),
        (
            "https://www.macon.com/news/local/article35051598.html",
            "Un adolescent du comté de Monroe meurt d'une blessure par balle",
            "Un adolescent est mort dimanche dans le Monroe County, selon le shérif.",
            "fr",
        ),
    ],
)
def test_the_pages_host_names_the_outlets_region(url, title, text, lang):
    # Monroe County of New York is the largest; a Macon outlet's is Georgia's
    report = _article(title, text, lang)
    report.url = url
    assert _state(report) == ("Georgia", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Young child killed in accidental shooting",
            "The shooting happened at a home on Brookpark Road. Escambia County deputies were"
            " called to the scene.",
            "en",
        ),
        (
            "Hope fades for boy shot in the head",
            "The boy was shot at a home on Brookpark Road, Escambia County deputies said.",
            "en",
        ),
    ],
)
def test_a_common_word_starting_a_sentence_is_no_town(title, text, lang):
    # Young, Ariz., and Hope, Ark.: a title's first word; Escambia County is Florida's (and Alabama's)
    assert all(p.name not in ("Young", "Hope") for p in _places(_article(title, text, lang)))


@pytest.mark.slow
def test_a_sentence_starting_with_a_town_of_a_common_word_keeps_its_force():
    # "Mobile police": the force names the town even at a sentence's start
    report = _article(
        "Man shot overnight",
        "Mobile police are investigating a shooting on Dauphin Island Parkway.",
    )
    assert _top(report) == ("Mobile", "Alabama", "US")


@pytest.mark.slow
def test_a_block_address_alone_names_the_united_states():
    # US and Canadian police say "the 600 block of"; the US says it most
    report = _article(
        "Man accidentally shoots brother while play wrestling, police say",
        "The incident occurred Thursday night in the 600 block of 44th Street South.",
    )
    assert _places(report)[0].country == "US"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Man accused in death of Anson sheriff's granddaughter appears in court",
            "An Anson County man accused in the shooting death of the sheriff's granddaughter"
            " appeared in court in Wadesboro on Tuesday.",
            "en",
        ),
        (
            "Un homme accusé du meurtre de la petite-fille du shérif d'Anson",
            "Un habitant du Anson County a comparu mardi au tribunal de Wadesboro.",
            "fr",
        ),
        (
            "Acusado de matar a la nieta del sheriff de Anson",
            "Un vecino del Anson County compareció el martes ante el tribunal en Wadesboro.",
            "es",
        ),
        (
            "Enkelin des Sheriffs von Anson erschossen",
            "Ein Mann aus dem Anson County stand am Dienstag in Wadesboro vor Gericht.",
            "de",
        ),
    ],
)
def test_a_bare_name_beside_its_county_is_the_county_of_the_reports_state(title, text, lang):
    # "Anson" is Anson County's (N.C., with Wadesboro), not Anson, Texas
    assert {(p.admin1, p.country) for p in _places(_article(title, text, lang))} == {
        ("North Carolina", "US")
    }


@pytest.mark.slow
def test_a_hosts_common_word_names_no_region():
    # "northern-wire": a word of the language, no Northern Region of Ghana
    report = _article("Dam toll rises to 31", "The toll of the dam collapse rose to 31 on Sunday.")
    report.url = "https://www.northern-wire.example/valdoria/2025/03/12/tolvane-dam-toll-rises"
    assert _places(report) == []
