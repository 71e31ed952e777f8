"""Exports (csv, figures, acled, ucdp, jsonl) from event records and facts built by hand.

The store holds what the record and reconcile stages would write; every expected cell is the
record's own value (or empty when the record has none): the exports must never invent one.
"""

from __future__ import annotations

import io
import json
import math
import re
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.export import FORMATS, ExportError, export
from newsfuse.export.table import cell_text
from newsfuse.records import (
    ActorRole,
    Article,
    Duplicate,
    DuplicateKind,
    Event,
    EventActor,
    EventCount,
    EventPlace,
    EventRecord,
    EventType,
    EventWhen,
    Evidence,
    Fact,
    PlacePrecision,
    Qualifier,
    Reconciliation,
    Sentence,
    SourceValue,
)
from newsfuse.store import Store

DOCS = Path(__file__).resolve().parents[1] / "docs" / "export.md"
ALEPPO = "Rebels led by Hayat Tahrir al-Sham launched an offensive near Aleppo on Wednesday."
EVIL = '=HYPERLINK("http://evil.example","Flood in Riverton")'
FR_LEAD = "Les rebelles ont lancé mercredi une offensive près d'Alep, selon l'OSDH."


def _article(aid: str, seq: int, title: str, text: str, outlet: str, lang: str, day: int):
    return Article(
        id=aid,
        text=text,
        title=title,
        outlet=outlet,
        language=lang,
        seq=seq,
        content_hash=aid,
        published=datetime(2024, 11, day, 9, 0),
        url=f"https://{outlet.lower().replace(' ', '')}.example/{aid}",
    )


def _value(claim: str, article: str, outlet: str, low: float, high: float, q: Qualifier):
    stated = low if q is not Qualifier.UP_TO else high
    return SourceValue(
        claim, article, outlet, low, high, q, f"{stated:g} killed", value=stated, sentence_index=0
    )


def syria_store(path: Path, disputed: bool = False) -> Store:
    """Two events: an offensive near Aleppo (record and facts) and a second one without record."""
    store = Store(path)
    reports = [
        _article("a1", 1, "Rebels launch offensive near Aleppo", ALEPPO, "Wire One", "en", 28),
        _article("a2", 2, "Offensive rebelle près d'Alep", FR_LEAD, "Journal Deux", "fr", 28),
        _article("a3", 3, "Toll rises near Aleppo", ALEPPO + " Again.", "Wire One", "en", 29),
        _article("b1", 4, EVIL, "The river burst its banks in Riverton.", "Local", "en", 2),
    ]
    for a in reports:
        store.add_article(a, [Sentence(a.id, 0, 0, len(a.text), a.text, a.language)])
    store.put_duplicates([Duplicate("a2", "a1", DuplicateKind.TRANSLATION, 0.93)])
    for event_id, members in (("ev-aleppo", reports[:3]), ("ev-flood", reports[3:])):
        times = [a.published for a in members]
        event = Event(event_id, members[0].title, [a.id for a in members], min(times), max(times))
        store.put_event(event, {})
    second = 31.0 if disputed else 255.0
    killed = Fact(
        id="ev-aleppo:killed-people",
        event_id="ev-aleppo",
        measure="killed",
        subject="people",
        unit=None,
        values=[
            _value("a1:c0", "a1", "Wire One", 255, math.inf, Qualifier.AT_LEAST),
            _value("a3:c0", "a3", "Wire One", second, second, Qualifier.EXACT),
        ],
        low=min(255, second),
        high=255,
        best=255,
        status="disagree" if disputed else "compatible",
        independent_sources=2,
        label="people killed",
    )
    store.put_analysis(
        "ev-aleppo", "reconciliation", asdict(Reconciliation("ev-aleppo", facts=[killed]))
    )
    place = EventPlace(
        name="Aleppo",
        country="SY",
        precision=PlacePrecision.TOWN,
        admin1="Aleppo Governorate",
        country_name="Syria",
        geonameid=170063,
        latitude=36.20124,
        longitude=37.16117,
        evidence=[Evidence("a1", 0, ALEPPO)],
    )
    store.put_record(
        EventRecord(
            event_id="ev-aleppo",
            what=EventType.ARMED_CLASH,
            what_evidence=Evidence("a1", 0, ALEPPO),
            when=EventWhen(date(2024, 11, 27), date(2024, 11, 27), "day"),
            where=[
                place,
                EventPlace("Idlib Governorate", "SY", PlacePrecision.ADMIN1, "Idlib Governorate"),
            ],
            who=[
                EventActor("Hayat Tahrir al-Sham", ActorRole.PERPETRATOR, type="ORG"),
                EventActor("Syrian army", ActorRole.TARGET, type="ORG"),
                EventActor("Syrian Observatory for Human Rights", ActorRole.AUTHORITY),
            ],
            how_many=[
                EventCount(
                    "killed",
                    "people",
                    255,
                    min(255, second),
                    255,
                    fact_id=killed.id,
                    article_ids=["a1", "a3"],
                    authorities=["Syrian Observatory for Human Rights"],
                ),
                EventCount("killed", "civilians", 26, 24, 26, article_ids=["a1"]),
                EventCount("displaced", "people", 14000, 14000, 14000, article_ids=["a2"]),
            ],
        )
    )
    return store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with syria_store(tmp_path / "x.db") as s:
        yield s


