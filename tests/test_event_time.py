"""Events in time, end to end on real-style reports (en, fr, es, de) with the real models: one
incident is one event across its updates and languages; same-kind incidents on other days are
other events; an offensive's daily incidents are one story (its reports in English: reports in
other languages reach a story only when the vector index retrieves them, see docs)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsfuse.ingest.readers import text_to_article
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article
from newsfuse.store import Store

pytestmark = pytest.mark.slow


KEYS: dict[str, str] = {}  # article id -> the test's name for it


def report(key: str, published: datetime, language: str, text: str) -> Article:
    article = text_to_article(text, f"{key}.txt", key=key)
    article.published, article.language = published, language
    KEYS[article.id] = key
    return article


def run(tmp_path: Path, reports: list[Article]) -> tuple[Store, dict[str, str]]:
    """One run over ``reports``: the store, and each report's event by its test name."""
    store = Store(tmp_path / "events.db")
    assert Pipeline(store).run_articles(reports).errors == []
    return store, {KEYS[a]: event for a, event in store.membership().items()}


ROCKETS = [
    report(
        "r1-en",
        datetime(2016, 9, 28, 14),
        "en",
        "Rebel rockets kill 13 civilians in Aleppo\nALEPPO, Syria (Reuters) - Rebel rockets killed "
        "13 civilians and wounded 40 others in government-held districts of Aleppo on Wednesday, "
        "Syrian state news agency SANA said. The shells hit the Midan and Suleimaniyeh "
        "neighbourhoods.",
    ),
    report(
        "r1-es",
        datetime(2016, 9, 28, 18),
        "es",
        "Cohetes rebeldes matan a 13 civiles en Alepo\nALEPO (EFE) - Cohetes lanzados por los "
        "rebeldes mataron este miércoles a 13 civiles e hirieron a otros 40 en barrios de Alepo "
        "controlados por el Gobierno, informó la agencia oficial siria SANA.",
    ),
    report(
        "r2-en",
        datetime(2016, 9, 30, 13),
        "en",
        "Rebel rockets kill 7 civilians in Aleppo\nALEPPO, Syria (Reuters) - Rebel rockets killed "
        "seven civilians and wounded 25 others in government-held districts of Aleppo on Friday, "
        "Syrian state news agency SANA said. The shells hit the Midan and Suleimaniyeh "
        "neighbourhoods.",
    ),
    report(
        "r2-de",
        datetime(2016, 9, 30, 17),
        "de",
        "Raketen töten sieben Zivilisten in Aleppo\nALEPPO (dpa) - Raketen der Rebellen haben am "
        "Freitag in den von der Regierung kontrollierten Vierteln von Aleppo sieben Zivilisten "
        "getötet und 25 weitere verletzt, meldete die staatliche syrische Nachrichtenagentur SANA.",
    ),
]


def test_two_rocket_attacks_on_one_city_two_days_apart_are_two_events(tmp_path: Path) -> None:
    store, events = run(tmp_path, ROCKETS)
    with store:
        assert events["r1-en"] == events["r1-es"]
        assert events["r2-en"] == events["r2-de"]
        assert events["r1-en"] != events["r2-en"]  # near-identical words, another day


TOLLS = [
    report(
        "t1",
        datetime(2017, 4, 4, 11),
        "en",
        "Suspected gas attack kills 58 in Syria's Idlib\nKHAN SHEIKHOUN, Syria (AFP) - A "
        "suspected chemical attack killed at least 58 people, including 11 children, in the "
        "rebel-held town of Khan Sheikhoun in Idlib province on Tuesday, the Syrian Observatory "
        "for Human Rights said.",
    ),
    report(
        "t2",
        datetime(2017, 4, 5, 10),
        "en",
        "Death toll in Syria gas attack rises to 72\nKHAN SHEIKHOUN, Syria (AFP) - The death toll "
        "from Tuesday's suspected chemical attack in Idlib province rose to 72 dead on Wednesday, "
        "the Syrian Observatory for Human Rights said.",
    ),
    report(
        "t3",
        datetime(2017, 4, 6, 9),
        "en",
        "New toll: 86 dead in Syria chemical attack\nKHAN SHEIKHOUN, Syria (AFP) - The toll from "
        "Tuesday's suspected chemical attack on Khan Sheikhoun has risen to 86 dead, the Syrian "
        "Observatory for Human Rights said on Thursday.",
    ),
]


def test_one_attack_with_rising_tolls_over_three_days_is_one_event(tmp_path: Path) -> None:
    store, events = run(tmp_path, TOLLS)
    with store:
        assert events["t1"] == events["t2"] == events["t3"]
        reconciliation = store.reconciliation(events["t1"])
        assert reconciliation is not None
        (toll,) = [f for f in reconciliation.facts if f.measure == "killed" and f.best == 86]
        assert [p.value for p in reconciliation.history[toll.id]] == [58, 72, 86]


