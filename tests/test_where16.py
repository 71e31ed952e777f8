"""Where an event happened: a major city's name in the reports' language beats villages called
so ("Damasco" in Spanish is Damascus, not Damasco, Chiapas) (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article
from test_where import _top


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        (
            "Ataque con cohetes en Damasco",
            "Al menos cinco personas murieron el martes en un ataque con cohetes en Damasco,"
            " según los medios estatales.",
            "es",
            ("Damascus", "SY"),
        ),
        (
            "Ataque em Damasco",
            "Pelo menos cinco pessoas morreram na terça-feira em um ataque em Damasco.",
            "pt",
            ("Damascus", "SY"),
        ),
        (
            "Fusillade à Londres",
            "Un homme a été tué mardi soir à Londres, selon la police.",
            "fr",
            ("London", "GB"),
        ),
        (
            "Tiroteo en Londres",
            "Un hombre murió el martes en un tiroteo en Londres, informó la policía.",
            "es",
            ("London", "GB"),
        ),
        (
            "Tiroteo en Moscú",
            "Un hombre murió el martes en un tiroteo en Moscú, informó la policía.",
            "es",
            ("Moscow", "RU"),
        ),
        (
            "Attentat à Alep",
            "Au moins dix personnes ont été tuées mardi à Alep, selon l'OSDH.",
            "fr",
            ("Aleppo", "SY"),
        ),
    ],
)
def test_a_major_city_s_name_in_the_reports_language_beats_villages_called_so(
    title, text, lang, town
):
    name, _, country = _top(_article(title, text, lang))
    assert (name, country) == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        # the village named with its region is meant
        (
            "Explosión en Damasco, Chiapas",
            "Una explosión sacudió el domingo Damasco, Chiapas, informó la policía.",
            "es",
            ("Damasco", "MX"),
        ),
        # a town of 15,000 to 26,000 people called so is no village: Batavia is no Jakarta
        (
            "Man shot in Batavia",
            "A man was shot Tuesday in Batavia, police said.",
            "en",
            ("Batavia", "US"),
        ),
        # Sydney's country speaks English: "Sidney" is no name English gives it
        (
            "Man shot in Sidney",
            "A man was shot Tuesday in Sidney, police said.",
            "en",
            ("Sidney", "US"),
        ),
        # no place is called so: the name's places all count alike, as before ("South
        # Philadelphia" names Philadelphias, and Amman by an old name: no village gives way)
        (
            "Man shot in South Philadelphia",
            "A man was shot Tuesday in South Philadelphia, police said.",
            "en",
            ("Philadelphia", "US"),
        ),
        # namesakes of one name keep their own rules: Toledo in Spanish is Spain's
        (
            "Tiroteo en Toledo",
            "Un hombre murió el martes en un tiroteo en Toledo, informó la policía.",
            "es",
            ("Toledo", "ES"),
        ),
    ],
)
def test_towns_called_so_keep_their_name(title, text, lang, town):
    name, _, country = _top(_article(title, text, lang))
    assert (name, country) == town
