"""Seed alias/place evaluation and a small GVC where/when slice, with their targets."""

from __future__ import annotations

import json

import pytest

from newsfuse.errors import InputError
from newsfuse.evaluation.incident_where_when import (
    _host_town,
    _same_city,
    _us_places,
    evaluate_incident_where_when,
    predict_date,
    predict_place,
)
from newsfuse.evaluation.seeds_entities import evaluate_seed_entities, parse_groups
from newsfuse.extract import us_towns
from newsfuse.extract.us_towns import counties_of


def test_wrong_files_raise_input_errors(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"facts": []}))
    with pytest.raises(InputError):
        evaluate_seed_entities(gold, tmp_path)
    lines = tmp_path / "articles.jsonl"
    lines.write_text('{"id": "x"}\nnot json\n')
    with pytest.raises(InputError):
        evaluate_incident_where_when(lines, lines)


def test_groups_are_parsed_from_the_findings(eval_dir):
    findings = json.loads((eval_dir / "seeds" / "claims.gold.json").read_text())
    aliases, places = parse_groups(findings["expected_findings"])
    assert {"hts", "sohr"} <= set(aliases)
    assert "Observatoire des droits de l'homme" in aliases["sohr"]
    assert ["Aleppo", "Alep"] in places


@pytest.mark.slow
def test_seed_alias_groups_and_places(eval_dir, seeds_dir):
    scores = evaluate_seed_entities(eval_dir / "seeds" / "claims.gold.json", seeds_dir)
    assert scores["aliases.hts.merged"] and scores["aliases.sohr.merged"]
    assert scores["aliases.intruders"] == 0
    assert scores["aliases.distinct"]
    assert scores["places.same_id.accuracy"] == 1.0


@pytest.mark.slow
def test_gvc_where_when_slice(eval_dir):
    gvc = eval_dir / "gvc"
    scores = evaluate_incident_where_when(gvc / "articles.jsonl", gvc / "incidents.jsonl", limit=60)
    assert scores["incidents"] >= 50
    # Floors a little below this slice's figures (city 0.789, state 0.912, date 0.596 on
    # 2026-11-30), so a regression fails; the whole set's figures are in docs/evaluation.md.
    assert scores["state.accuracy"] >= 0.85
    assert scores["city.accuracy"] >= 0.72
    assert scores["date.accuracy"] >= 0.5