BAMAKO = [
    report(
        "b-en",
        datetime(2015, 11, 20, 16),
        "en",
        "Gunmen storm Bamako hotel, 27 killed\nBAMAKO (Reuters) - Islamist gunmen stormed the "
        "Radisson Blu hotel in Mali's capital Bamako on Friday, killing at least 27 people, a "
        "U.N. official said. Malian special forces ended the siege after several hours.",
    ),
    report(
        "b-fr",
        datetime(2015, 11, 21, 10),
        "fr",
        "Attaque de l'hôtel Radisson à Bamako : le bilan s'élève à 21 morts\nBAMAKO (AFP) - Au "
        "lendemain de l'attaque de l'hôtel Radisson Blu de Bamako, le gouvernement malien a "
        "annoncé samedi un bilan de 21 morts, dont deux assaillants. Les forces spéciales "
        "maliennes ont mis fin vendredi soir à la prise d'otages.",
    ),
]


def test_a_french_follow_up_of_an_english_reported_attack_is_one_event(tmp_path: Path) -> None:
    store, events = run(tmp_path, BAMAKO)
    with store:
        assert events["b-en"] == events["b-fr"]


OFFENSIVE = [
    report(
        "o1",
        datetime(2016, 11, 15, 18),
        "en",
        "Syrian government resumes air strikes on eastern Aleppo\nALEPPO (Reuters) - Syrian "
        "government warplanes resumed air strikes on rebel-held eastern Aleppo on Tuesday, "
        "killing at least 20 people in the Shaar and Sakhour districts, a monitor said, as the "
        "army launched its offensive to retake the city.",
    ),
    report(
        "o2",
        datetime(2016, 11, 17, 18),
        "en",
        "Air strikes kill 30 in eastern Aleppo as offensive presses on\nALEPPO (Reuters) - Air "
        "strikes killed at least 30 people in rebel-held eastern Aleppo on Thursday, the third "
        "day of the army's offensive to retake the city, a monitor said. Shelling hit the Shaar "
        "and Sakhour districts.",
    ),
    report(
        "o3",
        datetime(2016, 11, 19, 18),
        "en",
        "Air strikes kill 27 civilians in rebel-held Aleppo\nALEPPO (AFP) - At least 27 civilians "
        "were killed on Saturday in government air strikes on the rebel-held districts of eastern "
        "Aleppo, on the fifth day of the offensive to retake the city, the Syrian Observatory "
        "for Human Rights said.",
    ),
    report(
        "o4",
        datetime(2016, 11, 21, 18),
        "en",
        "Bombing kills 25 civilians in eastern Aleppo\nALEPPO (Reuters) - At least 25 civilians "
        "were killed on Monday in air strikes by the Syrian government on the rebel-held east of "
        "Aleppo, on the seventh day of the offensive to retake the city, the Syrian Observatory "
        "for Human Rights said.",
    ),
]


def test_a_week_long_offensive_is_one_story_of_several_incidents(tmp_path: Path) -> None:
    store, events = run(tmp_path, OFFENSIVE)
    with store:
        incidents = [events[k] for k in ("o1", "o2", "o3", "o4")]
        assert len(set(incidents)) == 4  # each day's strikes: an incident of its own
        assert set(store.stories(incidents).values()) == {events["o1"]}


def test_the_brief_of_an_incident_lists_its_storys_incidents_by_day(tmp_path: Path) -> None:
    """Each incident's brief (Markdown, HTML, JSON) lists the story's incidents with their days
    and tolls, as their own records give them, this one marked."""
    from newsfuse.brief import brief_data, build_brief, render_html, render_markdown

    store, events = run(tmp_path, OFFENSIVE)
    with store:
        (third,) = store.events([events["o3"]])
        brief = build_brief(store, third)
    days = [i.day.isoformat() if i.day else None for i in brief.story]
    assert days == ["2016-11-15", "2016-11-17", "2016-11-19", "2016-11-21"]
    assert [i.event_id for i in brief.story] == [events[k] for k in ("o1", "o2", "o3", "o4")]
    assert brief.story[2].killed == 27 and all(i.reports == 1 for i in brief.story)
    markdown = render_markdown(brief)
    story = markdown.split("## Story\n", 1)[1].split("##", 1)[0]
    assert "- 2016-11-19 · Air strikes kill 27 civilians in rebel-held Aleppo — killed 27" in story
    assert story.count("(this event)") == 1 and "(this event)" in story.splitlines()[3]
    assert "<h2>Story</h2>" in render_html(brief)
    assert [i["day"] for i in brief_data(brief)["story"]] == days
    from fastapi.testclient import TestClient

    from newsfuse.web.app import create_app

    page = TestClient(create_app(str(tmp_path / "events.db"))).get(f"/events/{third.id}").text
    listed = page.split('<section id="story">', 1)[1].split("</section>", 1)[0]
    assert listed.count('<a href="/events/') == 3  # the other incidents, linked
    assert f'href="/events/{events["o1"]}"' in listed and f"/events/{third.id}" not in listed
