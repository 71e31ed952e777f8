"""newsfuse on a PostgreSQL store, end to end: ``newsfuse run --db postgresql://...`` over the
bundled example corpus stores the same events, figures, records and briefs as the same run on
SQLite, and the web app serves the same pages from it; a server that cannot be reached or a bad
URL is one line naming it (password masked), from every command that takes ``--db``.

The server is the session's throwaway cluster (tests/postgres_server.py); the store tests proper
run on both backends through the ``database`` fixture (tests/test_store.py and others).
"""

from __future__ import annotations

import json
import re
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.store import Store
from newsfuse.web import create_app

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
UNREACHABLE = "postgresql://newsfuse:s3cret@127.0.0.1:1/news"  # nothing listens on port 1


def invoke(*args: str | Path) -> Any:
    result = CliRunner().invoke(app, [str(a) for a in args], env=ENV)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def stored(location: str) -> dict[str, Any]:
    """Everything a run decides, read back through the store: grouping, copies, figures,
    entities, reconciliations and event records."""
    with Store(location) as store:
        articles = store.articles()
        ids = [a.id for a in articles]
        events = store.events()
        return {
            "articles": [(a.id, a.seq, a.title, a.language, a.content_hash) for a in articles],
            "events": [(e.id, e.title, e.article_ids, e.first_seen, e.last_seen) for e in events],
            "duplicates": sorted(astuple(d) for d in store.duplicates()),
            "claims": store.claims(ids),
            "mentions": store.mentions(ids),
            "places": store.places(ids),
            "dates": store.dates(ids),
            "entities": store.entities(),
            "reconciliations": [store.reconciliation(e.id) for e in events],
            "records": store.records(),
            "anchors": store.anchors(ids),
        }


def without_arrival(value: Any) -> Any:
    """A brief or API body without when newsfuse received each report (the runs' clocks)."""
    if isinstance(value, dict):
        return {
            k: without_arrival(v) for k, v in value.items() if k not in ("received", "updated_at")
        }
    if isinstance(value, list):
        return [without_arrival(v) for v in value]
    return value


@pytest.mark.slow
def test_example_run_on_postgres_matches_sqlite(postgres, tmp_path: Path) -> None:
    sqlite = str(tmp_path / "examples.db")
    with postgres.database() as url:
        outputs = {}
        for name, location in (("sqlite", sqlite), ("postgres", url)):
            result = invoke("run", CORPUS, "--db", location, "--out", tmp_path / name)
            assert result.exit_code == 0, result.output
            assert "9 new articles (0 already stored, 0 skipped)" in result.output
            outputs[name] = result.output.splitlines()[-1].rsplit("→", 1)[0]
        assert outputs["sqlite"] == outputs["postgres"]

        on_sqlite, on_postgres = stored(sqlite), stored(url)
        assert len(on_sqlite["events"]) >= 2 and on_sqlite["claims"], "the corpus has figures"
        for key, value in on_sqlite.items():
            assert on_postgres[key] == value, key

        briefs = sorted(p.name for p in (tmp_path / "sqlite").iterdir())
        assert briefs == sorted(p.name for p in (tmp_path / "postgres").iterdir())
        for name in briefs:
            texts = [(tmp_path / side / name).read_text() for side in ("sqlite", "postgres")]
            if name.endswith(".json"):
                texts = [without_arrival(json.loads(t)) for t in texts]
            else:  # the update history names when each report arrived ("12-06 05:07 · [3]")
                texts = [re.sub(r"\b\d\d-\d\d \d\d:\d\d\b", "<arrival>", t) for t in texts]
            if not name.endswith(".html"):  # the page shows the received times too
                assert texts[0] == texts[1], name

        # The web app reads the same from either store (all its SQL is the store's).
        clients = [TestClient(create_app(location)) for location in (sqlite, url)]
        event_id = on_sqlite["events"][0][0]
        article_id = on_sqlite["articles"][0][0]
        for path in (
            "/api/events",
            "/api/events?sort=biggest&language=de",
            "/api/articles",
            "/api/articles?q=dam",
            f"/api/articles?event={event_id}",
            "/api/entities",
            "/api/entities?q=TOLVANE",
            f"/api/events/{event_id}",
            f"/api/articles/{article_id}",
        ):
            bodies = [client.get(path) for client in clients]
            assert [b.status_code for b in bodies] == [200, 200], path
            assert without_arrival(bodies[0].json()) == without_arrival(bodies[1].json()), path
        for path in (f"/events/{event_id}", f"/articles/{article_id}", "/"):
            assert [client.get(path).status_code for client in clients] == [200, 200], path


@pytest.mark.parametrize(
    "command",
    [
        ["run", str(CORPUS)],
        ["brief"],
        ["events"],
        ["events", "merge", "ev-1", "ev-2"],
        ["recluster"],
        ["export"],
        ["serve"],
        ["watch", "https://example.org/feed.xml", "--once"],
    ],
)
def test_an_unreachable_server_is_one_line_naming_it(command: list[str]) -> None:
    result = invoke(*command, "--db", UNREACHABLE)  # events merge: the subcommand's own --db
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: postgresql://newsfuse:***@127.0.0.1:1/news: ")
    assert "Connection refused" in lines[0] and "s3cret" not in result.output


def test_a_bad_url_is_one_line_naming_it() -> None:
    result = invoke("events", "--db", "postgresql://newsfuse:s3cret@/news?sslmode=sometimes")
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert result.output.startswith("error: postgresql://newsfuse:***@/news?sslmode=sometimes: ")
    assert "sslmode" in result.output.split(": ", 2)[2] and "s3cret" not in result.output
