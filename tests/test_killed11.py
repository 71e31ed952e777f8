"""How many killed (en/fr/es/de): the killer's own death told in more words makes his victims'
count one more dead — killed by police ("is killed by cops", "shot dead by police", "abattu par
les gendarmes", "abatido por la policía", "von der Polizei erschossen"), the dead told as taking
him in ("Three dead, including the gunman", "dont le tireur", "incluido el atacante", "darunter
der Täter"), the dead attacker named so ("the slain gunman", "der getötete Täter"); "gunning
down" is a killing; never the dead police killed ("Officers shot and killed two men"), nor people
shot or hurt "including the gunman"."""

from __future__ import annotations

import pytest
from test_counts8 import _FILLER
from test_event_record import _article, _counts, _fact

from newsfuse.records import HEADLINE


def _killed(title: str, text: str, lang: str, words: str, figure: float = 2) -> float | None:
    """The record's killed of one report whose headline states ``words`` (``figure`` dead)."""
    article = _article(title, text, lang)
    facts = [_fact("killed", (article.id, HEADLINE, figure, words))]
    return _counts(facts, article).get("killed")


@pytest.mark.parametrize(
    ("title", "text", "lang", "words"),
    [
        (
            "Gunman kills two at Toledo bar",
            "He was later shot dead by police near the bar.",
            "en",
            "two",
        ),
        (
            "Gunman who killed two in Toledo is killed by cops",
            "The man opened fire at a bar on Friday night, police said.",
            "en",
            "two",
        ),
        (
            "Un homme tue deux personnes dans un bar à Lyon",
            "Il a été abattu par les gendarmes peu après.",
            "fr",
            "deux personnes",
        ),
        (
            "Un hombre mató a dos personas en un bar de Toledo",
            "Él fue abatido por la policía poco después.",
            "es",
            "dos personas",
        ),
        (
            "Mann tötete zwei Menschen in einer Bar in Köln",
            "Er wurde kurz darauf von der Polizei erschossen.",
            "de",
            "zwei Menschen",
        ),
    ],
)
def test_the_killers_victims_and_his_death_told_as_killed_by_police(title, text, lang, words):
    """Fails on the old code: the killer's death by police told without naming him an attacker
    ("the man was shot dead by police") went unread, so his victims were the whole toll."""
    assert _killed(title, text, lang, words) == 3


@pytest.mark.parametrize(
    ("title", "text", "lang", "words"),
    [
        (
            "Gunman kills two at Toledo bar",
            "Three people were dead, including the gunman, police said.",
            "en",
            "two",
        ),
        (
            "Gunman kills two at Toledo bar",
            "Three people, including the shooter, were killed in the attack.",
            "en",
            "two",
        ),
        (
            "Un tireur tue deux personnes dans un bar à Lyon",
            "Trois morts, dont le tireur, selon la police.",
            "fr",
            "deux personnes",
        ),
        (
            "Un pistolero mató a dos personas en un bar de Toledo",
            "Tres muertos, incluido el atacante, según la policía.",
            "es",
            "dos personas",
        ),
        (
            "Schütze tötete zwei Menschen in einer Bar in Köln",
            "Drei Tote, darunter der Täter, meldete die Polizei.",
            "de",
            "zwei Menschen",
        ),
    ],
)
def test_the_dead_told_as_taking_the_killer_in(title, text, lang, words):
    """Fails on the old code: "including the gunman" told no death of the killer."""
    assert _killed(title, text, lang, words) == 3


@pytest.mark.parametrize(
    ("title", "text", "lang", "words"),
    [
        (
            "Gunman kills two at Toledo bar",
            "Police have identified the slain gunman as a 34-year-old man.",
            "en",
            "two",
        ),
        (
            "Schütze tötete zwei Menschen in einer Bar in Köln",
            "Der getötete Täter war 34 Jahre alt, teilte die Polizei mit.",
            "de",
            "zwei Menschen",
        ),
        (
            "Man accused of gunning down two people in Toledo",
            "He was killed by police hours later.",
            "en",
            "two people",
        ),
    ],
)
def test_the_dead_attacker_named_so_and_a_gunning_down(title, text, lang, words):
    """Fails on the old code: "the slain gunman" told no death of the killer, and "gunning down
    two people" was no count of his victims."""
    assert _killed(title, text, lang, words) == 3


