"""Gazetteer index and place resolution (the index is built once into the cache: slow)."""

from __future__ import annotations

import pytest

from newsfuse.extract import gazetteer as gz
from newsfuse.extract.places import dateline_place, resolve_places, split_glued
from newsfuse.records import Mention, Sentence

pytestmark = pytest.mark.slow


def places(text: str, names: list[str], lang: str = "en", country: str | None = None):
    """Resolve the given names as LOC mentions of a one-sentence article."""
    sentence = Sentence("a", 0, 0, len(text), text, lang)
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention("a", 0, start, start + len(name), name, "LOC"))
    return resolve_places(mentions, [sentence], country)


def test_cache_location_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    assert gz.index_path().parent == tmp_path
    assert f"v{gz.VERSION}" in gz.index_path().name


def test_index_loads_fast_once_built():
    gz.gazetteer()  # builds on first ever use
    stats = gz.gazetteer_stats()
    assert stats["gazetteer.load_s"] < 1.0
    assert stats["gazetteer.entries"] > 200_000


def test_names_in_several_languages_share_one_id():
    found = places(
        "Alep, Aleppo, Halab, Damas, Damascus, Idleb, Idlib, Syrie",
        ["Alep", "Aleppo", "Damas", "Damascus", "Idleb", "Idlib", "Syrie"],
    )
    ids = {p.text: p.geonameid for p in found}
    assert ids["Alep"] == ids["Aleppo"]
    assert ids["Damas"] == ids["Damascus"]
    assert ids["Idleb"] == ids["Idlib"]
    assert {p.country for p in found} == {"SY"}


def test_document_country_disambiguates():
    # Damasco is Damascus and also a Mexican village; in a Syria story it is the capital.
    found = places(
        "Los rebeldes avanzan hacia Damasco desde Alepo en Siria.",
        ["Damasco", "Alepo", "Siria"],
        lang="es",
    )
    assert found[0].country == "SY" and found[0].name == "Damascus"
    assert found[0].latitude is not None


def test_transliteration_variants_resolve_inside_the_story_country():
    found = places("Air raids hit Atareb near Aleppo in Syria.", ["Atareb", "Aleppo", "Syria"])
    assert found[0].country == "SY" and "Atārib" in found[0].name


def test_glued_tokens_are_split_only_before_a_real_word():
    assert split_glued("Idlebconsidéré", "fr") == "Idleb"
    assert split_glued("Idliboù", "fr") == "Idlib"
    assert split_glued("Iranian", "en") is None  # an ending, not a glued word
    assert split_glued("Damascus", "en") is None  # a place itself
    found = places("la province voisine Idlebconsidéré comme", ["Idlebconsidéré"], "fr", "SY")
    assert (found[0].text, found[0].end - found[0].start) == ("Idleb", 5)


def test_us_state_after_a_city_picks_that_state():
    fla = places("Shots were fired in Gainesville, Fla. on Monday.", ["Gainesville"])[0]
    ga = places("Shots were fired in Gainesville, Ga. on Monday.", ["Gainesville"])[0]
    assert (fla.admin1, ga.admin1) == ("Florida", "Georgia")
    assert fla.geonameid != ga.geonameid


def test_datelines():
    assert dateline_place("GAINESVILLE, Fla. - One person was killed").admin1 == "FL"
    assert dateline_place("HOUSTON (AP) — A man was shot").name == "Houston"
    assert dateline_place("Five people were injured in a shooting") is None
    assert (
        dateline_place("Photo via the police.\n\nNEW ORLEANS -- Police said").name == "New Orleans"
    )
    assert dateline_place("Caption.\nMore.\nText.\nDALLAS - A man was shot") is None  # too far


def test_us_counties_resolve_inside_the_named_state():
    burke = places("A girl was shot in Burke County, N.C. on Saturday.", ["Burke County"])[0]
    assert (burke.name, burke.admin1) == ("Burke County", "North Carolina")
    short = places("Deputies were called to Burke Co., Ga. on Friday.", ["Burke Co."])[0]
    assert short.admin1 == "Georgia" and short.geonameid != burke.geonameid


def test_distance_between_places():
    gaz = gz.gazetteer()
    paris = next(e for e in gaz.lookup("Paris") if e.country == "FR" and e.kind == "city")
    london = next(e for e in gaz.lookup("London") if e.country == "GB" and e.kind == "city")
    assert 330 < gz.distance_km(paris, london) < 360
    assert gz.distance_km(paris, paris) == 0
    assert gz.distance_km(paris, gaz.us_state("TX")) == float("inf")  # states have no position
