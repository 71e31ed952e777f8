"""Where an event happened: a town said short beside its fuller name in one report is that town
("Talavera" in a title, "Talavera de la Reina" in the body) (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places
from test_where import _top


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        (
            "Tiroteo en Talavera",
            "Un hombre murió el martes en un tiroteo en Talavera de la Reina, informó la policía.",
            "es",
            ("Talavera de la Reina", "Castille-La Mancha", "ES"),
        ),
        (
            "Un mort à Talavera",
            "Un homme a été tué mardi à Talavera de la Reina, en Espagne.",
            "fr",
            ("Talavera de la Reina", "Castille-La Mancha", "ES"),
        ),
        (
            "Toter in Talavera",
            "Ein Mann wurde am Dienstag in Talavera de la Reina erschossen.",
            "de",
            ("Talavera de la Reina", "Castille-La Mancha", "ES"),
        ),
        (
            "Man killed in Talavera",
            "A man was killed on Tuesday in Talavera de la Reina, police said.",
            "en",
            ("Talavera de la Reina", "Castille-La Mancha", "ES"),
        ),
        (
            "Un muerto en Alcalá",
            "Un hombre murió el martes en Alcalá de Henares, informó la policía.",
            "es",
            ("Alcalá de Henares", "Madrid", "ES"),
        ),
    ],
)
def test_a_town_said_short_beside_its_fuller_name_is_that_town(title, text, lang, town):
    assert _top(_article(title, text, lang)) == town


@pytest.mark.slow
def test_two_towns_one_name_starts_stay_two():
    # Palm Beach and Palm Beach Gardens are both Florida towns: neither is the other said short
    report = _article(
        "Man shot in Palm Beach", "A man was shot Tuesday in Palm Beach Gardens, police said."
    )
    assert {p.name for p in _places(report)} >= {"Palm Beach", "Palm Beach Gardens"}
