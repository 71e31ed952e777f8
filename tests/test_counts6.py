"""How many (en/fr/es/de): a toll followed by the killer's own death ("killing 2, then himself",
"avant de se suicider", "y luego se suicidó", "und tötete sich dann selbst") counts the killer
too, and the shot minus the killed leaves him out; people each brought in with "a" and hurt in one
sentence ("a man was shot in the leg and a woman was grazed", "un homme a été blessé ... et une
femme ...") add up; one person hurt told without a number, in a report telling of no death, is the
one a later report tells died, no second victim."""

from __future__ import annotations

import pytest
from test_event_record import _article, _counts, _fact

from newsfuse.extract.figures import extract_claims, extract_headline_claims
from newsfuse.records import HEADLINE, Claim


def _claims(text: str, lang: str, headline: bool = False) -> list[Claim]:
    if headline:
        return extract_headline_claims(text, "Police are investigating.", lang, "x", [])
    return extract_claims(text, lang, article_id="x")


def _totals(text: str, lang: str) -> list[tuple[str | None, float]]:
    return [(c.measure, c.low) for c in _claims(text, lang) if c.role == "total"]


@pytest.mark.parametrize(
    ("text", "lang", "headline", "killed"),
    [
        ("Police: Man shoots 4 relatives, killing 2, then himself", "en", True, 3),
        ("Officials: South Dakota Man Killed Wife, 4 Kids Then Himself", "en", True, 6),
        ("Un homme a tué deux personnes avant de se suicider.", "fr", False, 3),
        ("Un homme tue deux enfants puis se suicide", "fr", True, 3),
        ("Un hombre mató a dos personas y luego se suicidó.", "es", False, 3),
        ("Ein Mann erschoss zwei Menschen und tötete sich dann selbst.", "de", False, 3),
    ],
)
def test_a_toll_then_the_killers_own_death_counts_him(text, lang, headline, killed):
    claims = _claims(text, lang, headline)
    assert [c.low for c in claims if c.measure == "killed" and c.role != "part"] == [killed]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two people were killed, then the gunman fled.", "en"),
        ("Deux personnes ont été tuées, puis le tireur a pris la fuite.", "fr"),
        ("Dos personas murieron y luego el tirador huyó.", "es"),
        ("Zwei Menschen wurden getötet, dann floh der Schütze.", "de"),
    ],
)
def test_a_toll_then_the_killer_fleeing_counts_no_one_more(text, lang):
    assert _totals(text, lang) == []


@pytest.mark.parametrize(
    ("shot_words", "killed_words", "lang"),
    [
        ("4 relatives", "2, then himself", "en"),
        ("quatre proches", "deux avant de se suicider", "fr"),
        ("cuatro familiares", "dos y luego se suicidó", "es"),
        ("vier Verwandte", "zwei und tötete sich dann selbst", "de"),
    ],
)
def test_the_killers_own_death_is_none_of_those_shot(shot_words, killed_words, lang):
    report = _article("Shooting", "Police are investigating.", lang)
    shot = _fact("shot", (report.id, HEADLINE, 4, shot_words))
    killed = _fact("killed", (report.id, HEADLINE, 3, killed_words))
    counts = _counts([shot, killed], report)
    assert (counts["killed"], counts["injured"]) == (3, 2)


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        (
            "During the shooting, a 20-year-old woman was shot in the back and a 5-year-old boy"
            " was shot in the arm.",
            "en",
            ("shot", 2),
        ),
        (
            "Police say a 17-year-old boy was riding his bicycle when he was shot, while a"
            " 4-year-old girl was grazed by a bullet.",
            "en",
            ("shot", 2),
        ),
        ("A man was shot in the leg and a woman was grazed.", "en", ("shot", 2)),
        (
            "Un homme a été blessé à la jambe et une femme a été blessée au bras.",
            "fr",
            ("injured", 2),
        ),
        (
            "Un hombre resultó herido en la pierna y una mujer resultó herida en el brazo.",
            "es",
            ("injured", 2),
        ),
        (
            "Ein Mann wurde am Bein verletzt und eine Frau wurde am Arm verletzt.",
            "de",
            ("injured", 2),
        ),
    ],
)
def test_people_each_hurt_in_one_sentence_add_up(text, lang, total):
    assert _totals(text, lang) == [total]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A man was shot by a woman who was later arrested.", "en"),
        ("A man was killed and a woman was wounded.", "en"),  # two outcomes: two counts
        ("A man was shot in the leg and the man was taken to a hospital.", "en"),
        ("Un homme a été blessé par un policier.", "fr"),
        ("Un hombre resultó herido y el hombre fue trasladado al hospital.", "es"),
        ("Ein Mann wurde verletzt, der Mann kam ins Krankenhaus.", "de"),
    ],
)
def test_one_person_named_twice_or_another_outcome_adds_up_to_nothing(text, lang):
    assert _totals(text, lang) == []


