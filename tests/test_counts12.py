"""How many (en/fr/es/de): a name set off by commas after someone told by who they are is that
person again ("his brother, 22-year-old Kalif Goens": one dead, not two); "two of her children"
are two more; a line that opens with a date of another year is an item of a list of past
shootings ("August 1982: Eight people killed ..."), never this event's toll; one who passed away
or succumbed is one dead ("a succombé", "sucumbió", "erlag"), never one hurt; the killer named after
"then" died too ("then gunman kills himself", "puis le tireur s'est suicidé")."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_event_record import _article, _counts

from newsfuse.event.how_many import event_counts
from newsfuse.extract.figures import extract_claims
from newsfuse.language import split_sentences
from newsfuse.reconcile import reconcile_event
from newsfuse.records import Article


def _killed(text: str, lang: str) -> list[float]:
    return [c.low for c in extract_claims(text, lang, article_id="a") if c.measure == "killed"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Police say he is accused of killing his brother, 22-year-old Kalif Goens, inside a"
            " Hamilton nightclub.",
            1,
        ),
        ("The shooting killed a man, John Smith, 40, and injured two others.", 1),
        ("Police said he killed his wife, Jane Doe, 32, then himself.", 2),
        # "and" adds one: the son is a second victim, the name only says who the wife is
        ("Police said he shot and killed his wife, 32-year-old Jane Doe, and their son.", 2),
        # names after a name are more people
        ("He fatally shot 24-year-old Alex Doe, 30-year-old Bob Roe and a woman.", 3),
        ("He is charged in the death of Ann Lee, 71, and Bob Roe, 70.", 2),
        (
            "A man was arrested in the fatal shooting of a South Florida woman and two of her"
            " children, police said.",
            3,
        ),
        ("Man and boy found shot to death in Back of the Yards", 2),
        ("A 5-year-old girl has passed away from her injuries after a gunshot wound.", 1),
    ],
)
def test_the_dead_a_sentence_names(text: str, killed: int) -> None:
    assert _killed(text, "en") == [killed]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il est accusé d'avoir tué son frère, Kalif Goens, 22 ans, dans une discothèque.", "fr"),
        ("Está acusado de matar a su hermano, Kalif Goens, de 22 años, en una discoteca.", "es"),
        ("Er soll seinen Bruder, den 22-jährigen Kalif Goens, in einem Club getötet haben.", "de"),
    ],
)
def test_a_name_after_who_the_victim_is_counts_no_second_death(text: str, lang: str) -> None:
    assert all(x <= 1 for x in _killed(text, lang))


def _event_killed(title: str, text: str, lang: str) -> float | None:
    article = Article(
        id="a1", text=text, title=title, language=lang, published=datetime(2014, 6, 25)
    )
    sentences = {article.id: split_sentences(text, article.id, lang)}
    claims = extract_claims(text, lang, article_id=article.id, sentences=sentences[article.id])
    facts = reconcile_event("e", claims, {article.id: article}, []).facts
    counts = event_counts(facts, [article], sentences)
    return next((c.best for c in counts if c.measure == "killed" and c.subject), None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "August 1982: Eight people killed, three injured at a Miami welding shop. November"
            " 2009: Four killed at a Thanksgiving gathering. Two people were killed and seven"
            " others were hurt in a mass shooting in Miami early Tuesday.",
            "en",
        ),
        (
            "Août 1982 : huit personnes tuées dans un atelier de Lyon. Novembre 2009 : quatre morts"
            " lors d'une fête. Deux personnes ont été tuées et sept blessées mardi à Lyon.",
            "fr",
        ),
        (
            "Agosto de 1982: ocho personas muertas en un taller de Toledo. Noviembre de 2009:"
            " cuatro muertos en una fiesta. Dos personas murieron y siete resultaron heridas el"
            " martes en Toledo.",
            "es",
        ),
        (
            "August 1982: Acht Menschen getötet in einer Werkstatt in Köln. November 2009: Vier"
            " Tote bei einer Feier. Zwei Menschen wurden am Dienstag in Köln getötet und sieben"
            " verletzt.",
            "de",
        ),
    ],
)
def test_a_dated_item_of_past_shootings_is_no_toll_of_the_event(text: str, lang: str) -> None:
    assert _event_killed("Shooting", text, lang) == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four people were shot to death in Mason County, then the gunman killed himself.", "en"),
        ("Four shot to death in Mason County, then gunman kills himself", "en"),
        ("Quatre personnes ont été tuées par balle à Lyon, puis le tireur s'est suicidé.", "fr"),
        ("Cuatro personas murieron a tiros en Toledo y luego el tirador se suicidó.", "es"),
        ("Vier Menschen wurden in Köln getötet, dann erschoss sich der Schütze.", "de"),
    ],
)
def test_the_killer_named_after_then_died_too(text: str, lang: str) -> None:
    assert max(_killed(text, lang)) == 5


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Child taken off life support",
            "The boy was taken off life support on Sunday and passed away, his family said.",
            "en",
        ),
        (
            "Un enfant blessé par balle",
            "Le garçon a succombé à ses blessures dimanche, selon sa famille.",
            "fr",
        ),
        (
            "Un niño herido de bala",
            "El niño sucumbió a sus heridas el domingo, dijo su familia.",
            "es",
        ),
        (
            "Junge angeschossen",
            "Der Junge erlag am Sonntag seinen Verletzungen, sagte seine Familie.",
            "de",
        ),
    ],
)
def test_one_who_passed_away_or_succumbed_is_one_dead(title: str, text: str, lang: str) -> None:
    assert _counts([], _article(title, text, lang)).get("killed") == 1
