"""How many (en/fr/es/de): one person who fled escaped, no one displaced ("a suspect fled on
foot"); two people each brought in with "a" and told of together count two in
every language ("a girl and a boy", "une fille et un garçon", "una niña y un niño", "ein Mädchen
und ein Junge"); French "pris" counts a capture only when it is one ("a pris la fuite" fled,
"pris en charge" cared for)."""

from __future__ import annotations

import pytest

from newsfuse.extract.figures import extract_claims


def _read(text: str, lang: str) -> list[tuple[str | None, float]]:
    return [(c.measure, c.low) for c in extract_claims(text, lang, article_id="x")]


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        ("A girl and a boy were wounded in the shooting.", "en", "injured"),
        ("Une fille et un garçon ont été blessés dans la fusillade.", "fr", "injured"),
        ("Un homme et une jeune femme ont été tués samedi soir.", "fr", "killed"),
        ("Una niña y un niño resultaron heridos en el tiroteo.", "es", "injured"),
        ("Un hombre y una mujer murieron en el ataque.", "es", "killed"),
        ("Ein Mädchen und ein Junge wurden bei der Schießerei verletzt.", "de", "injured"),
    ],
)
def test_two_people_told_together_count_two(text, lang, measure):
    assert _read(text, lang) == [(measure, 2)]


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        ("A man was wounded and a woman called the police.", "en", "injured"),
        ("Un homme a été blessé et une femme a pris la fuite.", "fr", "injured"),
        ("Un hombre resultó herido y una mujer huyó del lugar.", "es", "injured"),
        ("Ein Mann wurde verletzt und eine Frau floh.", "de", "injured"),
    ],
)
def test_a_second_person_with_another_fate_is_not_counted(text, lang, measure):
    assert _read(text, lang) == [(measure, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois blessés ont été pris en charge par les secours.", [("injured", 3)]),
        ("Les rebelles ont pris au moins 50 localités.", [("captured", 50)]),
    ],
)
def test_pris_is_a_capture_only_when_it_is_one(text, expected):
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A suspect fled on foot after the shooting.", "en"),
        ("Un suspect a fui à pied après la fusillade.", "fr"),
        ("Un sospechoso huyó a pie tras el tiroteo.", "es"),
        ("Ein Verdächtiger floh nach den Schüssen zu Fuß.", "de"),
    ],
)
def test_one_person_fleeing_is_no_displacement(text, lang):
    assert [m for m, _ in _read(text, lang) if m == "displaced"] == []


def test_people_fleeing_in_numbers_are_displaced():
    assert _read("About 1,000 people fled the fighting.", "en") == [("displaced", 1000)]
