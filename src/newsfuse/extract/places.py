"""Resolve place mentions to gazetteer entries (coordinates, country, first-level division).

A name often matches several places (Damasco is Damascus and a Mexican village). We rank the
candidates by: the state named right after it ("Gainesville, Fla."), the dominant country of the
document (the country most place mentions point to), the kind of place (country, then state, then
city) and population. Names the index does not hold exactly are tried as transliteration variants
(Atareb / Al-Atarib) and as glued tokens from bad extraction ("Idlebconsidéré" = Idleb + considéré).

Precision first: a common word of the language ("More", "Observatoire") or a language name
("Arabic") is no place: function words never, other words never by spelling variants nor as a
word of a numbered district's name ("Paris 14 Observatoire"); an acronym ("UK", "US")
names only a country; a division's namesake seat (Aleppo, Idlib) is the city unless the mention
says province or governorate.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from pathlib import Path

from .. import models
from ..records import Mention, Place, Sentence
from .gazetteer import AP_STATES, GeoEntry, gazetteer, name_key

PLACE_LABELS = {"LOC", "GPE"}
_KIND_BONUS = {"country": 3.0, "admin1": 2.0, "county": 1.0, "city": 0.0}
_STATE_NAMES = "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
# "Gainesville, Fla." / "Troy, Michigan" / "Compton, CA": a place, then the state that narrows it.
_US_STATE_AFTER = re.compile(
    rf"^\s*,\s*((?:{_STATE_NAMES})\.|[A-Z]{{2}}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
# A dateline at the start of a story: "GAINESVILLE, Fla. -", "ALEPPO, Syria (Reuters) -",
# "HOUSTON (AP) -", "LYON (AFP) —".
DATELINE = re.compile(
    rf"^\s*([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{{2,40}}?),\s*((?:{_STATE_NAMES})\.|[A-Z]{{2}}\b"
    r"|[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)"
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
_BARE_DATELINE = re.compile(
    r"^\s*([A-ZÀ-Þ][A-ZÀ-Þ.'’ ]{2,30}?)\s*(?:\([^)]{1,30}\))?\s*(?:--|[-—–])\s"
)
_DISTRICT = re.compile(r"\d")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,4}$")  # "UK", "U.S.", "USA": a country, never a town
COMMON_WORD_COUNT = 10_000  # a word said this often in a language's subtitles is a common one
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


def region_of(text: str) -> tuple[str, str] | None:
    """The region a name denotes as (country, division code; "" for the whole country): a US
    state ("Fla.", "FL", "Florida"), a country ("Syria", "Syrie") or a division ("Jalisco")."""
    text = text.strip().rstrip(".")
    code = state_code(text)
    if code:
        return "US", code
    if not text[:1].isupper():
        return None
    found = gazetteer().lookup(text)
    country = next((e for e in found if e.kind == "country"), None)
    if country:
        return country.country, ""
    division = max((e for e in found if e.kind == "admin1"), key=_population, default=None)
    if division is None or _outgrown(division, found):
        return None
    return division.country, division.admin1


def _outgrown(division: GeoEntry, found: tuple[GeoEntry, ...]) -> bool:
    """A town of the name, outside the division, has more people than the whole division: the
    name is mostly said of that town, or of a province named after a town, which the gazetteer
    lacks ("SANTA MARÍA DE BENQUERENCIA, Toledo" is in Spain's province of Toledo, not in
    Belize's Toledo District, whose 29,000 people are fewer than Toledo, Ohio's), so it names
    no region for sure."""
    return any(
        e.kind == "city"
        and (e.country, e.admin1) != (division.country, division.admin1)
        and e.population > division.population
        for e in found
    )


def _population(entry: GeoEntry) -> int:
    return entry.population


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
        words |= _stop_words(code)
    return frozenset(words)


def _stop_words(code: str) -> set[str]:
    """spaCy's stop words of one language (none when it has no list), read from their module
    alone: importing ``spacy.lang.<code>.stop_words`` runs spaCy's and the language's packages
    first, and French builds its tokenizer exceptions there (3 CPU s, once per process)."""
    found = find_spec("spacy")  # a top-level package is found without being imported
    folder = found.submodule_search_locations if found is not None else None
    path = Path(next(iter(folder))) / "lang" / code / "stop_words.py" if folder else None
    spec = spec_from_file_location(f"newsfuse_stop_words_{code}", path) if path else None
    if path is None or not path.is_file() or spec is None or spec.loader is None:
        return set()
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.STOP_WORDS


def is_word(word: str, lang: str | None) -> bool:
    """A known word of the language: a function word, or a word the language model has a vector for."""
    if word in function_words(lang):
        return True
    nlp = models.spacy_pipeline(lang) if lang else None
    return bool(nlp is not None and len(nlp.vocab.vectors) and nlp.vocab.has_vector(word))


@lru_cache(maxsize=8)
def _word_counts(lang: str) -> Mapping[str, int]:
    """How often each word of a language is used (pyspellchecker's frequency lists, made from
    film subtitles: en, fr, es, de, pt, it, nl, ru, ar, ...); empty for other languages."""
    from spellchecker import SpellChecker  # a dependency: its lists load only when a place is read

    try:
        return SpellChecker(language=lang, distance=1).word_frequency.dictionary
    except ValueError:  # no list for this language
        return {}


def commoner_than(token: str, place: str, lang: str | None) -> bool:
    """A word of the language used more than the name of the place it resembles: no spelling of
    it ("Triple" is no Tripoli, "Stats" no Settat, "Prime" no Perm), where a
    transliteration ("Idleb", "Atareb") is rarer than the name it varies."""
    counts = _word_counts(lang or "en")
    word = token.strip().lower()
    return counts.get(word, 0) > counts.get(place.strip().lower(), 0)


def word_count(word: str, lang: str) -> int:
    """How often a language says a word (lower case) in its subtitles: a common word's count is
    high ("man", "young", "hope"), a place's name's low ("chester", "aleppo")."""
    return _word_counts(lang).get(word.lower(), 0)


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
    if never_place(text, lang):
        return None, 0
    found, covered, fuzzy = candidates(text, lang)
    if fuzzy:
        found = tuple(e for e in found if country is None or e.country == country)
    if _ACRONYM.match(text.strip()):
        found = tuple(e for e in found if e.kind == "country")
    elif fuzzy and is_word(text.strip().lower(), lang):
        found = ()  # a word of the language is no misspelt place
    elif fuzzy:
        found = tuple(
            e for e in found if e.kind == "country" or not commoner_than(text, e.name, lang)
        )  # "Syrian" is no misspelt town, but its country's word
    # a numbered district ("Paris 14 Observatoire") only by its full name, never by a word of it
    key = name_key(text)
    found = tuple(e for e in found if not _DISTRICT.search(e.name) or name_key(e.name) == key)
    return best_entry(seats(found, text), country, state), covered


_DIVISION_WORD = re.compile(
    r"(?i)\b(?:province|governorate|region|state|région|provincia|estado|provinz|gouvernorat)\b"
)


def seats(found: tuple[GeoEntry, ...], text: str) -> tuple[GeoEntry, ...]:
    """Without a division word, a division's namesake seat stands for both (Aleppo, Idlib)."""
    if _DIVISION_WORD.search(text):
        return found
    cities = {(e.country, e.admin1, name_key(e.name)) for e in found if e.kind == "city"}
    return tuple(
        e
        for e in found
        if not (e.kind == "admin1" and e.country != "US")
        or not any(c[:2] == (e.country, e.admin1) for c in cities)
    )


