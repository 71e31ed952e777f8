"""``newsfuse watch`` end to end against real feed servers on loopback: rounds, 304s, state kept
across restarts, fallbacks, OPML, and a watch process killed with SIGKILL mid-round.

The pipeline runs for real with the small deterministic embedder and no extraction stage (as in
the other fast pipeline tests); what is checked is what was fetched, stored and grouped.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from local_http import Feed, LocalServer, html_page, send, static
from test_pipeline import WordHashEmbedder

from newsfuse import models
from newsfuse.fetch.guard import Guard
from newsfuse.fetch.policy import FetchPolicy
from newsfuse.fetch.sources import read_sources
from newsfuse.fetch.watch import WatchConfig, Watcher
from newsfuse.pipeline import Pipeline
from newsfuse.records import SourceStatus
from newsfuse.store import Store

HERE = Path(__file__).parent
STORIES = [
    (
        "Flood kills 12 in Riverton",
        [
            "Heavy rain caused the river to burst its banks in Riverton on Monday.",
            "At least 12 people were killed and 40 injured, officials said on Monday evening.",
        ],
    ),
    (
        "Riverton flood toll rises to 15",
        [
            "The river burst its banks in Riverton after heavy rain on Monday.",
            "The toll rose to 15 people killed, officials said, and forty were injured.",
        ],
    ),
    (
        "Central bank raises rates",
        [
            "The central bank raised its main interest rate by half a point on Tuesday.",
            "The governor told reporters in the capital that inflation remained too high.",
        ],
    ),
]


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


@pytest.fixture
def server() -> LocalServer:
    with LocalServer() as s:
        s.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        yield s


def publish(server: LocalServer, feed: Feed, n: int, folder: str = "news") -> str:
    """Story ``n`` as a page on ``server`` and an entry of ``feed``; returns the page path."""
    title, paragraphs = STORIES[n % len(STORIES)]
    path = f"/{folder}/story-{n}.html"
    server.routes[path] = static(html_page(title, paragraphs), "text/html; charset=utf-8")
    feed.add(
        f"story-{n}", title, paragraphs[0], server.url(path), f"Mon, 0{1 + n} Jan 2024 10:00:00 GMT"
    )
    return path


def watcher(store: Store, server: LocalServer, tmp_path: Path | None = None) -> Watcher:
    policy = FetchPolicy(host_delay=0.0, backoff=0.05, read_timeout=2.0)
    config = WatchConfig(every=0.0, policy=policy, guard=Guard.build(allow=[server.address]))
    return Watcher(store, config, out=tmp_path)


def test_rounds_store_new_entries_and_unchanged_feeds_cost_a_304(
    tmp_path: Path, server: LocalServer, fast: None
) -> None:
    feed = Feed("Riverton Wire")
    server.routes["/feed.xml"] = feed.handler()
    pages = [publish(server, feed, n) for n in range(2)]
    with Store(tmp_path / "w.db") as store:
        w = watcher(store, server, tmp_path / "out")
        w.watch([server.url("/feed.xml")])
        first = w.run_round()
        assert (first.polled, first.entries, len(first.articles), first.failed) == (1, 2, 2, 0)
        assert len(first.new_events) == 1 and first.events == first.new_events  # same flood
        assert {server.hits[p] for p in pages} == {1}
        articles = store.articles()
        assert {a.title for a in articles} == {STORIES[0][0], STORIES[1][0]}
        assert all("Home | World" not in a.text for a in articles)  # page boilerplate left out
        assert {a.meta["via"] for a in articles} == {"page"}
        assert {a.outlet for a in articles} == {"Test Herald"}  # the page's og:site_name
        assert (tmp_path / "out" / "index.json").is_file()

        second = w.run_round()
        assert (second.polled, second.not_modified, second.entries, second.requests) == (1, 1, 0, 1)
        assert server.headers[-1][1]["If-None-Match"] == '"v2"'

        publish(server, feed, 2)  # a new story: unrelated, its own event
        third = w.run_round()
        assert (third.entries, len(third.articles), len(third.new_events)) == (1, 1, 1)
        assert {server.hits[p] for p in pages} == {1}, (
            "pages already stored are never fetched again"
        )
        (source,) = store.sources()
        assert (source.title, source.status, source.polls, source.not_modified) == (
            "Riverton Wire",
            SourceStatus.OK,
            3,
            1,
        )
        assert source.etag == '"v3"' and store.source_counts() == {source.id: (3, 3)}
        assert store.unfinished() == []  # every stored article went through the pipeline
        w.close()


def test_a_restart_resumes_from_the_stored_state(
    tmp_path: Path, server: LocalServer, fast: None
) -> None:
    feed = Feed("Riverton Wire")
    server.routes["/feed.xml"] = feed.handler()
    pages = [publish(server, feed, n) for n in range(2)]
    db = tmp_path / "w.db"
    with Store(db) as store:
        w = watcher(store, server)
        w.watch([server.url("/feed.xml")])
        w.run_round()
        w.close()
    with Store(db) as store:  # a new process: everything it knows comes from the database
        w = watcher(store, server)
        (source,) = w.watch()
        assert source.etag == '"v2"' and source.next_due is not None
        report = w.run_round()
        assert (report.not_modified, report.entries, report.requests) == (1, 0, 1)
        assert {server.hits[p] for p in pages} == {1}
        w.close()


def test_page_refused_or_failing_falls_back_to_the_feed_summary(
    tmp_path: Path, server: LocalServer, fast: None
) -> None:
    feed = Feed("Wire")
    server.routes["/feed.xml"] = feed.handler()
    private = publish(server, feed, 0, folder="private")  # robots.txt disallows /private/
    feed.add(
        "gone",
        "Dam opens gates",
        "Engineers opened the gates of the dam on Friday morning.",
        server.url("/gone.html"),
    )
    feed.add("empty", "", "", server.url("/also-gone.html"))  # no page, no summary
    with Store(tmp_path / "w.db") as store:
        w = watcher(store, server)
        w.watch([server.url("/feed.xml")])
        report = w.run_round()
        assert server.hits[private] == 0 and server.hits["/robots.txt"] == 1
        assert (len(report.articles), report.from_summary) == (2, 2)
        texts = sorted(a.text for a in store.articles())
        assert texts == sorted(
            [STORIES[0][1][0], "Engineers opened the gates of the dam on Friday morning."]
        )
        assert any("robots.txt disallows" in e for e in report.errors)
        vias = dict(store.db.execute("SELECT key, via FROM source_entries"))
        assert vias == {"story-0": "summary", "gone": "summary", "empty": "none"}
        w.close()


def test_an_entry_whose_page_fails_for_now_waits_for_the_next_round(
    tmp_path: Path, server: LocalServer, fast: None
) -> None:
    feed = Feed("Wire")
    server.routes["/feed.xml"] = feed.handler()
    feed.add("late", "", "", server.url("/late.html"))  # nothing but the link
    server.routes["/late.html"] = lambda h: send(h, 503, b"busy")
    with Store(tmp_path / "w.db") as store:
        w = watcher(store, server)
        w.watch([server.url("/feed.xml")])
        first = w.run_round()
        assert first.articles == [] and store.seen_entries(store.sources()[0].id) == set()
        assert store.sources()[0].etag is None, "validators kept back: the feed is read again"
        title, paragraphs = STORIES[2]
        server.routes["/late.html"] = static(html_page(title, paragraphs), "text/html")
        second = w.run_round()
        assert second.not_modified == 0 and len(second.articles) == 1
        assert store.articles()[0].title == title
        w.close()


def test_a_feed_redirecting_to_cloud_metadata_is_an_error_and_backs_off(
    tmp_path: Path, server: LocalServer, fast: None
) -> None:
    server.routes["/feed.xml"] = lambda h: send(
        h, 302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    now = datetime(2025, 1, 1, 12, 0)
    with Store(tmp_path / "w.db") as store:
        policy = FetchPolicy(host_delay=0.0)
        config = WatchConfig(every=600.0, policy=policy, guard=Guard.build(allow=[server.address]))
        w = Watcher(store, config, clock=lambda: now)
        w.watch([server.url("/feed.xml")])
        report = w.run_round()
        (source,) = store.sources()
        assert report.failed == 1 and source.status == SourceStatus.ERROR
        assert "169.254.169.254: refused, a link-local address" in source.error
        assert (source.failures, source.next_due) == (1, now + timedelta(seconds=1200))
        assert w.due(now) == [] and w.due(now, on_demand=True) == []  # waits out its backoff
        w.close()


def test_sources_from_url_lists_and_opml(tmp_path: Path, server: LocalServer, fast: None) -> None:
    feeds = {name: Feed(name) for name in ("One", "Two")}
    for n, (name, feed) in enumerate(feeds.items()):
        server.routes[f"/{name}.xml"] = feed.handler()
        publish(server, feed, n)
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>news</title></head><body>'
        f'<outline text="One" type="rss" xmlUrl="{server.url("/One.xml")}"/>'
        f'<outline text="Region"><outline text="Two" type="rss" xmlUrl="{server.url("/Two.xml")}"/></outline>'
        '<outline text="bad" xmlUrl="ftp://example.org/feed"/></body></opml>'
    )
    listed = tmp_path / "feeds.txt"
    listed.write_text(f"# my feeds\n{server.url('/One.xml')}\n\nnot a url\n")
    urls, errors = read_sources([str(opml), str(listed), "https://example.org/rss", "nowhere.txt"])
    assert urls == [server.url("/One.xml"), server.url("/Two.xml"), "https://example.org/rss"]
    assert [str(e) for e in errors] == [
        f"{opml}#outline3: not an http(s) feed URL: 'ftp://example.org/feed'",
        f"{listed}:4: not an http(s) URL: 'not a url'",
        "nowhere.txt: neither a feed URL nor a file of feed URLs or OPML",
    ]
    with Store(tmp_path / "w.db") as store:
        w = watcher(store, server)
        w.watch(urls[:2])
        report = w.run_round()
        assert (report.polled, len(report.articles)) == (2, 2)
        assert sorted(s.title for s in store.sources()) == ["One", "Two"]
        w.close()


# -- killed mid-round ---------------------------------------------------------------------------

CHILD = """
import sys
sys.path.insert(0, {tests!r})
from test_pipeline import WordHashEmbedder
from newsfuse import models
from newsfuse.pipeline import Pipeline
models.register("embedder", WordHashEmbedder)
Pipeline.extract = lambda self, articles, report: None
from newsfuse.cli import app
app(sys.argv[1:])
"""


def run_watch(db: Path, server: LocalServer, out: Path) -> subprocess.Popen:
    args = ["watch", server.url("/feed.xml"), "--once", "--db", str(db), "--out", str(out)]
    args += ["--allow", server.address, "--delay", "0", "--per-host", "1"]
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD.format(tests=str(HERE)), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )


def stored_entries(db: Path) -> dict[str, str | None]:
    try:
        with sqlite3.connect(db) as con:
            return dict(con.execute("SELECT key, article_id FROM source_entries"))
    except sqlite3.OperationalError:  # not created yet
        return {}


def test_a_watch_killed_mid_round_loses_nothing_and_refetches_nothing_stored(
    tmp_path: Path, server: LocalServer
) -> None:
    feed = Feed("Wire")
    server.routes["/feed.xml"] = feed.handler()
    pages = {}
    for n in range(10):
        path = publish(server, feed, n)
        page = server.routes[path]

        def slow(handler: BaseHTTPRequestHandler, page=page) -> None:
            time.sleep(0.3)
            page(handler)

        server.routes[path] = slow
        pages[f"story-{n}"] = path
    db, out = tmp_path / "w.db", tmp_path / "out"
    child = run_watch(db, server, out)
    deadline = time.monotonic() + 60
    while len(stored_entries(db)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    before = stored_entries(db)
    assert 3 <= len(before) < 10, f"killed after {len(before)} entries: not mid-round"
    hits_before = {key: server.hits[path] for key, path in pages.items()}
    with sqlite3.connect(db) as con:  # each entry seen was stored with its article, atomically
        stored = {row[0] for row in con.execute("SELECT id FROM articles")}
        assert stored == {a for a in before.values()}
        assert con.execute("SELECT etag FROM sources").fetchone()[0] is None

    again = run_watch(db, server, out)
    output = again.communicate(timeout=120)[0].decode()
    assert again.returncode == 0, output
    assert "round 1:" in output
    after = stored_entries(db)
    assert set(after) == set(pages) and all(after.values()), "nothing lost"
    for key, path in pages.items():
        if key in before:
            assert server.hits[path] == hits_before[key] == 1, f"{path} fetched again"
    with Store(db) as store:
        assert store.article_count() == 10 and store.unfinished() == []
        assert store.sources()[0].etag == '"v10"'


def test_the_demo_feed_server_releases_the_corpus_over_time(tmp_path: Path, fast: None) -> None:
    """scripts/serve_feeds.py (the documented demo) under a watcher: the story grows by rounds."""
    opml = tmp_path / "demo.opml"
    script = HERE.parent / "scripts" / "serve_feeds.py"
    server = subprocess.Popen(
        [
            sys.executable,
            str(script),
            "--port",
            "0",
            "--start",
            "3",
            "--every",
            "2",
            "--opml",
            str(opml),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert b"serving 9 reports" in server.stdout.readline()
        urls, errors = read_sources([str(opml)])
        assert len(urls) == 8 and not errors  # one feed per outlet
        port = urls[0].split(":")[2].split("/")[0]
        with Store(tmp_path / "demo.db") as store:
            policy = FetchPolicy(host_delay=0.0)
            config = WatchConfig(
                every=0.0, policy=policy, guard=Guard.build(allow=[f"127.0.0.1:{port}"])
            )
            w = Watcher(store, config)
            w.watch(urls)
            first = w.run_round()
            assert (first.failed, len(first.articles)) == (0, 3)
            time.sleep(4.5)
            second = w.run_round()
            assert len(second.articles) >= 2 and second.not_modified >= 4
            stored = store.articles()
            assert all(a.meta["via"] == "page" for a in stored)
            released_first = [a for a in stored if a.id in first.articles]
            assert {a.published.date().isoformat() for a in released_first} == {"2025-03-11"}
            w.close()
    finally:
        server.terminate()
        server.wait()


def test_watch_command_reports_bad_sources_and_options_without_traceback(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsfuse.cli import app

    env = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    db = str(tmp_path / "w.db")
    run = CliRunner().invoke(app, ["watch", "nowhere.txt", "ftp://x.org/f", "--db", db], env=env)
    assert run.exit_code == 2 and "Traceback" not in run.output
    assert "skipped nowhere.txt: neither a feed URL nor a file" in run.output
    assert (
        "skipped ftp://x.org/f: not an http(s) URL" in run.output
        and "no feed to watch" in run.output
    )
    for option, value, message in [
        ("--every", "soon", "'soon' is not a duration"),
        ("--every", "0", "poll at most once a second"),
        ("--allow", "localhost:80", "not an address to allow"),
    ]:
        run = CliRunner().invoke(
            app, ["watch", "https://example.org/rss", option, value, "--db", db], env=env
        )
        assert run.exit_code == 2 and message in run.output, run.output
    run = CliRunner().invoke(app, ["watch", "--db", db], env=env)
    assert run.exit_code == 2 and "no source to watch" in run.output


def test_stopping_lets_the_article_in_hand_finish_and_the_next_run_resume(
    tmp_path: Path, server: LocalServer, fast: None
) -> None:
    feed = Feed("Wire")
    server.routes["/feed.xml"] = feed.handler()
    paths = [publish(server, feed, n) for n in range(6)]
    with Store(tmp_path / "w.db") as store:
        one_at_a_time = FetchPolicy(host_delay=0.0, per_host=1)
        guard = Guard.build(allow=[server.address])
        w = Watcher(store, WatchConfig(every=0.0, policy=one_at_a_time, guard=guard))
        newest = paths[-1]  # feeds list the newest entry first: its page is asked for first
        first_page = server.routes[newest]

        def stop_while_serving(handler: BaseHTTPRequestHandler) -> None:
            w.stop.set()  # Ctrl-C arrives while this page is being fetched
            first_page(handler)

        server.routes[newest] = stop_while_serving
        w.watch([server.url("/feed.xml")])
        report = w.run_round()
        assert report.stopped and report.events == set()
        stored = store.seen_entries(store.sources()[0].id)
        assert 1 <= len(stored) < 6 and store.sources()[0].etag is None
        assert len(store.articles()) == len(stored)  # the page in hand was stored with its entry
        w.stop.clear()
        server.routes[newest] = first_page
        resumed = w.run_round()
        assert not resumed.stopped and len(resumed.articles) == 6 - len(stored)
        assert {server.hits[p] for p in paths} == {1}  # nothing fetched twice
        assert store.unfinished() == []
        w.close()