def _article(title: str, text: str) -> dict:
    return {"id": "a", "title": title, "text": text, "published": "2016-05-01"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        # Sentence-initial and title-case words are no towns ("Man" is a town in West Virginia),
        # nor is a name that is no place's position ("Austin Smith said").
        (
            "Man Charged After Teen Shot In Roswell",
            "A man was charged after a teen was shot in Roswell, N.M. Austin Smith said the man"
            " is a neighbour.",
            ("Roswell", "NM"),
        ),
        # "hope" is also a common word of the text; after "in" the capital is the town's.
        (
            "2 killed during birthday party in Hope Mills",
            "Two people were killed at a house party in Hope Mills. Their families hope for"
            " answers.",
            ("Hope Mills", "NC"),
        ),
        # a city's usual abbreviation names it
        (
            "Man, 3 girls shot in southeast DC",
            "D.C. police are searching for a man.",
            ("Washington", "DC"),
        ),
        # a possessive ends a place name
        ("5 shot on Detroit's west side", "Five people were shot on Sunday.", ("Detroit", "MI")),
        # the outlet's tag, with the station's own city, is no place of the story
        (
            "1 dead after shooting in Gaston - WIS News 10 - Columbia, South Carolina",
            "A man died after a shooting on Sunday.",
            ("Gaston", "SC"),
        ),
        # ... but its state hints at where its audience is: Greenwood, S.C., not Greenwood, Ind.
        (
            "Teen shot in Greenwood - WIS News 10 - Columbia, South Carolina",
            "A teen was shot in Greenwood on Sunday.",
            ("Greenwood", "SC"),
        ),
        # ... a town said where no place stands is a guess too
        (
            "Update: Sarasota death ruled homicide by gunshot wound",
            "The medical examiner ruled the death a homicide.",
            ("Sarasota", "FL"),
        ),
        # ... and where the story names no place at all, the station's town is the best guess
        (
            "Warrant issued after shot fired through floor - WMC Action News 5 - Memphis, Tenn",
            "A warrant was issued for a man accused of killing another man.",
            ("Memphis", "TN"),
        ),
        # Chester is a town in many states; "Chester Daniels", said twice, is a man ...
        (
            "Vigil held for shooting victim",
            "The family of Chester Daniels said he was a kind man. Friends of Chester Daniels"
            " gathered on Sunday. Police in Kingsport are investigating.",
            ("Kingsport", "TN"),
        ),
        # ... but a state's name followed by other words still names the state (not Homewood, Ala.)
        (
            "Man arrested",
            "The Western Pennsylvania Fugitive Task Force arrested a man in Homewood.",
            ("Homewood", "PA"),
        ),
        # where someone lives weighs less than where it happened
        ("Man shot", "A Mesa man was shot in Tempe on Sunday.", ("Tempe", "AZ")),
        # a holiday is no town (Christmas, Mich.)
        (
            "Christmas shooting leaves two hurt",
            "Two were shot in Southgate, police said.",
            ("Southgate", "MI"),
        ),
        # Iaeger, W.Va. (300 people) is no GeoNames place of 500+: a post office town
        ("Man shot near Iaeger", "A man was shot near Iaeger.", ("Iaeger", "WV")),
        # the county named tells the town from the station's city named in the title ...
        (
            "Father, two children found dead near Lubbock",
            "They were found dead near a roadside park in Lynn County, just outside of Tahoka."
            " Lynn County deputies said the deaths are under investigation.",
            ("Tahoka", "TX"),
        ),
        # ... and which state's Jefferson: Jackson County's, in Georgia ...
        (
            "Man shot",
            "A man was shot on Lavender Road in Jefferson, Jackson County deputies said.",
            ("Jefferson", "GA"),
        ),
        # ... and which Saint Joseph
        (
            "Man shot",
            "A man was shot in St. Joseph on Sunday, Berrien County deputies said.",
            ("Saint Joseph", "MI"),
        ),
        # a neighbourhood no post office bears the name of gives way to the town named near it
        (
            "Teen shot in East New York",
            "A teen was shot in East New York, in Brooklyn, on Sunday.",
            ("Brooklyn", "NY"),
        ),
        # Harris County, Ga., exists; Harris County, Tex., has thirty times its ZIP codes
        ("Boy shot", "A boy was shot in Harris County.", ("Harris County", "TX")),
        # "a northeast Raleigh neighborhood" is no place's position, yet names Wake County's town
        (
            "7-year-old shot",
            "A 7-year-old was shot in Wake County. Deputies blanketed a northeast Raleigh"
            " neighborhood on Wednesday.",
            ("Raleigh", "NC"),
        ),
        # the town of a street address, or of "it happened", weighs as a dateline
        (
            "Boy shot",
            "Police in Norfolk said a boy from Norfolk was shot in the 400 block of West 27th"
            " Street in Newport News.",
            ("Newport News", "VA"),
        ),
        (
            "Boy shot",
            "Police in Norfolk said a boy from Norfolk was shot. The shooting happened Sunday"
            " in Newport News.",
            ("Newport News", "VA"),
        ),
        # a city a dateline names is no neighbourhood
        (
            "Teen shot to death",
            "ALLENTOWN, Pa. - Gunfire echoed in the Allentown neighborhood late on Sunday. The"
            " victim was taken to a hospital in Bethlehem.",
            ("Allentown", "PA"),
        ),
    ],
    ids=[
        "place-position",
        "capital-after-lower-case",
        "abbreviation",
        "possessive",
        "outlet-tag",
        "outlet-state",
        "town-said-anywhere-fallback",
        "outlet-town-fallback",
        "surname",
        "surname-after-state",
        "resident",
        "holiday",
        "post-office-town",
        "county-over-nearby-city",
        "county-tells-state",
        "county-tells-namesake",
        "neighbourhood-to-named-town",
        "county-namesakes-by-size",
        "county-town-said-anywhere",
        "street-address",
        "it-happened-in",
        "city-with-dateline-no-neighbourhood",
    ],
)
def test_the_town_is_read_where_a_place_stands(title, text, place):
    city, state = predict_place([_article(title, text)])
    assert (city.name, state) == place


