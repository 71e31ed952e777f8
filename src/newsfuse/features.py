"""Lexical features of an article: hashed term counts (for event similarity) and a MinHash.

Terms are lower-cased, accent-folded words without stop words, plus bigrams, hashed into 2^40
buckets so the vocabulary never has to be stored or shared between runs. Capitalised words and
numbers are kept as extra ``name:``/``num:`` terms because names, places and figures are what tell
two same-kind events apart (two shootings share every common word, not the victim's name).
The people a report names (``people``) are terms above those buckets, marked by ``PERSON_BIT``
(named with an age), ``NAMED_BIT`` (their names) and ``MENTION_BIT`` (names given without an age):
clustering links a late follow-up to its event through them.

Only the first ``MAX_CHARS`` characters of a text count (a report's lead and body; readers refuse
longer texts anyway), so memory and time stay bounded whatever one input holds.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from .ingest.readers import MAX_TEXT_CHARS
from .people import mentions, name_keys, person_keys
from .records import Article
from .sitename import without_site

if TYPE_CHECKING:
    from datasketch import MinHash

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")
_HASH_BITS = 40
PERSON_BIT = 1 << _HASH_BITS  # set on the terms of people named with an age (``people``)
NAMED_BIT = 1 << (_HASH_BITS + 1)  # ... on their first and last names
MENTION_BIT = 1 << (_HASH_BITS + 2)  # ... on the names a report may give without an age
SCENE_BIT = 1 << (_HASH_BITS + 3)  # on the term of a happening's town and day (``scene_term``)
NUM_PERM = 64
MINHASH_SCHEME = "affine32"  # datasketch hashing scheme; stored signatures depend on it
_SHINGLE = 5
MAX_CHARS = MAX_TEXT_CHARS

_STOP = {
    "en": "a an the and or but if of at by for with about against between into through during before after "
    "above below to from up down in out on off over under again further then once here there when where why how "
    "all any both each few more most other some such no nor not only own same so than too very can will just "
    "don should now is are was were be been being have has had having do does did i me my we our you your he "
    "him his she her it its they them their what which who whom this that these those am said says also would "
    "could may might must one two three new mr mrs ms",
    "fr": "le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi dont où ce cet cette ces "
    "son sa ses leur leurs il elle ils elles on nous vous je tu ne pas plus a été est sont être avoir ont avait "
    "dans par pour sur avec sans sous entre vers chez selon depuis pendant comme aussi se s y en",
    "es": "el la los las un una unos unas de del al y o pero que quien cual cuyo donde como en por para con sin "
    "sobre entre hacia desde durante según su sus se lo le les es son fue fueron ser ha han había no más muy "
    "también este esta estos estas ese esa",
    "de": "der die das den dem des ein eine einer eines einem einen und oder aber dass wer was wo wie in im an am "
    "auf aus bei mit nach seit von vor zu zum zur über unter für gegen durch ohne um ist sind war waren sein hat "
    "haben hatte nicht auch noch nur sich es er sie wir ihr",
    "pt": "o a os as um uma uns umas de do da dos das no na nos nas ao aos e ou mas que quem qual onde como em por "
    "para com sem sobre entre desde durante segundo seu sua seus suas se é são foi foram ser tem têm não mais "
    "muito também este esta",
    "it": "il lo la i gli le un uno una di del della dei degli delle al alla ai agli alle da dal dalla in nel "
    "nella nei su sul sulla per con tra fra e o ma che chi cui dove come è sono era erano essere ha hanno non "
    "più anche questo questa si",
}
_ALL_STOP = frozenset(word for words in _STOP.values() for word in words.split())


@dataclass(slots=True)
class TextFeatures:
    terms: np.ndarray  # int64 hashed term ids, sorted, unique
    counts: np.ndarray  # float32 counts aligned with terms
    minhash: np.ndarray  # uint64 MinHash signature of word shingles


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case and strip accents: "Alép" and "alep" are one term."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _hash(term: str) -> int:
    return (zlib.crc32(term.encode()) << 8 | (zlib.adler32(term.encode()) & 0xFF)) & (
        (1 << _HASH_BITS) - 1
    )


def scene_term(town: int, day: date) -> int:
    """The term of a happening's town (its geonameid) and day: reports of one happening that
    share few words (a headline-only page, a video page) still find each other through it."""
    return _hash(f"scene:{town}:{day.isoformat()}") | SCENE_BIT


def tokens(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def term_counts(text: str, title: str = "") -> dict[str, float]:
    """Weighted terms of an article; title words count twice (the headline names the event)."""
    counts: dict[str, float] = {}

    def add(term: str, weight: float) -> None:
        counts[term] = counts.get(term, 0.0) + weight

    for source, weight in ((title, 2.0), (text, 1.0)):
        words = _WORD.findall(source)
        content = [fold(w) for w in words]
        previous = None
        for raw, word in zip(words, content, strict=True):
            if word in _ALL_STOP or len(word) < 2:
                previous = None
                continue
            add(word, weight)
            if raw[0].isupper():
                add("name:" + word, weight)
            if previous:
                add(previous + " " + word, weight)
            previous = word
        for number in _NUMBER.findall(source):
            digits = re.sub(r"\D", "", number)
            if 0 < len(digits) <= 7:
                add("num:" + digits.lstrip("0"), weight)
    return counts


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The permutations of every MinHash: datasketch draws them from its fixed seed on each
    construction, which cost dedupe more than the rest of its work on a signature."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME).permutations


def minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    """A datasketch MinHash of the project's scheme, empty or holding a stored signature."""
    from datasketch import MinHash

    return MinHash(
        num_perm=NUM_PERM,
        hashvalues=hashvalues,
        scheme=MINHASH_SCHEME,
        permutations=_permutations(),
    )


def minhash_signature(words: list[str]) -> np.ndarray:
    """MinHash over word 5-shingles (datasketch), robust to small edits of a copied text."""
    mh = minhash()
    shingles = {
        " ".join(words[i : i + _SHINGLE]).encode() for i in range(max(1, len(words) - _SHINGLE + 1))
    }
    mh.update_batch(list(shingles))
    return mh.hashvalues.astype(np.uint64)


def extract_features(text: str, title: str = "") -> TextFeatures:
    text, title = text[:MAX_CHARS], title[:MAX_CHARS]
    weighted = term_counts(text, title)
    lines = f"{title}.\n{text}"
    people = [_hash("person:" + k) | PERSON_BIT for k in sorted(person_keys(lines))]
    people += [_hash("name:" + k) | NAMED_BIT for k in sorted(name_keys(lines))]
    people += [_hash("name:" + k) | MENTION_BIT for k in sorted(mentions(text))]
    if weighted or people:
        hashed = [*(_hash(t) for t in weighted), *people]
        ids = np.array(hashed, dtype=np.int64)
        values = np.array([*weighted.values(), *([1.0] * len(people))], dtype=np.float32)
        order = np.argsort(ids)
        ids, values = ids[order], values[order]
        ids, first = np.unique(ids, return_index=True)
        values = np.add.reduceat(values, first) if len(values) else values
    else:
        ids, values = np.zeros(0, np.int64), np.zeros(0, np.float32)
    return TextFeatures(ids, values.astype(np.float32), minhash_signature(tokens(text)))


def article_features(article: Article) -> TextFeatures:
    """An article's features, read from its title without its site's name (``sitename``):
    every page of a site carries it, whatever event it tells of."""
    return extract_features(article.text, without_site(article.title, article.url))


def minhash_similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))
