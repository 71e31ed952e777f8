"""What happened, on real-style reports in en, fr, es, de: words of violence count only in a report
that tells of harm or armed men, and "shot" only as a person shot; an event nobody did has no
perpetrator."""

from __future__ import annotations

import pytest

from newsfuse.event.what import event_type
from newsfuse.event.who import event_actors
from newsfuse.language import split_sentences
from newsfuse.records import ActorRole, Article, Entity, EventType, Mention


def _type(title: str, text: str, lang: str) -> EventType:
    article = Article(id="a1", text=text, title=title, language=lang)
    return event_type([article], {"a1": split_sentences(text, "a1", lang)})[0]


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Port Asselin FC win the cup in front of 32,000 fans",
            "Striker Dario Menkel put the home side ahead after 11 minutes with a low shot from "
            "the edge of the area. The visitors' attack pressed hard in the closing stages.",
            "en",
        ),
        (
            "Rockets beat Lakers 110-98",
            "The Rockets' offensive rebounds made the difference in a tense fourth quarter.",
            "en",
        ),
        (
            "Lyon s'impose 2-1 face à Nantes",
            "Sur un tir puissant, l'attaquant a ouvert le score avant l'attaque finale des Nantais.",
            "fr",
        ),
        (
            "El Toledo gana la final",
            "Un disparo desde fuera del área abrió el marcador y el ataque visitante no reaccionó.",
            "es",
        ),
        (
            "Köln gewinnt das Derby",
            "Nach einem Schuss aus der Distanz führte Köln; die Offensive der Gäste blieb harmlos.",
            "de",
        ),
    ],
)
def test_a_match_report_is_no_violence(title, text, lang):
    assert _type(title, text, lang) is EventType.OTHER


@pytest.mark.parametrize(
    ("title", "text", "lang", "kind"),
    [
        (
            "Five shot in Miami's Overtown",
            "Five people were shot on Sunday, police said.",
            "en",
            EventType.SHOOTING,
        ),
        ("Boy, 5, shot with shotgun", "The boy was taken to a hospital.", "en", EventType.SHOOTING),
        (
            "Fusillade à Lyon",
            "Un homme a été tué par balle dimanche soir, selon la police.",
            "fr",
            EventType.SHOOTING,
        ),
        (
            "Un muerto en un tiroteo en Toledo",
            "La policía investiga los disparos.",
            "es",
            EventType.SHOOTING,
        ),
        ("Mann in Köln erschossen", "Die Polizei sucht den Täter.", "de", EventType.SHOOTING),
        (
            "Rockets hit Aleppo",
            "Rockets fired on Aleppo killed five civilians.",
            "en",
            EventType.SHELLING,
        ),
    ],
)
def test_violence_with_harm_keeps_its_type(title, text, lang, kind):
    assert _type(title, text, lang) is kind


def test_an_event_nobody_did_has_no_perpetrator():
    text = "Dario Menkel shot and killed two men in Toledo on Sunday."
    sentences = split_sentences(text, "a1", "en")
    entity = Entity(id="e1", name="Dario Menkel", type="PER")
    start = text.index("Dario")
    mention = Mention("a1", 0, start, start + len("Dario Menkel"), "Dario Menkel", "PER", "e1")
    for acts, roles in ((True, [ActorRole.PERPETRATOR]), (False, [])):
        actors = event_actors([entity], [mention], {"a1": sentences}, [], acts=acts)
        assert [a.role for a in actors] == roles
