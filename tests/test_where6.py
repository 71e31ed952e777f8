"""Where an event happened: a name given with its region keeps it when said bare, a county is no
state in a "City, County" pair, a person's name is no town of last resort, people of a town said
in the plural (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places


def _named(*articles) -> list[tuple[str, str, str]]:
    return [(p.name, p.admin1, p.country) for p in _places(*articles)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        (
            (
                "Man shot by 3-year-old grandson",
                "A 46-year-old man in Davidson County, North Carolina was shot in the neck on"
                " Thursday when his grandson found a gun.",
            ),
            (
                "Deputies: 3-year-old accidentally shoots grandfather in Davidson County",
                "A 46-year-old man was shot Thursday after a gun his grandson was holding fired,"
                " Davidson County deputies said. The man was injured at a home in Davidson County.",
            ),
            "en",
        ),
        (
            (
                "Un homme blessé par son petit-fils",
                "Un homme de 46 ans a été blessé jeudi à Davidson County, North Carolina, quand son"
                " petit-fils a trouvé une arme.",
            ),
            (
                "Un enfant de 3 ans blesse son grand-père à Davidson County",
                "Un homme de 46 ans a été blessé jeudi dans une maison à Davidson County. L'arme a"
                " été trouvée à Davidson County.",
            ),
            "fr",
        ),
        (
            (
                "Un hombre herido por su nieto",
                "Un hombre de 46 años resultó herido el jueves en Davidson County, North Carolina,"
                " cuando su nieto encontró un arma.",
            ),
            (
                "Un niño de 3 años hiere a su abuelo en Davidson County",
                "Un hombre de 46 años resultó herido el jueves en una casa en Davidson County. El"
                " arma fue hallada en Davidson County.",
            ),
            "es",
        ),
        (
            (
                "Mann von Enkel angeschossen",
                "Ein 46-jähriger Mann wurde am Donnerstag in Davidson County, North Carolina,"
                " verletzt, als sein Enkel eine Waffe fand.",
            ),
            (
                "Dreijähriger schießt in Davidson County auf Großvater",
                "Ein 46-jähriger Mann wurde am Donnerstag in einem Haus in Davidson County"
                " verletzt. Die Waffe lag in Davidson County.",
            ),
            "de",
        ),
    ],
)
def test_a_name_given_with_its_region_keeps_it_when_said_bare(first, second, lang):
    # Tennessee's Davidson County (Nashville's) is the larger namesake; the reports say which
    places = _named(_article(*first, lang), _article(*second, lang))
    assert places[0] == ("Davidson County", "North Carolina", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "14-year-old among victims in Chester quadruple shooting",
            "Police in Chester, Delaware County confirm a 14-year-old was among those wounded in a"
            " quadruple shooting on Thursday night in Chester.",
            "en",
        ),
        (
            "Quatre blessés par balle à Chester",
            "La police de Chester, Delaware County, confirme qu'un garçon de 14 ans figure parmi"
            " les quatre blessés jeudi soir à Chester.",
            "fr",
        ),
        (
            "Cuatro heridos de bala en Chester",
            "La policía de Chester, Delaware County, confirmó que un chico de 14 años está entre"
            " los cuatro heridos del jueves por la noche en Chester.",
            "es",
        ),
        (
            "Vier Verletzte bei Schüssen in Chester",
            "Die Polizei in Chester, Delaware County, bestätigte, dass ein 14-Jähriger unter den"
            " vier Verletzten vom Donnerstagabend in Chester ist.",
            "de",
        ),
    ],
)
def test_a_county_after_a_town_names_no_state(title, text, lang):
    # "Chester, Delaware County": a county of Pennsylvania, not the state of Delaware
    places = _named(_article(title, text, lang))
    assert places[0] == ("Chester", "Pennsylvania", "US")
    assert all(admin1 != "Delaware" for _, admin1, _ in places)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Affidavit: Constable's wife shot him after alleged affair",
            "Officials have released an arrest warrant for a woman accused of shooting a Smith"
            " County constable. Meraland Taylor Jackson, 66, is charged with aggravated assault"
            " after police say she shot her husband, Pct. 1 Constable Henry Jackson. Jackson was"
            " released from the hospital on Friday.",
            "en",
        ),
        (
            "Un policier blessé par balle par sa femme",
            "Le policier Henry Jackson a été blessé par sa femme, Meraland Taylor Jackson, 66 ans,"
            " selon la police de Texas. Jackson a quitté l'hôpital vendredi.",
            "fr",
        ),
        (
            "Un policía herido de bala por su esposa",
            "El policía Henry Jackson resultó herido por su esposa, Meraland Taylor Jackson, de 66"
            " años, según la policía de Texas. Jackson salió del hospital el viernes.",
            "es",
        ),
        (
            "Polizist von Ehefrau angeschossen",
            "Henry Jackson, Polizist, wurde von seiner Frau Meraland Taylor Jackson (66)"
            " angeschossen, teilte die Polizei in Texas mit. Jackson verließ am Freitag das"
            " Krankenhaus.",
            "de",
        ),
    ],
)
def test_a_persons_name_is_no_town_of_last_resort(title, text, lang):
    # Jackson, Miss., and Henry, Ill., are towns; here a couple's names. No town is placed.
    places = _named(_article(title, text, lang))
    assert places
    assert all(name not in ("Jackson", "Henry") for name, _, _ in places)
    assert places[0][1:] == ("Texas", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Brockton men charged in shootings held without bail", "Posted Jun. 15, 2015", "en"),
        ("Fusillade : deux inculpés", "Deux originaires de Brockton ont été inculpés lundi.", "fr"),
        ("Tiroteo: dos acusados", "Dos naturales de Brockton fueron acusados el lunes.", "es"),
        (
            "Schüsse: zwei Anklagen",
            "Zwei Einwohnerinnen von Brockton wurden am Montag angeklagt.",
            "de",
        ),
    ],
)
def test_people_of_a_town_in_the_plural_name_it(title, text, lang):
    # "a Brockton man" named the town already; "two Brockton men" did not
    assert _named(_article(title, text, lang))[0] == ("Brockton", "Massachusetts", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Five Shot During Party At Kankakee Banquet Hall", "en"),
        ("Cinq blessés lors d'une fête à la Kankakee Banquet Hall", "fr"),
        ("Cinco heridos en una fiesta en el Kankakee Banquet Hall", "es"),
        ("Fünf Verletzte bei einer Feier in der Kankakee Banquet Hall", "de"),
    ],
)
def test_a_hall_named_after_a_town_is_no_persons_name(title, lang):
    # nobody is called "Banquet": Kankakee stays the town the page names, as a last resort
    report = _article(title, "Police said the shooting happened late Saturday, Illinois.", lang)
    assert _named(report)[0][:2] == ("Kankakee", "Illinois")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Man shot in Greene County",
            "Deputies said a man was shot Tuesday at a home in Greene County.",
            "en",
        ),
        (
            "Un homme blessé à Greene County",
            "Un homme a été blessé mardi dans une maison de Greene County, selon le shérif.",
            "fr",
        ),
        (
            "Un hombre herido en Greene County",
            "Un hombre resultó herido el martes en una casa de Greene County, según el sheriff.",
            "es",
        ),
        (
            "Mann in Greene County angeschossen",
            "Ein Mann wurde am Dienstag in einem Haus in Greene County verletzt, so der Sheriff.",
            "de",
        ),
    ],
)
def test_a_county_name_many_states_share_lists_none_of_them_further(title, text, lang):
    # Greene County lies in 14 states: the record may say one, never list the others' states
    places = _places(_article(title, text, lang))
    assert [p.name for p in places[:1]] == ["Greene County"]
    assert [p.name for p in places[1:]] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Woman fatally shot, four wounded on Sixth Street",
            "A woman was fatally shot and four people were wounded early Sunday on Austin's Sixth"
            " Street. Jane Doe, a 30-year-old bus driver from San Carlos, Calif., was killed. She had"
            " traveled to Austin to visit family. Austin police said a man was detained.",
            "en",
        ),
        (
            "Une femme tuée et quatre blessés sur la Sixième rue",
            "Une femme a été tuée et quatre personnes blessées dimanche à Austin. Jane Doe, une"
            " conductrice de bus de 30 ans originaire de San Carlos, Calif., a été tuée. Elle était"
            " venue à Austin voir sa famille. La police d'Austin a arrêté un homme.",
            "fr",
        ),
        (
            "Una mujer muerta y cuatro heridos en la Sexta Calle",
            "Una mujer murió y cuatro personas resultaron heridas el domingo en Austin. Jane Doe, una"
            " conductora de autobús de 30 años de San Carlos, Calif., murió. Había viajado a Austin"
            " para visitar a su familia. La policía de Austin detuvo a un hombre.",
            "es",
        ),
        (
            "Frau erschossen, vier Verletzte in der Sixth Street",
            "Eine Frau wurde am Sonntag in Austin erschossen, vier Menschen wurden verletzt. Jane Doe,"
            " eine 30-jährige Busfahrerin aus San Carlos, Calif., wurde getötet. Sie war nach Austin"
            " gereist, um Verwandte zu besuchen. Die Polizei in Austin nahm einen Mann fest.",
            "de",
        ),
    ],
)
def test_a_home_town_given_with_its_state_is_one_vote(title, text, lang):
    # "from San Carlos, Calif." is one mention: read as a pair it is no bare "San Carlos" too,
    # which its state would then claim and put above the scene Austin
    first = _named(_article(title, text, lang))[0]
    assert first == ("Austin", "Texas", "US")
