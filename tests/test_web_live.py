"""The web app's live parts over a database filled by ``newsfuse watch`` from a local feed server:
the Sources page and API, events ordered by their latest report with marks, each event's change
feed, and the SSRF guard on the one URL the API accepts (``POST /api/sources``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from local_http import Feed, LocalServer
from test_watch import fast, publish, server, watcher  # noqa: F401 - fixtures

from newsfuse.store import Store
from newsfuse.web import create_app

TOKEN = "live-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def watched(tmp_path: Path, server: LocalServer, fast: None) -> Path:  # noqa: F811
    feed = Feed("Riverton Wire")
    server.routes["/feed.xml"] = feed.handler()
    publish(server, feed, 0)
    db = tmp_path / "live.db"
    with Store(db) as store:
        w = watcher(store, server)
        w.watch([server.url("/feed.xml"), server.url("/missing.xml")])
        w.run_round()
        publish(server, feed, 1)  # the flood story grows
        publish(server, feed, 2)  # and an unrelated one starts
        w.run_round(on_demand=True)
        w.close()
    return db


def test_sources_page_and_api(watched: Path, server: LocalServer) -> None:  # noqa: F811
    client = TestClient(create_app(str(watched)))
    items = {s["url"]: s for s in client.get("/api/sources").json()["items"]}
    ok, missing = items[server.url("/feed.xml")], items[server.url("/missing.xml")]
    assert (ok["status"], ok["title"], ok["entries"], ok["articles"], ok["polls"]) == (
        "ok",
        "Riverton Wire",
        3,
        3,
        2,
    )
    assert (
        missing["status"] == "error" and "HTTP 404" in missing["error"] and missing["failures"] == 2
    )
    assert ok["last_fetch"] and ok["next_due"]
    page = client.get("/sources").text
    assert "Riverton Wire" in page and "HTTP 404" in page and ">3</td>" in page


def test_events_by_latest_report_with_marks_and_change_feed(watched: Path) -> None:
    client = TestClient(create_app(str(watched)))
    items = client.get("/api/events").json()["items"]
    with Store(watched) as store:
        events = {e.id: e for e in store.events()}
        latest = {eid: max(store.arrivals(e.article_ids).values()) for eid, e in events.items()}
    order = sorted(
        latest, key=lambda eid: (latest[eid], len(events[eid].article_ids), eid), reverse=True
    )
    assert [i["id"] for i in items] == order
    assert {i["mark"] for i in items} == {"new"}  # everything arrived within the last day
    flood = next(i for i in items if i["article_count"] == 2)
    feed = client.get(f"/api/events/{flood['id']}/updates").json()
    assert feed["report_count"] == 2 and len(feed["updates"]) == 1
    (update,) = feed["updates"]
    assert update["article_id"] == events[flood["id"]].article_ids[-1] and update["received"]
    assert (
        client.get(
            f"/api/events/{flood['id']}/updates", params={"since": update["received"]}
        ).json()["updates"]
        == []
    )
    assert (
        client.get(f"/api/events/{flood['id']}/updates", params={"since": "soon"}).status_code
        == 400
    )
    page = client.get(f"/events/{flood['id']}").text
    assert f'data-event="{flood["id"]}" data-reports="2"' in page and "<h2>Updates</h2>" in page
    assert 'class="mark new"' in client.get("/").text


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://127.0.0.1:8000/feed", "loopback"),
        ("http://10.0.0.8/feed.xml", "private"),
        ("http://[::ffff:192.168.0.1]/rss", "private"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://example.org/", "only http and https"),
    ],
)
def test_adding_a_source_goes_through_the_guard(watched: Path, url: str, why: str) -> None:
    client = TestClient(create_app(str(watched), token=TOKEN))
    response = client.post("/api/sources", json={"url": url}, headers=AUTH)
    assert response.status_code == 400 and why in response.json()["detail"]
    assert url not in {s["url"] for s in client.get("/api/sources").json()["items"]}


def test_adding_a_source_needs_the_token_and_a_url(watched: Path) -> None:
    client = TestClient(create_app(str(watched), token=TOKEN))
    assert client.post("/api/sources", json={"url": "http://93.184.215.14/rss"}).status_code == 401
    assert client.post("/api/sources", json={"link": "x"}, headers=AUTH).status_code == 400
    added = client.post("/api/sources", json={"url": "http://93.184.215.14/rss"}, headers=AUTH)
    assert added.status_code == 201 and added.json()["status"] == "new"
    assert "http://93.184.215.14/rss" in {
        s["url"] for s in client.get("/api/sources").json()["items"]
    }