@pytest.mark.parametrize(
    ("title", "text", "lang", "words"),
    [
        (
            "Officers shot and killed two men in Toledo",
            "The gunman was shot and killed by police.",
            "en",
            "two men",
        ),
        (
            "La police a tué deux hommes à Lyon",
            "Le tireur a été abattu par la police.",
            "fr",
            "deux hommes",
        ),
        (
            "La policía mató a dos hombres en Toledo",
            "El atacante fue abatido por la policía.",
            "es",
            "dos hombres",
        ),
        (
            "Polizisten erschossen zwei Männer in Köln",
            "Der Täter wurde von der Polizei erschossen.",
            "de",
            "zwei Männer",
        ),
    ],
)
def test_the_dead_police_killed_take_no_killer_more(title, text, lang, words):
    """Fails on the old code: police's killing ("Officers shot and killed two men") read as an
    attacker's victims, one more dead when a report told the attacker died."""
    assert _killed(title, text, lang, words) == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three people were shot, including the gunman, police said.", "en"),
        ("Five people were injured, including the suspect.", "en"),
        ("Two killed, including the suspect's mother, police said.", "en"),
        ("Trois blessés, dont le tireur, selon la police.", "fr"),
        ("Tres heridos, incluido el atacante, según la policía.", "es"),
        ("Drei Verletzte, darunter der Täter, meldete die Polizei.", "de"),
        ("A man shot by police survived and is in stable condition.", "en"),
    ],
)
def test_no_killer_death_in_the_hurt_including_him(text, lang):
    title = {
        "en": "Gunman kills two at Toledo bar",
        "fr": "Un tireur tue deux personnes dans un bar à Lyon",
        "es": "Un pistolero mató a dos personas en un bar de Toledo",
        "de": "Schütze tötete zwei Menschen in einer Bar in Köln",
    }[lang]
    words = {"en": "two", "fr": "deux personnes", "es": "dos personas", "de": "zwei Menschen"}
    assert _killed(title, text, lang, words[lang]) == 2


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Deadly shooting at Toledo bar under investigation", "en"),
        ("Student takes own life in Toledo school parking lot", "en"),
        ("Fusillade mortelle dans un bar de Lyon", "fr"),
        ("Tiroteo mortal en un bar de Toledo", "es"),
        ("Tödliche Schüsse in einer Kölner Bar", "de"),
    ],
)
def test_a_deadly_shooting_or_a_life_taken_is_one_death(title, lang):
    """Fails on the old code: "deadly shooting", "fusillade mortelle", "tiroteo mortal",
    "tödliche Schüsse" and "takes own life" told no death without a number."""
    assert _counts([], _article(title, _FILLER[lang], lang)).get("killed") == 1


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Man charged with assault with a deadly weapon in Toledo", "en"),
        ("Deadly force policy reviewed by Toledo council", "en"),
    ],
)
def test_a_deadly_weapon_is_no_death(title, lang):
    assert _counts([], _article(title, _FILLER[lang], lang)).get("killed") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The man took his own life after he shot a deputy, police said.", "en"),
        ("Le forcené s'est suicidé après avoir blessé un policier, selon la police.", "fr"),
        ("El agresor se suicidó tras herir a un agente, según la policía.", "es"),
        ("Der Täter nahm sich das Leben, nachdem er einen Mann angeschossen hatte.", "de"),
    ],
)
def test_the_killers_suicide_after_he_wounded_one(text, lang):
    """Fails on the old code: the one he wounded before his suicide was no one hurt (and "s'est
    suicidé", "se suicidó", "nahm sich das Leben" no death)."""
    counts = _counts([], _article("Standoff over", text, lang))
    assert (counts.get("killed"), counts.get("injured")) == (1, 1)


_ROUNDUP = {
    "en": (
        "Four killed, 16 wounded in Wednesday shootings across Toledo",
        "Two women and a man were killed in a shooting Wednesday night on the South Side.",
        "Two women and a man",
        "Five people shot at Toledo bus stop",
    ),
    "fr": (
        "Quatre morts et seize blessés dans des fusillades à Lyon",
        "Deux femmes et un homme ont été tués mercredi soir dans le 8e arrondissement.",
        "Deux femmes et un homme",
        "Cinq personnes blessées par balle à un arrêt de bus à Lyon",
    ),
    "es": (
        "Cuatro muertos y dieciséis heridos en tiroteos en Toledo",
        "Dos mujeres y un hombre fueron asesinados el miércoles por la noche en el sur.",
        "Dos mujeres y un hombre",
        "Cinco personas heridas en una parada de autobús en Toledo",
    ),
    "de": (
        "Vier Tote und 16 Verletzte bei Schießereien in Köln",
        "Zwei Frauen und ein Mann wurden am Mittwochabend im Süden getötet.",
        "Zwei Frauen und ein Mann",
        "Fünf Menschen an Bushaltestelle in Köln angeschossen",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_a_roundups_deaths_beside_a_report_of_the_hurt_only_are_the_other_shootings(lang):
    """Fails on the old code: the deaths of a page listing several shootings were this event's,
    whose own report tells only of people shot."""
    title, text, words, own_title = _ROUNDUP[lang]
    roundup = _article(title, text, lang, "2016-05-01")
    own = _article(own_title, _FILLER[lang], lang, "2016-05-02")
    facts = [_fact("killed", (roundup.id, 0, 3, words))]
    assert _counts(facts, roundup, own).get("killed") is None


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_roundups_deaths_stand_alone_or_beside_a_report_of_a_death(lang):
    title, text, words, _ = _ROUNDUP[lang]
    roundup = _article(title, text, lang, "2016-05-01")
    facts = [_fact("killed", (roundup.id, 0, 3, words))]
    assert _counts(facts, roundup).get("killed") == 3
    dead = {"en": "Man killed at Toledo bus stop", "de": "Mann an Kölner Bushaltestelle getötet"}
    # the roundup, the later report, tells this event's toll beside a report of a death
    own = _article(dead[lang], _FILLER[lang], lang, "2016-04-30")
    assert _counts(facts, own, roundup).get("killed") == 3
