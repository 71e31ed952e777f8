"""Who did it to whom, on real-style sentences in en, fr, es, de: the subject of an act is its
perpetrator, the subject of a passive one its target; outlets in datelines, places after "on",
possessors and other clauses' subjects are no actors."""

from __future__ import annotations

import pytest

from newsfuse.event.who import event_actors
from newsfuse.language import split_sentences
from newsfuse.records import Entity, Mention


def _roles(text: str, lang: str, name: str, label: str = "PER") -> list[str]:
    (sentence,) = split_sentences(text, "a1", lang)
    at = text.index(name)
    mention = Mention("a1", 0, at, at + len(name), name, label, "e1")
    entity = Entity(id="e1", name=name, type=label)
    return [a.role.value for a in event_actors([entity], [mention], {"a1": [sentence]}, [])]


@pytest.mark.parametrize(
    ("text", "lang", "name", "roles"),
    [
        # the subject of the act did it
        (
            "Jakairion Spikes, 16, shot him inside the apartment.",
            "en",
            "Jakairion Spikes",
            ["perpetrator"],
        ),
        (
            "Authorities believe Michael Vance brutally killed two people.",
            "en",
            "Michael Vance",
            ["perpetrator"],
        ),
        (
            "El Ejército del Norte mató a tres civiles en la plaza.",
            "es",
            "Ejército del Norte",
            ["perpetrator"],
        ),
        # the subject of a passive act suffered it
        ("Firefighter Kevin Swain, 19, was shot four times.", "en", "Kevin Swain", ["target"]),
        ("Jean Dupont, 34 ans, a été tué dimanche soir.", "fr", "Jean Dupont", ["target"]),
        ("Hans Müller wurde am Sonntag getötet.", "de", "Hans Müller", ["target"]),
        # the side whose men were killed
        ("Zwei Soldaten der Nordarmee wurden getötet.", "de", "Nordarmee", ["target"]),
        (
            "87 soldats de l'Armée du Nord ont été tués depuis mercredi.",
            "fr",
            "Armée du Nord",
            ["target"],
        ),
        # a dateline's outlet, a place after "on", another clause's or subject's act: no actor
        ("IRA, Vt. (AP) — a man accidentally shot his 9-year-old daughter.", "en", "AP", []),
        ("Another person was shot on Ramsay St on Saturday.", "en", "Ramsay St", []),
        ("Stoffel's wife, Erin, was wounded before del Toro killed himself.", "en", "Erin", []),
        ("While a man was pulling Edwards away, he fired two more shots.", "en", "Edwards", []),
        (
            "Dronald Washington, of Labadieville, was shot in the head.",
            "en",
            "Dronald Washington",
            [],
        ),
        (
            "Les policiers de Lyon ont été visés par des tirs, selon Le Progrès.",
            "fr",
            "Le Progrès",
            [],
        ),
    ],
)
def test_roles(text, lang, name, roles):
    assert _roles(text, lang, name) == roles


def test_a_name_in_lower_case_or_shouted_is_no_actor():
    assert _roles("mm fired a gun from the parking lot.", "en", "mm") == []
    assert _roles("THE SCENE RIGHT NOW fired on the crowd.", "en", "THE SCENE RIGHT NOW") == []
