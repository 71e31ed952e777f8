"""Date expressions in several languages, resolved against a publication time (no models)."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsfuse.extract.dates import resolve_dates
from newsfuse.extract.timeline import build_timeline
from newsfuse.language import split_sentences

FRIDAY = datetime(2024, 11, 29, 10, 30)  # a Friday


def dates(text: str, lang: str, published: datetime | None = FRIDAY) -> dict[str, tuple]:
    refs = resolve_dates(split_sentences(text, "a", lang), published, lang)
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text  # offsets point into the article text
    return {ref.text: (ref.value, ref.precision) for ref in refs}


@pytest.mark.parametrize(
    ("lang", "text", "expression", "expected"),
    [
        ("en", "The offensive began on Wednesday.", "Wednesday", ("2024-11-27", "day")),
        ("en", "Reports said Friday that towns fell.", "Friday", ("2024-11-29", "day")),
        ("en", "He was arrested last Friday.", "last Friday", ("2024-11-22", "day")),
        ("en", "The war began 13 years ago.", "13 years ago", ("2011-01-01", "year")),
        ("en", "Talks stalled last week.", "last week", ("2024-11-18", "week")),
        ("en", "It was signed on Nov. 27, 2024 in Ankara.", "Nov. 27, 2024", ("2024-11-27", "day")),
        ("en", "A ceasefire held since March 2020.", "March 2020", ("2020-03-01", "month")),
        ("en", "Police said the shooting was on 5/12/2016.", "5/12/2016", ("2016-05-12", "day")),
        ("fr", "Le rapport a été publié hier.", "hier", ("2024-11-28", "day")),
        (
            "fr",
            "L'Observatoire a constaté ce vendredi un exode.",
            "ce vendredi",
            ("2024-11-29", "day"),
        ),
        ("fr", "Les combats ont commencé mardi dernier.", "mardi dernier", ("2024-11-26", "day")),
        ("fr", "La guerre a éclaté il y a 13 ans.", "il y a 13 ans", ("2011-01-01", "year")),
        ("fr", "Le 27 novembre, les rebelles ont attaqué.", "27 novembre", ("2024-11-27", "day")),
        ("es", "Los rebeldes atacaron el martes.", "martes", ("2024-11-26", "day")),
        ("es", "La tregua se firmó hace dos años.", "hace dos años", ("2022-01-01", "year")),
        ("es", "Fue el 27 de noviembre de 2024.", "27 de noviembre de 2024", ("2024-11-27", "day")),
        ("de", "Die Armee griff am Donnerstag an.", "Donnerstag", ("2024-11-28", "day")),
        ("de", "Das geschah vor 3 Jahren.", "vor 3 Jahren", ("2021-01-01", "year")),
        ("pt", "Os rebeldes avançaram na terça-feira.", "terça-feira", ("2024-11-26", "day")),
        ("it", "I ribelli sono entrati lunedì scorso.", "lunedì scorso", ("2024-11-25", "day")),
    ],
)
def test_expressions_resolve_against_publication(lang, text, expression, expected):
    assert dates(text, lang)[expression] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expression", "expected"),
    [
        # the night the report's day began with, and the one before (Friday 29 Nov 2024)
        ("en", "Rebels were killed in clashes overnight.", "overnight", ("2024-11-29", "day")),
        ("fr", "Un homme a été tué hier soir à Lyon.", "hier", ("2024-11-28", "day")),
        ("es", "Tres muertos esta madrugada en Toledo.", "esta madrugada", ("2024-11-29", "day")),
        ("de", "Drei Tote heute Nacht in Köln.", "heute Nacht", ("2024-11-29", "day")),
        ("de", "Zwei Tote vergangene Nacht.", "vergangene Nacht", ("2024-11-28", "day")),
        ("es", "Ocurrió el pasado martes.", "el pasado martes", ("2024-11-26", "day")),
        # a stamp whose day and year lost the space between them ("Jul 012016")
        (
            "en",
            "Last updated at Jul 012016 BEIRUT At least 70",
            "Jul 012016",
            ("2016-07-01", "day"),
        ),
        ("fr", "Mis à jour le juillet 152015.", "juillet 152015", ("2015-07-15", "day")),
    ],
)
def test_nights_and_glued_stamps(lang, text, expression, expected):
    assert dates(text, lang)[expression] == expected


def test_a_glued_number_is_no_date_unless_day_and_year():
    assert "July 1234567" not in dates("Revenue in July 1234567 dollars.", "en")
    assert dates("It cost May 991999 in fees.", "en").get("May 991999") is None


def test_a_weekday_named_on_its_own_day_is_that_day_unless_last():
    assert dates("Clashes erupted Friday.", "en")["Friday"] == ("2024-11-29", "day")
    assert dates("Clashes erupted last Friday.", "en")["last Friday"] == ("2024-11-22", "day")


def test_relative_without_publication_is_explicitly_unresolved():
    found = dates("It started on Wednesday, 13 years ago, on 27 November 2024.", "en", None)
    assert found["Wednesday"] == (None, "unresolved")
    assert found["13 years ago"] == (None, "unresolved")
    assert found["27 November 2024"] == ("2024-11-27", "day")  # absolute dates need no anchor


def test_words_of_other_languages_are_not_dates():
    assert "hier" not in dates("Hier ist die Lage ruhig.", "de")  # German "here"
    assert dates("The figures may change as more reports arrive.", "en") == {}


def test_timeline_orders_and_deduplicates_dated_statements():
    text = (
        "The war began 13 years ago. Rebels attacked on Wednesday. "
        "Aleppo was shelled on Friday. Rebels attacked on Wednesday."
    )
    sentences = split_sentences(text, "a", "en")
    entries = build_timeline(resolve_dates(sentences, FRIDAY, "en"), sentences)
    assert [(e.date, e.precision, e.background) for e in entries] == [
        ("2024-11-27", "day", False),
        ("2024-11-29", "day", False),
        ("2011-01-01", "year", True),  # the war's start: background, after the event's days
    ]
    assert entries[0].text == "Rebels attacked on Wednesday."


@pytest.mark.parametrize(
    ("lang", "text", "expression"),
    [
        ("en", "An autopsy has been scheduled for Wednesday, June 11.", "June 11"),
        ("fr", "Le drame a eu lieu dimanche 10 novembre.", "10 novembre"),
        ("es", "Ocurrió el domingo 10 de noviembre.", "10 de noviembre"),
        ("de", "Es geschah am Sonntag, den 10. November.", "10. November"),
    ],
)
def test_a_weekday_before_a_calendar_date_is_that_date(lang, text, expression):
    found = dates(text, lang)
    assert list(found) == [expression]  # no second, different day from the weekday alone


@pytest.mark.parametrize(
    ("lang", "text", "expression", "value"),
    [
        ("en", "14-05-2016 Five civilians were killed.", "14-05-2016", "2016-05-14"),
        ("en", "18.10.2014Get short URL", "18.10.2014", "2014-10-18"),
        ("fr", "Le 14-05-2016, cinq civils ont été tués.", "14-05-2016", "2016-05-14"),
        ("en", "Police said the shooting was on 5/12/2016.", "5/12/2016", "2016-05-12"),
    ],
)
def test_dashed_and_dotted_dates_are_day_first(lang, text, expression, value):
    assert dates(text, lang)[expression] == (value, "day")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "They were killed overnight on Saturday.", "overnight"),
        ("de", "Drei Tote heute Nacht zum Samstag.", "heute Nacht"),
    ],
)
def test_a_night_before_a_weekday_defers_to_it(lang, text, word):
    found = dates(text, lang)
    assert word not in found and ("2024-11-23", "day") in found.values()


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "Police say the shooting of 5 may be tied to a feud.", None),
        ("en", "Some 200 may march on city hall in 2025.", None),
        ("en", "Hundreds of 2 march groups gathered.", None),
        ("en", "He was shot on 5 May 2016.", "5 May 2016"),
        ("en", "It happened on May 5, 2016.", "May 5, 2016"),
        ("fr", "Il a été tué le 5 mai 2016.", "5 mai 2016"),
        ("fr", "L'attaque a eu lieu le 2 mars 2016.", "2 mars 2016"),
        ("es", "Ocurrió el 5 de mayo de 2016.", "5 de mayo de 2016"),
        ("de", "Es geschah am 5. Mai 2016.", "5. Mai 2016"),
    ],
)
def test_a_lowercase_may_or_march_is_the_verb(lang, text, kept):
    found = {t: v for t, v in dates(text, lang).items() if v[1] == "day"}
    assert list(found) == ([kept] if kept else [])
