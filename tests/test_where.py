"""Where an event happened: the coherence of an event's place names (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places

from newsfuse.records import Article


def _top(*articles: Article) -> tuple[str, str, str]:
    place = _places(*articles)[0]
    return place.name, place.admin1, place.country


@pytest.mark.slow
def test_a_county_named_anywhere_tells_which_namesake_town():
    # Jackson, Miss., is far bigger; the coroner's county is Georgia's, and Jackson lies in it
    report = _article(
        "2-year-old killed in accidental shooting",
        "Investigators were sent to a home on Carr Avenue in Jackson for a shots fired call. The"
        " boy was pronounced dead at the scene by the Butts County coroner, police said.",
    )
    assert _top(report) == ("Jackson", "Georgia", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Teen shot in Wilmington",
            "A teen was shot in Wilmington on Saturday. Delaware State Police are investigating.",
            "en",
        ),
        (
            "Un adolescent blessé par balle à Wilmington",
            "Un adolescent a été blessé samedi à Wilmington. La police du Delaware enquête.",
            "fr",
        ),
    ],
)
def test_namesakes_of_comparable_size_are_told_apart_by_the_other_names(title, text, lang):
    # Wilmington, N.C. (120,000) and Wilmington, Del. (70,000): the state named decides
    assert _top(_article(title, text, lang)) == ("Wilmington", "Delaware", "US")


@pytest.mark.slow
def test_a_much_bigger_namesake_outweighs_a_digression():
    # Detroit, Ill., has 80 people: an aside on Illinois does not move Detroit there
    report = _article(
        "Man shot in Detroit",
        "A man was shot in Detroit on Sunday. He had moved from Illinois last year, police said.",
    )
    assert _top(report) == ("Detroit", "Michigan", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        (
            "Mother, boy shot in Baltimore",
            "A mother and son were found shot in Baltimore.\n\nCity police said officers were called"
            " around 8 a.m.",
            "en",
            "Baltimore",
        ),
        (
            "Trio indicted in girl's murder",
            "SAN ANTONIO - Three men were indicted for Capital Murder in the girl's death.",
            "en",
            "San Antonio",
        ),
        ("Fusillade", "Un homme a été tué à Lyon. La Ville a réagi dimanche.", "fr", "Lyon"),
        ("Tiroteo", "Un hombre murió en Toledo. La Ciudad guarda luto.", "es", "Toledo"),
        ("Schüsse", "Ein Mann wurde in Köln erschossen. Die Stadt trauert.", "de", "Köln"),
    ],
)
def test_a_kind_of_place_alone_names_no_place(title, text, lang, town):
    # "City" is another name of Shymkent, "Capital" a Venezuelan state's: neither is meant
    assert _places(_article(title, text, lang))[0].name == town


_TEASERS = {
    "en": (
        "A Massachusetts woman says she was nearly kicked off a flight after her son fell ill.\n"
        "A Massachusetts woman says she was nearly kicked off a flight after her son fell ill."
        " She tells reporters it happened Monday.\n"
        "GRAPHIC PICTURES: CLEVELAND, OH (WOIO) - It was one of the most gruesome sights in"
        " Cleveland crime history.\n"
        "The owner of a luxury house over a lake in Austin, Texas, decided to burn the home...\n"
        "The owner of a luxury house over a lake in Austin, Texas, decided to burn the home and"
        " its garage.\n"
    ),
    "fr": (
        "Une habitante de Marseille affirme avoir été expulsée d'un vol avec son fils malade.\n"
        "Une habitante de Marseille affirme avoir été expulsée d'un vol avec son fils malade."
        " Elle a raconté l'affaire lundi.\n"
        "Le propriétaire d'une villa au bord du lac d'Annecy a décidé de brûler sa maison...\n"
        "Le propriétaire d'une villa au bord du lac d'Annecy a décidé de brûler sa maison et son"
        " garage.\n"
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "story", "lang", "town"),
    [
        (
            "Teen dies in accidental shooting - WAFB 9 News Baton Rouge, Louisiana News, Weather",
            "Police have made an arrest in the shooting death of a 14-year-old boy.",
            "en",
            ("Baton Rouge", "Louisiana", "US"),
        ),
        (
            "Un adolescent tué par balle",
            "Un adolescent a été tué par balle samedi à Toulouse, a indiqué la police.",
            "fr",
            ("Toulouse", "Languedoc-Roussillon", "FR"),
        ),
    ],
)
def test_a_list_of_other_stories_is_no_place_evidence(title, story, lang, town):
    # each teaser says its headline, then headline and summary; a dateline among them is theirs
    assert _top(_article(title, _TEASERS[lang] + story, lang)) == town


@pytest.mark.slow
def test_a_lead_said_twice_is_still_the_reports():
    lead = "One suspect is dead after a resident fought back during a home invasion in Detroit."
    report = _article("Man, 75, shoots suspect", f"{lead}\n{lead}\nThe man heard a noise at 3 a.m.")
    assert _top(report) == ("Detroit", "Michigan", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        # "Triple" resembles Tripoli, "Drame" Durham, "Mord" Mérida: words of the language
        ("Triple shooting leaves boy hurt", "A boy was hurt in a shooting on Friday.", "en"),
        ("Drame familial", "Un enfant a été tué par balle dimanche.", "fr"),
        ("Triple tiroteo", "Tres personas resultaron heridas el domingo.", "es"),
        ("Festnahme im Mord an Rentnerin", "Die Frau wurde am Sonntag erschossen.", "de"),
    ],
)
def test_a_word_of_the_language_is_no_misspelt_place(title, text, lang):
    assert _places(_article(title, text, lang)) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "SAN ANTONIO - A girl was shot as her family walked away from Cuellar Park. The"
            " family had left Cuellar Park at 10 p.m.; a fight at Cuellar Park preceded it.",
            "en",
        ),
        (
            "SAN ANTONIO (AFP) - Une fillette a été tuée en sortant de Cuellar Park. La famille"
            " quittait Cuellar Park vers 22 heures après une bagarre à Cuellar Park.",
            "fr",
        ),
    ],
)
def test_a_towns_own_name_outweighs_another_name_of_a_foreign_place(text, lang):
    # "San Antonio" is Texas's own name, only another name of Sant Antoni de Portmany; the Cuellar
    # of "Cuellar Park" is a Spanish town's name
    assert _top(_article("Girl shot in San Antonio", text, lang)) == ("San Antonio", "Texas", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "9-year-old dead after shooting in Leflore County",
            "A 9-year-old boy died after a shooting in Leflore County on Sunday, the Oklahoma"
            " Highway Patrol said.",
            "en",
        ),
        (
            "Un enfant tué par balle dans le Leflore County",
            "Un garçon de 9 ans est mort dimanche dans le Leflore County, dans l'Oklahoma, a"
            " indiqué la police.",
            "fr",
        ),
    ],
)
def test_a_county_written_with_other_spaces_is_the_same_county(title, text, lang):
    # Oklahoma's is "Le Flore County" in one source; Mississippi's is "Leflore County"
    place = _places(_article(title, text, lang))[0]
    assert (place.admin1, place.country) == ("Oklahoma", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Syrian government forces shelled rebel positions on Sunday, killing 12.", "en", "SY"),
        ("Iraqi forces shelled rebel positions on Sunday, killing 12.", "en", "IQ"),
    ],
)
def test_a_countrys_people_name_their_country(text, lang, country):
    # "Syrian" only resembles "Syria", as "Triple" resembles Tripoli, but it is the country's word
    assert _places(_article("Shelling kills 12", text, lang))[0].country == country
