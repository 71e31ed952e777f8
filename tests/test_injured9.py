"""How many hurt (en/fr/es/de): people sent or taken to hospital, or kept there in a grave
state ("sent five people to the hospital", "a envoyé cinq personnes à l'hôpital", "en estado
crítico", "ins Krankenhaus gebracht"), unless they died there, are counted apart, the hurt when
no report counts them; people told as "others" count people ("three others were also injured",
"otros dos heridos"); a count of the hurt told in parts adds up ("two critical and two others
injured", "zwei schwer und zwei leicht verletzt"), never over a whole told first ("four shot,
two critically, and two others ..."); one "fighting for his life" is one hurt."""

from __future__ import annotations

import pytest
from test_event_record import _article, _counts, _fact

from newsfuse.extract.figures import extract_claims


def _read(text: str, lang: str) -> list[tuple[str | None, float, str | None, str | None]]:
    return [
        (c.measure, c.low, c.subject, c.role) for c in extract_claims(text, lang, article_id="x")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("A shooting late Tuesday night sent five people to the hospital.", "en", 5),
        ("The party ended with five people in the hospital.", "en", 5),
        ("Three victims were taken by ambulance to Lakeside Memorial Hospital.", "en", 3),
        ("Two of the victims remain in critical condition.", "en", 2),
        ("La fusillade a envoyé cinq personnes à l'hôpital.", "fr", 5),
        ("Deux personnes sont dans un état critique.", "fr", 2),
        ("El tiroteo envió a cinco personas al hospital.", "es", 5),
        ("Dos personas están en estado crítico.", "es", 2),
        ("Zwei Menschen wurden ins Krankenhaus gebracht.", "de", 2),
        ("Zwei Menschen sind in kritischem Zustand.", "de", 2),
    ],
)
def test_people_taken_to_hospital_or_in_a_grave_state_are_counted(text, lang, n):
    assert any(m == "treated" and v == n and s for m, v, s, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A shooting late Tuesday night sent five people to the hospital.", "en"),
        ("La fusillade a envoyé cinq personnes à l'hôpital.", "fr"),
        ("El tiroteo envió a cinco personas al hospital.", "es"),
        ("Fünf Menschen wurden nach den Schüssen ins Krankenhaus gebracht.", "de"),
    ],
)
def test_people_taken_to_hospital_are_the_hurt_when_no_one_counts_them(text, lang):
    article = _article("Shooting", text, lang)
    facts = [_fact("treated", (article.id, 0, 5, text))]
    assert _counts(facts, article).get("injured") == 5


def test_a_count_of_the_hurt_stands_beside_those_taken_to_hospital():
    text = "Four people were wounded. Two of the victims remain in critical condition."
    article = _article("Shooting in Toledo", text)
    facts = [
        _fact("injured", (article.id, 0, 4, "Four people")),
        _fact("treated", (article.id, 1, 2, "Two of the victims")),
    ]
    assert _counts(facts, article).get("injured") == 4


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 6-year-old was taken to a hospital but later died.", "en"),
        ("Two people were taken to the hospital, where they died.", "en"),
        ("Deux personnes ont été transportées à l'hôpital, où elles sont mortes.", "fr"),
        ("Dos personas fueron trasladadas al hospital, donde murieron.", "es"),
        ("Zwei Menschen wurden ins Krankenhaus gebracht, wo sie starben.", "de"),
        ("Two officers went to the hospital to see the victim.", "en"),
    ],
)
def test_who_died_in_hospital_or_visited_it_is_not_hurt(text, lang):
    assert all(m not in ("injured", "treated") for m, _, _, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three others were also injured by gunfire.", "en"),
        ("THREE OTHERS HURT AFTER A SHOOTING", "en"),
        ("Trois autres ont été blessés par balle.", "fr"),
        ("Otros tres resultaron heridos.", "es"),
        ("Drei weitere wurden verletzt.", "de"),
    ],
)
def test_others_hurt_are_people(text, lang):
    assert ("injured", 3, "people", None) in _read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("Two men were in critical condition and two others injured after the shooting.", "en", 4),
        (
            "One person was in critical condition; the three others suffered minor injuries.",
            "en",
            4,
        ),
        ("One man is in critical condition and another suffered minor injuries.", "en", 2),
        ("Deux personnes sont dans un état critique et deux autres ont été blessées.", "fr", 4),
        ("Dos en estado crítico y otros dos heridos tras el tiroteo.", "es", 4),
        ("Bei der Schießerei wurden zwei schwer und zwei leicht verletzt.", "de", 4),
    ],
)
def test_the_hurt_told_in_parts_add_up(text, lang, n):
    assert ("injured", n, "people", "total") in _read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "whole"),
    [
        ("Four people were shot, two critically, and two others suffered minor injuries.", "en", 0),
        ("A man was killed and two others were wounded in a shooting.", "en", 0),
        ("Two people were shot and another was killed.", "en", 0),
        ("Two people were injured and two others were arrested.", "en", 0),
        (
            "Quatre personnes ont été blessées, dont deux grièvement et deux autres légèrement.",
            "fr",
            4,
        ),
    ],
)
def test_no_sum_over_a_whole_a_death_or_another_outcome(text, lang, whole):
    totals = [v for m, v, _, r in _read(text, lang) if r == "total" and m in ("injured", "shot")]
    assert totals == ([whole] if whole else [])


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Four dead in Toledo shooting",
            "Four people are dead and another is fighting for her life after a shooting.",
            "en",
        ),
        (
            "Shooting in Lyon",
            "A man was shot and killed, and a woman is fighting for her life, police said.",
            "en",
        ),
        ("Fusillade à Lyon", "Un homme a été tué et une femme est entre la vie et la mort.", "fr"),
        ("Tiroteo en Toledo", "Un hombre murió y una mujer está entre la vida y la muerte.", "es"),
        ("Schüsse in Köln", "Ein Mann wurde getötet, eine Frau schwebt in Lebensgefahr.", "de"),
    ],
)
def test_one_fighting_for_life_beside_the_dead_is_one_hurt(title, text, lang):
    article = _article(title, text, lang)
    facts = [_fact("killed", (article.id, 0, 4 if "Four" in text else 1, text))]
    assert _counts(facts, article).get("injured") == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A man is fighting for his life after a shooting in Aleppo Street.", "en"),
        ("Un homme est entre la vie et la mort après une fusillade à Lyon.", "fr"),
        ("Un hombre se debate entre la vida y la muerte tras un tiroteo en Toledo.", "es"),
        ("Ein Mann schwebt nach Schüssen in Köln in Lebensgefahr.", "de"),
    ],
)
def test_one_fighting_for_life_and_no_death_is_one_hurt(text, lang):
    article = _article(text, text, lang)
    assert _counts([], article).get("injured") == 1
