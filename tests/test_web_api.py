"""HTTP API and pages over a real database built from the shared seeds (FastAPI TestClient).

Expected values are read from the store, never copied from the app's output.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfuse.pipeline import Pipeline
from newsfuse.store import Store
from newsfuse.web import create_app
from newsfuse.web.app import CSP

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def build_seeds_db(seeds_dir: Path, target: Path) -> Path:
    """The seeds run through the real pipeline (or a copy of ``$NEWSFUSE_TEST_DB`` if set)."""
    prebuilt = os.environ.get("NEWSFUSE_TEST_DB")
    if prebuilt:
        with sqlite3.connect(prebuilt) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        return target
    with Store(target) as store:
        report = Pipeline(store).run([seeds_dir])
        assert report.added and not report.errors
    return target


@pytest.fixture(scope="module")
def seeds_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seeds_db(seeds_dir, tmp_path_factory.mktemp("web") / "seeds.db")


@pytest.fixture(scope="module")
def store(seeds_db: Path) -> Store:
    with Store(seeds_db) as s:
        yield s


@pytest.fixture(scope="module")
def client(seeds_db: Path) -> TestClient:
    return TestClient(create_app(str(seeds_db)))


@pytest.fixture
def writable(seeds_db: Path, tmp_path: Path) -> Path:
    """A private copy for tests that ingest."""
    copy = tmp_path / "copy.db"
    with sqlite3.connect(seeds_db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


@pytest.fixture
def ingest_client(writable: Path) -> TestClient:
    return TestClient(create_app(str(writable), token=TOKEN))


def biggest_event(store: Store):
    return max(store.events(), key=lambda e: (len(e.article_ids), e.id))


# -- events ----------------------------------------------------------------------------------
def test_events_list_counts_match_store(client: TestClient, store: Store) -> None:
    body = client.get("/api/events").json()
    events = {e.id: e for e in store.events()}
    assert body["total"] == len(events)
    for item in body["items"]:
        event = events[item["id"]]
        articles = store.articles(event.article_ids)
        assert item["title"] == event.title
        assert item["article_count"] == len(event.article_ids)
        assert item["languages"] == sorted({a.language for a in articles if a.language})
        facts = (store.analysis(event.id, "reconciliation") or {}).get("facts", [])
        assert item["disputed_figures"] == sum(f["status"] == "disagree" for f in facts)


def test_events_sort_and_pagination(client: TestClient, store: Store) -> None:
    biggest = client.get("/api/events", params={"sort": "biggest"}).json()["items"]
    sizes = [i["article_count"] for i in biggest]
    assert sizes == sorted(sizes, reverse=True)
    first = client.get("/api/events", params={"per_page": 1, "page": 1}).json()
    second = client.get("/api/events", params={"per_page": 1, "page": 2}).json()
    assert first["total"] == second["total"] == len(store.events())
    assert len(first["items"]) == 1
    if first["total"] > 1:
        assert first["items"][0]["id"] != second["items"][0]["id"]
    assert client.get("/api/events", params={"per_page": 1000}).status_code == 422
    assert client.get("/api/events", params={"sort": "random"}).status_code == 422


def test_events_search_and_filters(client: TestClient, store: Store) -> None:
    event = biggest_event(store)
    article = store.articles(event.article_ids)[-1]
    word = max(article.text.split(), key=len).strip(".,;:'\"()")
    found = client.get("/api/events", params={"q": word}).json()["items"]
    assert event.id in {i["id"] for i in found}
    nothing = client.get("/api/events", params={"q": "zzqxv-never-a-word"}).json()
    assert nothing["total"] == 0
    for language in {a.language for a in store.articles() if a.language}:
        items = client.get("/api/events", params={"language": language}).json()["items"]
        expected = {
            e.id
            for e in store.events()
            if language in {a.language for a in store.articles(e.article_ids)}
        }
        assert {i["id"] for i in items} == expected
    dated = {e.id for e in store.events() if e.last_seen}
    since = client.get("/api/events", params={"from": "1900-01-01"}).json()["items"]
    assert {i["id"] for i in since} == dated
    assert client.get("/api/events", params={"from": "not-a-date"}).status_code == 422
    places = store.places([a.id for a in store.articles()])
    if places:
        name = places[0].name or places[0].text
        items = client.get("/api/events", params={"place": name}).json()["items"]
        assert store.event_of(places[0].article_id) in {i["id"] for i in items}


def test_event_brief_and_facts(client: TestClient, store: Store) -> None:
    event = biggest_event(store)
    brief = client.get(f"/api/events/{event.id}").json()
    assert brief["title"] == event.title
    assert [s["article_id"] for s in brief["sources"]] == event.article_ids
    for item in brief["summary"]:  # a source sentence from its start (debris cut off its end)
        sentence = store.sentences(item["article_id"])[item["sentence_index"]]
        assert sentence.text.startswith(item["text"])
    facts = client.get(f"/api/events/{event.id}/facts").json()
    stored = {f.id: f for f in store.reconciliation(event.id).facts}
    assert facts["facts"] and {f["id"] for f in facts["facts"]} <= set(stored)
    shown = [f["fact"]["id"] for f in brief["figures"] + brief["background"]]
    assert [f["id"] for f in facts["facts"]] == shown


def test_event_record(client: TestClient, store: Store) -> None:
    event = biggest_event(store)
    record = client.get(f"/api/events/{event.id}/record").json()
    assert record["event_id"] == event.id
    assert record["where"][0]["country"] == "SY"
    killed = next(c for c in record["how_many"] if c["measure"] == "killed")
    assert (killed["best"], killed["low"]) == (255, 240)


def test_unknown_ids_are_json_404(client: TestClient) -> None:
    for path in (
        "/api/events/nope",
        "/api/events/nope/facts",
        "/api/events/nope/record",
        "/api/articles/nope",
        "/api/articles/nope/claims",
    ):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
        assert "nope" in response.json()["detail"]
    page = client.get("/articles/nope")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_api_errors_are_problem_details(client: TestClient) -> None:
    """RFC 9457: type, title, status, detail, instance; extension members keep the specifics."""
    missing = client.get("/api/events/nope")
    assert missing.json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "no event with id 'nope'",
        "instance": "/api/events/nope",
    }
    invalid = client.get("/api/events", params={"per_page": 1000})
    assert invalid.headers["content-type"] == "application/problem+json"
    body = invalid.json()
    assert body["status"] == 422 and body["title"] == "Unprocessable Entity"
    assert any(e.startswith("query.per_page") for e in body["errors"])


# -- articles, claims, entities ----------------------------------------------------------------
def test_articles_list_and_detail(client: TestClient, store: Store) -> None:
    listing = client.get("/api/articles", params={"per_page": 100}).json()
    assert listing["total"] == store.article_count()
    assert {i["id"] for i in listing["items"]} == {a.id for a in store.articles()}
    event = biggest_event(store)
    members = client.get("/api/articles", params={"event": event.id}).json()
    assert {i["id"] for i in members["items"]} == set(event.article_ids)
    article = store.articles()[0]
    detail = client.get(f"/api/articles/{article.id}").json()
    assert detail["text"] == article.text
    assert detail["event_id"] == store.event_of(article.id)
    assert [s["text"] for s in detail["sentences"]] == [s.text for s in store.sentences(article.id)]
    assert "raw" not in detail


def test_claims_and_entities(client: TestClient, store: Store) -> None:
    for article in store.articles():
        body = client.get(f"/api/articles/{article.id}/claims").json()
        assert [c["id"] for c in body["claims"]] == [c.id for c in store.claims([article.id])]
    entities = client.get("/api/entities", params={"per_page": 100}).json()
    assert entities["total"] == len(store.entities())
    if store.entities():
        top = store.entities()[0]
        named = client.get("/api/entities", params={"q": top.name}).json()["items"]
        assert top.id in {e["id"] for e in named}


# -- pages -------------------------------------------------------------------------------------
def test_pages_render_citations_and_sentences(client: TestClient, store: Store) -> None:
    event = biggest_event(store)
    index = client.get("/")
    assert index.status_code == 200 and f'href="/events/{event.id}"' in index.text
    page = client.get(f"/events/{event.id}").text
    brief = client.get(f"/api/events/{event.id}").json()
    for item in brief["summary"]:
        assert f'href="/articles/{item["article_id"]}#s{item["sentence_index"]}"' in page
    article = store.articles(event.article_ids)[0]
    html = client.get(f"/articles/{article.id}").text
    for sentence in store.sentences(article.id):
        assert f'id="s{sentence.index}"' in html
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/ingest" in docs.text
    assert "/api/events/{event_id}/facts" in client.get("/openapi.json").json()["paths"]


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/api/events", "/static/style.css", "/api/events/nope", "/docs", "/nowhere"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"


# -- ingest ------------------------------------------------------------------------------------
def test_ingest_disabled_without_token(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSFUSE_TOKEN", raising=False)
    response = TestClient(create_app(str(seeds_db))).post(
        "/api/ingest", json={"text": "Anything at all."}
    )
    assert response.status_code == 403
    assert "disabled" in response.json()["detail"]


def test_ingest_rejects_missing_and_wrong_token(ingest_client: TestClient) -> None:
    missing = ingest_client.post("/api/ingest", json={"text": "Anything."})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = ingest_client.post(
        "/api/ingest", json={"text": "Anything."}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401 and wrong.json()["detail"] == "invalid token"


def test_ingest_token_from_environment(writable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFUSE_TOKEN", "from-env")
    client = TestClient(create_app(str(writable)))
    response = client.post("/api/ingest", json={"source": "x"}, headers=AUTH)
    assert response.status_code == 401  # a token is configured, and it is not ours
    response = client.post(
        "/api/ingest", json={"source": "x"}, headers={"Authorization": "Bearer from-env"}
    )
    assert response.status_code == 400  # authorised, and the record has no text


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bad.jsonl", b'{"text": "fine line but broken\n', "bad.jsonl:1: invalid JSON"),
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "blob.txt: binary file"),
        ("empty.txt", b"", "empty.txt: empty file"),
        ("notes.docx", b"plain words", "notes.docx: unsupported file type .docx"),
        (
            "records.json",
            b'[{"source": "no text here"}]',
            "records.json[1]: missing or empty field 'text'",
        ),
    ],
)
def test_ingest_malformed_uploads(
    ingest_client: TestClient, name: str, content: bytes, expected: str
) -> None:
    response = ingest_client.post("/api/ingest", files={"file": (name, content)}, headers=AUTH)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["added"] == []
    assert any(e.startswith(expected) for e in body["errors"]), body["errors"]


def test_ingest_malformed_bodies(ingest_client: TestClient) -> None:
    bad_json = ingest_client.post(
        "/api/ingest", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert bad_json.status_code == 400
    assert bad_json.json()["errors"][0].startswith("body.json:1: invalid JSON")
    empty = ingest_client.post(
        "/api/ingest", content=b"", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert empty.status_code == 400
    no_file = ingest_client.post("/api/ingest", files={"other": ("a.txt", b"x")}, headers=AUTH)
    assert no_file.status_code == 400 and "'file'" in no_file.json()["detail"]
    wrong_type = ingest_client.post(
        "/api/ingest", content=b"text", headers={**AUTH, "Content-Type": "text/csv"}
    )
    assert wrong_type.status_code == 415


@pytest.mark.slow
def test_ingest_text_records_and_upload(ingest_client: TestClient, writable: Path) -> None:
    record = {
        "title": "Flood closes the river road",
        "text": "Heavy rain flooded the river road on Monday. Officials said 12 homes were damaged "
        "and 40 people were moved to a school.",
        "source": "Example Herald",
        "published": "2024-03-04",
        "language": "en",
    }
    response = ingest_client.post("/api/ingest", json=record, headers=AUTH)
    assert response.status_code == 201, response.text
    (article_id,) = response.json()["added"]
    with Store(writable) as store:
        stored = store.article(article_id)
        assert stored.title == record["title"] and stored.outlet == record["source"]
        assert stored.source_path == "api:body.json"
        assert store.event_of(article_id) in response.json()["events"]
    assert ingest_client.get(f"/api/articles/{article_id}").json()["title"] == record["title"]
    again = ingest_client.post("/api/ingest", json=record, headers=AUTH)
    assert again.status_code == 200 and again.json()["known"] == 1
    mixed = [{"text": "A bridge reopened after repairs lasting two full months in town."}, {"x": 1}]
    partial = ingest_client.post("/api/ingest", json=mixed, headers=AUTH)
    assert partial.status_code == 201
    assert len(partial.json()["added"]) == 1
    (error,) = partial.json()["errors"]
    assert error.startswith("body.json[2]: missing or empty field 'text'")
    lines = "\n".join(
        json.dumps(
            {"title": f"Market day {i}", "text": f"Stall {i} sold {i * 3} crates of apples."}
        )
        for i in range(1, 3)
    )
    upload = ingest_client.post(
        "/api/ingest", files={"file": ("batch.jsonl", lines.encode())}, headers=AUTH
    )
    assert upload.status_code == 201 and len(upload.json()["added"]) == 2
    listing = ingest_client.get("/api/events", params={"q": "apples"}).json()
    with Store(writable) as store:
        expected = {store.event_of(a) for a in upload.json()["added"]}
    assert {i["id"] for i in listing["items"]} == expected


@pytest.mark.slow
def test_untrusted_markup_is_escaped(ingest_client: TestClient, writable: Path) -> None:
    record = {
        "title": "<script>alert('t')</script> headline",
        "text": 'Officials said <script>alert(1)</script> and <img src=x onerror="alert(2)"> were '
        "found in the report released on Tuesday by the city council.",
        "url": "javascript:alert(3)",
    }
    response = ingest_client.post("/api/ingest", json=record, headers=AUTH)
    (article_id,) = response.json()["added"]
    with Store(writable) as store:
        text = store.article(article_id).text
    assert "<script>" in text  # the markup survived ingest, so escaping is what is tested
    html = ingest_client.get(f"/articles/{article_id}").text
    assert "<script>alert" not in html and "<img src=x" not in html
    shown = re.sub(r"</?mark[^>]*>", "", html)  # highlights may split the text, never unescape it
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert 'href="javascript:' not in html


def test_search_adds_nothing_to_the_database(seeds_db: Path) -> None:
    """The full-text index lives in memory: serving never changes the shared schema."""
    client = TestClient(create_app(str(seeds_db)))
    client.get("/api/events", params={"q": "syria"})
    with sqlite3.connect(seeds_db) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not any("fts" in t for t in tables)


@pytest.mark.slow
def test_headline_figure_links_to_the_title(ingest_client: TestClient) -> None:
    record = {"title": "Storm kills 3 in Riverton", "text": "The storm hit Riverton on Monday."}
    (article_id,) = ingest_client.post("/api/ingest", json=record, headers=AUTH).json()["added"]
    html = ingest_client.get(f"/articles/{article_id}").text
    assert '<h1 id="s-1">' in html and '<a href="#s-1">3</a>' in html
    body = html.split('<div class="text"', 1)[1].split("</div>", 1)[0]
    assert 'class="hl figure"' not in body  # title offsets never highlight the body
