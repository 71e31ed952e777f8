"""The web app in a real headless Chromium (Playwright) against uvicorn on 127.0.0.1.

Run ``.ci/browser.sh`` first: it installs Debian's Chromium, which Playwright drives through
``executable_path`` (Playwright cannot download its own browser here).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from newsfuse.pipeline import Pipeline
from newsfuse.store import Store
from newsfuse.web import create_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "browser-test-token"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
PAYLOAD = {
    "title": "<script>window.__pwned = 'title'; alert('title')</script> Council report",
    "text": "The city council said <script>window.__pwned = 'text'; alert(1)</script> and "
    "<img src=x onerror=\"window.__pwned = 'img'; alert(2)\"> appeared in the report "
    "released on Tuesday about the water supply.",
    "url": "javascript:window.__pwned='url'",
    "language": "en",
}


@pytest.fixture(scope="module")
def db_path(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "web.db"
    prebuilt = os.environ.get("NEWSFUSE_TEST_DB")  # same switch as test_web_api.py
    if prebuilt:
        with sqlite3.connect(prebuilt) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
    else:
        with Store(path) as store:
            assert Pipeline(store).run([seeds_dir]).added
    return path


@contextmanager
def running_server(db_path: Path, token: str) -> Iterator[str]:
    """uvicorn in a thread on a free loopback port serving ``db_path``, stopped on exit."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(str(db_path), token=token), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(db_path: Path) -> Iterator[str]:
    with running_server(db_path, TOKEN) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run .ci/browser.sh first")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def seeds_event(db_path: Path):
    """The event holding most seed reports (clustering may split the seeds)."""
    with Store(db_path) as store:
        return max(store.events(), key=lambda e: (len(e.article_ids), e.id))


def test_events_to_brief_to_cited_sentence(server: str, page: object, db_path: Path) -> None:
    event = seeds_event(db_path)
    with Store(db_path) as store:
        sources = store.articles(event.article_ids)
    page.goto(server + "/")
    link = page.locator(f'a[href="/events/{event.id}"]')
    assert link.inner_text().strip() == event.title
    link.click()
    page.wait_for_url(f"**/events/{event.id}")
    assert page.locator("h1").inner_text().strip() == event.title
    source_items = page.locator("ol.sources > li")
    assert source_items.count() == len(sources)
    for item, article in zip(source_items.all(), sources, strict=True):
        assert item.locator(f'a[href="/articles/{article.id}"]').count() >= 1
    assert page.locator("#summary li").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)

    citation = page.locator("#summary a.cite").first
    href = citation.get_attribute("href")
    article_id, index = href.removeprefix("/articles/").split("#s")
    citation.click()
    page.wait_for_url(f"**/articles/{article_id}#s{index}")
    assert page.evaluate("location.hash") == f"#s{index}"
    target = page.locator(f"[id='s{index}']")
    assert target.is_visible()
    with Store(db_path) as store:
        sentence = store.sentences(article_id)[int(index)]
    assert target.inner_text().strip() == sentence.text.strip()
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # the :target highlight
    target.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "cited-sentence.png"))


def test_disputed_figures_by_outlet(server: str, page: object, db_path: Path) -> None:
    """Each outlet's value of every disputed figure shows in the figures table and chart."""
    event = seeds_event(db_path)
    brief = httpx.get(f"{server}/api/events/{event.id}", timeout=60).json()
    disputed = [row for row in brief["figures"] if row["status"] == "disagree"]
    assert disputed, "the seeds disagree on civilians killed"
    page.goto(f"{server}/events/{event.id}")
    rows = page.locator("table.figures tr.status-disagree")
    assert rows.count() == len(disputed)
    table = page.locator("table.figures").inner_text()
    charts = page.locator("figure.chart svg")
    assert charts.count() == len(disputed)
    for row in disputed:
        values = {v["value"] for v in row["values"]}
        assert len(values) >= 2
        for value in values:
            shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
            assert shown in table
    page.locator("figure.chart").first.screenshot(path=str(ARTIFACTS / "disputed-chart.png"))


def test_untrusted_article_renders_inert(server: str, page: object, db_path: Path) -> None:
    response = httpx.post(
        f"{server}/api/ingest",
        json=PAYLOAD,
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert response.status_code == 201, response.text
    (article_id,) = response.json()["added"]
    with Store(db_path) as store:
        article = store.article(article_id)
    assert "<script>" in article.text and "onerror=" in article.text  # survived ingest
    page.add_init_script("window.__pwned = undefined;")
    page.goto(f"{server}/articles/{article_id}")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    body = page.locator("div.text").inner_text()
    assert "<script>" in body and "onerror=" in body  # shown as text
    assert page.locator("div.text script, div.text img").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    page.goto(server + "/?q=council")  # the title is listed, escaped, on the events page
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "inert-article.png"), full_page=True)