def test_cattle_grazing_is_no_one_hurt():
    claims = extract_claims("Three cows grazed in the field.", "en", article_id="x")
    assert not [c for c in claims if c.measure == "injured"]
    claims = extract_claims("A teen was grazed by a bullet.", "en", article_id="x")
    assert [(c.measure, c.low) for c in claims if c.kind.name == "COUNT"] == [("injured", 1)]


@pytest.mark.parametrize(
    ("hurt", "dead", "lang"),
    [
        (
            ("Boy wounded in shooting", "A 16-year-old boy was critically wounded on Friday.", "a"),
            ("16-year-old killed in shooting", "The boy was shot on Friday.", "killed"),
            "en",
        ),
        (
            (
                "Adolescent blessé par balle à Lyon",
                "Un adolescent a été blessé vendredi soir.",
                "Un",
            ),
            ("L'adolescent est mort", "Il avait été touché vendredi soir.", "mort"),
            "fr",
        ),
        (
            ("Joven herido de bala en Toledo", "Un joven resultó herido el viernes.", "Un"),
            ("Muere el joven baleado", "El joven murió el sábado.", "Muere"),
            "es",
        ),
        (
            ("Jugendlicher angeschossen", "Ein Jugendlicher wurde am Freitag verletzt.", "Ein"),
            ("Jugendlicher gestorben", "Der Jugendliche ist tot.", "tot"),
            "de",
        ),
    ],
)
def test_one_hurt_who_a_later_report_tells_died_is_no_second_victim(hurt, dead, lang):
    first = _article(hurt[0], hurt[1], lang, "2016-05-01")
    later = _article(dead[0], dead[1], lang, "2016-05-02")
    injured = _fact("injured", (first.id, 0, 1, hurt[2]))
    killed = _fact("killed", (later.id, HEADLINE, 1, dead[2]))
    counts = _counts([injured, killed], first, later)
    assert (counts.get("killed"), counts.get("injured")) == (1, None)
    # the death told first: the one hurt since is another victim
    counts = _counts([injured, killed], later, first)
    assert (counts.get("killed"), counts.get("injured")) == (1, 1)


def test_a_later_death_report_telling_of_someone_hurt_keeps_the_hurt():
    first = _article("Man wounded", "A man was wounded in a shooting on Friday.")
    later = _article("Woman killed", "A woman was killed and a man was hurt.", "en", "2016-05-02")
    injured = _fact("injured", (first.id, 0, 1, "A man"), (later.id, 0, 1, "a man"))
    killed = _fact("killed", (later.id, 0, 1, "A woman"))
    assert _counts([injured, killed], first, later)["injured"] == 1