def frame(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), keep_default_na=True)


def row(df: pd.DataFrame, column: str, value: str) -> pd.Series:
    (index,) = df.index[df[column] == value]
    return df.loc[index]


# -- the ACLED-style row a conflict analyst reads ------------------------------------------------
def test_acled_row_from_the_record(store: Store) -> None:
    df = frame(export(store, "acled"))
    assert list(df.columns) == [c.name for c in FORMATS["acled"].columns]
    aleppo = row(df, "event_id_cnty", "ev-aleppo")
    assert aleppo["event_date"] == "2024-11-27" and aleppo["year"] == 2024
    assert aleppo["time_precision"] == 1
    assert (aleppo["disorder_type"], aleppo["event_type"], aleppo["sub_event_type"]) == (
        "Political violence",
        "Battles",
        "Armed clash",
    )
    assert aleppo["actor1"] == "Hayat Tahrir al-Sham" and aleppo["actor2"] == "Syrian army"
    assert pd.isna(aleppo["assoc_actor_1"]) and pd.isna(aleppo["inter1"])
    assert (aleppo["location"], aleppo["admin1"], aleppo["country"]) == (
        "Aleppo",
        "Aleppo Governorate",
        "Syria",
    )
    assert aleppo["iso"] == 760  # Syria's ISO 3166 numeric code, from the gazetteer
    assert (aleppo["latitude"], aleppo["longitude"], aleppo["geo_precision"]) == (
        36.20124,
        37.16117,
        1,
    )
    assert aleppo["source"] == "Wire One; Journal Deux"
    assert aleppo["notes"] == ALEPPO  # the reports' own words, no dispute to note
    # "at least 255" and "255" do not differ: ACLED's figure is the one they all allow
    assert aleppo["fatalities"] == 255 and aleppo["fatalities_best"] == 255
    assert (aleppo["fatalities_low"], aleppo["fatalities_high"]) == (255, 255)
    assert aleppo["fatalities_sources"] == "Wire One"
    assert aleppo["cited_authorities"] == "Syrian Observatory for Human Rights"
    assert aleppo["reports"] == 3


def test_acled_takes_the_conservative_figure_when_reports_disagree(tmp_path: Path) -> None:
    with syria_store(tmp_path / "d.db", disputed=True) as store:
        aleppo = row(frame(export(store, "acled")), "event_id_cnty", "ev-aleppo")
    assert aleppo["fatalities"] == 31 and aleppo["fatalities_best"] == 255
    assert (
        aleppo["notes"]
        == f"{ALEPPO} Killed figures stated range from 31 to 255 (best estimate 255)."
    )


def test_an_event_without_record_gets_empty_cells(store: Store) -> None:
    df = frame(export(store, "acled", ["ev-flood"]))
    (flood,) = df.to_dict("records")
    filled = {k for k, v in flood.items() if not pd.isna(v)}
    assert filled == {"event_id_cnty", "source", "reports", "first_reported"}
    ucdp = frame(export(store, "ucdp", ["ev-flood"])).iloc[0]
    assert pd.isna(ucdp["best"]) and pd.isna(ucdp["date_start"]) and pd.isna(ucdp["where_prec"])
    assert ucdp["number_of_sources"] == 1


