"""Who: the event's actors with their roles, drawn from its resolved entities.

An entity is a perpetrator where a sentence names it as the subject of an act of violence ("HTS
launched an offensive", "les rebelles ont lancé", "X atacó", "X griff ... an"): right before it,
``MAX_GAP`` characters at most, with no dash, colon or bracket between (a dateline's "(AP) —"
names the outlet), no other clause or subject, and not as a possessor ("Caron's family says");
or after "by"/"par"/"por"/"von" following one ("killed by Russian strikes"). Where the act is told
in the passive ("Kevin Swain, 19, was shot", "a été tué", "wurde getötet", a headline's
"Summerton man killed") its subject suffered it: a target when named right before it, else no
role. A target is also named right after "against"/"contre"/"contra"/"gegen" (one word may stand
between: "against President Bashar al-Assad's regime"), or "on"/"sur" right after an attack
("the attack on the CHP car"; "shot on Ramsay St" is a place), or as the side whose men were
killed or hurt ("87 soldiers from the Syrian army"). Never an actor where the sentence cites it
("SOHR reported", "according to the OSDH", "informó el Observatorio") or gives another name
("also known as al-Qaeda in Syria"), nor a name in lower case or a shouted phrase ("THE SCENE
RIGHT NOW"); a cited authority where a count's source cites it. Each role keeps the entities
named so in most reports (at most ``MAX_PER_ROLE``), with a sentence. An event whose type names
no act of anyone (a disaster, or none recognised: a cup final's "low shot" and "attack") has no
perpetrator or target, only the authorities its counts cite.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ..records import ActorRole, Entity, EventActor, EventCount, Evidence, Mention, Sentence
from ..words import says
from .what import PASSIVE_AUX, PERSON_NOUNS, PERSON_SHOT

MAX_PER_ROLE = 3
MAX_GAP = 40  # characters between a subject and its act
ACTOR_TYPES = frozenset({"ORG", "PER"})  # "Syrian", "Russian" alone name no actor
_ACT = re.compile(
    r"\b(?:launch(?:ed|es)?|attack(?:ed|s)?|struck|strikes?|shell(?:ed|s)?|bomb(?:ed|s)?|fired|"
    rf"seiz(?:ed|es)|captur(?:ed|es)|stormed|offensive|assault|{PERSON_SHOT}|shot (?:at|and)|"
    r"opened fire|killed|"
    r"lancé|lance|attaqué|attaque|bombardé|frappé|pris|offensive|tu[ée]e?s?|"
    r"lanzó|lanzaron|atacó|atacaron|bombardeó|tomaron|ofensiva|mató|mataron|"
    r"griff(?:en)? .{0,40}an|startete(?:n)?|bombardierte(?:n)?|Offensive|getötet)\b",
    re.I,
)
# Whom a sentence cites is its source, not an actor: "the Syrian Observatory for Human Rights
# (SOHR) reported", "l'OSDH a indiqué", "informó el Observatorio", "laut der Beobachtungsstelle";
# nor is a former or other name ("also known as al-Qaeda in Syria").
_SOURCE_AFTER = re.compile(
    r"[)\]]?\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:\w+\s+){0,2}?(?:said|says|reported|reports|told"
    r"|stated|announced|confirmed|added|estimated|maintains|maintained|claims|claimed|insists"
    r"|insisted|a (?:indiqué|rapporté|annoncé|déclaré|précisé|affirmé)|affirme|assure"
    r"|informó|indicó|señaló|dijo|berichtete|teilte|erklärte|meldete)\b",
    re.I,
)
_NOT_ACTOR_BEFORE = re.compile(
    r"\b(?:according to|selon|d['’]après|según|de acuerdo con|laut|nach Angaben|known as"
    r"|formerly|anciennement|connu sous le nom d[e']|conocido como|bekannt als)\s+"
    r"(?:the\s+|l[ae']\s*|el\s+|der\s+|die\s+|des\s+)?\Z",
    re.I,
)
_BY = re.compile(r"\b(?:by|par|por|von|durch)\s*\Z", re.I)
_AGAINST = re.compile(r"\b(?:against|on|contre|contra|gegen|sur)\b", re.I)
_ARTICLE = r"(?:(?:the|an?|l[ae]|les|el|los|las|die|der|den|des)\s+|l['’])?"
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:against|contre|contra|gegen)\s+"
    r"|\b(?:attack(?:ed|s)?|assaults?|offensive|strikes?|raids?|attaqu\w*|ataques?|ofensiva"
    rf"|Angriffe?|Offensive)\s+(?:on|sur)\s+){_ARTICLE}(?:[\w-]+\s+)?\Z",
    re.I,
)
# The side whose men a count of the dead or hurt names: "87 soldiers from the Syrian army",
# "87 soldats de l'armée syrienne", "soldados del ejército", "Soldaten der Armee".
_MEN_OF = re.compile(
    r"\b(?:soldiers|fighters|members|troops|militants|officers|personnel|soldats|combattants"
    r"|membres|militaires|soldados|combatientes|miembros|militares|Soldaten|Kämpfer|Mitglieder)"
    rf"\s+(?:from|of|de|des|du|del|der|von)\s+{_ARTICLE}\Z",
    re.I,
)
# The act told in the passive: its subject suffered it ("was shot", "a été tué", "wurde getötet",
# a headline's "teen killed").
_PASSIVE_ACT = re.compile(
    rf"(?:{PASSIVE_AUX})\b"
    r"|(?!(?:fatally|critically|seriously|accidentally|mortally)\b)\w[\w-]*(?:,\s*\d+,)?\s+shot\b",
    re.I,
)
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:(?:{PASSIVE_AUX})\s+(?:\w+\s+){{0,3}}|(?:{PERSON_NOUNS})(?:,\s*\d+,)?\s+)\Z", re.I
)
# What may stand between a victim and "was shot": an age ("Kevin Swain, 19, was shot", "Jean
# Dupont, 34 ans, a été tué") and the auxiliary itself.
_APPOSITION = re.compile(
    rf"\s*(?:,\s*\d{{1,3}}(?:\s+\w+){{0,2}},)?\s*(?:(?:{PASSIVE_AUX})\s+(?:\w+\s+){{0,3}})?",
    re.I,
)
_HURT = re.compile(
    r"\b(?:killed|dead|died|wounded|injured|tu[ée]e?s|morts|bless[ée]e?s|muert[oa]s|murieron"
    r"|herid[oa]s|getötet|Tote|verletzt)\b",
    re.I,
)
# Between a subject and its act: no dash, colon or bracket (a dateline's "(AP) —"), no possessive
# ("Caron's family says"), no other clause ("Erin, was wounded before del Toro killed") and no
# other subject ("pulling Edwards away, he fired").
_BREAK = re.compile(
    r"[—–:;()\[\]]|\s-\s|\A['’]s\b|\b(?:before|after|when|while|because|until|avant|après|quand"
    r"|antes|después|cuando|bevor|nachdem|als|he|she|they|il|elle|ils|elles|él|ella|ellos|er|sie)\b",
    re.I,
)


def event_actors(
    entities: Sequence[Entity],
    mentions: Sequence[Mention],
    sentences: dict[str, list[Sentence]],
    counts: Sequence[EventCount],
    acts: bool = True,
    roles: Mapping[str, Mapping[tuple[int, int, int], ActorRole | None]] | None = None,
) -> list[EventActor]:
    """Perpetrators, targets (only when ``acts``: the event is someone's doing) and cited
    authorities, most reports first. ``roles``: the roles of reports' mentions already read
    (``mention_role``, by report and span); the others are read here."""
    roles = roles or {}
    by_id = {e.id: e for e in entities}
    text_of = {(s.article_id, s.index): s for group in sentences.values() for s in group}
    reports: dict[tuple[str, ActorRole], set[str]] = defaultdict(set)
    evidence: dict[tuple[str, ActorRole], Evidence] = {}
    for mention in mentions:
        entity = by_id.get(mention.entity_id or "")
        sentence = text_of.get((mention.article_id, mention.sentence_index))
        if not acts or entity is None or sentence is None or not _named_like_actor(entity):
            continue
        span = (mention.sentence_index, mention.start, mention.end)
        kept = roles.get(mention.article_id)
        role = kept[span] if kept is not None and span in kept else mention_role(sentence, mention)
        if role is not None:
            reports[(entity.id, role)].add(mention.article_id)
            evidence.setdefault(
                (entity.id, role), Evidence(sentence.article_id, sentence.index, sentence.text)
            )
    for count in counts:
        for name in count.authorities:
            entity = _named(name, entities)
            if entity is not None:
                reports[(entity.id, ActorRole.AUTHORITY)] |= set(count.article_ids)
                if count.evidence:
                    evidence.setdefault((entity.id, ActorRole.AUTHORITY), count.evidence[0])
    _one_side(reports)
    actors: list[EventActor] = []
    for role in ActorRole:
        ranked = Counter({eid: len(r) for (eid, rr), r in reports.items() if rr is role})
        for eid, _ in ranked.most_common(MAX_PER_ROLE):
            entity = by_id[eid]
            names = sorted({n for forms in entity.aliases.values() for n in forms} - {entity.name})
            actors.append(
                EventActor(
                    name=entity.name,
                    role=role,
                    entity_id=entity.id,
                    type=entity.type,
                    aliases=names,
                    evidence=[evidence[(eid, role)]],
                )
            )
    return actors


def _named_like_actor(entity: Entity) -> bool:
    """A person or organisation with a name: not lower case ("mm"), not a shouted phrase ("THE
    SCENE RIGHT NOW"; a one-word acronym such as "HTS" is a name)."""
    name = entity.name
    shouted = name.isupper() and " " in name.strip()
    return entity.type in ACTOR_TYPES and not name.islower() and not shouted


def _one_side(reports: dict[tuple[str, ActorRole], set[str]]) -> None:
    """An actor is on one side: named as perpetrator in some reports and as target in others, it
    keeps the role more reports give it, and neither on a tie (which side it is on is unclear:
    "the regime's forces struck back" after "rebels attacked the regime's forces")."""
    sides = (ActorRole.PERPETRATOR, ActorRole.TARGET)
    for eid in {eid for eid, role in reports if role is ActorRole.PERPETRATOR}:
        if (eid, ActorRole.TARGET) not in reports:
            continue
        by, against = (len(reports[(eid, role)]) for role in sides)
        for role, n, other in ((sides[0], by, against), (sides[1], against, by)):
            if n <= other:
                del reports[(eid, role)]


def mention_role(sentence: Sentence, mention: Mention) -> ActorRole | None:
    """The role a mention plays in its sentence by the words around it (perpetrator, target or
    none), whoever it names."""
    return _role(sentence, mention.start - sentence.start, mention.end - sentence.start)


def _role(sentence: Sentence, start: int, end: int) -> ActorRole | None:
    text = sentence.text
    act = _ACT.search(text)
    if act is None or _SOURCE_AFTER.match(text, end) or _NOT_ACTOR_BEFORE.search(text, 0, start):
        return None  # "SOHR reported ...", "according to the OSDH", "also known as al-Qaeda'
    if _MEN_OF.search(text, 0, start) and _HURT.search(text):
        return ActorRole.TARGET
    if end <= act.start():
        gap = text[end : act.start()]
        passive = _PASSIVE_ACT.match(act.group()) or _PASSIVE_BEFORE.search(text, 0, act.start())
        if passive:
            return ActorRole.TARGET if _APPOSITION.fullmatch(gap) else None
        if len(gap) > MAX_GAP or _BREAK.search(gap) or _AGAINST.search(gap):
            return None
        return ActorRole.PERPETRATOR
    if _BY.search(text, max(0, start - 12), start):
        return ActorRole.PERPETRATOR
    if start >= act.end() and _TARGET_BEFORE.search(text, act.start(), start):
        return ActorRole.TARGET
    return None


def _named(text: str, entities: Sequence[Entity]) -> Entity | None:
    """The entity whose longest name a source's citation contains."""
    best: tuple[int, Entity] | None = None
    for entity in entities:
        for name in {entity.name, *(n for forms in entity.aliases.values() for n in forms)}:
            longer = best is None or len(name) > best[0]
            if longer and len(name) >= 3 and says(text, name):
                best = (len(name), entity)
    return best[1] if best else None
