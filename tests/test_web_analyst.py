"""The analyst's web: downloads, why the reports are together, corrections, the map (TestClient).

The database is ``test_why``'s hand-built world (a flood in three languages, a fire in two) with
an event record for the flood; expected values are read from the store or the export module.
"""

from __future__ import annotations

import io
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from test_why import build_world, fast_models

from newsfuse.export import FORMATS, export
from newsfuse.pipeline import Pipeline, RunReport
from newsfuse.records import EventPlace, EventRecord, EventWhen, Place, PlacePrecision
from newsfuse.store import Store
from newsfuse.web import create_app
from newsfuse.web.analyst import MapPoint, map_points, place_map

TOKEN = "analyst-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PROBLEM = "application/problem+json"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    fast_models(monkeypatch)
    path = tmp_path / "web.db"
    with build_world(path) as store:
        Pipeline(store).finish(RunReport())  # each event's figures reconciled
        store.put_record(
            EventRecord(
                "ev-flood",
                when=EventWhen(date(2024, 3, 4), date(2024, 3, 4), "day"),
                where=[
                    EventPlace("Riverton", "XX", PlacePrecision.TOWN, latitude=45.1, longitude=7.6)
                ],
            )
        )
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(str(db), token=TOKEN))


def members(db: Path) -> dict[str, list[str]]:
    with Store(db) as store:
        return {e.id: sorted(e.article_ids) for e in store.events()}


