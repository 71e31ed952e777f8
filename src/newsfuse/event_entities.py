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
    """Set ``attribution_entity`` where a claim's cited authority names a known entity."""
    by_alias: dict[str, Entity] = {}
    for entity in entities:
        for names in entity.aliases.values():
            for name in names:
                key = normalize(name)
                if len(key) >= 3:
                    by_alias.setdefault(key, entity)
    for claim in claims:
        if not claim.attribution:
            continue
        text = f" {normalize(claim.attribution)} "
        matches = [e for key, e in by_alias.items() if f" {key} " in text]
        if matches:
            best = max(matches, key=lambda e: (e.kb_id is not None, e.mention_count))
            claim.attribution_entity = best.name


def analyse(
    mentions: list[Mention],
    sentences_by_article: dict[str, list[Sentence]],
    languages: dict[str, str],
) -> EventEntities:
    return EventEntities(link_entities(mentions, sentences_by_article, languages))
