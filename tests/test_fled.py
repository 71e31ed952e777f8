"""People who fled a scene escaped; people who fled their homes or the fighting were displaced.

A shooting report's "two men fled on foot" must not give the event a displaced figure."""

from __future__ import annotations

import pytest

from newsfuse.extract.figures import extract_claims


def _displaced(text: str, lang: str) -> list[float]:
    return [c.low for c in extract_claims(text, lang) if c.measure == "displaced"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A man and a woman fled on foot before police arrived.", "en"),
        ("Two men fled the scene in a silver car, police said.", "en"),
        ("Three suspects fled from police after the robbery.", "en"),
        ("Deux hommes ont fui les lieux à bord d'une voiture grise.", "fr"),
        ("Un homme et une femme ont fui à pied avant l'arrivée de la police.", "fr"),
        ("Dos hombres huyeron del lugar en un coche gris.", "es"),
        ("Dos sospechosos huyeron a pie, según la policía.", "es"),
        ("Zwei Männer sind vom Tatort geflohen, sagte die Polizei.", "de"),
        ("Zwei Verdächtige sind zu Fuß geflohen.", "de"),
    ],
)
def test_fleeing_the_scene_is_no_displacement(text: str, lang: str) -> None:
    assert _displaced(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Thousands fled the fighting in Aleppo.", "en", 1000),
        ("A mother and her three children fled their home in Lyon.", "en", 3),
        ("A man and a woman were left homeless by the fire.", "en", 2),
        ("Plus de 2 000 personnes ont fui les combats autour d'Alep.", "fr", 2000),
        ("Unas 3.000 personas huyeron de los combates en Idlib.", "es", 3000),
        ("Rund 5.000 Menschen sind vor den Kämpfen geflohen.", "de", 5000),
    ],
)
def test_fleeing_homes_or_fighting_is_displacement(text: str, lang: str, count: int) -> None:
    assert _displaced(text, lang) == [count]
