"""The type votes an event record reads of a report's title and lead (``what.report_kinds``) and
the roles its mentions play in their sentences (``who.mention_role``) depend on the report alone:
the first reading is stored (store v12, both backends) and every later analysis of the report's
events reads it back instead of reading the report's lead and sentences again; the record is the
same as when every report is read again (en, fr, es, de)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from conftest import _count_readings
from test_kept_days import later_run_of_growing
from test_perf5_votes import _stored
from test_pipeline import fast  # noqa: F401 - fixture
from test_store import drop_migrations_after, set_user_version, table_names, user_version

from newsfuse.event.lead import LeadReading, dump_lead, lead_reader, load_lead, read_lead
from newsfuse.event.record import build_record
from newsfuse.event.what import event_type
from newsfuse.language import split_sentences
from newsfuse.records import ActorRole, Article, Entity, EventType, Mention
from newsfuse.store import SCHEMA_VERSION, Store

# (language, title, text, an actor named in it): each names its perpetrator or target.
REPORTS = [
    (
        "en",
        "Gunman kills two in Gainesville",
        "GAINESVILLE, Fla. - The Northside Crew attacked a bar on Sunday night, police said. "
        "Two men were killed. A low shot from the edge of the area was also reported.",
        "Northside Crew",
    ),
    (
        "fr",
        "Fusillade à Lyon : deux morts",
        "LYON - Le Gang du Rhône a attaqué un bar dimanche soir, selon la police. Deux hommes "
        "ont été tués.",
        "Gang du Rhône",
    ),
    (
        "es",
        "Tiroteo en Toledo deja dos muertos",
        "TOLEDO - El Cartel del Tajo atacó un bar el domingo por la noche, dijo la policía. "
        "Dos hombres murieron.",
        "Cartel del Tajo",
    ),
    (
        "de",
        "Schießerei in Köln: zwei Tote",
        "KÖLN - Die Bande vom Rhein griff am Sonntagabend eine Bar an, sagte die Polizei. Zwei "
        "Männer wurden getötet.",
        "Bande vom Rhein",
    ),
]


def _report(i: int, lang: str, title: str, text: str, name: str):
    article = Article(
        id=f"r{i}",
        title=title,
        text=f"{title}\n{text}",
        language=lang,
        published=datetime(2016, 5, 2, 9 + i),
    )
    sentences = split_sentences(article.text, article.id, lang)
    mentions = []
    for s in sentences:
        at = s.text.find(name)
        if at >= 0:
            start = s.start + at
            mentions.append(
                Mention(article.id, s.index, start, start + len(name), name, "ORG", "e1")
            )
    assert mentions, name
    return article, sentences, mentions


@pytest.fixture
def leads_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the reports whose lead the event record reads (``read_lead``)."""
    return _count_readings(monkeypatch, "read_lead")


@pytest.mark.parametrize("report", REPORTS, ids=[r[0] for r in REPORTS])
def test_stored_leads_read_back_equal(report: tuple[str, str, str, str]) -> None:
    article, sentences, mentions = _report(0, *report)
    read = read_lead(article, sentences, mentions)
    assert read.kinds and ActorRole.PERPETRATOR in read.roles.values()
    assert read.killed is not None and read.killed.death and not read.killed.hurt_only
    back = load_lead(dump_lead(read))
    assert back == read
    assert list(back.kinds) == list(read.kinds) and list(back.roles) == list(read.roles)


def test_leads_stored_by_another_reader_or_form_are_read_again() -> None:
    """An upgrade that changes how leads are read must not reuse the old reading."""
    stored = dump_lead(read_lead(*_report(0, *REPORTS[0])))
    assert load_lead(stored) is not None
    assert load_lead(stored.replace(lead_reader(), "0" * 16)) is None
    assert load_lead(stored.replace(f'"reader": "{lead_reader()}", ', "")) is None
    assert load_lead(stored.replace('"roles"', '"parts"')) is None
    assert load_lead(stored.replace('"sentence_index"', '"sentence"')) is None
    assert load_lead(stored.replace('"perpetrator"', '"culprit"')) is None
    assert load_lead(stored.replace('"killer_dies"', '"killer_fled"')) is None


