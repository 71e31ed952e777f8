"""Work the store and clustering no longer do (#22), with the same answers: rows decoded by a
decoder built once per record class, not through a dict per row; analyses dumped without
walking them for infinities when they hold none."""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import pytest

from newsfuse import store as store_module
from newsfuse.records import (
    Article,
    Claim,
    ClaimKind,
    Duplicate,
    DuplicateKind,
    Entity,
    Event,
    Fact,
    Qualifier,
    Reconciliation,
    Sentence,
    SourceValue,
)
from newsfuse.store import Store

TEXTS = {  # en, fr, es, de
    "a-en": ("Two killed in Aleppo shooting", "Two men were killed in Aleppo on Sunday."),
    "a-fr": ("Deux morts à Lyon", "Deux hommes ont été tués à Lyon dimanche."),
    "a-es": ("Dos muertos en Toledo", "Dos hombres murieron en Toledo el domingo."),
    "a-de": ("Zwei Tote in Köln", "Zwei Männer wurden am Sonntag in Köln getötet."),
}


def _stored(tmp_path: Path) -> Store:
    db = Store(tmp_path / "s.db")
    for k, (aid, (title, text)) in enumerate(TEXTS.items()):
        article = Article(
            aid,
            text,
            title=title,
            published=datetime(2016, 7, 10 + k, 8, 30) if k else None,
            language=aid[2:],
            meta={"record_id": str(k), "city": title.split()[-1]},
        )
        db.add_article(article, [Sentence(aid, 0, 0, len(text), text, aid[2:])])
    return db


def _claim(article_id: str, k: int, qualifier: Qualifier, kind: ClaimKind) -> Claim:
    return Claim(
        f"{article_id}-c{k}",
        article_id,
        0,
        0,
        10,
        0,
        3,
        "Two",
        2.0,
        2.0,
        qualifier,
        kind,
        measure="killed",
        scope=["men", "Köln"] if k else [],
    )


def test_rows_read_back_as_the_records_written(tmp_path: Path) -> None:
    with _stored(tmp_path) as db:
        articles = db.articles(list(TEXTS))
        assert [a.published for a in articles] == [None] + [
            datetime(2016, 7, 10 + k, 8, 30) for k in (1, 2, 3)
        ]
        assert articles[3].meta == {"record_id": "3", "city": "Köln"}
        assert [a.seq for a in articles] == [1, 2, 3, 4]
        said = db.sentences_of(list(TEXTS))
        assert said["a-fr"] == [Sentence("a-fr", 0, 0, 41, TEXTS["a-fr"][1], "fr", 0)]
        claims = [
            _claim("a-en", 0, Qualifier.EXACT, ClaimKind.COUNT),
            _claim("a-en", 1, Qualifier.AT_LEAST, ClaimKind.VAGUE),
        ]
        db.put_extraction("a-en", claims)
        read = db.claims(["a-en"])
        assert read == claims
        assert isinstance(read[1].qualifier, Qualifier) and read[1].scope == ["men", "Köln"]
        db.put_duplicates([Duplicate("a-es", "a-en", DuplicateKind.NEAR, 0.93)])
        (link,) = db.duplicates(["a-es"])
        assert link.kind is DuplicateKind.NEAR and link.score == 0.93
        entity = Entity("e1", "Köln", "GPE", {"de": ["Köln"], "fr": ["Cologne"]}, 2)
        db.put_entities([entity])
        assert db.entities(["e1"]) == [entity]


def test_rows_are_decoded_by_one_decoder_a_class(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the old code (no decoder: a dict built and walked for each row)."""
    built: list[type] = []
    decoder = store_module._decoder

    def counted(cls: type) -> object:
        built.append(cls)
        return decoder(cls)

    with _stored(tmp_path) as db:
        monkeypatch.setattr(store_module, "_decoder", counted)
        assert len(db.articles(list(TEXTS))) == 4
        assert sum(len(s) for s in db.sentences_of(list(TEXTS)).values()) == 4
    assert built == [Article, Sentence]


def _reconciliation(high: float) -> Reconciliation:
    value = SourceValue("c1", "a-de", "Köln Express", 2.0, high, Qualifier.AT_LEAST, "Zwei")
    fact = Fact("f1", "e1", "killed", "people", None, [value], 2.0, high, 2.0)
    return Reconciliation("e1", [fact])


def test_analyses_are_walked_for_infinities_only_when_they_hold_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The finite one fails on the old code (every analysis was walked)."""
    walked: list[object] = []
    finite = store_module._finite

    def counted(value: object) -> object:
        walked.append(value)
        return finite(value)

    monkeypatch.setattr(store_module, "_finite", counted)
    with _stored(tmp_path) as db:
        db.put_event(Event("e1", "Zwei Tote in Köln", ["a-de"]), {})
        db.put_reconciliation(_reconciliation(2.0))
        assert not walked
        assert db.reconciliation("e1") == _reconciliation(2.0)
        db.put_reconciliation(_reconciliation(math.inf))
        assert walked
        assert db.analysis("e1", "reconciliation")["facts"][0]["values"][0]["high"] is None
        read = db.reconciliation("e1")
        assert read is not None and read.facts[0].values[0].high == math.inf
