"""Resolve place mentions to gazetteer entries (coordinates, country, first-level division).

A name often matches several places (Damasco is Damascus and a Mexican village). We rank the
candidates by: the state named right after it ("Gainesville, Fla."), the dominant country of the
document (the country most place mentions point to), the kind of place (country, then state, then
city) and population. Names the index does not hold exactly are tried as transliteration variants
(Atareb / Al-Atarib) and as glued tokens from bad extraction ("Idlebconsidéré" = Idleb + considéré).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from importlib import import_module

from .. import models
from ..records import Mention, Place, Sentence
from .gazetteer import AP_STATES, GeoEntry, gazetteer

PLACE_LABELS = {"LOC", "GPE"}
_KIND_BONUS = {"country": 3.0, "admin1": 2.0, "county": 1.0, "city": 0.0}
_STATE_NAMES = "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
# "Gainesville, Fla." / "Troy, Michigan" / "Compton, CA": a place, then the state that narrows it.
_US_STATE_AFTER = re.compile(
    rf"^\s*,\s*((?:{_STATE_NAMES})\.|[A-Z]{{2}}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
# A dateline at the start of a story: "GAINESVILLE, Fla. -" or "HOUSTON (AP) -".
DATELINE = re.compile(
    rf"^\s*([A-Z][A-Z.'’ -]{{2,40}}?),\s*((?:{_STATE_NAMES})\.|[A-Z]{{2}}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"\s*(?:\([^)]{1,30}\))?\s*(?:--|[-—–:])"
)
# "Idleb province", "province d'Idlib", "city of Aleppo", "South Los Angeles": the type or part
# word is no part of the name (tried only when the whole name is unknown).
_PLACE_TYPE = re.compile(
    r"(?i)^(?:(?:north|south|east|west|northern|southern|eastern|western|northwest|northeast|"
    r"southwest|southeast|downtown|central|greater) |"
    r"(?:the )?(?:province|city|town|region|governorate|county) of |(?:la )?(?:province|"
    r"ville|région|provincia|ciudad|región|provinz|stadt|città|cidade) (?:de |d['’]|du |di )?)"
    r"|\s+(?:province|governorate|region|countryside)$"
)
# Rests that are word endings rather than words: "Iran|ian", "Syri|enne" are no glued tokens.
_ENDINGS = {"an", "ian", "ien", "ienne", "en", "ese", "ais", "aise", "ano", "ana", "er", "es", "i"}
_BARE_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'’ ]{2,30}?)\s*(?:\([^)]{1,30}\))?\s*(?:--|[-—–])\s")
DATELINE_LINES = 3  # a dateline may follow a photo caption or a byline line
_GLUE = re.compile(r"^([A-ZÀ-Þ][a-zà-ÿ'’-]{2,})([a-zà-ÿ]{2,})$")


def state_code(text: str) -> str | None:
    """US postal code of a state written as a name, an AP abbreviation or a postal code."""
    text = text.strip().rstrip(".")
    if text in AP_STATES:
        return AP_STATES[text]
    gaz = gazetteer()
    if len(text) == 2 and text.isupper():
        return text if gaz.us_state(text) else None
    for entry in gaz.lookup(text):
        if entry.kind == "admin1" and entry.country == "US":
            return entry.admin1
    return None


def score(entry: GeoEntry, country: str | None, state: str | None) -> float:
    """Higher is likelier: named state, document country, kind of place, then population."""
    value = _KIND_BONUS[entry.kind] + math.log10(entry.population + 10) / 2
    if country and entry.country == country:
        value += 5.0
    if state:
        value += 8.0 if entry.country == "US" and entry.admin1 == state else -8.0
    return value


def best_entry(
    candidates: tuple[GeoEntry, ...], country: str | None = None, state: str | None = None
) -> GeoEntry | None:
    return max(candidates, key=lambda e: score(e, country, state), default=None)


@lru_cache(maxsize=20_000)
def candidates(text: str, lang: str | None = None) -> tuple[tuple[GeoEntry, ...], int, bool]:
    """Gazetteer entries for a mention, how many characters of it they cover, and if fuzzy.

    Exact names first, then a glued token's place prefix, then transliteration variants.
    """
    gaz = gazetteer()
    text = text.strip()
    bare = _PLACE_TYPE.sub("", text)
    exact = gaz.lookup(text) or (gaz.lookup(bare) if bare != text else ())
    if exact:
        return exact, len(text), False
    glued = split_glued(text, lang)
    if glued:
        return gaz.lookup(glued), len(glued), False
    return gaz.fuzzy(text), len(text), True


@lru_cache(maxsize=16)
def function_words(lang: str | None) -> frozenset[str]:
    """spaCy's stop words of a language (all main languages when unknown; no model needed)."""
    langs = [lang] if lang else ["en", "fr", "es", "de", "pt", "it"]
    words: set[str] = set()
    for code in langs:
        try:
            words |= import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        except ImportError:
            continue
    return frozenset(words)


