"""How many (en/fr/es/de): a death denied is no death ("another child was not killed", "n'a pas
été tué", "no murió", "wurde nicht getötet"), and a count over a city or a span of months is a
tally, no toll of the event ("41 other people were wounded in gun violence citywide", "dans toute
la ville", "en los últimos seis meses", "in den letzten Monaten")."""

from __future__ import annotations

import pytest
from test_event_record import _article, _counts, _fact


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A girl was shot in the leg at a home on Friday. We are fortunate that another child"
            " was not killed, the sheriff said.",
            "en",
        ),
        ("A girl was shot in the leg on Friday. The wound was not fatal, police said.", "en"),
        (
            "Une fillette a été blessée à la jambe vendredi. Son frère n'a pas été tué, selon la"
            " police.",
            "fr",
        ),
        (
            "Una niña resultó herida en la pierna el viernes. Su hermano no murió, dijo la policía.",
            "es",
        ),
        (
            "Ein Mädchen wurde am Freitag am Bein verletzt. Ihr Bruder wurde nicht getötet, sagte"
            " die Polizei.",
            "de",
        ),
    ],
)
def test_a_death_denied_is_no_death(text: str, lang: str) -> None:
    report = _article("Girl shot", text, lang)
    injured = _fact("injured", (report.id, 0, 1, text.split(" ")[1]))
    assert not _counts([injured], report).get("killed")


@pytest.mark.parametrize(
    ("text", "tally", "words", "lang"),
    [
        (
            "A man was shot in the arm on Sunday. 41 other people were wounded in gun violence"
            " citywide.",
            41,
            "41 other people",
            "en",
        ),
        (
            "A man was shot in the arm on Sunday. 30 people have been shot in the past 17 months"
            " on that block.",
            30,
            "30 people",
            "en",
        ),
        (
            "Un homme a été blessé par balle dimanche. 41 personnes ont été blessées dans toute"
            " la ville.",
            41,
            "41 personnes",
            "fr",
        ),
        (
            "Un hombre resultó herido de bala el domingo. 30 personas fueron heridas en los"
            " últimos seis meses.",
            30,
            "30 personas",
            "es",
        ),
        (
            "Ein Mann wurde am Sonntag angeschossen. 30 Menschen wurden in den letzten Monaten"
            " verletzt.",
            30,
            "30 Menschen",
            "de",
        ),
    ],
)
def test_a_count_over_a_city_or_months_is_no_toll_of_the_event(text, tally, words, lang):
    report = _article("Shooting", text, lang)
    injured = _fact("injured", (report.id, 0, 1, text.split(" ")[1]), (report.id, 1, tally, words))
    assert _counts([injured], report)["injured"] == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A man was shot dead on Friday night, police said.", "en"),
        ("Un homme a été tué vendredi soir, selon la police.", "fr"),
        ("Un hombre murió el viernes por la noche, dijo la policía.", "es"),
        ("Ein Mann wurde am Freitagabend getötet, sagte die Polizei.", "de"),
    ],
)
def test_a_death_told_plainly_is_still_one(text: str, lang: str) -> None:
    report = _article("Shooting", text, lang)
    assert _counts([_fact("injured")], report).get("killed") == 1