@pytest.mark.slow
def test_a_named_neighbourhood_gives_way_to_its_city():
    city, _state = predict_place(
        [
            _article(
                "Boy shot in the Englewood neighborhood",
                "A boy was shot in the Englewood neighborhood on Friday, Chicago police said.",
            )
        ]
    )
    assert city.name == "Chicago"


@pytest.mark.slow
def test_a_county_is_the_place_when_no_town_is_named():
    county, state = predict_place(
        [_article("Teen hurt in Cowley County", "A Cowley County teen was hurt on Sunday.")]
    )
    assert (county.kind, state) == ("county", "KS")
    assert _same_city(county, "Cowley (county)", "KS")
    assert not _same_city(county, "Cowley", "KS")  # a town of that name is another place
    # a county named with a possessive stays whole
    county, state = predict_place(
        [_article("Teen killed", "A teen was killed in Prince George's County, Md., on Sunday.")]
    )
    assert (county.kind, state) == ("county", "MD")


@pytest.mark.slow
def test_a_town_named_beats_its_county_named_in_every_report():
    reports = [
        _article("Catoosa County teen dead after shooting", "Catoosa County deputies came."),
        _article("Catoosa County boy dies", "The Catoosa County sheriff said the boy died."),
        _article("Boy shot", "It happened at a home in Ringgold, Catoosa County deputies said."),
    ]
    town, state = predict_place(reports)
    assert (town.name, town.kind, state) == ("Ringgold", "city", "GA")


@pytest.mark.slow
def test_the_post_office_town_index_is_built_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    us_towns._index.cache_clear()
    try:
        built = us_towns._index()
        assert list(tmp_path.glob("us-towns-*.pickle"))
        us_towns._index.cache_clear()
        monkeypatch.setattr(us_towns, "_build_index", lambda: pytest.fail("built again"))
        assert us_towns._index() == built
    finally:
        us_towns._index.cache_clear()


@pytest.mark.slow
def test_post_office_towns_know_their_counties_and_st_names_read_in_full():
    assert counties_of("Tahoka", "TX") == {"lynn county"}
    # GeoNames has Saint Joseph, Mich., only in full
    assert ("Saint Joseph", "MI") in {(e.name, e.admin1) for e in _us_places("St. Joseph")}


@pytest.mark.slow
def test_the_page_address_names_the_place_and_its_host_the_outlets_town():
    report = _article("5 injured in overnight shootings", "Five people were hurt overnight.")
    report["url"] = (
        "http://web.archive.org/web/2016/http://myinforms.com/en/a/1-5-injured-in-overnight"
        "-shootings-in-johnstown/"
    )
    town, state = predict_place([report])
    assert (town.name, state) == ("Johnstown", "PA")
    # a host name with a city in it is the outlet's home: the guess when no place is named
    report["url"] = "http://www.toledoblade.com:80/news/2016/05/01/teen-shot.html"
    town, state = predict_place([report])
    assert (town.name, state) == ("Toledo", "OH")
    assert _host_town("http://abc7amarillo.com/news/1") == ("Amarillo", "TX")  # not Camarillo


@pytest.mark.slow
def test_a_state_name_is_the_state_not_its_namesake_town():
    # Louisiana, Mo. and Vermont, Wis. exist; "a Louisiana man" names the state.
    city, state = predict_place(
        [_article("Louisiana man shot", "A Louisiana man was shot on Friday, police said.")]
    )
    assert (city, state) == (None, "LA")


def test_the_day_a_report_appeared_weighs_less_than_the_day_it_reports():
    article = {
        "id": "a",
        "title": "Man shot",
        "text": "A man was shot on Monday night. Police said on Tuesday that he is recovering."
        " On Tuesday his family asked for calm.",
        "published": "2016-01-05T10:00:00",  # a Tuesday
    }
    assert str(predict_date([article])) == "2016-01-04"
