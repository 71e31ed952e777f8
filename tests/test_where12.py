"""Where an event happened: a town beside the scene is no scene, where the reports name the
scene too: the town it lies some miles from ("30 miles west of Phoenix", "à 20 km au nord de
Lyon") and the town of the hospital the wounded were taken to ("Medical Center in Oak Lawn",
"un hospital en Toledo") (rules: docs/event-record.md)."""

from __future__ import annotations

import pytest
from test_event_record import _article, _places
from test_where8 import _first


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        # the scene and the hospital's larger town: the scene
        (
            "Man shot outside apartment",
            "A 20-year-old man was shot Sunday in Harvey and was taken to Advocate Christ Medical"
            " Center in Oak Lawn in serious condition, police said.",
            "en",
            "Harvey",
        ),
        (
            "Un homme blessé par balle",
            "Un homme de 25 ans a été blessé par balle samedi soir à Vénissieux. Il a été"
            " transporté à l'hôpital Édouard-Herriot, à Lyon.",
            "fr",
            "Vénissieux",
        ),
        (
            "Herido de bala un hombre",
            "Un hombre de 40 años resultó herido de bala el sábado en Bargas. Fue trasladado al"
            " Hospital Virgen de la Salud, en Toledo.",
            "es",
            "Bargas",
        ),
        (
            "Mann angeschossen",
            "Ein 30 Jahre alter Mann ist am Samstagabend in Hürth angeschossen worden. Er wurde in"
            " ein Krankenhaus in Köln gebracht.",
            "de",
            "Hürth",
        ),
        # the hospital's town named with its region
        (
            "Man shot at party",
            "A man was shot Sunday at a party in Alachua and was taken to a hospital in"
            " Gainesville, Fla., deputies said.",
            "en",
            "Alachua",
        ),
        (
            "Un homme blessé par balle",
            "Un homme a été blessé par balle samedi à Vauvert. Il a été transporté au CHU à Nîmes"
            " (Gard).",
            "fr",
            "Vauvert",
        ),
    ],
)
def test_a_town_beside_the_scene_is_no_scene(title, text, lang, town):
    assert _first(title, text, lang)[0] == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town"),
    [
        ("Man shot 20 miles west of Phoenix", "The man was wounded on Sunday.", "en", "Phoenix"),
        (
            "Un homme blessé à 20 km au nord de Lyon",
            "L'homme a été blessé dimanche.",
            "fr",
            "Lyon",
        ),
        (
            "Un herido a 30 kilómetros de Toledo",
            "El hombre resultó herido el domingo.",
            "es",
            "Toledo",
        ),
        (
            "Mann 20 Kilometer nördlich von Köln angeschossen",
            "Der Mann wurde am Sonntag verletzt.",
            "de",
            "Köln",
        ),
        (
            "Man dies at hospital in Aleppo",
            "The man was wounded in shelling on Sunday, activists said.",
            "en",
            "Aleppo",
        ),
    ],
)
def test_a_town_beside_the_scene_alone_is_still_the_place(title, text, lang, town):
    # no other town is named: the town beside, weakly, is the best the reports say
    assert _first(title, text, lang)[0] == town


@pytest.mark.slow
def test_the_town_the_scene_lies_from_is_named_after_it():
    # not the scene, but said as a place: a further one
    report = _article(
        "Car bomb kills 10 in Syria",
        "A car bomb killed 10 people on Friday in the town of Rankus, some 30 kilometers north"
        " of Damascus, the Syrian Observatory for Human Rights said.",
    )
    assert [p.name for p in _places(report)][:2] == ["Rankūs", "Damascus"]
