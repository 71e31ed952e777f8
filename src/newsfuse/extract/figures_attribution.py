"""The source a sentence's figures are credited to.

Attribution is looked for in the sentence ("according to X", "X said", "a rapporté X"), then in
the preceding sentences of the paragraph and the preceding paragraph when it reported figures; a
sentence that mentions a year (background) inherits nothing. "The group"/"Le groupe" refers back
to the last named source, a pronoun to the first noun phrase of the previous sentence.
"""

from __future__ import annotations

import re

from newsfuse.extract import figures_lexicon as lex
from newsfuse.extract.figures_draft import MEASURE, RELATIVE, B, E
from newsfuse.extract.numbers import find_numbers
from newsfuse.records import Sentence

_I = re.IGNORECASE
_REPORT = re.compile(rf"{B}(?:have |has |had |a |ha |hat |haben )?(?:{lex.REPORT_VERBS}){E}", _I)
_ACCORDING = re.compile(
    rf"{B}(?:{lex.ACCORDING_TO})\s+(?P<x>[^,;.:!?\"“”«»()]+(?:\([^)]*\))?"
    rf"[^,;.:!?\"“”«»]*)",
    _I,
)
_INVERTED_X = re.compile(
    rf"[\s.,]+(?:(?i:{lex.WEEKDAYS}|today|yesterday|hier|ayer|heute|gestern|hoje|ontem|oggi|ieri)"
    r"[\s.,]+)?"
    r"(?P<x>(?:(?:the|l'|l’|la|le|les|el|los|die|der|o|os|il|lo)\s*\w|[A-ZÀ-Ý])[^,;.:!?\"“”«»]*)"
)
_THAT = re.compile(r"\s+(?:that|que|dass|che)\b", _I)
_PRONOUN = re.compile(rf"^(?:{lex.PRONOUNS})$", _I)
_ANAPHOR = re.compile(rf"^(?:{lex.ANAPHORS})\b", _I)
_FIRST_NP = re.compile(r"^(?:The|Les|Los|Las|Die|Os|As|Gli|I|Le|La|El)\s+[\w-]+(?:\s+[A-Z][\w-]+)*")
_FIGURE_PHRASE = re.compile(r"\d|^(?:up|down|from|compared|against|contre|frente|gegenüber)\b", _I)
_NOT_SOURCES = {"as", "it", "this", "that", "which", "who", "what", "and", "also", "he", "she"}


def _clean_source(x: str) -> str | None:
    """The last dozen words of a source mention, None when it names nobody or is a figure
    phrase ("up from 24 reported"): a source is an authority, never a number."""
    words = x.strip(" \t'\"“”«»-–—").split()[-12:]
    if words and words[0].lower() in ("and", "et", "y", "und", "e"):
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower() in _NOT_SOURCES):
        return None
    if _FIGURE_PHRASE.search(" ".join(words)):
        return None
    return " ".join(words)


def _cut_run_on(x: str) -> str:
    """End a source mention that runs into the claim ("laut der Polizei wurden 5 ..."): at the
    first lower-case word after a capitalised one that is not a function word."""
    words = x.split()
    for i, word in enumerate(words):
        after_name = any(w[:1].isupper() for w in words[:i])
        if word[:1].islower() and word not in lex.NAME_JOINERS and after_name:
            return " ".join(words[:i])
    return x


def _sentence_source(s: str) -> tuple[str | None, int]:
    """(source named in the sentence, where its mention ends) or (None, -1)."""
    m = _ACCORDING.search(s)
    if m:
        x = _REPORT.split(_THAT.split(m.group("x"))[0])[0]
        if re.search(r"\d", x):
            x = _cut_run_on(x)
        source = _clean_source(x)
        if source:
            return source, m.start("x") + len(x)
    for verb in _REPORT.finditer(s):
        segments = re.split(r"[,;:\"“”«»]|\bthat\b|\bque\b", s[: verb.start()])
        # "X (ARU), qui coordonne les secours, faisait état de": skip the relative clause.
        while len(segments) > 1 and (not segments[-1].strip() or RELATIVE.match(segments[-1])):
            if not segments[-1].strip() and not RELATIVE.match(segments[-2]):
                break
            segments.pop()
        source = _clean_source(segments[-1])
        inverted = _INVERTED_X.match(s, verb.end())
        if source and not (inverted and source.islower() and " " not in source):
            return source, verb.end()  # "X said"; a bare common noun ("reports said") yields
        if inverted:
            source = _clean_source(inverted.group("x"))
            if source:
                return source, inverted.end()
        if _THAT.match(s, verb.end()):
            source = _clean_source(re.split(r"[,;:]", s)[0])
            if source:
                return source, verb.end()
    return None, -1


_AUXILIARY = re.compile(
    r"(?<![\w])(?:is|are|was|were|has|have|had|est|sont|a été|ont été|était|es|fue|ha|han|ist"
    r"|sind|wurde|wurden|hat|é|foi|foram|è|sono|ha)(?![\w])",
    _I,
)


def _is_fragment(s: str) -> bool:
    """A short verbless piece left by a wrong sentence split ("the Syrian Observatory (OSDH).")."""
    words = s.split()
    return (
        0 < len(words) <= 10
        and not find_numbers(s, "en")
        and not _REPORT.search(s)
        and not MEASURE.search(s)
        and not _AUXILIARY.search(s)
    )


class Attributions:
    """The source each sentence's figures are credited to, in reading order."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.last_named: str | None = None
        self.current: str | None = None
        self.paragraph = -1
        self.paragraph_had_claims = False

    def resolve(self, index: int, has_claims: bool, background: bool) -> str | None:
        sentence = self.sentences[index]
        if sentence.paragraph != self.paragraph:
            if not self.paragraph_had_claims:
                self.current = None
            self.paragraph, self.paragraph_had_claims = sentence.paragraph, False
        source, end = _sentence_source(sentence.text)
        if source and _PRONOUN.match(source):
            source = self._previous_np(index)
        elif source and _ANAPHOR.match(source):
            source = self.last_named or source
        if source and len(sentence.text) - end < 30 and index + 1 < len(self.sentences):
            following = self.sentences[index + 1]
            if following.paragraph == sentence.paragraph and _is_fragment(following.text):
                source = f"{source} {following.text.strip(' .')}"
        if source:
            self.current = self.last_named = source
        elif background:
            self.current = None
        self.paragraph_had_claims |= has_claims
        return source or (None if background else self.current)

    def _previous_np(self, index: int) -> str | None:
        if index == 0:
            return None
        m = _FIRST_NP.match(self.sentences[index - 1].text)
        return m.group() if m else None