def test_type_votes_of_reports_make_the_same_type_and_evidence() -> None:
    """``event_type`` given every report's votes, some or none: the same type and sentence."""
    reports = [_report(i, *r) for i, r in enumerate(REPORTS)]
    articles = [a for a, _, _ in reports]
    sentences = {a.id: s for a, s, _ in reports}
    fresh = event_type(articles, sentences)
    assert fresh[0] is EventType.SHOOTING and fresh[1].article_id == "r0"
    kinds = {a.id: read_lead(a, s, m).kinds for a, s, m in reports}
    assert event_type(articles, sentences, kinds) == fresh
    assert event_type(articles, sentences, {"r1": kinds["r1"]}) == fresh


def _record(reports, lead=None):
    articles = [a for a, _, _ in reports]
    sentences = {a.id: s for a, s, _ in reports}
    mentions = [m for _, _, ms in reports for m in ms]
    entity = Entity(id="e1", name="Northside Crew", type="ORG")
    return build_record("ev", articles, sentences, [], [entity], mentions, [], None, None, lead)


def test_the_record_reads_the_stored_leads_and_reads_the_others(leads_read: list[str]) -> None:
    """Given every report's reading, the record reads no lead again and is the same; given some,
    it reads only the others and hands their readings back (to be stored)."""
    reports = [_report(i, *r) for i, r in enumerate(REPORTS)]
    lead: dict[str, LeadReading] = {}
    fresh = _record(reports, lead)
    assert sorted(lead) == ["r0", "r1", "r2", "r3"] and leads_read == ["r0", "r1", "r2", "r3"]
    assert fresh.what is EventType.SHOOTING
    (killed,) = fresh.how_many  # read of the leads alone (no facts): the killed cues
    assert (killed.measure, killed.best) == ("killed", 2)
    assert [(a.name, a.role) for a in fresh.who] == [("Northside Crew", ActorRole.PERPETRATOR)]
    kept = {a: load_lead(dump_lead(r)) for a, r in lead.items()}
    leads_read.clear()
    assert _record(reports, dict(kept)) == fresh
    assert leads_read == []
    some = {a: r for a, r in kept.items() if a != "r2"}
    assert _record(reports, some) == fresh
    assert leads_read == ["r2"] and sorted(some) == ["r0", "r1", "r2", "r3"]


def test_leads_are_stored_replaced_and_dropped_with_the_extraction(database: str) -> None:
    with Store(database) as store:
        a, b = _stored(store, 1), _stored(store, 2)
        store.put_leads({a.id: '{"kinds": []}'})
        assert store.report_leads([a.id, b.id, "nope"]) == {a.id: '{"kinds": []}'}
        store.put_leads({a.id: '{"kinds": [["shooting"]]}'})  # replaced
        assert store.report_leads([a.id]) == {a.id: '{"kinds": [["shooting"]]}'}
        store.put_extraction(a.id)  # its mentions extracted again: the roles read of them go
        assert store.report_leads([a.id]) == {}


def test_version_11_database_gets_the_leads_table(database: str) -> None:
    """A store analysed before v12 has no stored leads: its reports are read again, as before."""
    with Store(database) as store:
        a = _stored(store, 1)
        store.put_days({a.id: '{"days": []}'})
        drop_migrations_after(store, 11)
    assert "report_leads" not in table_names(database)
    set_user_version(database, 11)
    with Store(database) as store:
        assert store.report_leads([a.id]) == {}
        assert store.report_days([a.id]) == {a.id: '{"days": []}'}
    assert user_version(database) == SCHEMA_VERSION
    assert "report_leads" in table_names(database)


@pytest.mark.usefixtures("fast")
def test_a_later_run_reads_the_lead_of_its_new_report_only(
    tmp_path: Path, leads_read: list[str]
) -> None:
    """The event a new report joins is re-analysed reading only that report's lead (the old
    code read every member's again); its record is the one of a reading of every report."""
    every = later_run_of_growing(
        tmp_path, leads_read, lambda store: store.report_leads(["r0", "r1", "r2"]), "leads"
    )
    assert every.record.what is EventType.SHOOTING
