"""How many were killed and hurt (en/fr/es/de): one person hurt told without a number, one hurt
beside a death, the shot beyond a count of the gravely hurt or minus a death told later, a death
told past the lead of a report of the hurt, many shots that are no many dead, and a gun's caliber
that counts no one."""

from __future__ import annotations

import pytest
from test_event_record import _article, _counts, _fact

from newsfuse.extract.figures import extract_claims
from newsfuse.records import HEADLINE


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Police investigate accidental shooting of 3-year-old", "en"),
        ("Teen accidentally shoots mom in parking lot", "en"),
        ("Stray bullet hits 11-year-old girl in West Palm Beach", "en"),
        ("Killeen 2-year-old in critical condition from gunshot", "en"),
        ("Brownsburg Man Suffers Gunshot Wound In Hunting Incident", "en"),
        ("Oconee County teen wounds self with rifle while hunting", "en"),
        ("Anchorage: 4-year-old hit by stray bullet while sleeping", "en"),
        ("Un enfant blessé par balle à Lyon", "fr"),
        ("Un joven herido de bala en Toledo", "es"),
        ("Ein Mann angeschossen in Köln", "de"),
    ],
)
def test_one_person_hurt_in_a_headline(title, lang):
    assert _counts([], _article(title, "Police are investigating.", lang)).get("injured") == 1


@pytest.mark.parametrize(
    "title",
    [
        # no one hit, or several: no single one hurt
        "Shots fired at deputies near Main Street",
        "Suspect arrested in shooting investigation",
        "Accidental shooting of two men under investigation",
        # the one shot died: no one hurt
        "Teen accidentally shoots friend dead",
    ],
)
def test_no_single_person_hurt(title):
    assert _counts([], _article(title, "Police are investigating.")).get("injured") is None


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("One teen killed, another wounded in North Lawndale shooting", "Police said.", "en"),
        ("Toddler killed, adult critically injured in Clarksville shooting", "Police said.", "en"),
        ("Teen driver shot to death; his passenger is wounded", "Police said.", "en"),
        ("Chicago police officer shot, suspect killed in South Loop", "Police said.", "en"),
        ("Shooting", "A gunman opened fire, killing a 17-year-old and wounding a woman.", "en"),
        ("Suspect wounds officer, then kills himself", "Police said.", "en"),
        ("Un mort et un blessé dans une fusillade à Lyon", "Selon la police.", "fr"),
        ("Fusillade", "Un homme a été tué et un autre blessé par balle dimanche.", "fr"),
        ("Un muerto y un herido en un tiroteo en Toledo", "Según la policía.", "es"),
        ("Tiroteo", "Un hombre murió y otro resultó herido el domingo.", "es"),
        ("Ein Toter und ein Verletzter bei Schüssen in Köln", "Laut Polizei.", "de"),
        ("Schüsse", "Ein Mann wurde getötet, ein weiterer verletzt.", "de"),
    ],
)
def test_one_hurt_beside_a_death(title, text, lang):
    counts = _counts([], _article(title, text, lang))
    assert counts.get("injured") == 1 and counts.get("killed") in (1, 2)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Man shot, killed in Toledo", "Police said."),
        ("Teen shot, killed by permit holder", "Police said."),
        ("Shooting", "A man was shot and killed, and the victim was shot several times."),
        ("Woman killed, man in custody after shooting", "Police said."),
        ("Child, 7, fatally shot; grandfather dies in crash", "Police said."),
        # several shootings told together: the hurt one belongs to another
        ("Weekend", "One person is dead and another wounded after two separate shootings."),
    ],
)
def test_no_one_hurt_beside_a_death(title, text):
    assert not _counts([], _article(title, text)).get("injured")


def test_one_hurt_beside_a_death_yields_to_a_count():
    # another report counts the hurt: the count stands
    beside = _article("One killed, another wounded in shooting", "Police said.")
    three = _article("1 dead, 3 hurt in shooting", "Police said.")
    hurt = _fact("injured", (three.id, HEADLINE, 3, "3 hurt"))
    killed = _fact("killed", (beside.id, HEADLINE, 1, "One"), (three.id, HEADLINE, 1, "1 dead"))
    assert _counts([killed, hurt], beside, three)["injured"] == 3


def test_the_shot_beyond_a_count_of_the_gravely_hurt():
    # "5 shot, 2 seriously injured": the 2 are part of the 5 hurt, none died
    report = _article("5 people shot, 2 seriously injured in downtown shooting", "Police said.")
    shot = _fact("shot", (report.id, HEADLINE, 5, "5 people"))
    hurt = _fact("injured", (report.id, HEADLINE, 2, "2 seriously injured"))
    assert _counts([shot, hurt], report)["injured"] == 5
    # a count of the hurt told plainly stands
    plain = _article("5 people shot, 2 injured", "Police said.")
    shot = _fact("shot", (plain.id, HEADLINE, 5, "5 people"))
    hurt = _fact("injured", (plain.id, HEADLINE, 2, "2 injured"))
    assert _counts([shot, hurt], plain)["injured"] == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He was accidentally shot in the face with a .22 revolver.", "en"),
        ("The boy grabbed a loaded .45 caliber handgun and shot himself.", "en"),
        ("Il a été blessé avec un fusil de calibre .22.", "fr"),
        ("Resultó herido con una pistola calibre .38.", "es"),
        ("Er wurde mit einer Pistole vom Kaliber .38 verletzt.", "de"),
    ],
)
def test_a_caliber_counts_no_one(text, lang):
    counts = [c for c in extract_claims(text, lang, article_id="x") if c.kind.name == "COUNT"]
    assert counts == []


