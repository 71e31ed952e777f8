"""The clusterer's joining rule on hand-made term vectors (no model needed)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from newsfuse.cluster import ClusterConfig, Doc, EventClusterer
from newsfuse.records import EventPlace, PlacePrecision, ReportAnchor


def doc(name: str, *terms: int) -> Doc:
    ids = np.array(sorted(terms), dtype=np.int64)
    return Doc(name, ids, np.ones(len(ids), dtype=np.float32), np.zeros(0), "en", None)


def events_of(config: ClusterConfig) -> dict[str, str]:
    clusterer = EventClusterer(config)
    # three reports of one shooting, then a weekend roundup naming it and another shooting
    stream = [doc("a1", 1, 2, 3, 4), doc("a2", 1, 2, 3, 4, 11), doc("a3", 1, 2, 3, 4, 12)]
    stream += [doc("roundup", 1, 2, 3, 4, 5, 6), doc("b", 5, 6, 7, 8), doc("a4", 1, 2, 3, 13)]
    return {d.id: clusterer.assign(d, "ev-" + d.id).event_id for d in stream}


def test_a_report_matching_one_member_only_does_not_join_the_event() -> None:
    chained = events_of(ClusterConfig(threshold=0.15, cohesion=0.0))
    assert chained["b"] == chained["a1"]  # single link: the roundup pulls the other shooting in
    events = events_of(ClusterConfig(threshold=0.15))
    assert events["roundup"] == events["a1"] == events["a4"]
    assert events["b"] == "ev-b"


def anchored(
    name: str,
    terms: tuple[int, ...],
    day: date | None,
    town: EventPlace | None,
    *,
    ongoing: bool = False,
    follow_up: bool = False,
) -> Doc:
    d = doc(name, *terms)
    d.anchor = ReportAnchor(
        name,
        day=day,
        precision="day" if day else "unknown",
        place=town,
        ongoing=ongoing,
        follow_up=follow_up,
    )
    return d


def town(
    name: str, geonameid: int, lat: float, lon: float, admin1: str, country: str
) -> EventPlace:
    return EventPlace(name, country, PlacePrecision.TOWN, admin1, "", geonameid, lat, lon)


ALEPPO = town("Aleppo", 170063, 36.20, 37.16, "Aleppo", "SY")
AZAZ = town("Azaz", 170017, 36.59, 37.05, "Aleppo", "SY")  # 45 km north of Aleppo
HOMS = town("Homs", 169577, 34.73, 36.72, "Homs", "SY")  # 170 km south
SAME_WORDS = (1, 2, 3, 4, 5, 6)


def assigned(*docs: Doc, config: ClusterConfig | None = None) -> dict[str, str]:
    clusterer = EventClusterer(config or ClusterConfig())
    return {d.id: clusterer.assign(d, "ev-" + d.id).event_id for d in docs}


def test_same_words_on_another_day_are_another_happening() -> None:
    first = anchored("mon", SAME_WORDS, date(2016, 9, 26), ALEPPO)
    again = anchored("mon-2", SAME_WORDS, date(2016, 9, 27), ALEPPO)  # the next day: one event
    later = anchored("wed", SAME_WORDS, date(2016, 9, 28), ALEPPO)  # two days after: another
    events = assigned(first, again, later)
    assert events["mon-2"] == events["mon"]
    assert events["wed"] == "ev-wed"
    off = assigned(first, again, later, config=ClusterConfig(scene=False))
    assert off["wed"] == off["mon"]


# Each shares one word with SAME_WORDS: a score between the bar and twice the bar.
ONE_WORD_SHARED = (1, 7, 8, 9, 10, 11)
OTHER_WORD_SHARED = (2, 12, 13, 14, 15, 16)


def test_beyond_the_events_area_the_words_must_agree_twice_as_much() -> None:
    day = date(2016, 9, 26)
    events = assigned(
        anchored("aleppo", SAME_WORDS, day, ALEPPO),
        anchored("azaz", ONE_WORD_SHARED, day, AZAZ),  # within the area: the usual bar
        anchored("homs", OTHER_WORD_SHARED, day, HOMS),  # 170 km away: twice the bar
        anchored("homs-same", SAME_WORDS, day, HOMS),  # the place reading may err: words decide
    )
    assert events["azaz"] == events["aleppo"]
    assert events["homs"] == "ev-homs"
    assert events["homs-same"] == events["aleppo"]


def test_a_division_holds_its_towns_and_no_other() -> None:
    day = date(2016, 9, 26)
    province = EventPlace("Aleppo", "SY", PlacePrecision.ADMIN1, "Aleppo")
    other = EventPlace("Idlib", "SY", PlacePrecision.ADMIN1, "Idlib")
    events = assigned(
        anchored("town", SAME_WORDS, day, ALEPPO),
        anchored("province", ONE_WORD_SHARED, day, province),
        anchored("other", OTHER_WORD_SHARED, day, other),
    )
    assert events["province"] == events["town"]
    assert events["other"] == "ev-other"


def test_a_report_naming_the_events_day_tells_of_it() -> None:
    shooting = date(2015, 5, 25)
    trial = anchored("trial", SAME_WORDS, date(2015, 9, 14), ALEPPO)
    trial.anchor.named = [shooting, date(2015, 9, 14)]  # "the May 25 shooting"
    unrelated = anchored("other", SAME_WORDS, date(2015, 9, 15), ALEPPO)
    events = assigned(anchored("shooting", SAME_WORDS, shooting, ALEPPO), trial, unrelated)
    assert events["trial"] == events["shooting"]
    assert events["other"] == "ev-other"  # named by no report of the event


def test_a_later_report_of_the_aftermath_is_placed_by_its_words() -> None:
    shooting = date(2015, 5, 25)
    arrest = anchored("arrest", SAME_WORDS, date(2015, 6, 20), ALEPPO)
    arrest.anchor.aftermath = True  # "Suspect arrested in ..." : its day is the arrest's
    events = assigned(anchored("shooting", SAME_WORDS, shooting, ALEPPO), arrest)
    assert events["arrest"] == events["shooting"]


def test_follow_ups_join_within_a_week_after() -> None:
    start = date(2017, 4, 4)
    events = assigned(
        anchored("attack", SAME_WORDS, start, ALEPPO),
        anchored("toll", SAME_WORDS, start + timedelta(days=3), ALEPPO, follow_up=True),
        anchored("before", SAME_WORDS, start - timedelta(days=3), ALEPPO, follow_up=True),
        anchored("month", SAME_WORDS, start + timedelta(days=30), ALEPPO, follow_up=True),
    )
    assert events["toll"] == events["attack"]
    assert events["before"] == "ev-before"  # a follow-up comes after what it updates
    assert events["month"] == "ev-month"


def test_an_offensives_days_are_incidents_of_one_story() -> None:
    start = date(2016, 11, 15)
    clusterer = EventClusterer(ClusterConfig())
    days = [(f"day{n}", start + timedelta(days=n)) for n in (0, 2, 4, 13)]
    found = {
        name: clusterer.assign(anchored(name, SAME_WORDS, day, ALEPPO, ongoing=True), "ev-" + name)
        for name, day in days
    }
    assert [a.event_id for a in found.values()] == ["ev-day0", "ev-day2", "ev-day4", "ev-day13"]
    assert {found[n].story_id for n in ("day0", "day2", "day4")} == {"ev-day0"}
    assert found["day13"].story_id == "ev-day13"  # more than a week after: a story of its own
    homs = anchored("homs", ONE_WORD_SHARED, start + timedelta(days=3), HOMS)
    assert clusterer.assign(homs, "ev-homs").story_id == "ev-homs"  # beyond the area


def test_reports_without_day_or_place_join_by_their_words() -> None:
    events = assigned(
        anchored("dated", SAME_WORDS, date(2016, 9, 26), ALEPPO),
        anchored("undated", SAME_WORDS, None, None),
    )
    assert events["undated"] == events["dated"]


def test_an_event_keeps_the_day_most_of_its_reports_name() -> None:
    day = date(2016, 9, 26)
    events = assigned(
        anchored("a", SAME_WORDS, day, ALEPPO),
        anchored("b", SAME_WORDS, day, ALEPPO),
        anchored("c", SAME_WORDS, day + timedelta(days=1), ALEPPO),
        anchored("d", SAME_WORDS, day + timedelta(days=2), ALEPPO),  # two days after the 26th
    )
    assert events["a"] == events["b"] == events["c"]
    assert events["d"] == "ev-d"


def test_a_copy_of_another_day_is_not_forced_into_the_event() -> None:
    clusterer = EventClusterer(ClusterConfig())
    first = anchored("first", SAME_WORDS, date(2016, 9, 26), ALEPPO)
    clusterer.assign(first, "ev-first")
    copy = anchored("copy", SAME_WORDS, date(2016, 9, 26), ALEPPO)
    assert clusterer.assign(copy, "ev-copy", "ev-first").event_id == "ev-first"
    later = anchored("later", SAME_WORDS, date(2016, 10, 3), ALEPPO)
    assert clusterer.assign(later, "ev-later", "ev-first").event_id == "ev-later"