@lru_cache(maxsize=8)
def _language_names() -> frozenset[str]:
    """Names of languages and their speakers' adjectives are no places ("Arabic", "English")."""
    from babel import Locale  # a dependency: its data loads only when a place is read

    names: set[str] = set()
    for lang in ("en", "fr", "es", "de", "pt", "it"):
        names |= {name_key(n) for n in Locale(lang).languages.values()}
    return frozenset(names)


def never_place(text: str, lang: str | None = None) -> bool:
    """Words that never name a place: function words and language names ("More", "Arabic")."""
    if _ACRONYM.match(text.strip()):
        return False  # "US" is no pronoun
    key = name_key(text)
    return key in function_words(None) or key in _language_names()


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
    """Town name and region words of a dateline at the start of ``text`` (region may be None).

    "GAINESVILLE, Fla. - ..." gives ("Gainesville", "Fla."), "ALEPPO, Syria (AFP) -" ("Aleppo",
    "Syria"), "HOUSTON (AP) - ..." ("Houston", None).
    """
    for line in [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]:
        match = DATELINE.match(line)
        if match and region_of(match.group(2)):
            return match.group(1).strip().title(), match.group(2)
        bare = _BARE_DATELINE.match(line)
        if bare:
            return bare.group(1).strip().title(), None
    return None


