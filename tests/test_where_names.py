"""Where an event happened: names the gazetteer only half knows give no place rather than a wrong
one. A division smaller than a town of its name abroad is no region for sure (Belize's Toledo
District is not the province of Toledo, Spain, nor Ohio's city), and the start of a longer name
the gazetteer lacks is no town ("Mas du Taureau" is a part of Vaulx-en-Velin, not Mas, Italy;
"Santa María de Benquerencia" a part of Toledo, not a Santa María of Mexico)."""

from __future__ import annotations

import pytest
from test_where11 import _all

from newsfuse.extract.places import region_of


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Toledo", None),  # Belize's Toledo District (29,000) < Toledo, Ohio (265,000)
        ("Aleppo", ("SY", "09")),  # the governorate holds the city
        ("Jalisco", ("MX", "14")),
        ("Córdoba", ("AR", "05")),
        ("Fla.", ("US", "FL")),
        ("Syria", ("SY", "")),
    ],
)
def test_a_division_outgrown_by_a_town_of_its_name_abroad_is_no_region(name, region):
    assert region_of(name) == region


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Detenido un hombre por apuñalar a su vecino",
            "SANTA MARÍA DE BENQUERENCIA, Toledo (EFE). Un hombre de 45 años ha sido detenido por"
            " apuñalar a su vecino, según informó la Policía Nacional.",
            "es",
        ),
        (
            "Man held after stabbing his neighbour",
            "SANTA MARIA DE BENQUERENCIA, Toledo (Reuters) - A 45-year-old man was arrested after"
            " stabbing his neighbour, police said.",
            "en",
        ),
        (
            "Fusillade au Mas du Taureau",
            "Mas du Taureau (Rhône). Un homme a été blessé par balle mardi soir dans le quartier,"
            " selon la police.",
            "fr",
        ),
        (
            "Detenido un hombre por apuñalar a su vecino",
            "Un hombre fue detenido el martes en Santa María de Benquerencia tras apuñalar a su"
            " vecino, según la Policía Nacional.",
            "es",
        ),
    ],
)
def test_a_name_only_half_known_gives_no_place(title, text, lang):
    assert _all(title, text, lang) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Detenido un hombre por apuñalar a su vecino",
            "Un hombre ha sido detenido en Talavera de la Reina (Toledo) por apuñalar a su"
            " vecino, según informó la Policía Nacional.",
            "es",
        ),
        (
            "Mann nach Messerangriff festgenommen",
            "Ein Mann wurde in Talavera de la Reina (Toledo) festgenommen, nachdem er seinen"
            " Nachbarn mit einem Messer verletzt hatte, teilte die spanische Polizei mit.",
            "de",
        ),
    ],
)
def test_a_town_beside_an_ambiguous_province_is_read_alone(title, text, lang):
    assert [(name, country) for name, _, country in _all(title, text, lang)] == [
        ("Talavera de la Reina", "ES")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        (
            "Tiroteo en Río de Janeiro",
            "Un hombre murió en un tiroteo el lunes en Río de Janeiro, según la policía.",
            "es",
            "Rio de Janeiro",
        ),
        (
            "Mann in Köln erschossen",
            "Ein Mann ist in Köln am Montag erschossen worden, teilte die Polizei mit.",
            "de",
            "Köln",
        ),
        (
            "Man shot in the District",
            "A man was shot in the District of Columbia on Friday night, police said.",
            "en",
            "Washington",
        ),
        (
            "Un homme tué à Saint-Denis",
            "Un homme a été tué par balle lundi à Saint-Denis de la Réunion, selon la police.",
            "fr",
            "Saint-Denis",
        ),
    ],
)
def test_a_name_the_gazetteer_knows_whole_is_still_read(title, text, lang, town):
    assert [name for name, _, _ in _all(title, text, lang)][:1] == [town]
