"""Number parser: digit groupings, spelled-out numbers and collectives in six languages."""

from __future__ import annotations

import pytest

from newsfuse.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("14,000", "en", 14000),
        ("14 000", "fr", 14000),
        ("14\u00a0000", "fr", 14000),
        ("14\u202f000", "fr", 14000),
        ("14.000", "es", 14000),
        ("14.000", "de", 14000),
        ("1,5 million", "fr", 1_500_000),
        ("2.5 million", "en", 2_500_000),
        ("1.2bn", "en", 1_200_000_000),
        ("3,5 milhões", "pt", 3_500_000),
        ("2,5 Millionen", "de", 2_500_000),
        ("1,3", "en", 1.3),
        ("six", "en", 6),
        ("quatre", "fr", 4),
        ("deux cent cinquante-cinq", "fr", 255),
        ("trescientos cuarenta y siete", "es", 347),
        ("einhunderteinunddreißig", "de", 131),
        ("duemilacinquecento", "it", 2500),
        ("dois mil trezentos e quarenta e sete", "pt", 2347),
        ("half a million", "en", 500_000),
        ("a dozen", "en", 12),
        ("fünf Dutzend", "de", 60),
        ("4 hundred million", "en", 400_000_000),
        ("tres billones", "es", 3e12),
    ],
)
def test_values(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("une cinquantaine de villes", "fr", 45, 55),
        ("une trentaine d'ONG", "fr", 27, 33),
        ("dozens of people", "en", 12, 120),
        ("hundreds of homes", "en", 100, 1000),
        ("des milliers de personnes", "fr", 1000, 10000),
        ("des dizaines de milliers", "fr", 10000, 100000),
        ("decenas de muertos", "es", 10, 100),
        ("Dutzende Tote", "de", 12, 120),
        ("centinaia di sfollati", "it", 100, 1000),
        ("milhares de pessoas", "pt", 1000, 10000),
    ],
)
def test_approximations(text: str, lang: str, low: float, high: float) -> None:
    span = find_numbers(text, lang)[0]
    assert span.approximate
    assert (span.low, span.high) == pytest.approx((low, high))


def test_false_friends_are_not_collectives() -> None:
    # "miles" is thousands only in Spanish; in English it is a unit.
    assert [s.value for s in find_numbers("35 miles", "en")] == [35]
    assert find_numbers("miles de personas", "es")[0].low == 1000


def test_article_words_are_flagged() -> None:
    spans = find_numbers("un homme et une femme", "fr")
    assert spans and all(s.article for s in spans)


def test_spans_point_at_the_text() -> None:
    text = "Au moins 255 personnes"
    (span,) = find_numbers(text, "fr")
    assert text[span.start : span.end] == "255"