def dateline_place(text: str, country: str | None = "US") -> GeoEntry | None:
    """The city of a dateline: inside its state when one is given, else the likeliest of ``country``."""
    found = dateline(text)
    if found is None:
        return None
    city, words = found
    region = region_of(words) if words else None
    state = region[1] if region and region[0] == "US" else None
    options = tuple(
        e
        for e in candidates(city)[0]
        if e.kind == "city" and (e.admin1 == state if state else e.country == country)
    )
    return best_entry(options, country, state)


# Seven digits at least, in groups: a phone number may stand there (a cheap gate before parsing).
_DIGIT_RUN = re.compile(r"\d{2,5}\)?[ .-]\d{2,5}[ .-]?\d{2,5}")


def phone_regions(text: str, countries: Sequence[str]) -> list[tuple[str, str]]:
    """The regions (country, division code) of the phone numbers a text gives: a police tip
    line's or a station's area code lies in the report's region ("(217) 788-8427": Springfield,
    Ill.; "925 12 34 56": Toledo, Spain; "0221 123456": Cologne). A number is read in the first
    of ``countries`` (those the report's names lie in, likeliest first) that reads it as a number
    of one of its areas, since a country's format may read another's ("(217) 788-8427" is also
    an Indian number); toll-free and mobile numbers name no area."""
    if not _DIGIT_RUN.search(text):
        return []
    import phonenumbers  # a dependency: its tables load only when a number may stand there
    from phonenumbers import geocoder

    read: dict[str, tuple[str, str] | None] = {}
    for country in countries:
        try:
            matches = list(phonenumbers.PhoneNumberMatcher(text, country))
        except Exception:  # noqa: BLE001 - a code phonenumbers does not know: no reading
            continue
        for match in matches:
            if (
                match.raw_string in read
                or phonenumbers.region_code_for_number(match.number) != country
            ):
                continue  # "(217) ..." read in Puerto Rico is a US number
            description = geocoder.description_for_number(match.number, "en")
            read[match.raw_string] = _area_region(description, country)
    return [region for region in read.values() if region]


def _area_region(description: str, country: str) -> tuple[str, str] | None:
    """The division of a number's area ("Springfield, IL", "Toledo", "Bavaria") inside its
    country; None for the country's own name or an unknown area."""
    if not description:
        return None
    town, _, state = description.partition(", ")
    code = state_code(state) if state and country == "US" else None
    if code:
        return "US", code
    found = [e for e in gazetteer().lookup(town) if e.country == country]
    division = next((e for e in found if e.kind == "admin1"), None)
    if division:
        return country, division.admin1
    town_entry = max(
        (e for e in found if e.kind == "city" and e.admin1), key=_population, default=None
    )
    return (country, town_entry.admin1) if town_entry else None