# -- UCDP GED --------------------------------------------------------------------------------------
def test_ucdp_row(store: Store) -> None:
    df = frame(export(store, "ucdp", ["ev-aleppo"]))
    assert list(df.columns) == [c.name for c in FORMATS["ucdp"].columns]
    (r,) = df.to_dict("records")
    assert (r["date_start"], r["date_end"], r["date_prec"], r["year"]) == (
        "2024-11-27",
        "2024-11-27",
        1,
        2024,
    )
    assert (r["where_coordinates"], r["adm_1"], r["where_prec"]) == (
        "Aleppo",
        "Aleppo Governorate",
        1,
    )
    assert r["geom_wkt"] == "POINT (37.16117 36.20124)"
    assert r["where_description"] == ALEPPO
    assert (r["side_a"], r["side_b"]) == ("Hayat Tahrir al-Sham", "Syrian army")
    assert r["dyad_name"] == "Hayat Tahrir al-Sham - Syrian army"
    assert (r["best"], r["low"], r["high"], r["deaths_civilians"]) == (255, 255, 255, 26)
    assert pd.isna(r["deaths_a"]) and pd.isna(r["type_of_violence"]) and pd.isna(r["priogrid_gid"])
    assert r["number_of_sources"] == 2  # the French report translates the first: counted once
    assert r["source_original"] == "Syrian Observatory for Human Rights"
    assert r["source_office"] == "Wire One; Journal Deux"
    assert r["source_date"] == "2024-11-28; 2024-11-29"
    assert r["source_article"].startswith("Wire One (2024-11-28): Rebels launch offensive")


def test_ucdp_precision_codes(tmp_path: Path) -> None:
    with syria_store(tmp_path / "p.db") as store:
        record = store.record("ev-aleppo")
        record.when = EventWhen(date(2024, 11, 25), date(2024, 12, 1), "week")
        record.where = record.where[1:]  # only the governorate is known
        store.put_record(record)
        r = frame(export(store, "ucdp", ["ev-aleppo"])).iloc[0]
        a = frame(export(store, "acled", ["ev-aleppo"])).iloc[0]
    assert (r["date_prec"], r["date_start"], r["date_end"]) == (3, "2024-11-25", "2024-12-01")
    assert (r["where_prec"], r["where_coordinates"]) == (4, "Idlib Governorate")
    assert pd.isna(r["latitude"]) and pd.isna(r["geom_wkt"])  # no coordinates: none invented
    assert (a["time_precision"], a["geo_precision"], a["event_date"]) == (2, 3, "2024-11-25")


# -- newsfuse's own tables -----------------------------------------------------------------------
def test_events_csv(store: Store) -> None:
    df = frame(export(store, "csv"))
    assert list(df.columns) == [c.name for c in FORMATS["csv"].columns]
    aleppo = row(df, "event_id", "ev-aleppo")
    assert (aleppo["reports"], aleppo["independent_reports"]) == (3, 2)
    assert aleppo["languages"] == "en; fr" and aleppo["event_type"] == "armed_clash"
    assert (aleppo["killed_best"], aleppo["displaced_best"]) == (255, 14000)
    assert pd.isna(aleppo["injured_best"])  # no injured count: empty, not 0
    assert aleppo["other_locations"] == "Idlib Governorate"
    assert aleppo["disputed_figures"] == 0
    assert pd.isna(row(df, "event_id", "ev-flood")["disputed_figures"])  # never analysed


def test_figures_csv_keeps_bounds_and_qualifiers(store: Store) -> None:
    df = frame(export(store, "figures", ["ev-aleppo"]))
    assert list(df.columns) == [c.name for c in FORMATS["figures"].columns]
    first, second = df.to_dict("records")
    assert (first["stated"], first["stated_low"], first["qualifier"]) == (255, 255, "at_least")
    assert pd.isna(first["stated_high"])  # "at least 255": unbounded, not infinity
    assert (second["qualifier"], second["stated_high"], second["outlet"]) == (
        "exact",
        255,
        "Wire One",
    )


def test_untrusted_text_cannot_become_a_spreadsheet_formula(store: Store) -> None:
    for name, column in (("csv", "title"), ("ucdp", "source_headline")):
        text = export(store, name, ["ev-flood"])
        assert frame(text).iloc[0][column] == "'" + EVIL
        assert ",=" not in text and '"=' not in text
    assert cell_text(-5) == "-5" and cell_text(-2.5) == "-2.5"  # numbers are no formulas


