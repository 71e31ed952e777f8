"""How many killed (en/fr/es/de): the killer's victims and his own death by police fire ("kills
two ... officers returned fire, killing the suspect"), a count of murders ("a triple murder")
being his victims only; a line telling of several shootings tells a tally, no death of the
event; a headline's count of the dead of one kind ("Two deputies killed") is no single death; a
headline of the hurt that tells a life taken ("claims one man's life") is no count of none."""

from __future__ import annotations

import pytest
from test_counts8 import _FILLER
from test_event_record import _article, _counts, _fact

from newsfuse.extract.figures import extract_claims
from newsfuse.records import HEADLINE

_POLICE_FIRE = [
    (
        "Gunman kills two at Toledo bar",
        "Officers returned fire, killing the suspect, police said.",
        "en",
        "two",
    ),
    (
        "Un tireur tue deux personnes dans un bar à Lyon",
        "Le tireur a été abattu par la police peu après.",
        "fr",
        "deux personnes",
    ),
    (
        "Un pistolero mató a dos personas en un bar de Toledo",
        "El atacante fue abatido por la policía poco después.",
        "es",
        "dos personas",
    ),
    (
        "Schütze tötete zwei Menschen in einer Bar in Köln",
        "Der Täter wurde von der Polizei erschossen.",
        "de",
        "zwei Menschen",
    ),
]


@pytest.mark.parametrize(("title", "text", "lang", "words"), _POLICE_FIRE)
def test_the_killers_victims_and_his_death_by_police_fire(title, text, lang, words):
    article = _article(title, text, lang)
    facts = [_fact("killed", (article.id, HEADLINE, 2, words))]
    facts[0].values[0].evidence = words
    assert _counts(facts, article).get("killed") == 3


@pytest.mark.parametrize(
    ("title", "text", "lang", "words"),
    [
        (
            "Police investigate triple murder in Toledo",
            "Deputies later shot and killed the gunman in a field.",
            "en",
            "triple murder",
        ),
        (
            "Triple meurtre à Lyon",
            "Le suspect a été abattu par les gendarmes.",
            "fr",
            "Triple meurtre",
        ),
        (
            "Triple asesinato en Toledo",
            "El sospechoso fue abatido por la policía.",
            "es",
            "Triple asesinato",
        ),
        (
            "Dreifachmord in Köln",
            "Der Täter wurde von der Polizei erschossen.",
            "de",
            "Dreifachmord",
        ),
    ],
)
def test_a_count_of_murders_is_the_killers_victims(title, text, lang, words):
    article = _article(title, text, lang)
    facts = [_fact("killed", (article.id, HEADLINE, 3, words))]
    facts[0].values[0].evidence = words
    assert _counts(facts, article).get("killed") == 4


@pytest.mark.parametrize(
    ("title", "text", "words"),
    [
        # a count of all the dead already takes in the gunman
        ("3 dead in Toledo bar shooting", "Police shot and killed the gunman.", "3 dead"),
        # the suspect is said to have killed, not to be dead
        ("Man kills two in Toledo", "The suspect is believed to have killed them both.", "two"),
        ("Man kills two in Toledo", "The suspect was not killed, police said.", "two"),
    ],
)
def test_no_killer_more_without_his_own_death_or_with_all_the_dead(title, text, words):
    article = _article(title, text)
    value = 3 if words == "3 dead" else 2
    facts = [_fact("killed", (article.id, HEADLINE, value, words))]
    assert _counts(facts, article).get("killed") == value


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "1 dead, 5 wounded in Toledo shootings",
            "A man died and five people were wounded in separate shootings across the city.",
            "en",
        ),
        (
            "Un mort et cinq blessés dans des fusillades à Lyon",
            "La police enquête sur les fusillades de la nuit.",
            "fr",
        ),
        (
            "Un muerto y cinco heridos en tiroteos nocturnos en Toledo",
            "La policía investiga los tiroteos.",
            "es",
        ),
        (
            "Ein Toter und fünf Verletzte bei mehreren Schießereien in Köln",
            "Die Polizei ermittelt.",
            "de",
        ),
    ],
)
def test_a_death_told_in_a_tally_of_several_shootings_is_no_reading(title, text, lang):
    assert _counts([], _article(title, text, lang)).get("killed") is None


@pytest.mark.parametrize(
    ("title", "lang", "words"),
    [
        ("Two deputies killed in Toledo shooting", "en", "Two deputies"),
        ("Deux gendarmes tués dans une fusillade à Lyon", "fr", "Deux gendarmes"),
        ("Dos policías muertos en un tiroteo en Toledo", "es", "Dos policías"),
        ("Zwei Polizisten bei Schießerei in Köln getötet", "de", "Zwei Polizisten"),
    ],
)
def test_a_headline_count_of_the_dead_of_one_kind_is_no_single_death(title, lang, words):
    first = _article("Toledo shooting", f"{_FILLER[lang]} Two people.", lang, "2016-05-01")
    later = _article(title, _FILLER[lang], lang, "2016-05-02")
    people = _fact("killed", (first.id, 5, 2, "Two people"))
    officers = _fact("killed", (later.id, HEADLINE, 2, words))
    officers.id, officers.subject = "f-officers", "police_officers"
    assert _counts([people, officers], first, later).get("killed") == 2


