"""Who of one event: entities linked across its articles, and the authorities its figures cite.

Entities are linked over all mentions of the event's articles (that is where aliases meet:
"HTS" in one outlet, "Organisation de libération du Levant" in another). Claims' cited
authorities are then linked to those entities, so reconciliation can tell that "OSDH" and
"the Syrian Observatory for Human Rights" are one source. (Places and the timeline are read by
the brief from the stored places and dates.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .extract.entities import link_entities, normalize
from .records import Claim, Entity, Mention, Sentence


@dataclass(slots=True)
class EventEntities:
    entities: list[Entity] = field(default_factory=list)


def link_attributions(claims: list[Claim], entities: list[Entity]) -> None:
    """Set ``attribution_entity`` where a claim's cited authority names a person or an
    organisation of the event (a place is no source: "Mirelhaven mayor Anselm Prekovy" cites
    the mayor). A name inside a longer one found there does not count ("Interior" in
    "Ministerio del Interior"); of the others the last wins, as a source is named after what it
    says ("... on Syria's Ghouta region, opposition figure George Sabra"), then a
    knowledge-base entity, then the most mentioned."""
    by_alias: dict[str, Entity] = {}
    for entity in entities:
        if entity.type not in ("PER", "ORG"):
            continue
        for names in entity.aliases.values():
            for name in names:
                key = normalize(name)
                if len(key) >= 3:
                    by_alias.setdefault(key, entity)
    for claim in claims:
        if not claim.attribution:
            continue
        text = f" {normalize(claim.attribution)} "
        found = [(text.rfind(f" {key} "), key, e) for key, e in by_alias.items()]
        found = [(at, at + len(key) + 1, e) for at, key, e in found if at >= 0]
        maximal = [
            m for m in found if not any(o[0] <= m[0] and m[1] <= o[1] and o != m for o in found)
        ]
        if maximal:
            best = max(maximal, key=lambda m: (m[1], m[2].kb_id is not None, m[2].mention_count))
            claim.attribution_entity = best[2].name


def analyse(
    mentions: list[Mention],
    sentences_by_article: dict[str, list[Sentence]],
    languages: dict[str, str],
) -> EventEntities:
    return EventEntities(link_entities(mentions, sentences_by_article, languages))
