"""Language identification and sentence splitting.

Language comes from py3langid (BSD, ships its model). Sentence splitting is rule-based: paragraphs
(line breaks) always end a sentence; inside a paragraph a sentence ends at ``.!?…`` followed by a
space and an upper-case letter, a digit or an opening quote, unless the period closes a known
abbreviation of the language ("Dr.", "M.", "Sr.", "z.B.") or a single initial ("J. Smith").

Splitting is linear in the text: each candidate boundary looks back only a few characters, and a
run of punctuation is one candidate. A sentence longer than ``MAX_SENTENCE_CHARS`` (no real one is:
the longest in 110,000 sentences of the evaluation sets has 1,564 characters; a page without
punctuation or spaces can hold millions) is cut at a space, or anywhere when it has none, so no
later stage or model is ever fed one unbounded string.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Article, Sentence

# Languages newsfuse is tuned for; others are still detected and split with the generic rules.
MAIN_LANGUAGES = ("en", "fr", "es", "de", "pt", "it")

_ABBREVIATIONS: dict[str, set[str]] = {
    "en": {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "gen",
        "gov",
        "sen",
        "rep",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "a.m",
        "p.m",
        "ave",
        "blvd",
        "rd",
        "mt",
        "ft",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "dept",
        "fla",
        "calif",
        "ga",
        "ala",
        "ariz",
        "ark",
        "colo",
        "conn",
        "del",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
    },
    "fr": {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "st",
        "ste",
        "gén",
        "gal",
        "cf",
        "env",
        "etc",
        "p",
        "n°",
        "av",
        "bd",
        "janv",
        "févr",
        "avr",
        "juil",
        "sept",
        "oct",
        "nov",
        "déc",
    },
    "es": {
        "sr",
        "sra",
        "srta",
        "dr",
        "dra",
        "d",
        "dña",
        "ud",
        "uds",
        "gral",
        "av",
        "avda",
        "etc",
        "núm",
        "pág",
        "ee.uu",
        "ene",
        "feb",
        "mar",
        "abr",
        "jun",
        "jul",
        "ago",
        "sept",
        "oct",
        "nov",
        "dic",
    },
    "de": {
        "dr",
        "prof",
        "hr",
        "fr",
        "nr",
        "str",
        "bzw",
        "ca",
        "z.b",
        "d.h",
        "u.a",
        "usw",
        "etc",
        "jan",
        "feb",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dez",
    },
    "pt": {
        "sr",
        "sra",
        "dr",
        "dra",
        "prof",
        "av",
        "etc",
        "nº",
        "pág",
        "jan",
        "fev",
        "mar",
        "abr",
        "mai",
        "jun",
        "jul",
        "ago",
        "set",
        "out",
        "nov",
        "dez",
    },
    "it": {
        "sig",
        "sigg",
        "sig.ra",
        "dott",
        "dr",
        "prof",
        "avv",
        "ing",
        "on",
        "sen",
        "gen",
        "ecc",
        "etc",
        "feb",
        "mar",
        "apr",
        "mag",
        "giu",
        "lug",
        "ago",
        "set",
        "ott",
        "nov",
        "dic",
    },
}
_ALL_ABBREVIATIONS = set().union(*_ABBREVIATIONS.values())

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then
# something that can start a sentence.
# A run of punctuation is tried once, from its start, and never backtracked into (a page of dots
# would otherwise cost quadratic time).
_BOUNDARY = re.compile(
    r"(?<![.!?…])[.!?…]++(?:\u00a0?\s?[\"'”’»)\]])*(?=\s++[\"'“‘«(\[¿¡]?[A-ZÀ-ÖØ-Þ0-9])"
)
_WORD_BEFORE = re.compile(r"([\w.°º]+)$")
_LOOK_BACK = 32  # longer than any abbreviation: how far a boundary looks back for one
MAX_SENTENCE_CHARS = 2000
# A German day ordinal before its month is no sentence end: "am 27. März", "11. Okt. 2025".
_DAY_BEFORE = re.compile(r"(?<![\d.])\d{1,2}$")
_MONTH_AFTER = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\b\.?"
)


@lru_cache(maxsize=1)
def _identifier():
    import py3langid

    return py3langid


def detect_language(text: str, default: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``; ``default`` when the text is too short to tell."""
    sample = text.strip()
    if len(sample) < 12 or not any(ch.isalpha() for ch in sample):
        return default
    lang, _score = _identifier().classify(sample[:5000])
    return lang


def _ends_with_abbreviation(prefix: str, lang: str | None) -> bool:
    """Whether ``prefix`` (the end of a sentence so far) ends with an abbreviation or initial."""
    match = _WORD_BEFORE.search(prefix)
    if not match:
        return False
    word = match.group(1).rstrip(".").lower()
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith", "M. Dupont"
        return True
    known = _ABBREVIATIONS.get(lang or "", _ALL_ABBREVIATIONS)
    return word in known or word in _ALL_ABBREVIATIONS and lang is None


def split_spans(text: str, lang: str | None = None) -> list[tuple[int, int, int]]:
    """Sentence spans ``(start, end, paragraph)`` of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int, int]] = []
    paragraph = -1
    for para in re.finditer(r"[^\n]+", text):
        if not para.group().strip():
            continue
        paragraph += 1
        start = para.start()
        for boundary in _BOUNDARY.finditer(text, para.start(), para.end()):
            near = max(start, boundary.start() - _LOOK_BACK)
            if boundary.group().startswith(".") and (
                _ends_with_abbreviation(text[near : boundary.start()], lang)
                or lang in ("de", None)
                and boundary.group() == "."
                and _DAY_BEFORE.search(text, near, boundary.start())
                and _MONTH_AFTER.match(text, boundary.end())
            ):
                continue
            spans.append((start, boundary.end(), paragraph))
            start = boundary.end()
        spans.append((start, para.end(), paragraph))
    result = []
    for start, end, par in spans:
        for piece_start, piece_end in _bounded(text, start, end):
            chunk = text[piece_start:piece_end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            if trail > lead and any(ch.isalnum() for ch in chunk):
                result.append((piece_start + lead, piece_start + trail, par))
    return result


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` in pieces of at most ``MAX_SENTENCE_CHARS``, cut after the last space of
    each piece's second half (anywhere when it has none)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = space + 1 if space >= 0 else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str, article_id: str = "", lang: str | None = None) -> list[Sentence]:
    """Sentences of an article, each with its own language (the article's when too short)."""
    sentences = []
    for index, (start, end, paragraph) in enumerate(split_spans(text, lang)):
        chunk = text[start:end]
        own = detect_language(chunk, default=lang) if len(chunk) >= 40 else lang
        sentences.append(Sentence(article_id, index, start, end, chunk, own, paragraph))
    return sentences


def read_language(article: Article) -> tuple[str | None, list[Sentence]]:
    """The language stage on one article: its language (the one its input gave, else detected
    from title and text) and its sentences."""
    language = article.language or detect_language(f"{article.title}\n{article.text}")
    return language, split_sentences(article.text, article.id, language)
