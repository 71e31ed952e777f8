"""Who and where of a brief: the people and organisations the reports name, and the event's
places, each with every name the reports give it.

Entities: only people and organisations (a nationality, a creed or another miscellaneous name is
no actor; places have their own list), each named more than once, or known to the knowledge base,
or credited with a figure, or a person's full name; aliases are listed once each, across
languages, leaving out the ones made of the name's own words ("Assad", "Syrian army").

Places: the event record's places when it has them. Otherwise the stored gazetteer matches,
shown only on evidence: a place of the reports' own country (the country most place mentions
resolve to, with at least half of them, in at least two mentions), said at least once as a name
(not a short acronym inside a word, not a lower-case word), so a matched common word ("More"),
a language or a country's demonym never becomes a place, and background countries stay out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..extract.entities import is_acronym
from ..extract.gazetteer import strip_accents
from ..records import Entity, EventRecord, Mention, Place
from .records import BriefEntity, BriefPlace

ACTOR_TYPES = ("PER", "ORG")
MAX_ENTITIES = 7
MAX_ALIASES = 6
COUNTRY_SHARE = 0.5
COUNTRY_MENTIONS = 2


def _key(name: str) -> str:
    """Names that differ only in case, accents, spaces or hyphens are one spelling."""
    return "".join(c for c in strip_accents(name).lower() if c.isalnum())


def entities_of(
    entities: Sequence[Entity], mentions: Sequence[Mention], authorities: set[str]
) -> list[BriefEntity]:
    """People and organisations worth listing (see module doc), most mentioned first."""
    counts = Counter(m.entity_id for m in mentions if m.entity_id)
    reports: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.entity_id:
            reports[m.entity_id].add(m.article_id)
    authority_keys = {_key(a) for a in authorities}
    rows = []
    for entity in entities:
        if entity.type not in ACTOR_TYPES or entity.id not in counts:
            continue
        cited = _key(entity.name) in authority_keys
        full_name = entity.type == "PER" and len(entity.name.split()) >= 2
        if not (counts[entity.id] >= 2 or entity.kb_id or cited or full_name):
            continue
        seen = {_key(entity.name)}
        words = {_key(w) for w in entity.name.replace("-", " ").split()}
        aliases = []
        for names in entity.aliases.values():
            for name in names:
                parts = {_key(w) for w in name.replace("-", " ").split()}
                if _key(name) not in seen and not parts <= words:  # "Assad" of Bashar al-Assad
                    seen.add(_key(name))
                    aliases.append(name)
        rows.append(
            BriefEntity(
                id=entity.id,
                name=entity.name,
                type=entity.type,
                aliases=aliases[:MAX_ALIASES],
                mentions=counts[entity.id],
                authority=cited,
            )
        )
    rows.sort(key=lambda e: (-e.authority, -e.mentions, e.name))
    return rows[:MAX_ENTITIES]


def short_names(entities: Sequence[Entity]) -> dict[str, str]:
    """Entity name -> the acronym the reports use for it (English first): rows name a cited
    authority briefly ("SOHR"), the Who list in full."""
    short = {}
    for entity in entities:
        languages = sorted(entity.aliases, key=lambda lang: lang != "en")
        acronyms = [n for lang in languages for n in entity.aliases[lang] if is_acronym(n)]
        if acronyms and not is_acronym(entity.name):
            short[entity.name] = acronyms[0]
    return short


def _readable(admin1: str) -> bool:
    """A region by name or postal code ("Texas", "TX"), not a bare numeric code ("09")."""
    return any(c.isalpha() for c in admin1)


def _said_as_name(text: str) -> bool:
    """A surface form that names a place: capitalised, and not a two- or three-letter acronym
    (those match too many places: "UK" -> Uk, Russia)."""
    bare = text.strip()
    return bool(bare[:1].isupper()) and not (bare.isupper() and len(bare) <= 3)


def _country(places: Sequence[Place]) -> str | None:
    """The reports' own country: most resolved mentions, at least half of them, two or more."""
    votes = Counter(p.country for p in places if p.geonameid is not None and p.country)
    if not votes:
        return None
    country, count = votes.most_common(1)[0]
    if count >= COUNTRY_MENTIONS and count / sum(votes.values()) >= COUNTRY_SHARE:
        return country
    return None


def places_of(record: EventRecord | None, places: Sequence[Place]) -> list[BriefPlace]:
    """The event's places (see module doc), most mentioned first, with their names."""
    names: dict[int, list[str]] = defaultdict(list)
    counts: Counter[int] = Counter()
    for place in places:
        if place.geonameid is None:
            continue
        counts[place.geonameid] += 1
        if place.text not in names[place.geonameid]:
            names[place.geonameid].append(place.text)
    if record is not None and record.where:
        return [
            BriefPlace(
                name=p.name,
                country=p.country,
                admin1=p.admin1,
                geonameid=p.geonameid,
                latitude=p.latitude,
                longitude=p.longitude,
                names=names.get(p.geonameid or 0, [p.name]),
                mentions=counts.get(p.geonameid or 0, len(p.evidence)),
            )
            for p in record.where
        ]
    country = _country(places)
    if country is None:
        return []
    rows: dict[int, BriefPlace] = {}
    for place in places:
        if place.geonameid is None or place.country != country:
            continue
        if not any(_said_as_name(n) for n in names[place.geonameid]):
            continue
        rows.setdefault(
            place.geonameid,
            BriefPlace(
                name=place.name,
                country=place.country,
                admin1=place.admin1 if _readable(place.admin1) else "",
                geonameid=place.geonameid,
                latitude=place.latitude,
                longitude=place.longitude,
                names=[n for n in names[place.geonameid] if _said_as_name(n)],
                mentions=counts[place.geonameid],
            ),
        )
    return sorted(rows.values(), key=lambda p: (-p.mentions, p.name))
