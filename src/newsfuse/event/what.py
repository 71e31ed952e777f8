"""What happened: one type of a small taxonomy (``records.EventType``, docs/event-record.md).

Each type has cue words in English, French, Spanish and German; a report's title counts twice
its sentences, and each report votes once per type (the type most reports name wins; on a tie
the more specific, in the order below). The sentence it rests on is the first one that names it.

Some words of violence also name other things ("a low shot from the edge of the area", "the
Rockets' attack", "un disparo desde fuera del área", "die Offensive der Gäste"): these
(``_PLAIN``) count only in a report whose title or lead also tells of harm or of armed men
(killed, wounded, victims, murder, a person shot — "a man was shot", "Five shot", "shot dead",
not "a low shot" —, a gun, police, troops...). Words that name nothing else (gunfire, shelling,
airstrike, fusillade, tiroteo, Schießerei) count alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..records import HEADLINE, Article, EventType, Evidence, Sentence

# A person shot, not a shot at goal: "a man was shot", "Boy, 5, shot", "shot dead", "fatally shot".
PASSIVE_AUX = (
    r"was|were|been|being|is|are|got|gets|get|getting|a été|ont été|été|fue|fueron|sido"
    r"|wurde|wurden|worden"
)
# Who is shot or killed in a headline's or a list's words: "Man shot", "Five shot", "teen killed".
PERSON_NOUNS = (
    r"man|woman|men|women|boy|girl|teen|teenager|child|children|person|people|officer|deputy"
    r"|victim|baby|toddler|student|year-old|\d+|one|two|three|four|five|six|seven|eight|nine|ten"
)
PERSON_SHOT = (
    rf"(?:(?:{PASSIVE_AUX})\s+(?:\w+ly\s+)?"
    r"|(?:fatally|critically|seriously|accidentally|mortally)\s+"
    rf"|(?:{PERSON_NOUNS})(?:,\s*\d+,)?\s+)(?:shot|shoots)"
    r"|shot\s+(?:dead|and\s+(?:killed|wounded|injured)|to\s+death|him|her|them|himself|herself)"
)
# Harm or armed men: what makes a report's words of violence violence.
_HARM = re.compile(
    r"\b(?:killed|kills?|killing|dead|deaths?|died|dies|wounded|injured|injur(?:y|ies)|hurt"
    rf"|victims?|casualt(?:y|ies)|{PERSON_SHOT}|\w*guns?|gun(?:man|men|fire|shot)|rifles?"
    r"|pistols?|bullets?|weapons?|opened fire|murder(?:ed|s)?|homicides?|fatal(?:ly)?|executed"
    r"|mass shooting|drive-by|suspects?|charged|sentenced|guilty"
    r"|police|sheriff|deputies|troops|soldiers|army|rebels?|militants?|insurgents?|fighters"
    r"|militias?|civilians|hospital|hospitali[sz]ed|critical condition"
    r"|tu[ée]e?s?|morte?s?|décès|décédée?s?|bless[ée]e?s?|victimes?|meurtres?|policiers?"
    r"|gendarmes?|soldats|armée|rebelles|djihadistes|civils|armes?"
    r"|muert[oa]s?|murió|murieron|fallecid[oa]s?|herid[oa]s?|víctimas?|asesinat[oa]s?|policía"
    r"|soldados|ejército|rebeldes|civiles|armas?"
    r"|Tote[n]?|tot|getötet|starben?|gestorben|Verletzte[n]?|verletzt|Opfer|Mord|Polizei"
    r"|Soldaten|Armee|Rebellen|Zivilisten|Waffen?)\b",
    re.I,
)
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
    EventType.SHOOTING: r"shootings?|shoots?|shot|gunfire|gunman|opened fire|fusillade|abattu"
    r"|tiroteo|balacera|disparos|Schüsse|Schießerei|erschossen",
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
# Cue words that also name other things: a shot at goal, a team's attack or offensive, the Rockets.
_PLAIN = re.compile(
    r"shots?|shoots?|shootings?|attack(?:ed|s)?|attaque|ataque|Angriff|offensive|ofensiva|battle"
    r"|fighting|siege|rockets?|missiles?|bomb(?:s|ed)?|blasts?|disparos|Schüsse|combats?"
    r"|combates?|Kämpfe|explosions?|explosión|Explosion",
    re.I,
)
ACTED = frozenset(EventType) - {EventType.DISASTER, EventType.OTHER}  # someone's doing
LEAD_SENTENCES = 5


def report_kinds(
    article: Article, sentences: Sequence[Sentence]
) -> dict[EventType, tuple[int, Evidence]]:
    """The types one report names in its title (weight 2) or lead (1): each with its highest
    weight and the first of its lines that names it."""
    lead = [(HEADLINE, article.title, 2)] + [
        (s.index, s.text, 1) for s in sentences[:LEAD_SENTENCES]
    ]
    found: dict[EventType, tuple[int, Evidence]] = {}
    harm = any(text and _HARM.search(text) for _, text, _ in lead)
    for index, text, weight in lead:
        for kind, pattern in _PATTERNS.items():
            if text and any(
                harm or not _PLAIN.fullmatch(m.group()) for m in pattern.finditer(text)
            ):
                was = found.get(kind)
                if was is None:
                    found[kind] = (weight, Evidence(article.id, index, text))
                elif weight > was[0]:
                    found[kind] = (weight, was[1])
    return found


def event_type(
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    kinds: Mapping[str, dict[EventType, tuple[int, Evidence]]] | None = None,
) -> tuple[EventType, Evidence | None]:
    """The type most reports name in their title or lead, with its first sentence. ``kinds``:
    reports' type votes already read (``report_kinds``); the others are read here."""
    votes: Counter[EventType] = Counter()
    evidence: dict[EventType, Evidence] = {}
    for article in articles:
        found = kinds.get(article.id) if kinds is not None else None
        if found is None:
            found = report_kinds(article, sentences.get(article.id, []))
        for kind, (weight, first) in found.items():
            votes[kind] += weight
            evidence.setdefault(kind, first)
    if not votes:
        return EventType.OTHER, None
    order = list(_CUES)
    kind = max(votes, key=lambda t: (votes[t], -order.index(t)))
    return kind, evidence[kind]
