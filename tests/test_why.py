"""Why reports are one event: reasons read back from stored vectors, term counts and extraction.

The store is built by hand (a small deterministic embedder, extraction records written as the
extract stage would), in four languages, so each expected reason is known before it is computed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from test_pipeline import WordHashEmbedder

from newsfuse import models
from newsfuse.corrections import Corrections
from newsfuse.pipeline import Pipeline, RunReport
from newsfuse.records import (
    Article,
    Claim,
    DateRef,
    Duplicate,
    DuplicateKind,
    Entity,
    Event,
    Mention,
    Place,
    Qualifier,
    ReasonKind,
    ReportAnchor,
    Sentence,
)
from newsfuse.store import Store
from newsfuse.why import explain_grouping

RIVERTON = (170001, "Riverton", "XX", 45.1, 7.6)
MILLBROOK = (170002, "Millbrook", "XX", 45.9, 8.4)
REPORTS = {
    # id: (language, outlet, day, title, text)
    "en1": (
        "en",
        "Wire",
        4,
        "Flood kills 12 in Riverton",
        "Floods hit Riverton on Monday, March 4. At least 12 people were killed, the ICRC said.",
    ),
    "fr1": (
        "fr",
        "Le Journal",
        4,
        "Inondations à Riverton : 12 morts",
        "Des inondations ont frappé Riverton lundi 4 mars. Au moins 12 personnes sont mortes, "
        "selon le CICR.",
    ),
    "es1": (
        "es",
        "El Diario",
        5,
        "Inundaciones en Riverton dejan 12 muertos",
        "Las inundaciones golpearon Riverton el lunes 4 de marzo; murieron 12 personas, "
        "según el CICR.",
    ),
    "de1": (
        "de",
        "Die Zeitung",
        20,
        "Großbrand in Millbrook",
        "Ein Großbrand zerstörte am 19. März eine Fabrik in Millbrook. Zwei Arbeiter wurden "
        "verletzt, teilte die Feuerwehr mit.",
    ),
    "en2": (
        "en",
        "Gazette",
        20,
        "Factory fire in Millbrook",
        "A fire destroyed a factory in Millbrook on March 19. Two workers were injured, the fire "
        "brigade said.",
    ),
}


def _sentence(aid: str, text: str, lang: str) -> Sentence:
    return Sentence(aid, 0, 0, len(text), text, lang)


def _place(aid: str, text: str, where: tuple) -> Place:
    gid, name, country, lat, lon = where
    start = REPORTS[aid][4].index(text)
    return Place(aid, 0, start, start + len(text), text, gid, name, country, "", lat, lon)


def _span(aid: str, text: str) -> tuple[int, int]:
    start = REPORTS[aid][4].index(text)
    return start, start + len(text)


def _name(aid: str, text: str, entity: str) -> Mention:
    return Mention(aid, 0, *_span(aid, text), text, "ORG", entity)


def _date(aid: str, text: str, day: str) -> DateRef:
    return DateRef(aid, 0, *_span(aid, text), text, day, "day")


def _count(aid: str, text: str, value: float, measure: str, subject: str) -> Claim:
    start, end = _span(aid, text)
    return Claim(
        f"{aid}:c0", aid, 0, start, end, start, end, text, value, value, Qualifier.EXACT,
        measure=measure, subject=subject, evidence=REPORTS[aid][4],
    )  # fmt: skip


def fast_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """The small deterministic embedder everywhere; extraction is written by hand."""
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


def build_world(path: Path) -> Store:
    """The flood (en, fr, es; the French one a translation) and the fire (de, en), 15 days apart.

    Call with ``fast_models`` in force."""
    store = Store(path)
    articles = []
    for seq, (aid, (lang, outlet, day, title, text)) in enumerate(REPORTS.items(), 1):
        article = Article(
            aid, text, title, outlet=outlet, language=lang, seq=seq, content_hash=aid,
            published=datetime(2024, 3, day, 12),
        )  # fmt: skip
        store.add_article(article, [_sentence(aid, text, lang)])
        articles.append(article)
    Pipeline(store).embed_and_featurize(articles, RunReport())
    for event_id, ids in (("ev-flood", ["en1", "fr1", "es1"]), ("ev-fire", ["de1", "en2"])):
        times = [a.published for a in articles if a.id in ids]
        store.put_event(Event(event_id, REPORTS[ids[0]][3], ids, min(times), max(times)), {})
    store.put_duplicates([Duplicate("fr1", "en1", DuplicateKind.TRANSLATION, 0.91)])
    # the entity linker gave the ICRC one entity in three languages (its knowledge-base entry,
    # so it keeps one id when the reports fall into different events)
    store.put_entities([Entity("e-icrc", "ICRC", "ORG", mention_count=3)])
    extraction = {
        "en1": ("Riverton", "ICRC", "March 4", "2024-03-04", "12 people", 12, "killed"),
        "fr1": (
            "Riverton",
            "CICR",
            "lundi 4 mars",
            "2024-03-04",
            "12 personnes",
            12,
            "killed",
        ),
        "es1": (
            "Riverton",
            "CICR",
            "lunes 4 de marzo",
            "2024-03-04",
            "12 personas",
            12,
            "killed",
        ),
        "de1": ("Millbrook", "Feuerwehr", "19. März", "2024-03-19", "Zwei Arbeiter", 2, "injured"),
        "en2": ("Millbrook", "fire brigade", "March 19", "2024-03-19", "Two workers", 2, "injured"),
    }
    for aid, (place, org, day_text, day, figure, value, measure) in extraction.items():
        where = RIVERTON if place == "Riverton" else MILLBROOK
        entity = "e-icrc" if aid in ("en1", "fr1", "es1") else f"e-{aid}"
        subject = "people" if measure == "killed" else "workers"
        store.put_extraction(
            aid,
            claims=[_count(aid, figure, value, measure, subject)],
            mentions=[_name(aid, org, entity)],
            places=[_place(aid, place, where)],
        )
        store.put_anchor(ReportAnchor(aid), [_date(aid, day_text, day)])  # as the anchor stage
    return store


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    fast_models(monkeypatch)
    with build_world(tmp_path / "why.db") as store:
        yield store


def reasons(member, kind: ReasonKind) -> list[str]:
    return [r.text for r in member.reasons if r.kind is kind]


def test_each_report_says_what_it_shares(store: Store) -> None:
    why = explain_grouping(store, "ev-flood")
    by_id = {m.article_id: m for m in why.members}
    assert list(by_id) == ["en1", "fr1", "es1"]
    es = by_id["es1"]
    assert reasons(es, ReasonKind.PLACES) == [
        "It names the same places as the other reports (how many of them): Riverton (2 of 2)."
    ]
    assert reasons(es, ReasonKind.DAYS) == [
        "It names the same days as the other reports (how many of them): 2024-03-04 (2 of 2)."
    ]
    assert reasons(es, ReasonKind.FIGURES) == [
        "It names the same figures as the other reports (how many of them): "
        "12 people killed (2 of 2)."
    ]
    (names,) = [r for r in es.reasons if r.kind is ReasonKind.NAMES]
    assert names.items == ["ICRC"] and names.article_ids == ["en1", "fr1"]
    # the French report is a translation of the English one; the English one is copied by it
    assert reasons(by_id["fr1"], ReasonKind.COPY) == [
        "It is a translation of Wire's report (match 0.91): copies join their original's event."
    ]
    assert reasons(by_id["en1"], ReasonKind.COPY) == ["Copied or translated by Le Journal."]
    for member in why.members:
        assert member.similarity is not None and -1 <= member.similarity <= 1
        (meaning,) = reasons(member, ReasonKind.MEANING)
        assert f"{member.similarity:.2f}" in meaning
        assert len(reasons(member, ReasonKind.WORDS)) == 1
        assert member.closest_other == "ev-fire"
    assert why.cohesion == pytest.approx(sum(m.similarity for m in why.members) / 3, abs=0.01)


def test_the_nearest_event_and_what_keeps_it_apart(store: Store) -> None:
    why = explain_grouping(store, "ev-flood")
    assert [n.event_id for n in why.neighbours] == ["ev-fire"]
    apart = why.nearest
    assert (apart.event_id, apart.title) == ("ev-fire", "Großbrand in Millbrook")
    texts = [r.text for r in apart.reasons]
    assert texts[0].startswith("Their reports are less alike in meaning: similarity")
    assert "Different places: Riverton here, Millbrook there." in texts
    assert "Different days: 2024-03-04 here, 2024-03-19 there." in texts
    assert "Different figures: 12 people killed here, 2 workers injured there." in texts
    assert (
        "They were reported 15 days apart (2024-03-04 to 2024-03-05 here, 2024-03-20 there)."
        in texts
    )
    assert apart.shared == []  # no place, day, figure or name in common


def test_a_report_closer_to_another_event_is_flagged(store: Store) -> None:
    event = store.events(["ev-flood"])[0]
    store.put_event(Event("ev-flood", event.title, [*event.article_ids, "en2"]), {})
    store.put_event(Event("ev-fire", "Großbrand in Millbrook", ["de1"]), {})
    by_id = {m.article_id: m for m in explain_grouping(store, "ev-flood").members}
    misplaced = by_id["en2"]
    assert misplaced.closest_other == "ev-fire"
    assert misplaced.closest_other_similarity >= misplaced.similarity
    (check,) = [r.text for r in misplaced.reasons if r.text.startswith("Check it")]
    assert "“Großbrand in Millbrook”" in check
    assert not any(r.text.startswith("Check it") for r in by_id["es1"].reasons)


def test_corrections_are_reasons(store: Store) -> None:
    fix = Corrections(Pipeline(store))
    fix.merge(["ev-flood", "ev-fire"], author="ana", reason="one storm")
    merged = explain_grouping(store, "ev-flood")
    de = next(m for m in merged.members if m.article_id == "de1")
    (text,) = reasons(de, ReasonKind.CORRECTION)
    assert text.startswith("An analyst merged it with these reports (c1, by ana on ")
    assert text.endswith(": “one storm”).")
    fix.undo(author="ana")
    fix.split("ev-flood", ["es1"], author="bo")
    split_off = store.event_of("es1")
    why = explain_grouping(store, "ev-flood")
    assert why.nearest.event_id == split_off  # the split-off report is the nearest event now
    first = why.nearest.reasons[0]
    assert first.kind is ReasonKind.CORRECTION
    assert first.text.startswith("An analyst kept them apart (c2, by bo on ")
    shared = {r.kind for r in why.nearest.shared}
    assert shared == {ReasonKind.PLACES, ReasonKind.DAYS, ReasonKind.FIGURES, ReasonKind.NAMES}
    alone = explain_grouping(store, split_off)
    (member,) = alone.members
    assert member.similarity is None
    assert member.reasons[0].text.startswith("An analyst split it off (c2, by bo on ")
    assert [r.text for r in member.reasons[1:]] == ["It is the event's only report."]


def test_unknown_event(store: Store) -> None:
    assert explain_grouping(store, "ev-nope") is None


def test_reasons_without_vectors_or_extraction(tmp_path: Path) -> None:
    """A store without embeddings or extraction still explains what it can, inventing nothing."""
    with Store(tmp_path / "bare.db") as store:
        for seq, aid in enumerate(("x1", "x2"), 1):
            text = f"Report {aid} about the council meeting."
            store.add_article(
                Article(aid, text, seq=seq, content_hash=aid), [_sentence(aid, text, "en")]
            )
        store.put_event(Event("ev-x", "Council", ["x1", "x2"]), {})
        why = explain_grouping(store, "ev-x")
    assert why.cohesion is None and why.nearest is None and why.neighbours == []
    for member in why.members:
        assert [r.kind for r in member.reasons] == [ReasonKind.NOTHING]