@pytest.mark.parametrize(
    ("text", "tally", "words", "lang"),
    [
        (
            "A man was found shot dead on Main Street. Besides him, 64 homicides were reported"
            " this year in the county.",
            64,
            "64 homicides",
            "en",
        ),
        (
            "Un homme a été tué par balle samedi. On compte 12 morts depuis le début de l'année"
            " dans la ville.",
            12,
            "12 morts",
            "fr",
        ),
        (
            "Un hombre murió baleado el sábado. Ya son 15 muertos en lo que va del año en la"
            " ciudad.",
            15,
            "15 muertos",
            "es",
        ),
        (
            "Ein Mann wurde am Samstag erschossen. Damit gab es 20 Tote seit Jahresbeginn in der"
            " Stadt.",
            20,
            "20 Tote",
            "de",
        ),
    ],
)
def test_a_count_over_a_period_is_no_toll_of_the_event(text, tally, words, lang):
    report = _article("Shooting", text, lang)
    killed = _fact("killed", (report.id, 0, 1, text.split()[1]), (report.id, 1, tally, words))
    assert _counts([killed], report)["killed"] == 1


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Police said. Five people were killed in the deadliest shooting this year.", "Five", "en"),
        (
            "La police a parlé. Cinq personnes ont été tuées dans la fusillade la plus meurtrière"
            " depuis le début de l'année.",
            "Cinq",
            "fr",
        ),
        (
            "La policía habló. Cinco personas murieron en el tiroteo más mortífero en lo que va"
            " del año.",
            "Cinco",
            "es",
        ),
        (
            "Die Polizei sprach. Fünf Menschen starben bei der schlimmsten Schießerei seit"
            " Jahresbeginn.",
            "Fünf",
            "de",
        ),
    ],
)
def test_an_events_rank_over_a_period_keeps_its_toll(text, words, lang):
    report = _article("Shooting", text, lang)
    killed = _fact("killed", (report.id, 1, 5, f"{words} people"))
    assert _counts([killed], report)["killed"] == 5


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        (
            "A man was shot dead Sunday. 12 people were killed on the West Side this year.",
            "12 people",
            "en",
        ),
        (
            "A man was shot dead Sunday. 12 people were killed after an arrest this year.",
            "12 people",
            "en",
        ),
        (
            "Un homme a été tué dimanche. 12 morts dans l'ouest de la ville cette année.",
            "12 morts",
            "fr",
        ),
        (
            "Ein Mann wurde am Sonntag erschossen. 12 Tote im Westen der Stadt seit Jahresbeginn.",
            "12 Tote",
            "de",
        ),
    ],
)
def test_a_word_merely_ending_like_a_superlative_is_no_rank(text, words, lang):
    report = _article("Shooting", text, lang)
    killed = _fact("killed", (report.id, 0, 1, text.split()[1]), (report.id, 1, 12, words))
    assert _counts([killed], report)["killed"] == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Authorities said a sibling shot the boy in the face with a 22-caliber rifle.", "en"),
        ("The victim had two gunshot wounds.", "en"),
        (
            "The boy is alert as the 10 gunshot wounds he sustained last week continue to heal.",
            "en",
        ),
        (
            "Read or Share this story: http://www.example.com/story/news/crime/2016/10/03/"
            "teen-killed-another-injured/91458922/",
            "en",
        ),
        ("Le garçon a reçu trois blessures par balle.", "fr"),
        ("Le tireur a blessé un homme avec un fusil de calibre 22.", "fr"),
        ("El joven herido recibió cinco balazos.", "es"),
        ("Der verletzte Mann erlitt zwei Schusswunden.", "de"),
    ],
)
def test_wounds_a_caliber_or_a_link_count_no_one(text, lang):
    claims = extract_claims(text, lang, article_id="x")
    assert not [c for c in claims if c.kind.name == "COUNT" and c.low > 1]


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Police found three with gunshot wounds.", "en", ("shot", 3)),
        ("Two people suffered gunshot wounds.", "en", ("shot", 2)),
        ("Trois personnes ont été blessées.", "fr", ("injured", 3)),
        ("Dos personas heridas de bala.", "es", ("injured", 2)),
        ("Zwei Menschen wurden verletzt.", "de", ("injured", 2)),
    ],
)
def test_people_with_wounds_still_count(text, lang, count):
    claims = extract_claims(text, lang, article_id="x")
    assert [(c.measure, c.low) for c in claims if c.kind.name == "COUNT"] == [count]


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        ("Two children and an adult male were found dead when police made entry.", "en", 3),
        ("Deux enfants et un adolescent ont été tués.", "fr", 3),
        ("Dos niños y un joven fueron asesinados.", "es", 3),
        ("Drei Kinder und ein Mädchen wurden verletzt.", "de", 4),
    ],
)
def test_a_group_and_one_more_person_add_up(text, lang, total):
    assert [low for _, low in _totals(text, lang)] == [total]
