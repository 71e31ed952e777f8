"""The summary: at most five source sentences (about a hundred words), quoted verbatim, each
adding something new.

Sentences of the original reports' leads (the first ``embed.LEAD``, those the embed stage
encodes; copies and translations add nothing) are ranked by closeness to the event (the mean of
the reports' vectors), with a bonus for leading a report and for each of the event's own figures
they state that no sentence picked before states; sources take turns so no outlet dominates. A
sentence is left out when it is a quotation (someone's words, not the account), states a background figure
(another year's, the war's totals), says what a picked one says (its vector too close, or no new figure and
few new words), or is too short or too long. Page debris glued to a sentence ("...reports said
Friday. the Syrian Observatory for Human Rights (OSDH). .") is cut off; what remains is still the
source's words, from its start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..records import Article, Sentence
from .records import SummaryItem

SUMMARY_MAX = 5
SUMMARY_MIN = 2
SUMMARY_WORDS = 110  # past two sentences, none is added that takes the summary over this
REDUNDANT = 0.7  # cosine above which two sentences say the same thing
NEW_WORDS = 0.5  # share of new content words a sentence without a new figure must bring
SENTENCE_MIN_CHARS = 50
SENTENCE_MAX_CHARS = 400
LEAD_BONUS = 0.08
FIGURE_BONUS = 0.04  # per own fact a sentence states that no picked one states

# A sentence end (after a word, not an initial: "U.S.") followed by a lower-case start or a stray
# period: what follows was glued on by the page, not written as a sentence.
_GLUED = re.compile(r"(?<=[^\W\d_]{3})[.!?][»”\"')]*\s+(?=[^\W\d_A-ZÀ-Þ]|\.)")
_DEBRIS = re.compile(r"\.\s*\.|\s[.,;:]\s|\s[.,;:]$")
_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")
_OPENING = re.compile(r"[\w\"«“'‘(¿¡]")
_QUOTES = ('"', "“", "”", "«", "»", "„")


def cut_debris(text: str) -> str:
    """The sentence up to its own end: debris glued after it by the page is cut off."""
    text = text.strip()
    glued = _GLUED.search(text)
    return text[: glued.start() + 1] if glued else text


def clean(text: str) -> str | None:
    """The sentence without debris glued after its end; None when it is no clean sentence."""
    text = cut_debris(text)
    if _DEBRIS.search(text) or not _OPENING.match(text) or text[:1].islower():
        return None
    if text.count("(") != text.count(")") or text.count("«") != text.count("»"):
        return None
    return text


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.lower())}


def _numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(text)}


def adds_something(text: str, picked: Sequence[str]) -> bool:
    """A new figure, or mostly new words, next to the sentences already picked."""
    if not picked:
        return True
    said = " ".join(picked)
    if _numbers(text) - _numbers(said):
        return True
    stems = _stems(text)
    return bool(stems) and len(stems - _stems(said)) / len(stems) >= NEW_WORDS


@dataclass(slots=True)
class _Candidate:
    score: float
    article: Article
    sentence: Sentence
    text: str
    vector: np.ndarray
    facts: frozenset[str]  # the event's own facts the sentence states


def _candidates(
    originals: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    vectors: dict[str, tuple[np.ndarray, np.ndarray]],
    skip: set[tuple[str, int]],
    facts: dict[tuple[str, int], frozenset[str]],
) -> list[_Candidate]:
    present = [a for a in originals if a.id in vectors]
    if not present:
        return []
    centroid = np.mean([vectors[a.id][0] for a in present], axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    found = []
    for article in present:
        for sentence, vector in zip(
            sentences.get(article.id, []), vectors[article.id][1], strict=False
        ):
            text = clean(sentence.text)
            key = (article.id, sentence.index)
            if text is None or key in skip:
                continue
            if not SENTENCE_MIN_CHARS <= len(text) <= SENTENCE_MAX_CHARS:
                continue
            if sum(text.count(q) for q in _QUOTES) >= 2:
                continue  # quotes are someone's words, not the neutral account
            score = float(vector @ centroid) + LEAD_BONUS / (1 + sentence.index)
            found.append(
                _Candidate(score, article, sentence, text, vector, facts.get(key, frozenset()))
            )
    return found


def summarise(
    originals: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    vectors: dict[str, tuple[np.ndarray, np.ndarray]],
    numbers: dict[str, int],
    skip: set[tuple[str, int]],
    facts: dict[tuple[str, int], frozenset[str]],
) -> list[SummaryItem]:
    """Representative sentences across sources (maximal marginal relevance), original language.

    ``skip``: (article, sentence) pairs stating background figures; ``facts``: the event's own
    facts each sentence states (a sentence gains for each one no picked sentence states yet).
    """
    candidates = _candidates(originals, sentences, vectors, skip, facts)
    picked: list[_Candidate] = []
    covered: set[str] = set()
    per_article: dict[str, int] = {}
    turn = 1  # sources take turns: each one's best sentence, then second-best, and so on
    while len(picked) < SUMMARY_MAX and turn <= SUMMARY_MAX:
        allowed = [
            c for c in candidates if per_article.get(c.article.id, 0) < turn and _fits(c, picked)
        ]
        if not allowed:
            if len(picked) >= SUMMARY_MIN and turn >= 2:
                break
            turn += 1
            continue
        best = max(allowed, key=lambda c: c.score + FIGURE_BONUS * len(c.facts - covered))
        picked.append(best)
        covered |= best.facts
        per_article[best.article.id] = per_article.get(best.article.id, 0) + 1
    order = {a.id: i for i, a in enumerate(originals)}
    picked.sort(key=lambda c: (order[c.article.id], c.sentence.index))
    return [
        SummaryItem(
            text=c.text,
            article_id=c.article.id,
            sentence_index=c.sentence.index,
            language=c.sentence.language or c.article.language,
            source=numbers[c.article.id],
        )
        for c in picked
    ]


def _fits(candidate: _Candidate, picked: list[_Candidate]) -> bool:
    """Not a picked sentence's twin (vector), adds something, and keeps the summary short."""
    if any(
        candidate.sentence is p.sentence or float(candidate.vector @ p.vector) > REDUNDANT
        for p in picked
    ):
        return False
    if not adds_something(candidate.text, [p.text for p in picked]):
        return False
    words = sum(len(p.text.split()) for p in picked) + len(candidate.text.split())
    return len(picked) < 2 or words <= SUMMARY_WORDS
