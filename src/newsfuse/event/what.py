"""What happened: one type of a small taxonomy (``records.EventType``, docs/event-record.md).

Each type has cue words in English, French, Spanish and German; a report's title counts twice
its sentences, and each report votes once per type (the type most reports name wins; on a tie
the more specific, in the order below). The sentence it rests on is the first one that names it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..records import HEADLINE, Article, EventType, Evidence, Sentence

# Most specific first: a chemical attack is also an attack, an air strike also a clash.
_CUES: dict[EventType, str] = {
    EventType.CHEMICAL_ATTACK: r"chemical attack|chlorine|sarin|gas attack|attaque chimique"
    r"|ataque químico|Giftgas|Chemiewaffen",
    EventType.AIR_STRIKE: r"air ?strikes?|airstrikes?|air raids?|drone strikes?|warplanes?"
    r"|jets? (?:struck|bombed)|barrel bombs?|frappes? aériennes?|raids? aériens?|bombardements?"
    r" aériens?|ataques? aéreos?|bombardeos? aéreos?|Luftangriffe?n?|Drohnenangriffe?",
    EventType.SHELLING: r"shell(?:ing|ed|s)|artillery|mortars?|rockets?|missiles?|obus|roquettes?"
    r"|tirs d'artillerie|morteros?|cohetes?|Granaten|Raketen|Artillerie",
    EventType.BOMBING: r"bomb(?:ing|ed|s)?|explosions?|blasts?|suicide (?:bomber|attack)|IED"
    r"|car bomb|attentat|kamikaze|explosión|coche bomba|Anschlag|Explosion|Sprengsatz",
    EventType.SHOOTING: r"shooting|shot|gunfire|gunman|opened fire|fusillade|abattu|tiroteo"
    r"|balacera|disparos?|Schüsse|Schießerei|erschossen",
    EventType.ARMED_CLASH: r"clash(?:es|ed)?|offensive|fighting|battle|siege|combats?|affrontements?"
    r"|enfrentamientos?|combates?|ofensiva|Kämpfe|Gefechte?|Offensive",
    EventType.ATTACK: r"stabb(?:ing|ed)|knife attack|arson|attack(?:ed)?|attaque|agression"
    r"|apuñal\w+|ataque|Messerangriff|Angriff",
    EventType.PROTEST: r"protests?|demonstrat(?:ion|ors)|rally|manifestation|manifestants"
    r"|protesta|manifestantes|Demonstration|Proteste?",
    EventType.ARREST: r"arrest(?:ed|s)?|detained|interpellé|arrêté|detenid[oa]s?|arrestad[oa]s?"
    r"|festgenommen|verhaftet",
    EventType.DISASTER: r"earthquake|flood(?:s|ing)?|wildfire|landslide|hurricane|cyclone"
    r"|collapse|séisme|inondations?|incendie|terremoto|inundaci\w+|sismo|Erdbeben|Überschwemmung",
}
_PATTERNS = {t: re.compile(rf"\b(?:{cue})\b", re.I) for t, cue in _CUES.items()}
LEAD_SENTENCES = 5


def event_type(
    articles: Sequence[Article], sentences: dict[str, list[Sentence]]
) -> tuple[EventType, Evidence | None]:
    """The type most reports name in their title or lead, with its first sentence."""
    votes: Counter[EventType] = Counter()
    evidence: dict[EventType, Evidence] = {}
    for article in articles:
        lead = [(HEADLINE, article.title, 2)] + [
            (s.index, s.text, 1) for s in sentences.get(article.id, [])[:LEAD_SENTENCES]
        ]
        found: Counter[EventType] = Counter()
        for index, text, weight in lead:
            for kind, pattern in _PATTERNS.items():
                if text and pattern.search(text):
                    found[kind] = max(found[kind], weight)
                    evidence.setdefault(kind, Evidence(article.id, index, text))
        votes.update(found)
    if not votes:
        return EventType.OTHER, None
    order = list(_CUES)
    kind = max(votes, key=lambda t: (votes[t], -order.index(t)))
    return kind, evidence[kind]
