"""Where an event happened: a name the post office gives only as another name of one town's ZIP
codes ("Ybor City" of Tampa's, "Homewood" of Pittsburgh's) is a part of that town: when the
reports name the town too, the event's town is the town and the part no further town; else
the part stays the town, as a town GeoNames lists does (Chubbuck, whose mail is Pocatello's)
(rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_where11 import _all


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        (
            "Man shot in Ybor City",
            "A 25-year-old man was shot early Sunday in Ybor City, Tampa police said.",
            "en",
            ("Tampa", "Florida", "US"),
        ),
        (
            "Un homme blessé par balle à Homewood",
            "Un homme de 25 ans a été blessé par balle dimanche soir à Homewood, a indiqué la"
            " police de Pittsburgh.",
            "fr",
            ("Pittsburgh", "Pennsylvania", "US"),
        ),
        (
            "Un hombre herido de bala en Ybor City",
            "Un hombre de 25 años resultó herido de bala el domingo en Ybor City, informó la"
            " policía de Tampa.",
            "es",
            ("Tampa", "Florida", "US"),
        ),
        (
            "Mann in Homewood angeschossen",
            "Ein 25-jähriger Mann ist am Sonntagabend in Homewood angeschossen worden, teilte die"
            " Polizei von Pittsburgh mit.",
            "de",
            ("Pittsburgh", "Pennsylvania", "US"),
        ),
    ],
)
def test_a_part_the_mail_files_under_a_named_town_is_that_town(title, text, lang, town):
    assert _all(title, text, lang) == [town]  # the part is no further town either


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Man shot in Ybor City", "A 25-year-old man was shot early Sunday in Ybor City.", "en"),
        (
            "Un homme blessé par balle à Ybor City",
            "Un homme de 25 ans a été blessé par balle dimanche à Ybor City, en Floride.",
            "fr",
        ),
        (
            "Un hombre herido de bala en Ybor City",
            "Un hombre de 25 años resultó herido de bala el domingo en Ybor City, Florida.",
            "es",
        ),
        (
            "Mann in Ybor City angeschossen",
            "Ein 25-jähriger Mann ist am Sonntag in Ybor City in Florida angeschossen worden.",
            "de",
        ),
    ],
)
def test_a_part_stays_the_town_where_its_mail_town_goes_unnamed(title, text, lang):
    assert _all(title, text, lang)[0] == ("Ybor City", "Florida", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Girl dies in accidental shooting",
            "CHUBBUCK, Idaho (AP) - A 5-year-old girl was shot and killed at a home in Chubbuck,"
            " a Pocatello prosecutor said.",
            "en",
        ),
        (
            "Une fillette tuée par balle par accident",
            "CHUBBUCK, Idaho (AFP) - Une fillette de 5 ans a été tuée par balle dans une maison de"
            " Chubbuck, a indiqué un procureur de Pocatello.",
            "fr",
        ),
        (
            "Muere una niña por un disparo accidental",
            "CHUBBUCK, Idaho (EFE) - Una niña de 5 años murió por un disparo en una casa de"
            " Chubbuck, informó un fiscal de Pocatello.",
            "es",
        ),
        (
            "Mädchen durch Schuss getötet",
            "CHUBBUCK, Idaho (dpa) - Ein fünfjähriges Mädchen ist in einem Haus in Chubbuck durch"
            " einen Schuss getötet worden, teilte ein Staatsanwalt aus Pocatello mit.",
            "de",
        ),
    ],
)
def test_a_part_named_with_its_region_is_a_town_of_its_own(title, text, lang):
    assert _all(title, text, lang)[0] == ("Chubbuck", "Idaho", "US")
