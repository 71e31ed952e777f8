"""When (en/fr/es/de): a holiday of a fixed day ("on New Year's Eve", "la Saint-Sylvestre",
"Nochevieja", "an Silvester") dates the happening. How many: groups joined after one outcome
verb ("injuring four men and two women", "blessant deux hommes et trois femmes") add up to one
count; an outcome verb in the present counts the number right after it ("Kills 3, Wounds 2",
"tue deux personnes", "hiere a tres"); a count of the shot beyond one person hurt told without a
number ("Four shot ... a 26-year-old was wounded") says the hurt are the shot, as one of them is
no count of them all; an attempted manslaughter is no death, nor is an accidental self-shooting
a killing and the killer's death. A day named goes before a night word on a tie."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_event_record import _article, _counts, _fact

from newsfuse.event.when import event_when, report_days
from newsfuse.extract.dates import resolve_dates
from newsfuse.extract.figures import extract_claims, extract_headline_claims
from newsfuse.language import split_sentences
from newsfuse.records import HEADLINE


def _when(text: str, lang: str, published: str):
    article = _article("Report", text, lang, published)
    return event_when(report_days(article, split_sentences(text, article.id, lang)))


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Investigators are trying to determine if charges will be filed after a teenager was"
            " accidentally shot on New Year's Eve.",
            "en",
            date(2016, 12, 31),
        ),
        ("Un homme a été blessé par balle le soir de la Saint-Sylvestre à Lyon.", "fr", None),
        ("Un joven resultó herido de bala en Nochevieja en Toledo.", "es", None),
        ("Ein Mann wurde an Silvester in Köln angeschossen.", "de", None),
        ("A man was shot and killed on Christmas Eve outside a bar.", "en", date(2016, 12, 24)),
        ("Un homme a été tué le jour de Noël à Marseille.", "fr", date(2016, 12, 25)),
        ("Der Mann wurde an Heiligabend erschossen.", "de", date(2016, 12, 24)),
    ],
)
def test_a_holiday_of_a_fixed_day_dates_the_happening(text, lang, day):
    when = _when(text, lang, "2017-01-03")
    assert (when.start, when.estimated) == (day or date(2016, 12, 31), False)


def test_a_holiday_is_the_latest_such_day_and_a_season_no_day():
    # the report's own day when it is that day; "Christmas" alone is a season
    refs = resolve_dates(split_sentences("He was shot on New Year's Day.", "a", "en"), None, "en")
    assert [r.precision for r in refs] == ["unresolved"]
    when = _when("He was shot on New Year's Day near the park.", "en", "2016-01-01")
    assert when.start == date(2016, 1, 1)
    when = _when("Two men were shot before Christmas near the park.", "en", "2016-12-28")
    assert when.estimated


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        (
            "Shots were fired into the crowd early Saturday, injuring four men and two women.",
            "en",
            6,
        ),
        ("Le tireur a ouvert le feu, blessant deux hommes et trois femmes.", "fr", 5),
        ("El atacante abrió fuego, hiriendo a dos hombres y tres mujeres.", "es", 5),
        ("Der Schütze verletzte zwei Männer und drei Frauen.", "de", 5),
    ],
)
def test_groups_after_one_outcome_verb_add_up(text, lang, total):
    claims = extract_claims(text, lang, article_id="x")
    totals = [(c.measure, c.low) for c in claims if c.role == "total"]
    assert totals == [("injured", total)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no outcome verb before the groups, or another outcome for the second: no sum
        ("Police arrested two men and three women.", "en"),
        ("The blast killed two soldiers and wounded three civilians.", "en"),
        ("Le tireur a tué deux hommes et blessé trois femmes.", "fr"),
    ],
)
def test_groups_of_other_outcomes_do_not_add_up(text, lang):
    claims = extract_claims(text, lang, article_id="x")
    assert [c for c in claims if c.role == "total"] == []


@pytest.mark.parametrize(
    ("title", "shot_words", "hurt_words", "lang"),
    [
        ("Four shot at an apartment, suspect in custody", "Four", "a 26-year-old", "en"),
        ("Teenager injured during quadruple shooting", "quadruple shooting", "Teenager", "en"),
        ("Quatre personnes touchées par balles à Lyon", "Quatre personnes", "une femme", "fr"),
        ("Cuatro personas baleadas en Toledo", "Cuatro personas", "un joven", "es"),
        ("Vier Menschen in Köln angeschossen", "Vier Menschen", "ein Mann", "de"),
    ],
)
def test_one_hurt_told_without_a_number_is_one_of_the_shot(title, shot_words, hurt_words, lang):
    report = _article(title, "Police are investigating.", lang)
    shot = _fact("shot", (report.id, HEADLINE, 4, shot_words))
    hurt = _fact("injured", (report.id, 0, 1, hurt_words))
    assert _counts([shot, hurt], report)["injured"] == 4


@pytest.mark.parametrize(
    ("words", "lang"),
    [("one injured", "en"), ("1 injured", "en"), ("2 injured", "en"), ("deux blessés", "fr")],
)
def test_a_plain_count_of_the_hurt_stands(words, lang):
    report = _article("Four shot in Lyon", "Police are investigating.", lang)
    shot = _fact("shot", (report.id, HEADLINE, 4, "Four"))
    figure = 1 if words[0] in "o1" else 2
    hurt = _fact("injured", (report.id, HEADLINE, figure, words))
    assert _counts([shot, hurt], report)["injured"] == figure


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The case reopened in 2010, but critics cite the events of that Christmas day.", "en"),
        ("Les enquêteurs reviennent sur ce jour de Noël où tout a basculé.", "fr"),
        ("Aquella Nochebuena murió un hombre en Toledo.", "es"),
        ("Jenen Heiligabend wurde ein Mann in Köln erschossen.", "de"),
    ],
)
def test_that_holiday_is_another_years(text, lang):
    refs = resolve_dates(split_sentences(text, "a", lang), datetime(2017, 1, 3), lang)
    assert [r for r in refs if r.precision == "day"] == []


@pytest.mark.parametrize(
    ("title", "lang", "killed", "injured"),
    [
        ("Fuller Park Shooting Kills 3, Wounds 2, Police Say", "en", 3, 2),
        ("East Baltimore shooting wounds 4, kills 1", "en", 1, 4),
        ("Early morning shooting wounds four", "en", None, 4),
        ("Une fusillade tue deux personnes et blesse trois autres à Marseille", "fr", 2, 3),
        ("Un tiroteo mata a dos personas y hiere a tres en Toledo", "es", 2, 3),
        ("Schütze tötet zwei Menschen und verletzt drei in Köln", "de", 2, 3),
    ],
)
def test_an_outcome_verb_in_the_present_counts_its_number(title, lang, killed, injured):
    claims = extract_headline_claims(title, "Police are investigating.", lang, "x", [])
    found = {c.measure: c.low for c in claims if c.kind.name == "COUNT"}
    assert (found.get("killed"), found.get("injured")) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The teen was charged with attempted manslaughter after the shooting.", "en"),
        ("Il est poursuivi pour tentative de meurtre après la fusillade.", "fr"),
        ("Fue acusado de tentativa de homicidio tras el tiroteo.", "es"),
        ("Er wurde wegen versuchten Totschlags nach den Schüssen angeklagt.", "de"),
    ],
)
def test_an_attempted_killing_is_no_death(text, lang):
    assert _counts([], _article("Teen shot in the head", text, lang)).get("killed") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Shots rang out overnight and four people were injured. The shooting took place"
            " around 11:45 p.m. Sunday.",
            "en",
        ),
        (
            "Un homme a été tué par balle cette nuit à Lyon. La fusillade a eu lieu dimanche vers"
            " 23 h 45.",
            "fr",
        ),
        (
            "Un hombre murió esta madrugada en un tiroteo en Toledo. El tiroteo ocurrió el domingo"
            " a las 23.45.",
            "es",
        ),
        (
            "Ein Mann wurde heute Nacht in Köln erschossen. Die Schüsse fielen am Sonntag gegen"
            " 23.45 Uhr.",
            "de",
        ),
    ],
)
def test_a_named_day_goes_before_a_night_word_on_a_tie(text, lang):
    assert _when(text, lang, "2015-06-22").start == date(2015, 6, 21)  # Sunday, not Monday


@pytest.mark.parametrize(
    ("title", "text", "lang", "killed"),
    [
        (
            "3-year-old boy accidentally shoots, kills himself",
            "The 911 call made after a 3-year-old boy shot and killed himself has been released."
            " The toddler was found dead in the bedroom.",
            "en",
            1,
        ),
        (
            "Jäger stirbt bei Jagdunfall",
            "Ein Jäger tötete sich versehentlich selbst. Der Mann war sofort tot.",
            "de",
            1,
        ),
        (
            "Drame de la chasse",
            "Un chasseur s'est tué accidentellement avec son fusil. Il est mort sur le coup.",
            "fr",
            1,
        ),
        (
            "Tragedia en el monte",
            "Un cazador murió al dispararse accidentalmente con su escopeta.",
            "es",
            1,
        ),
    ],
)
def test_an_accidental_self_shooting_is_one_death(title, text, lang, killed):
    # a killing and the killer's own death still count two: test_event_record
    assert _counts([], _article(title, text, lang)).get("killed") == killed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Two victims, 17 and 23 years old, were struck in lower extremities and a 26-year-old"
            " was wounded on the arm.",
            "en",
        ),
        ("Three teens, 15, 16 and 17 years old, were shot.", "en"),
        ("Deux hommes de 17 et 23 ans ont été blessés par balle.", "fr"),
        ("Dos jóvenes de 17 y 23 años resultaron heridos.", "es"),
        ("Zwei Männer, 17 und 23 Jahre alt, wurden verletzt.", "de"),
    ],
)
def test_the_first_ages_of_a_list_count_no_one(text, lang):
    claims = extract_claims(text, lang, article_id="x")
    counted = {c.low for c in claims if c.kind.name == "COUNT"}
    assert counted.isdisjoint({15, 16, 17})