# -- downloads -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "fmt", "filename"),
    [
        ("/api/events.csv", "csv", "newsfuse-events.csv"),
        ("/api/events.acled.csv", "acled", "newsfuse-acled.csv"),
        ("/api/events.ucdp.csv", "ucdp", "newsfuse-ucdp.csv"),
        ("/api/figures.csv", "figures", "newsfuse-figures.csv"),
        ("/api/events/ev-flood/figures.csv", "figures", "ev-flood-figures.csv"),
        ("/api/events.jsonl", "jsonl", "newsfuse-events.jsonl"),
    ],
)
def test_downloads_are_the_exports(
    client: TestClient, db: Path, path: str, fmt: str, filename: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    expected_type = "text/csv" if fmt != "jsonl" else "application/x-ndjson"
    assert response.headers["content-type"].startswith(expected_type)
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    events = ["ev-flood"] if "ev-flood" in path else None
    with Store(db) as store:
        assert response.text == export(store, fmt, events)  # the same file as the CLI's
    if FORMATS[fmt].columns is not None:
        df = pd.read_csv(io.StringIO(response.text))
        assert list(df.columns) == [c.name for c in FORMATS[fmt].columns]
        assert len(df) >= 1


def test_downloads_filter_events_and_name_unknown_ones(client: TestClient) -> None:
    one = pd.read_csv(io.StringIO(client.get("/api/events.csv?event=ev-fire").text))
    assert list(one["event_id"]) == ["ev-fire"]
    flood = pd.read_csv(io.StringIO(client.get("/api/events.acled.csv?event=ev-flood").text))
    assert flood.loc[0, "location"] == "Riverton" and flood.loc[0, "event_date"] == "2024-03-04"
    for path in ("/api/events.ucdp.csv?event=ev-nope", "/api/events/ev-nope/figures.csv"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == PROBLEM
        assert "no event ev-nope" in response.json()["detail"]
    evil = client.get('/api/events/a"b/figures.csv')
    assert evil.status_code == 404 and "content-disposition" not in evil.headers


# -- why -------------------------------------------------------------------------------------------
def test_why_api(client: TestClient) -> None:
    body = client.get("/api/events/ev-flood/why").json()
    assert [m["article_id"] for m in body["members"]] == ["en1", "fr1", "es1"]
    kinds = {r["kind"] for r in body["members"][2]["reasons"]}
    assert {"meaning", "words", "places", "days", "figures", "names"} <= kinds
    assert body["nearest"]["event_id"] == "ev-fire"
    assert any(r["text"].startswith("Different places") for r in body["nearest"]["reasons"])
    missing = client.get("/api/events/ev-nope/why")
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM


def test_event_page_shows_map_reasons_and_corrections(client: TestClient) -> None:
    html = client.get("/events/ev-flood").text
    assert '<svg class="map"' in html
    assert html.count('<circle class="pt primary"') == 1  # Riverton, from the record
    assert html.count('<circle class="pt ') == 1  # no other place: the record's is the reports'
    assert 'id="why"' in html and "It is a translation of Wire&#39;s report" in html
    assert "Nearest other event" in html and 'href="/events/ev-fire"' in html
    assert 'id="correct"' in html and "/static/analyst.js" in html
    assert 'rel="icon" href="/static/favicon.svg"' in html
    assert client.get("/static/favicon.svg").headers["content-type"].startswith("image/svg+xml")


# -- corrections -------------------------------------------------------------------------------------
def test_corrections_need_the_token(db: Path, client: TestClient) -> None:
    before = members(db)
    closed = TestClient(create_app(str(db)))  # no token configured: writes are off
    response = closed.post("/api/corrections/merge", json={"events": ["ev-flood", "ev-fire"]})
    assert response.status_code == 403 and response.headers["content-type"] == PROBLEM
    response = client.post("/api/corrections/merge", json={"events": ["ev-flood", "ev-fire"]})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    response = client.post("/api/corrections/split", json={"nonsense": 1})
    assert response.status_code == 401  # the token is checked before the body
    response = client.post(
        "/api/corrections/undo", json={}, headers={"Authorization": "Bearer wrong"}
    )
    assert response.status_code == 401
    assert members(db) == before


def test_merge_shows_both_sets_of_figures_and_undo_restores(db: Path, client: TestClient) -> None:
    before = members(db)
    facts = {
        e: {(f["measure"], f["best"]) for f in client.get(f"/api/events/{e}/facts").json()["facts"]}
        for e in ("ev-flood", "ev-fire")
    }
    assert facts["ev-flood"] and facts["ev-fire"]
    response = client.post(
        "/api/corrections/merge",
        json={"events": ["ev-flood", "ev-fire"], "by": "ana", "why": "one storm"},
        headers=AUTH,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["correction"]["kind"] == "merge" and body["correction"]["author"] == "ana"
    assert body["events"] == [
        {
            "id": "ev-flood",
            "title": "Flood kills 12 in Riverton",
            "article_count": 5,
            "url": "/events/ev-flood",
        }
    ]
    assert members(db) == {"ev-flood": sorted(before["ev-flood"] + before["ev-fire"])}
    merged = {
        (f["measure"], f["best"]) for f in client.get("/api/events/ev-flood/facts").json()["facts"]
    }
    assert facts["ev-flood"] | facts["ev-fire"] <= merged  # the brief shows both sets
    log = client.get("/api/corrections?event=ev-flood").json()["items"]
    assert [(c["id"], c["reason"], c["undone_at"]) for c in log] == [("c1", "one storm", None)]
    page = client.get("/events/ev-flood").text
    assert "An analyst merged it with these reports (c1, by ana" in page
    assert 'data-action="undo" data-correction="c1"' in page
    undone = client.post("/api/corrections/undo", json={"by": "ana"}, headers=AUTH)
    assert undone.status_code == 200 and undone.json()["correction"]["undone_by"] == "ana"
    assert members(db) == before


def test_split_and_move_over_the_api(db: Path, client: TestClient) -> None:
    response = client.post(
        "/api/corrections/split", json={"event": "ev-flood", "articles": ["es1"]}, headers=AUTH
    )
    assert response.status_code == 201
    split_off = [e["id"] for e in response.json()["events"] if e["id"] != "ev-flood"]
    assert members(db)[split_off[0]] == ["es1"]
    assert response.json()["correction"]["author"] == "web"  # nobody named
    response = client.post(
        "/api/corrections/move", json={"articles": ["en2"], "event": "ev-flood"}, headers=AUTH
    )
    assert response.status_code == 201 and "en2" in members(db)["ev-flood"]
    wrong = client.post(
        "/api/corrections/split", json={"event": "ev-fire", "articles": ["en1"]}, headers=AUTH
    )
    assert wrong.status_code == 400 and wrong.headers["content-type"] == PROBLEM
    assert wrong.json()["detail"] == "not in event ev-fire: en1"
    short = client.post("/api/corrections/merge", json={"events": ["ev-flood"]}, headers=AUTH)
    assert short.status_code == 422 and short.headers["content-type"] == PROBLEM


# -- the map ---------------------------------------------------------------------------------------
ALEPPO, IDLIB, DAMASCUS = (36.20124, 37.16117), (35.93062, 36.63393), (33.5102, 36.29128)


def _points(*places: tuple[str, tuple[float, float]]) -> list[MapPoint]:
    return [MapPoint(name, lat, lon, reports=2) for name, (lat, lon) in places]


def test_map_projection_keeps_directions_and_distances() -> None:
    m = place_map(_points(("Aleppo", ALEPPO), ("Idlib", IDLIB), ("Damascus", DAMASCUS)))
    aleppo, idlib, damascus = m.points
    assert idlib.x < aleppo.x and damascus.y > aleppo.y  # Idlib lies west, Damascus south
    for p in m.points:
        assert 0 <= p.x <= m.width and 0 <= p.y <= m.height
    # Aleppo to Damascus is about 310 km (haversine); the scale bar measures the same distance
    km_per_px = float(m.scale["label"].split()[0]) / m.scale["width"]
    shown = math.dist((aleppo.x, aleppo.y), (damascus.x, damascus.y)) * km_per_px
    lat1, lon1, lat2, lon2 = map(math.radians, (*ALEPPO, *DAMASCUS))
    true = (
        2
        * 6371
        * math.asin(
            math.sqrt(
                math.sin((lat2 - lat1) / 2) ** 2
                + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
            )
        )
    )
    assert shown == pytest.approx(true, rel=0.03)
    # the grid: parallels north of the equator, labelled northward going up; meridians eastward
    parallels = sorted((g for g in m.lines if g["x1"] == 0), key=lambda g: g["y1"])
    meridians = sorted((g for g in m.lines if g["y1"] == 0), key=lambda g: g["x1"])
    assert len(parallels) >= 2 and len(meridians) >= 2
    north = [float(g["label"].removesuffix("°N")) for g in parallels]
    east = [float(g["label"].removesuffix("°E")) for g in meridians]
    assert north == sorted(north, reverse=True) and east == sorted(east)
    below = [g for g in parallels if float(g["label"].removesuffix("°N")) <= ALEPPO[0]]
    above = [g for g in parallels if float(g["label"].removesuffix("°N")) > ALEPPO[0]]
    assert all(aleppo.y <= g["y1"] for g in below) and all(aleppo.y > g["y1"] for g in above)


def test_a_single_place_sits_in_the_middle() -> None:
    m = place_map(_points(("Lyon", (45.764, 4.8357))))
    (lyon,) = m.points
    assert (lyon.x, lyon.y) == (m.width / 2, m.height / 2)
    assert place_map([]) is None


def test_map_points_keep_the_record_first_and_drop_passing_mentions() -> None:
    record = EventRecord(
        "ev",
        where=[EventPlace("Toledo", "ES", PlacePrecision.TOWN, latitude=39.86, longitude=-4.02)],
    )
    named = [
        Place("a1", 0, 0, 6, "Toledo", 1, "Toledo", "ES", "", 39.86, -4.02),
        Place("a2", 0, 0, 6, "Madrid", 2, "Madrid", "ES", "", 40.42, -3.70),
        Place("a3", 1, 9, 15, "Madrid", 2, "Madrid", "ES", "", 40.42, -3.70),
        Place("a3", 2, 20, 26, "Ankara", 3, "Ankara", "TR", "", 39.92, 32.85),  # one report
        Place("a1", 2, 30, 35, "Spain", 4, "Spain", "ES", "", None, None),  # no coordinates
    ]
    points = map_points(record, named, reports=3)
    assert [(p.name, p.kind, p.reports) for p in points] == [
        ("Toledo", "primary", 1),
        ("Madrid", "mentioned", 2),
    ]
    assert points[0].href == "/articles/a1#s0"
