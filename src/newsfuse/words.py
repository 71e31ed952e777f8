"""Whole words said in a text, found without a regular expression compiled for each word.

Names (of people, places, organisations) are looked up in reports by the thousand a run: a
pattern compiled for each pushed every other pattern out of the ``re`` module's cache (512
patterns), which then compiled them again (#22: 4,552 compilations per 1,000 GVC reports in the
anchor stage, phonenumbers' own 1,056 among them). These scan with ``str.find`` and check the
characters around, as ``\\b`` and ``(?<!\\w)``/``(?!\\w)`` do.
"""

from __future__ import annotations

from collections.abc import Sequence


def said(text: str, words: Sequence[str]) -> int:
    """How many times ``text`` says these words in a row, whole and apart by white space: what
    ``len(re.findall(r"\\bW1\\s+W2\\b", text))`` counts (words that do not start with a space)."""
    count, at = 0, 0
    while (start := text.find(words[0], at)) >= 0:
        end = _said_at(text, words, start)
        count += end is not None
        at = start + 1 if end is None else end
    return count


def says(text: str, name: str) -> bool:
    """Whether ``text`` says ``name`` with no word character right before or after it: what
    ``re.search(rf"(?<!\\w){re.escape(name)}(?!\\w)", text)`` finds."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not word_char(text[at - 1 : at] if at else "") and not word_char(text[end : end + 1]):
            return True
        at = text.find(name, at + 1)
    return False


def word_char(char: str) -> bool:
    """Whether ``char`` is a character ``\\w`` matches (no character: not one)."""
    return char.isalnum() or char == "_"


def _said_at(text: str, words: Sequence[str], start: int) -> int | None:
    """The end of ``words`` said at ``start`` of ``text`` (``said``), None when they are not."""
    if not _word_edge(text, start):
        return None
    end = start + len(words[0])
    for word in words[1:]:
        gap = end
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap == end or not text.startswith(word, gap):
            return None
        end = gap + len(word)
    return end if _word_edge(text, end) else None


def _word_edge(text: str, at: int) -> bool:
    """Whether ``at`` is a word boundary of ``text`` (``\\b``: a word character on one side only)."""
    return word_char(text[at - 1 : at] if at else "") != word_char(text[at : at + 1])
