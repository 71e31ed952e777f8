"""The summary: at most five source sentences (about a hundred words), quoted verbatim, each
adding something new.

Sentences of the original reports (copies and translations add nothing) are ranked by closeness
to the event (the mean of the reports' vectors), with a bonus for leading a report and for
stating one of the event's own figures; sources take turns so no outlet dominates. A sentence is
left out when it is a quotation (someone's words, not the account), states a background figure
(another year's, the war's totals), says what a picked one says (its vector too close, or no new figure and
few new words), or is too short or too long. Page debris glued to a sentence ("...reports said
Friday. the Syrian Observatory for Human Rights (OSDH). .") is cut off; what remains is still the
source's words, from its start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
FIGURE_BONUS = 0.05

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


def summarise(
    originals: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    vectors: dict[str, tuple[np.ndarray, np.ndarray]],
    numbers: dict[str, int],
    skip: set[tuple[str, int]],
    figures: set[tuple[str, int]],
) -> list[SummaryItem]:
    """Representative sentences across sources (maximal marginal relevance), original language.

    ``skip``: (article, sentence) pairs stating background figures; ``figures``: those stating
    one of the event's own figures.
    """
    present = [a for a in originals if a.id in vectors]
    if not present:
        return []
    centroid = np.mean([vectors[a.id][0] for a in present], axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    candidates = []
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
            score += FIGURE_BONUS if key in figures else 0.0
            candidates.append((score, article, sentence, text, vector))
    candidates.sort(key=lambda c: -c[0])
    picked: list[tuple[float, Article, Sentence, str, np.ndarray]] = []
    per_article: dict[str, int] = {}
    # Sources take turns: first each article's best sentence, then second-best, and so on.
    for turn in range(1, SUMMARY_MAX + 1):
        for candidate in candidates:
            _, article, sentence, text, vector = candidate
            if len(picked) >= SUMMARY_MAX or per_article.get(article.id, 0) >= turn:
                continue
            if any(sentence is p[2] or float(vector @ p[4]) > REDUNDANT for p in picked):
                continue
            if not adds_something(text, [p[3] for p in picked]):
                continue
            words = sum(len(p[3].split()) for p in picked) + len(text.split())
            if len(picked) >= 2 and words > SUMMARY_WORDS:
                continue
            picked.append(candidate)
            per_article[article.id] = per_article.get(article.id, 0) + 1
        if len(picked) >= SUMMARY_MAX or (len(picked) >= SUMMARY_MIN and turn >= 2):
            break
    order = {a.id: i for i, a in enumerate(originals)}
    picked.sort(key=lambda c: (order[c[1].id], c[2].index))
    return [
        SummaryItem(
            text=text,
            article_id=article.id,
            sentence_index=sentence.index,
            language=sentence.language or article.language,
            source=numbers[article.id],
        )
        for _, article, sentence, text, _ in picked
    ]
