"""When (en/fr/es/de): a weekday alone naming the day after the report's weekday is unclear (last
week's or tomorrow's), a plan in one clause dates no happening told in the next, and a state the
day finds someone in ("remained in critical condition Friday") is no happening's day. How many: a
figure told over several shootings (a city's weekend tally) is no count of one event; ages set off
by commas after a kin ("shoots brother, 9,"), an age at death ("dead at 25") and an emergency line
("a 911 call") count no one."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _article, _counts, _fact

from newsfuse.event.when import event_when, report_days
from newsfuse.extract.figures import extract_claims
from newsfuse.language import split_sentences
from newsfuse.records import HEADLINE


def _when(text: str, lang: str, published: str):
    article = _article("Report", text, lang, published)
    return event_when(report_days(article, split_sentences(text, article.id, lang)))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A man was shot Friday in the 600 block of Main Street.", "en"),
        ("Un homme a été blessé par balle vendredi à Lyon.", "fr"),
        ("Un hombre resultó herido de bala el viernes en Toledo.", "es"),
        ("Ein Mann wurde am Freitag in Köln angeschossen.", "de"),
    ],
)
def test_a_weekday_alone_six_days_back_is_unclear(text, lang):
    when = _when(text, lang, "2016-05-05")  # a Thursday: "Friday" is 29 April or tomorrow
    assert (when.start, when.estimated) == (date(2016, 5, 5), True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A man was shot last Friday in the 600 block of Main Street.", "en"),
        ("Un homme a été blessé par balle vendredi dernier à Lyon.", "fr"),
        ("Un hombre resultó herido de bala el pasado viernes en Toledo.", "es"),
        ("Ein Mann wurde letzten Freitag in Köln angeschossen.", "de"),
        ("A man was shot Saturday in the 600 block of Main Street.", "en"),  # five days back
    ],
)
def test_a_weekday_said_past_still_dates_it(text, lang):
    when = _when(text, lang, "2016-05-05")
    assert not when.estimated and when.start in (date(2016, 4, 29), date(2016, 4, 30))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lum is expected to be arraigned Tuesday after her son accidentally shot himself late"
            " Monday night.",
            "en",
        ),
        ("Il sera jugé mardi, après avoir blessé son fils par balle lundi soir.", "fr"),
        ("Será juzgado el martes, después de que su hijo resultó herido el lunes.", "es"),
        ("Er soll am Dienstag vor Gericht, nachdem er am Montag seinen Sohn verletzt hatte.", "de"),
    ],
)
def test_a_plan_dates_only_its_own_clause(text, lang):
    assert _when(text, lang, "2014-10-28").start == date(2014, 10, 27)  # Monday, not unknown


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A 12-year-old boy remained in critical condition Friday after a shooting Thursday"
            " that also injured three other people.",
            "en",
        ),
        (
            "An investigation was underway Friday into the shooting that killed a man Thursday.",
            "en",
        ),
        (
            "Le garçon était toujours dans un état critique vendredi, après une fusillade jeudi.",
            "fr",
        ),
        ("El niño seguía en estado grave el viernes tras un tiroteo el jueves.", "es"),
        ("Der Junge lag am Freitag noch in kritischem Zustand, nach Schüssen am Donnerstag.", "de"),
    ],
)
def test_a_state_on_a_day_is_not_the_happening(text, lang):
    assert _when(text, lang, "2015-07-31").start == date(2015, 7, 30)  # Thursday, not Friday


@pytest.mark.parametrize(
    ("title", "words", "lang", "injured"),
    [
        ("17 dead, 41 wounded in Chicago weekend shootings", "41 wounded", "en", None),
        ("41 wounded in separate incidents across the city", "41 wounded", "en", None),
        ("Cinq blessés dans plusieurs fusillades à Marseille", "Cinq blessés", "fr", None),
        ("Cinco heridos en varios tiroteos en Culiacán", "Cinco heridos", "es", None),
        ("Fünf Verletzte bei mehreren Schießereien in Berlin", "Fünf Verletzte", "de", None),
        # one shooting's own count stands
        ("Five wounded in shooting outside bar", "Five wounded", "en", 5),
        ("Cinq blessés dans une fusillade à Marseille", "Cinq blessés", "fr", 5),
        ("Fünf Verletzte bei einer Schießerei in Berlin", "Fünf Verletzte", "de", 5),
    ],
)
def test_a_tally_of_several_shootings_is_no_count_of_one(title, words, lang, injured):
    report = _article(title, "Police are investigating.", lang)
    figure = 41 if "41" in words else 5
    hurt = _fact("injured", (report.id, HEADLINE, figure, words))
    assert _counts([hurt], report).get("injured") == injured


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Parents charged after boy, 6, shoots brother, 9, in Milwaukee", "en"),
        ("Boys, 4 and 6, Shot In Lawndale, Police Say", "en"),
        ("10-year-old girl shoots sister, 8, with rifle", "en"),
        ("MMA fighter dead at 25 after a shooting", "en"),
        ("Officers responded to a 911 call from a man whose stepson had been shot.", "en"),
        ("Un boxeur mort à 25 ans après une fusillade", "fr"),
        ("Un boxeador murió a los 25 años en un tiroteo", "es"),
        ("Boxer starb mit 25 nach Schüssen in Köln", "de"),
    ],
)
def test_ages_and_lines_count_no_one(text, lang):
    figures = [c.surface for c in extract_claims(text, lang) if c.kind.is_figure]
    assert not [f for f in figures if f[:1].isdigit()]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Brothers, 5 and 7, wounded; 3 others hurt", "en", [("3", "injured")]),
        ("Shooting in Miami, 3 dead", "en", [("3", "killed")]),
        ("Two killed, 3 injured in shooting", "en", [("Two", "killed"), ("3", "injured")]),
        ("Trois morts et deux blessés à Lyon", "fr", [("Trois", "killed"), ("deux", "injured")]),
    ],
)
def test_counts_beside_ages_stand(text, lang, figures):
    got = [(c.surface, c.measure) for c in extract_claims(text, lang) if c.kind.is_figure]
    assert got == figures


@pytest.mark.parametrize(
    ("text", "shot", "hurt", "lang", "injured"),
    [
        (
            "Four people were shot. Three of the victims suffered non-life-threatening injuries.",
            "Four people",
            "Three of the victims",
            "en",
            4,
        ),
        (
            "Quatre personnes ont été touchées par balle. Trois sont légèrement blessées.",
            "Quatre personnes",
            "Trois",
            "fr",
            4,
        ),
        (
            "Cuatro personas fueron baleadas. Tres resultaron levemente heridas.",
            "Cuatro personas",
            "Tres",
            "es",
            4,
        ),
        (
            "Vier Menschen wurden angeschossen. Drei wurden leicht verletzt.",
            "Vier",
            "Drei",
            "de",
            4,
        ),
        # a count of the hurt told with no class of harm stands
        (
            "Four people were shot. Three people were injured.",
            "Four people",
            "Three people",
            "en",
            3,
        ),
    ],
)
def test_a_class_of_the_hurt_is_part_of_those_shot(text, shot, hurt, lang, injured):
    report = _article("Shooting", text, lang)
    shot_fact = _fact("shot", (report.id, 0, 4, shot))
    hurt_fact = _fact("injured", (report.id, 1, 3, hurt))
    assert _counts([shot_fact, hurt_fact], report)["injured"] == injured