def test_a_bare_decimal_point_is_no_caliber_beside_a_unit():
    claims = extract_claims("The false positive rate fell to .001 per cent.", "en", article_id="x")
    assert [(c.kind.name, c.low) for c in claims] == [("QUANTITY", 0.001)]


def test_the_shot_minus_a_death_told_later():
    # the first report tells of a boy shot; a later one of his death: no one is left hurt
    shot = _article("2-year-old boy shot in head at apartment", "Police said.")
    died = _article("2-year-old dies after being shot inside apartment", "Police said.")
    shot_fact = _fact("shot", (shot.id, HEADLINE, 1, "2-year-old boy"))
    killed = _fact("killed", (died.id, HEADLINE, 1, "2-year-old dies"))
    assert not _counts([shot_fact, killed], shot, died).get("injured")
    # a death told only before the report of the shot is no death of those it counts
    assert _counts([shot_fact, killed], died, shot).get("injured") == 1


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Child grazed by bullet in shooting on Fourth Street", "en"),
        ("Four people shot at Grand Rapids bar", "en"),
        ("Un enfant blessé par balle à Lyon", "fr"),
        ("Un joven herido de bala en Toledo", "es"),
        ("Ein Mann angeschossen in Köln", "de"),
    ],
)
def test_a_death_past_the_lead_of_a_report_of_the_hurt_is_another_story(title, lang):
    text = "One. Two. Three. Four. Five."
    report = _article(title, text, lang)
    old = _fact("killed", (report.id, 4, 1, "a man was killed in 2012"))
    assert not _counts([old], report).get("killed")
    # told in its first sentences, the death is the report's own
    own = _fact("killed", (report.id, 1, 1, "one of them died"))
    assert _counts([own], report)["killed"] == 1


@pytest.mark.parametrize(
    ("title", "text", "lang", "killed"),
    [
        # many shots are no many dead: the one death stands
        ("Shooting death ruled accidental", "Several shots were fired, police said.", "en", 1),
        ("Fusillade", "Un homme a été tué après plusieurs coups de feu.", "fr", 1),
        ("Tiroteo", "Un hombre murió tras varios disparos.", "es", 1),
        ("Schüsse", "Ein Mann wurde nach mehreren Schüssen getötet.", "de", 1),
        ("Police: accidental shooting led to man's death", "Police said.", "en", 1),
        # many victims: no single death
        ("Shooting", "Several people were killed on Sunday.", "en", None),
    ],
)
def test_many_shots_are_no_many_dead(title, text, lang, killed):
    assert _counts([], _article(title, text, lang)).get("killed") == killed


def test_no_more_shot_than_dead_tells_nothing_of_the_hurt():
    # "a man was shot" in a report of one death: the one shot may be the dead one, no reading
    one = _article("Man killed in shooting", "A man was shot on Main Street.")
    shot = _fact("shot", (one.id, 0, 1, "A man"))
    killed = _fact("killed", (one.id, HEADLINE, 1, "Man killed"))
    assert not _counts([shot, killed], one).get("injured")
    # so another report's count of the hurt stands alone
    three = _article("1 killed, 3 wounded in Mission shooting", "Police said.")
    hurt = _fact("injured", (three.id, HEADLINE, 3, "3 wounded"))
    killed = _fact("killed", (one.id, HEADLINE, 1, "Man killed"), (three.id, HEADLINE, 1, "1"))
    assert _counts([shot, killed, hurt], one, three)["injured"] == 3


def test_a_part_told_in_the_whole_s_words_is_no_second_count():
    """ "Six of them in intensive care" under "43 injured" reads as "people injured" too: shown
    beside the whole it would read as a second count; "civilians" under "people" is shown."""
    from newsfuse.event.how_many import event_counts
    from newsfuse.language import split_sentences

    reports = [
        _article("Dam burst", "Forty-three people were hurt, six of them in intensive care."),
        _article(
            "Dam toll", "43 people were injured, six of them gravely, among them 2 civilians."
        ),
    ]
    sentences = {r.id: split_sentences(r.text, r.id, r.language) for r in reports}
    whole = _fact("injured", *((r.id, 0, 43, r.text) for r in reports))
    whole.label, whole.independent_sources = "people injured", 2
    parts = []
    for name, subject, value in (("six", "people", 6), ("civ", "civilians", 2)):
        part = _fact("injured", *((r.id, 0, value, r.text) for r in reports))
        part.id, part.subject, part.label = f"f-{name}", subject, f"{subject} injured"
        part.parent_fact, part.independent_sources = whole.id, 2
        parts.append(part)
    counts = event_counts([whole, *parts], reports, sentences)
    assert [(c.subject, c.best) for c in counts if c.measure == "injured"] == [
        ("people", 43),
        ("civilians", 2),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Five people were shot on Saturday night.", "en"),
        ("Cinq personnes ont été touchées par balle samedi soir.", "fr"),
        ("Cinco personas fueron baleadas el sábado por la noche.", "es"),
        ("Cinco personas fueron alcanzadas por las balas el sábado.", "es"),
        ("Fünf Menschen wurden am Samstagabend angeschossen.", "de"),
        ("Fünf Menschen wurden von Schüssen getroffen.", "de"),
    ],
)
def test_people_shot_are_read_in_every_language(text, lang):
    """A count of people shot, which the record's shot − killed reading needs, in en/fr/es/de;
    "touchées par les inondations" stays a count of those affected."""
    assert ("shot", 5) in {(c.measure, c.low) for c in extract_claims(text, lang)}


def test_touched_by_a_flood_is_no_shot():
    claims = extract_claims("Trois communes ont été touchées par les inondations.", "fr")
    assert [c.measure for c in claims] == ["affected"]
