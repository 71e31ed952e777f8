"""Where an event happened: where no name stands where a place stands, a town the reports say
anyhow is no town of another region than the one they name by themselves ("WEST PRICE HILL,
Ohio": a part of Cincinnati the gazetteer lacks, not Price, Utah): the region is then the place
(rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_where11 import _all


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Boy, 12, shot himself in West Price Hill home",
            "WEST PRICE HILL, Ohio (WKRC) -- Police were called to a house on Virgil Road in West"
            " Price Hill late Sunday night. That's where they found a 12-year-old boy who shot"
            " himself while playing with a gun.",
            "en",
        ),
        (
            "Un garçon de 12 ans se blesse par balle à West Price Hill",
            "WEST PRICE HILL, Ohio (AFP) - Un garçon de 12 ans s'est blessé par balle dimanche"
            " soir en manipulant une arme dans une maison de West Price Hill, a indiqué la police.",
            "fr",
        ),
        (
            "Un niño de 12 años se hiere de un disparo en West Price Hill",
            "WEST PRICE HILL, Ohio (EFE) - Un niño de 12 años se hirió de un disparo el domingo"
            " por la noche mientras jugaba con un arma en una casa de West Price Hill, según"
            " informó la policía.",
            "es",
        ),
        (
            "Zwölfjähriger verletzt sich in West Price Hill mit Schusswaffe",
            "WEST PRICE HILL, Ohio (dpa) - Ein zwölfjähriger Junge hat sich am Sonntagabend in"
            " einem Haus in West Price Hill beim Spielen mit einer Waffe angeschossen, teilte die"
            " Polizei mit.",
            "de",
        ),
    ],
)
def test_a_town_said_anyhow_outside_the_region_named_is_none(title, text, lang):
    assert _all(title, text, lang) == [("Ohio", "Ohio", "US")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "expected"),
    [
        (  # the victim's home state is no scene: the town named as one is
            "Florida man killed in Atlanta shooting",
            "A Florida man was shot and killed early Sunday in Atlanta, police said.",
            "en",
            ("Atlanta", "Georgia", "US"),
        ),
        (  # a town said where a place stands keeps its region against a region named
            "Mann in Köln angeschossen",
            "Ein 30-jähriger Mann aus Bayern ist am Sonntag in Köln angeschossen worden, teilte"
            " die Polizei mit. Der Mann stammt aus Bayern.",
            "de",
            ("Köln", "North Rhine-Westphalia", "DE"),
        ),
    ],
)
def test_a_town_named_as_the_scene_stays_against_a_region_named(title, text, lang, expected):
    assert _all(title, text, lang)[0] == expected
