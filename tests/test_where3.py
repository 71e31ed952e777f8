"""Where an event happened: a report's phone numbers, its site's region and namesakes of other
countries' divisions (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places
from test_where import _top

from newsfuse.extract.places import phone_regions


@pytest.mark.parametrize(
    ("text", "countries", "region"),
    [
        # a US tip line: Springfield, Ill. (a number reads as Indian too: the likelier first)
        ("Anyone with information is asked to call (217) 788-8427.", ["US", "IN"], ("US", "IL")),
        ("Teléfono de la Policía Local: 925 12 34 56.", ["ES", "US"], ("ES", "54")),  # Toledo
        ("Hinweise an die Polizei unter 0221 229 2222.", ["DE", "FR"], ("DE", "07")),  # Köln
        ("Contact : +963 21 123 4567 (bureau d'Alep).", ["SY"], ("SY", "09")),  # Aleppo
    ],
)
def test_a_phone_number_names_its_area(text, countries, region):
    assert phone_regions(text, countries) == [region]


@pytest.mark.parametrize(
    "text",
    [
        "Call Crime Stoppers at 1-800-222-8477.",  # toll-free: no area
        "Renseignements au 04 78 12 34 56.",  # French numbers name only the country
        "On 2016-12-13 at 10:15, 4,500 people marched; 12 34 were hurt.",  # no number at all
    ],
)
def test_a_number_of_no_area_names_no_region(text):
    assert phone_regions(text, ["US", "FR", "DE", "ES"]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "Teen injured in Springfield shooting",
            "Springfield police say officers were dispatched to a home for a reported shooting."
            " If you have any information, call Crime Stoppers at (217) 788-8427.",
            "en",
            ("Springfield", "Illinois", "US"),  # not Missouri's, the largest Springfield
        ),
        (
            "Un adolescent blessé par balle à Springfield",
            "La police de Springfield enquête. Tout témoin peut appeler le (217) 788-8427.",
            "fr",
            ("Springfield", "Illinois", "US"),
        ),
        (
            "Un joven, herido de bala en Toledo",
            "La Policía Local de Toledo investiga el suceso. Teléfono de contacto: 925 25 00 00.",
            "es",
            ("Toledo", "Castille-La Mancha", "ES"),  # not Ohio's, the larger Toledo
        ),
    ],
)
def test_the_tip_lines_area_picks_the_namesake(title, text, lang, expected):
    assert _top(_article(title, text, lang)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Douglas teen shot to death; girl in custody - WALB.com, South Georgia News, Weather",
            "A Douglas teen was shot to death Saturday night, police said.",
            "en",
        ),
        (
            "Muere un joven tiroteado en Douglas - Noticias de Georgia",
            "Un joven murió el sábado tiroteado en Douglas, según la policía.",
            "es",
        ),
        (
            "Jugendlicher in Douglas erschossen – Georgia Nachrichten",
            "Ein Jugendlicher ist am Samstag in Douglas erschossen worden, teilte die Polizei mit.",
            "de",
        ),
    ],
)
def test_the_sites_region_in_a_title_tag_picks_the_town(title, text, lang):
    # Douglas is also a parish of the Isle of Man: no region of a Georgia report's
    assert _top(_article(title, text, lang)) == ("Douglas", "Georgia", "US")


@pytest.mark.slow
def test_a_sites_section_title_names_its_state():
    # a page whose only words are its site's sections: the state, no town
    place = _places(_article("Utah News, Sports, Weather and Classifieds", "Utah News, Sports"))[0]
    assert (place.name, place.precision.value, place.country) == ("Utah", "admin1", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Teen accidentally shot",
            "A teen was accidentally shot in Lebanon, Ohio, on Saturday.",
            "en",
        ),
        (
            "Un adolescent blessé",
            "Un adolescent a été blessé par balle à Lebanon, Ohio, samedi.",
            "fr",
        ),
        (
            "Un adolescente herido",
            "Un adolescente resultó herido en Lebanon, Ohio, el sábado.",
            "es",
        ),
    ],
)
def test_a_town_named_like_a_country_is_the_town_of_the_state_after_it(title, text, lang):
    assert _top(_article(title, text, lang)) == ("Lebanon", "Ohio", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Six-year-old boy shot on playground in Southeast D.C., police say",
            "A 6-year-old boy was shot Sunday on a playground, police said.",
            "en",
        ),
        ("Un enfant blessé par balle à D.C.", "Un enfant de six ans a été blessé dimanche.", "fr"),
        ("Un niño herido de bala en D.C.", "Un niño de seis años resultó herido el domingo.", "es"),
        ("Kind in D.C. angeschossen", "Ein sechsjähriger Junge wurde am Sonntag verletzt.", "de"),
    ],
)
def test_a_states_dotted_abbreviation_where_a_place_stands_names_the_state(title, text, lang):
    place = _places(_article(title, text, lang))[0]
    assert (place.admin1, place.country) == ("District of Columbia", "US")


@pytest.mark.slow
def test_a_dotted_abbreviation_nowhere_a_place_stands_names_none():
    # the Mass. he attended is no Massachusetts
    places = _places(
        _article("Man shot", "He had attended Mass. He was shot on Sunday, police said.")
    )
    assert all(p.admin1 != "Massachusetts" for p in places)


@pytest.mark.slow
def test_a_name_a_verb_of_saying_follows_is_a_speaker():
    # Diez is also a town of Rhineland-Palatinate: here a police sergeant
    report = _article(
        "Girl, 3, injured during shooting",
        "A 3-year-old girl was injured during a shooting in North Chicago, police said. Officers"
        " also found a man shot in the leg in the 900 block of 13th Street, Diez said.",
    )
    assert _top(report) == ("North Chicago", "Illinois", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "Shelling in Aleppo",
            "Activists in Aleppo said the shelling killed four people on Sunday.",
            "en",
            ("Aleppo", "Aleppo", "SY"),
        ),
        (
            "Fusillade à Lyon",
            "Un homme a été blessé par balle. Le maire de Lyon a déclaré que l'enquête avançait.",
            "fr",
            ("Lyon", "Rhone-Alpes", "FR"),
        ),
        (
            "Tiroteo en Toledo",
            "Un hombre resultó herido. El alcalde de Toledo dijo que la policía investiga.",
            "es",
            ("Toledo", "Castille-La Mancha", "ES"),
        ),
        (
            "Schüsse in Köln",
            "Ein Mann wurde verletzt. Die Oberbürgermeisterin von Köln sagte, die Polizei ermittle.",
            "de",
            ("Köln", "North Rhine-Westphalia", "DE"),
        ),
    ],
)
def test_a_place_a_verb_of_saying_follows_stays_a_place(title, text, lang, expected):
    assert _top(_article(title, text, lang)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        # namesakes of comparable size (Toledo, Ohio, 270,000; Toledo, Spain, 85,000): the
        # report's language decides between them, and size when both or neither speak it
        ("Man shot in Toledo", "A man was shot in Toledo on Sunday.", "en", ("Ohio", "US")),
        (
            "Un hombre herido de bala en Toledo",
            "Un hombre resultó herido de bala el domingo en Toledo.",
            "es",
            ("Castille-La Mancha", "ES"),
        ),
        (
            "Un homme blessé par balle à Toledo",
            "Un homme a été blessé par balle dimanche à Toledo.",
            "fr",
            ("Ohio", "US"),
        ),
        # a much smaller namesake where the language is spoken does not win: Lyon, Aleppo
        ("Man shot in Lyon", "A man was shot in Lyon on Sunday.", "en", ("Rhone-Alpes", "FR")),
        (
            "Mann in Aleppo erschossen",
            "Ein Mann wurde am Sonntag in Aleppo erschossen.",
            "de",
            ("Aleppo", "SY"),
        ),
        ("Shelling in Aleppo", "Shelling killed four people in Aleppo.", "en", ("Aleppo", "SY")),
    ],
)
def test_the_reports_language_tells_namesakes_of_comparable_size_apart(title, text, lang, expected):
    place = _places(_article(title, text, lang))[0]
    assert (place.admin1, place.country) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (
            "4 injured in late-night York shooting",
            "Police were dispatched to the 600 block of West Princess Street for shots fired.",
            "en",
            ("York", "Pennsylvania", "US"),  # not England's York, the larger
        ),
        (
            "Two men shot in Birmingham",
            "Sheriff's deputies responded to a home where two men had been shot, officials said.",
            "en",
            ("Birmingham", "Alabama", "US"),
        ),
        (
            "Man shot dead in Toledo",
            "A man was shot dead in Toledo on Sunday, the Guardia Civil said.",
            "en",
            ("Toledo", "Castille-La Mancha", "ES"),  # not Ohio's, the larger
        ),
        (
            "Un homme tué par balle à Toledo",
            "Un homme a été tué par balle dimanche à Toledo. La Guardia Civil enquête.",
            "fr",
            ("Toledo", "Castille-La Mancha", "ES"),
        ),
        (
            "Mann in Toledo erschossen",
            "Ein Mann wurde am Sonntag in Toledo erschossen. Die Guardia Civil ermittelt.",
            "de",
            ("Toledo", "Castille-La Mancha", "ES"),
        ),
    ],
)
def test_a_forces_or_addresses_national_words_pick_the_namesake_in_that_country(
    title, text, lang, expected
):
    assert _top(_article(title, text, lang)) == expected
