"""Where an event happened: a region the reports name decides between the namesakes of the
name they place most, whatever their sizes; a sizeable town said where no place stands (a
paper's name) tells which of the states sharing a county name is meant (rules:
docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article
from test_where6 import _named


@pytest.mark.slow
@pytest.mark.parametrize(
    ("reports", "lang"),
    [
        (
            [
                (
                    "Two injured by accidental gunshot in Toledo",
                    "TOLEDO — Two people were hurt Sunday in Toledo when a gun went off, Toledo"
                    " police said.",
                ),
                (
                    "Toledo police name shooter",
                    "Toledo police on Monday named the man who fired the shot in Toledo.",
                ),
                (
                    "Iowa man charged after accidental shooting",
                    "A man was charged after the shooting at a home in Toledo on Sunday.",
                ),
            ],
            "en",
        ),
        (
            [
                (
                    "Deux blessés par balle à Toledo",
                    "TOLEDO — Deux personnes ont été blessées dimanche à Toledo quand une arme est"
                    " partie, selon la police de Toledo.",
                ),
                (
                    "La police de Toledo identifie le tireur",
                    "La police de Toledo a identifié lundi l'homme qui a tiré à Toledo.",
                ),
                (
                    "Iowa : un homme inculpé après un tir accidentel",
                    "Un homme a été inculpé après le tir dans une maison de Toledo dimanche.",
                ),
            ],
            "fr",
        ),
        (
            [
                (
                    "Dos heridos por un disparo accidental en Toledo",
                    "TOLEDO — Dos personas resultaron heridas el domingo en Toledo cuando se"
                    " disparó un arma, según la policía de Toledo.",
                ),
                (
                    "La policía de Toledo identifica al tirador",
                    "La policía de Toledo identificó el lunes al hombre que disparó en Toledo.",
                ),
                (
                    "Iowa: acusan a un hombre tras un disparo accidental",
                    "Un hombre fue acusado tras el disparo en una casa de Toledo el domingo.",
                ),
            ],
            "es",
        ),
        (
            [
                (
                    "Zwei Verletzte durch Schuss in Toledo",
                    "TOLEDO — Zwei Menschen wurden am Sonntag in Toledo verletzt, als sich ein"
                    " Schuss löste, teilte die Polizei von Toledo mit.",
                ),
                (
                    "Polizei von Toledo nennt Schützen",
                    "Die Polizei von Toledo nannte am Montag den Mann, der in Toledo geschossen"
                    " hatte.",
                ),
                (
                    "Iowa: Mann nach Schuss angeklagt",
                    "Ein Mann wurde nach dem Schuss in einem Haus in Toledo am Sonntag angeklagt.",
                ),
            ],
            "de",
        ),
    ],
)
def test_a_region_named_decides_between_namesakes(reports, lang):
    # Ohio's Toledo is a hundred times Iowa's; the reports name Iowa, and no other state
    places = _named(*(_article(title, text, lang) for title, text in reports))
    assert places[0] == ("Toledo", "Iowa", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Man shot dead at gas station",
            "A man was shot dead Sunday at a gas station in Orange County, deputies said. (Photo:"
            " Jane Doe, Orlando Sentinel)",
            "en",
        ),
        (
            "Un homme tué par balle dans une station-service",
            "Un homme a été tué par balle dimanche dans une station-service à Orange County,"
            " selon le shérif. (Photo : Jane Doe, Orlando Sentinel)",
            "fr",
        ),
        (
            "Un hombre muerto a tiros en una gasolinera",
            "Un hombre murió a tiros el domingo en una gasolinera en Orange County, según el"
            " alguacil. (Foto: Jane Doe, Orlando Sentinel)",
            "es",
        ),
        (
            "Mann an Tankstelle erschossen",
            "Ein Mann wurde am Sonntag an einer Tankstelle in Orange County erschossen, teilte der"
            " Sheriff mit. (Foto: Jane Doe, Orlando Sentinel)",
            "de",
        ),
    ],
)
def test_a_sizeable_town_said_decides_a_shared_county_name(title, text, lang):
    # eight states have an Orange County, California's the largest; the paper is Orlando's
    places = _named(_article(title, text, lang))
    assert places[0][1:] == ("Florida", "US")
    assert all(admin1 != "California" for _, admin1, _ in places)
