"""Late follow-ups (charges, a trial, a funeral) join the event whose reports name the same
person with an age (#17): the people reader, and the clusterer on real-style reports."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
from test_pipeline import WordHashEmbedder

from newsfuse import models
from newsfuse.cluster import ClusterConfig, Doc, EventClusterer
from newsfuse.features import MENTION_BIT, NAMED_BIT, PERSON_BIT, extract_features
from newsfuse.ingest.readers import text_to_article
from newsfuse.people import mentions, name_keys, named_people, person_keys
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article, EventPlace, PlacePrecision, ReportAnchor
from newsfuse.store import Store


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Police identified the victim as Alex DoSouto, 24, of Dorchester.", ("alex dosouto", 24)),
        ("The 22-year-old Frederick Seymore Jr. was booked into jail.", ("frederick seymore", 22)),
        ("Jean-Luc Dupont, 24 ans, a été mis en examen mardi.", ("jean-luc dupont", 24)),
        ("La víctima, Juan Pérez, de 24 años, murió en el hospital.", ("juan perez", 24)),
        ("Hans Müller (24) wurde am Tatort festgenommen.", ("hans muller", 24)),
        ("Der 24-jährige Hans Müller wurde festgenommen.", ("hans muller", 24)),
    ],
)
def test_people_named_with_their_age(text: str, person: tuple[str, int]) -> None:
    assert named_people(text) == {person}


@pytest.mark.parametrize(
    "text",
    [
        "A 3-year-old Kansas City girl was shot in the abdomen.",  # a place, not a name
        "Teen Killed, 3 Hurt in Drive-By Shooting",  # a headline's capitals
        "9 People Shot, 1 Fatally, After Violence Breaks Out at Party",
        "Le bilan à Alep s'élève à 24 morts.",
        "Police said Smith, 24, was arrested.",  # a surname alone is too common
    ],
)
def test_no_person_without_a_full_name_and_an_age(text: str) -> None:
    assert named_people(text) == set()


def test_a_birthday_apart_the_reports_still_share_a_key() -> None:
    assert person_keys("Tristan Carr, 18, was charged.") & person_keys(
        "Tristan Carr, 19, was sentenced on Monday."
    )
    assert not person_keys("Tristan Carr, 18, was charged.") & person_keys(
        "Tristan Carr, 45, the father, spoke to reporters."
    )


def test_people_are_terms_of_their_own() -> None:
    terms = extract_features("Police identified the victim as Alex DoSouto, 24.").terms
    assert sum(int(t) & PERSON_BIT != 0 for t in terms) == 3  # ages 23, 24 and 25
    assert not any(int(t) & PERSON_BIT for t in extract_features("A man was shot.").terms)


def town(name: str, geonameid: int, lat: float, lon: float, admin1: str) -> EventPlace:
    return EventPlace(name, "US", PlacePrecision.TOWN, admin1, "", geonameid, lat, lon)


SACRAMENTO = town("Sacramento", 5389489, 38.58, -121.49, "CA")
CARMICHAEL = town("Carmichael", 5332698, 38.62, -121.33, "CA")  # 15 km away
FRESNO = town("Fresno", 5350937, 36.75, -119.77, "CA")  # 250 km away

SHOOTING = (
    "One dead, 4 wounded in early-morning shootout in Sacramento",
    "A predawn shootout in the parking lot of a hookah bar on Fulton Avenue early Sunday killed "
    "one and wounded four. The coroner identified the dead man as Tyrell Hall, 20, of "
    "Sacramento. Deputies said the gunfire erupted after a fight inside the lounge.",
)
ARREST = (
    "Fifth arrest announced in lounge killing",
    "Sheriff's officials have announced the arrest of a fifth and final suspect. Detectives "
    "booked him on a murder charge in the death of Tyrell Hall, 20, in July.",
)
OTHER = (
    "Man charged in killing of Marcus Reed, 31",
    "Detectives booked a suspect on a murder charge in the death of Marcus Reed, 31, in July.",
)


def report(
    name: str, words: tuple[str, str], day: date, place: EventPlace, aftermath: bool = False
) -> Doc:
    f = extract_features(words[1], words[0])
    tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
    published = datetime.combine(day, datetime.min.time())
    anchor = ReportAnchor(name, day, "day", place, aftermath=aftermath)
    return Doc(name, f.terms, tf, np.zeros(0), "en", published, anchor)


def follow_up_events(place: EventPlace, words: tuple[str, str] = ARREST) -> dict[str, str]:
    clusterer = EventClusterer(ClusterConfig())
    docs = [
        report("shooting", SHOOTING, date(2014, 7, 13), SACRAMENTO),
        report("arrest", words, date(2014, 9, 12), place, aftermath=True),
    ]
    return {d.id: clusterer.assign(d, "ev-" + d.id).event_id for d in docs}


def test_a_late_follow_up_naming_the_victim_joins_the_event() -> None:
    events = follow_up_events(CARMICHAEL)  # two months later, few words in common
    assert events["arrest"] == events["shooting"]


def test_the_same_name_in_another_town_or_another_person_stays_apart() -> None:
    assert follow_up_events(FRESNO)["arrest"] == "ev-arrest"
    assert follow_up_events(CARMICHAEL, OTHER)["arrest"] == "ev-arrest"


def test_names_a_report_may_give_without_an_age() -> None:
    found = mentions("Taney County Sheriff Roger Ellis said Anaiya Denise Montgomery was hurt.")
    assert {"roger ellis", "anaiya montgomery"} <= found
    assert name_keys("Anaiya Denise Montgomery, 3, was hurt.") == {"anaiya montgomery"}
    assert mentions("Le préfet Jean-Luc Dupont a parlé.") >= {"jean-luc dupont"}


VIGIL = (
    "Hundreds gather for vigil",
    "Friends and family of Tyrell Hall gathered on Saturday night to remember him. His mother "
    "asked anyone who knows something to call the sheriff.",
)


def test_a_later_report_naming_the_victim_without_his_age_joins_the_event() -> None:
    events = follow_up_events(CARMICHAEL, VIGIL)
    assert events["arrest"] == events["shooting"]
    assert follow_up_events(FRESNO, VIGIL)["arrest"] == "ev-arrest"


def test_names_without_an_age_do_not_weigh_in_the_words_score() -> None:
    clusterer = EventClusterer(ClusterConfig())
    d = report("vigil", VIGIL, date(2014, 9, 12), SACRAMENTO)
    ids, tf, _ = clusterer._dense(d)
    weights = clusterer._weights(ids, tf)
    unweighed = [bool(int(t) & (NAMED_BIT | MENTION_BIT)) for t in np.array(clusterer.hashed)[ids]]
    assert any(unweighed)
    assert not weights[unweighed].any() and weights[[not u for u in unweighed]].all()


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


def article(words: tuple[str, str], key: str, day: date) -> Article:
    found = text_to_article(f"{words[0]}\n\n{words[1]}", f"{key}.txt", key=key)
    found.published = datetime.combine(day, datetime.min.time())
    return found


def test_a_follow_up_in_a_later_run_joins_the_stored_event(tmp_path: Path, fast: None) -> None:
    """The people keys live in the corpus index: a run months later finds the stored event."""
    shooting = article(SHOOTING, "shooting", date(2014, 7, 13))
    vigil, other = (
        article(VIGIL, "vigil", date(2014, 9, 12)),
        article(OTHER, "other", date(2014, 9, 13)),
    )
    with Store(str(tmp_path / "store.db")) as store:
        Pipeline(store).run_articles([shooting])
        Pipeline(store).run_articles([vigil])
        Pipeline(store).run_articles([other])
        events = store.membership()
    assert events[vigil.id] == events[shooting.id]
    assert events[other.id] != events[shooting.id]