@pytest.mark.parametrize(
    ("title", "lang", "words"),
    [
        ("Toledo shooting claims one man's life, injures three", "en", "injures three"),
        ("La fusillade de Lyon a coûté la vie à un homme, trois blessés", "fr", "trois blessés"),
        ("El tiroteo de Toledo cobró la vida de un hombre, tres heridos", "es", "tres heridos"),
        ("Schießerei in Köln kostete einen Mann das Leben, drei Verletzte", "de", "drei Verletzte"),
    ],
)
def test_a_headline_of_the_hurt_that_tells_a_life_taken_is_no_count_of_none(title, lang, words):
    first = _article("Man dies after Toledo shooting", _FILLER[lang], lang, "2016-05-01")
    later = _article(title, _FILLER[lang], lang, "2016-05-02")
    facts = [_fact("injured", (later.id, HEADLINE, 3, words))]
    assert _counts(facts, first, later).get("killed") == 1


@pytest.mark.parametrize(
    ("title", "text", "lang", "words"),
    [
        (
            "Three people killed by a man in Toledo",
            "The gunman was later shot and killed by police.",
            "en",
            "Three people",
        ),
        (
            "Trois femmes tuées par un homme à Lyon",
            "Le tireur a été abattu par la police.",
            "fr",
            "Trois femmes",
        ),
        (
            "Tres mujeres asesinadas por un hombre en Toledo",
            "El agresor fue abatido por la policía.",
            "es",
            "Tres mujeres",
        ),
        (
            "Drei Frauen von einem Mann in Köln getötet",
            "Der Täter wurde von der Polizei erschossen.",
            "de",
            "Drei Frauen",
        ),
    ],
)
def test_the_dead_killed_by_someone_who_died_too(title, text, lang, words):
    article = _article(title, text, lang)
    facts = [_fact("killed", (article.id, HEADLINE, 3, words))]
    assert _counts(facts, article).get("killed") == 4


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Three men killed by police in Toledo", "The gunman was shot and killed by police."),
        ("Three men killed by the police in Toledo", "Officers shot and killed the suspect."),
    ],
)
def test_the_dead_killed_by_police_take_no_killer_more(title, text):
    article = _article(title, text)
    facts = [_fact("killed", (article.id, HEADLINE, 3, "Three men"))]
    assert _counts(facts, article).get("killed") == 3


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Possible attempted murder-suicide in Toledo", "en"),
        ("Une tentative de meurtre-suicide à Lyon", "fr"),
        ("Un intento de homicidio-suicidio en Toledo", "es"),
        ("Versuchter erweiterter Suizid in Köln", "de"),
    ],
)
def test_an_attempted_murder_suicide_tells_no_two_deaths(title, lang):
    assert _counts([], _article(title, _FILLER[lang], lang)).get("killed") is None


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Toledo teen who shot himself is now brain dead, mother says", "en"),
        ("Lyon : l'adolescent blessé par balle en état de mort cérébrale", "fr"),
    ],
)
def test_brain_dead_is_no_death(title, lang):
    assert _counts([], _article(title, _FILLER[lang], lang)).get("killed") is None


def test_a_headline_brain_dead_is_no_death_read():
    claims = extract_claims("Teen brain dead after accidental shooting", "en", titled=True)
    assert all(c.measure != "killed" for c in claims)


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Police investigate hunting death in Toledo", "en"),
        ("Father speaks out after the death of his son in Toledo", "en"),
        ("Enquête ouverte après la mort d'un homme à Lyon", "fr"),
        ("Investigan la muerte de un joven en Toledo", "es"),
        ("Polizei ermittelt nach dem Tod eines Mannes in Köln", "de"),
    ],
)
def test_a_death_told_as_a_death_of_someone_is_one(title, lang):
    assert _counts([], _article(title, _FILLER[lang], lang)).get("killed") == 1


def test_a_death_penalty_is_no_death():
    title = "Toledo man may face death penalty in shooting"
    assert _counts([], _article(title, _FILLER["en"])).get("killed") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He fired three more shots before killing himself with a final round.", "en"),
        ("The gunman fired 13 rounds, then killed himself.", "en"),
        ("Il a tiré trois balles, tuant un homme.", "fr"),
        ("Disparó tres balas y mató a un hombre.", "es"),
        ("Er gab drei Schüsse ab und tötete sich dann selbst.", "de"),
    ],
)
def test_a_number_of_shots_counts_no_dead(text, lang):
    claims = extract_claims(text, lang)
    assert all(c.measure != "killed" or c.low == 1 for c in claims)
