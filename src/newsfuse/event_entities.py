"""Who, where and when of one event: linked entities, resolved places and a timeline.

Entities are linked over all mentions of the event's articles (that is where aliases meet:
"HTS" in one outlet, "Organisation de libération du Levant" in another). Claims' cited
authorities are then linked to those entities, so reconciliation can tell that "OSDH" and
"the Syrian Observatory for Human Rights" are one source.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from .extract.entities import link_entities, normalize
from .extract.timeline import build_timeline
from .records import Claim, DateRef, Entity, Mention, Place, Sentence

TOP_ENTITIES = 25


@dataclass(slots=True)
class EventEntities:
    entities: list[Entity] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "entities": [asdict(e) for e in self.entities[:TOP_ENTITIES]],
            "places": self.places,
            "timeline": self.timeline,
        }


def summarise_places(places: list[Place]) -> list[dict[str, Any]]:
    """One row per gazetteer place, with every surface name used for it, most cited first."""
    rows: dict[int, dict[str, Any]] = {}
    counts: Counter[int] = Counter()
    for place in places:
        if place.geonameid is None:
            continue
        counts[place.geonameid] += 1
        row = rows.setdefault(
            place.geonameid,
            {
                "geonameid": place.geonameid,
                "name": place.name,
                "country": place.country,
                "admin1": place.admin1,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "names": [],
            },
        )
        if place.text not in row["names"]:
            row["names"].append(place.text)
    return [rows[g] | {"mentions": n} for g, n in counts.most_common()]


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
    places: list[Place],
    dates: list[DateRef],
    sentences_by_article: dict[str, list[Sentence]],
    languages: dict[str, str],
) -> EventEntities:
    entities = link_entities(mentions, sentences_by_article, languages)
    sentences = [s for group in sentences_by_article.values() for s in group]
    timeline = build_timeline(dates, sentences)
    per_article: dict[str, int] = defaultdict(int)
    kept = []
    for entry in timeline:  # keep the timeline readable: a few dated statements per source
        if per_article[entry.article_id] < 3:
            per_article[entry.article_id] += 1
            kept.append(asdict(entry))
    return EventEntities(entities, summarise_places(places), kept)
