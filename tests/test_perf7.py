"""Cheap tests that rule work out before the costly one (#22) rule out only what the costly one
would not find: the date cues (a text without a kind's digits or words is not searched for it)
and the gazetteer's shared-letter bound before difflib's ratio."""

from __future__ import annotations

import json
import re
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from newsfuse import people
from newsfuse.extract import dates
from newsfuse.extract.gazetteer import similar
from newsfuse.language import split_sentences

NTREX_LANGS = {"en": "eng", "fr": "fra", "es": "spa", "de": "deu"}
BASE = date(2019, 11, 27)


def _ntrex_sentences(eval_dir: Path, lang: str) -> list[str]:
    texts = []
    with (eval_dir / "ntrex" / "docs.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["lang"] == NTREX_LANGS[lang]:
                texts += [s.text for s in split_sentences(doc["text"], lang=lang)]
    return texts


def _found(texts: list[str], lang: str | None) -> list[list]:
    return [list(dates._spans(text, BASE, lang)) for text in texts]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_date_cues_drop_no_expression(
    eval_dir: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real news sentences (NTREX: one set of stories in each language), read with the language
    and without it (every language's words): the cues change no span and no resolved date."""
    texts = _ntrex_sentences(eval_dir, lang)
    assert len(texts) > 1000
    for asked in (lang, None):
        cued = _found(texts, asked)
        skipped = sum(
            not all(cue.search(text) for cue in cues)
            for text in texts
            for cues in dates._cues(asked).values()
        )
        with monkeypatch.context() as m:
            m.setattr(dates, "_cues", lambda _lang: {})
            assert _found(texts, asked) == cued
        assert sum(map(len, cued)) > 100  # the sentences do hold dates of many kinds
        assert skipped > len(texts)  # and most kinds are skipped in most of them


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "He was shot last Friday, three days ago, and died on Nov. 27.", 3),
        ("fr", "Il y a deux semaines, la semaine dernière, et le 3 mars 2019.", 3),
        ("es", "Hace tres días, el pasado lunes, y el 3 de marzo de 2019.", 3),
        ("de", "Vor drei Tagen, letzte Woche und am 3. März 2019.", 3),
    ],
)
def test_date_cues_keep_each_kind(lang: str, text: str, expected: int) -> None:
    """One expression of the cued kinds each (ago, period, weekday, a calendar date)."""
    assert len(list(dates._spans(text, BASE, lang))) == expected


def test_shared_letter_bound_agrees_with_difflib() -> None:
    names = [
        "idlib",
        "idleb",
        "atareb",
        "alatarib",
        "aleppo",
        "halab",
        "toledo",
        "toleda",
        "lyon",
        "lyons",
        "gainesville",
        "gainsville",
        "munchen",
        "muenchen",
        "kolnn",
        "koeln",
        "zaragoza",
        "saragossa",
    ]
    for key in names:
        for other in names:
            for min_ratio in (0.5, 0.8, 0.9):
                expected = SequenceMatcher(None, key, other).ratio() >= min_ratio
                assert similar(key, other, min_ratio) == expected, (key, other, min_ratio)
    assert similar("", "", 0.8)  # difflib's ratio of two empty strings is 1


def _texts(eval_dir: Path) -> list[str]:
    """Real reports: GVC's (en) and NTREX's stories in en, fr, es, de."""
    with (eval_dir / "gvc" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(1500), lines, strict=False)]
    with (eval_dir / "ntrex" / "docs.jsonl").open(encoding="utf-8") as lines:
        return texts + [json.loads(line)["text"] for line in lines]


def test_people_cues_drop_no_person(eval_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(eval_dir)
    cued = [people.named_people(text) for text in texts]
    every = re.compile("")
    monkeypatch.setattr(people, "_PATTERNS", [(every, p) for _cue, p in people._PATTERNS])
    assert [people.named_people(text) for text in texts] == cued
    assert sum(map(len, cued)) > 500


@pytest.mark.parametrize(
    "text",
    [
        "Alex DoSouto, 24, was shot. The 22-year-old Frederick Seymore was arrested.",
        "Jean Dupont, 24 ans, a été blessé.",
        "Juan Pérez, de 24 años, murió.",
        "Hans Müller (24) wurde verletzt.",
        "Der 24-jährige Hans Müller wurde verletzt.",
    ],
)
def test_people_cues_keep_each_pattern(text: str) -> None:
    assert people.named_people(text)