def is_word(word: str, lang: str | None) -> bool:
    """A known word of the language: a function word, or a word the language model has a vector for."""
    if word in function_words(lang):
        return True
    nlp = models.spacy_pipeline(lang) if lang else None
    return bool(nlp is not None and len(nlp.vocab.vectors) and nlp.vocab.has_vector(word))


def split_glued(token: str, lang: str | None = None) -> str | None:
    """The place prefix of a token glued to the next word ("Idliboù" -> "Idlib"), if any.

    The token must be one capitalised word that is no place itself, whose longest prefix of 4+
    letters is a sizeable place and whose rest is a known lower-case word of the language.
    """
    if not _GLUE.match(token):
        return None
    gaz = gazetteer()
    if gaz.lookup(token):
        return None
    for cut in range(len(token) - 2, 3, -1):
        head, rest = token[:cut], token[cut:]
        if rest in _ENDINGS or not (rest.isalpha() and rest.islower() and is_word(rest, lang)):
            continue
        if any(e.kind != "city" or e.population >= 10_000 for e in gaz.lookup(head)):
            return head
    return None


def resolve_name(
    text: str, lang: str | None = None, country: str | None = None, state: str | None = None
) -> tuple[GeoEntry | None, int]:
    """The likeliest place a name denotes and how many of its characters name it.

    Spelling variants found by fuzzy matching only count inside the story's country.
    """
    found, covered, fuzzy = candidates(text, lang)
    if fuzzy:
        found = tuple(e for e in found if country is None or e.country == country)
    return best_entry(found, country, state), covered


def dominant_country(texts: list[str]) -> str | None:
    """The country most of these place names point to (each name votes for its likeliest place)."""
    votes: Counter[str] = Counter()
    for text in texts:
        found, _covered, fuzzy = candidates(text)
        entry = None if fuzzy else best_entry(found)
        if entry:
            votes[entry.country] += 1
    return votes.most_common(1)[0][0] if votes else None


def _state_after(sentence: Sentence | None, local_end: int) -> str | None:
    if sentence is None:
        return None
    match = _US_STATE_AFTER.match(sentence.text[local_end:])
    return state_code(match.group(1)) if match else None


def resolve_places(
    mentions: list[Mention], sentences: list[Sentence], context_country: str | None = None
) -> list[Place]:
    """Place records for the LOC/GPE mentions, disambiguated within the document's context."""
    by_key = {(s.article_id, s.index): s for s in sentences}
    spots = [m for m in mentions if m.label in PLACE_LABELS]
    country = context_country or dominant_country([m.text for m in spots])
    gaz = gazetteer()
    places = []
    for mention in spots:
        sentence = by_key.get((mention.article_id, mention.sentence_index))
        local_end = mention.end - sentence.start if sentence else 0
        entry, covered = resolve_name(
            mention.text,
            sentence.language if sentence else None,
            country,
            _state_after(sentence, local_end),
        )
        if entry is None:
            continue
        places.append(
            Place(
                article_id=mention.article_id,
                sentence_index=mention.sentence_index,
                start=mention.start,
                end=mention.start + covered,
                text=mention.text[:covered],
                geonameid=entry.geonameid,
                name=entry.name,
                country=entry.country,
                admin1=gaz.admin1_name(entry.country, entry.admin1),
                latitude=entry.latitude,
                longitude=entry.longitude,
            )
        )
    return places


def dateline(text: str) -> tuple[str, str | None] | None:
    """City name and US state code of a dateline at the start of ``text`` (state may be None).

    "GAINESVILLE, Fla. - ..." gives ("Gainesville", "FL"), "HOUSTON (AP) - ..." ("Houston", None).
    """
    for line in text.lstrip().splitlines()[:DATELINE_LINES]:
        match = DATELINE.match(line)
        state = state_code(match.group(2)) if match else None
        if match and state:
            return match.group(1).strip().title(), state
        bare = _BARE_DATELINE.match(line)
        if bare:
            return bare.group(1).strip().title(), None
    return None


def dateline_place(text: str, country: str | None = "US") -> GeoEntry | None:
    """The city of a dateline: inside its state when one is given, else the likeliest of ``country``."""
    found = dateline(text)
    if found is None:
        return None
    city, state = found
    options = tuple(
        e
        for e in candidates(city)[0]
        if e.kind == "city" and (e.admin1 == state if state else e.country == country)
    )
    return best_entry(options, country, state)