def test_jsonl_lines_are_the_typed_records(store: Store) -> None:
    lines = [json.loads(line) for line in export(store, "jsonl").splitlines()]
    by_id = {line["event_id"]: line for line in lines}
    aleppo, flood = by_id["ev-aleppo"], by_id["ev-flood"]
    assert aleppo["schema"] == "newsfuse.export/1"
    assert aleppo["record"]["when"]["start"] == "2024-11-27"
    assert aleppo["record"]["where"][0]["name"] == "Aleppo"
    assert aleppo["figures"][0]["values"][0]["high"] is None  # unbounded
    assert [s["copy_of"] for s in aleppo["sources"]] == [None, "a1", None]
    assert flood["record"] is None and flood["figures"] == []


def test_unknown_event_or_format_is_an_error(store: Store) -> None:
    with pytest.raises(ExportError, match="no event ev-nope"):
        export(store, "acled", ["ev-aleppo", "ev-nope"])
    with pytest.raises(ExportError, match="unknown export format 'xls'"):
        export(store, "xls")


def test_empty_store_gives_the_header_only(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store:
        df = frame(export(store, "acled"))
    assert df.empty and list(df.columns) == [c.name for c in FORMATS["acled"].columns]


# -- the documented columns ----------------------------------------------------------------------
def documented_columns() -> dict[str, list[str]]:
    """Each '## `format`' section's table of docs/export.md: the first cell of every row."""
    out: dict[str, list[str]] = {}
    current = None
    for line in DOCS.read_text().splitlines():
        heading = re.match(r"^## `(\w+)`", line)
        if heading:
            current = heading.group(1)
            out[current] = []
        elif current and (cell := re.match(r"^\| `([a-z0-9_]+)` \|", line)):
            out[current].append(cell.group(1))
    return out


def test_docs_list_every_column_in_order() -> None:
    documented = documented_columns()
    for name, fmt in FORMATS.items():
        if fmt.columns is not None:
            assert documented[name] == [c.name for c in fmt.columns], name


# -- the command ---------------------------------------------------------------------------------
def test_cli_export_to_a_file_and_to_stdout(tmp_path: Path) -> None:
    syria_store(tmp_path / "c.db").close()
    runner = CliRunner()
    out = tmp_path / "acled.csv"
    result = runner.invoke(
        app,
        [
            "export",
            "--db",
            str(tmp_path / "c.db"),
            "-f",
            "acled",
            "-e",
            "ev-aleppo",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out)
    assert list(df["event_id_cnty"]) == ["ev-aleppo"]
    result = runner.invoke(
        app,
        [
            "export",
            "--db",
            str(tmp_path / "c.db"),
            "--format",
            "csv",
            "--events",
            "ev-flood,ev-aleppo",
        ],
    )
    assert result.exit_code == 0
    assert list(frame(result.stdout)["event_id"]) == ["ev-flood", "ev-aleppo"]
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "c.db"), "-e", "ev-nope"])
    assert result.exit_code == 2 and "no event ev-nope" in result.output
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.slow
def test_acled_row_of_the_seed_reports_when_they_carry_their_dates(tmp_path: Path) -> None:
    """The founding example end to end: the five seed reports as JSON lines with a publication
    day (the files themselves name no year or month, so the run on the bare files leaves the date
    empty rather than guess), run and exported as ACLED rows a conflict analyst reads: the day the
    offensive began ("began on Wednesday" in reports of Friday 29 November 2024), the place, the
    actors and the fatalities with their sources."""
    from conftest import SHARED

    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.fail(f"the seed reports are missing under {SHARED / 'seeds'}")
    lines = [
        json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": "2024-11-29"})
        for p in seeds
    ]
    (tmp_path / "seeds.jsonl").write_text("\n".join(lines), encoding="utf-8")
    db, out = tmp_path / "s.db", tmp_path / "acled.csv"
    runner = CliRunner()
    ran = runner.invoke(app, ["run", str(tmp_path / "seeds.jsonl"), "--db", str(db)])
    assert ran.exit_code == 0, ran.output
    exported = runner.invoke(app, ["export", "--db", str(db), "-f", "acled", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    row = rows.loc[rows["location"] != ""].iloc[0]
    assert row["event_date"] == "2024-11-27" and row["year"] == "2024"
    assert (row["country"], row["location"], row["iso"]) == ("Syria", "Aleppo", "760")
    assert int(row["fatalities"]) >= 240
    assert row["actor1"] == "Hayat Tahrir al-Sham"
    assert row["actor2"] == "Syrian Arab Army" or "Syrian Arab Army" in row["assoc_actor_2"]
    assert row["actor1"] not in row["actor2"] + row["assoc_actor_2"]  # one side each
    assert "Syrian Observatory for Human Rights" in row["cited_authorities"]
