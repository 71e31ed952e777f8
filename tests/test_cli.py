"""Command line: ``run``, ``events`` and ``brief`` through Typer's CliRunner.

Fast tests use a small deterministic embedder and skip extraction; one slow test runs the real
models end to end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_pipeline import BANK, FLOOD, PNG, WordHashEmbedder, write_all
from typer.testing import CliRunner

from newsfuse import models
from newsfuse.cli import app
from newsfuse.pipeline import Pipeline
from newsfuse.store import Store

ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


def invoke(*args: str | Path):
    result = CliRunner().invoke(app, [str(a) for a in args], env=ENV)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def lines_naming(result, text: str) -> list[str]:
    return [line for line in result.output.splitlines() if text in line]


def check_briefs(out: Path, store_path: Path) -> list[dict]:
    index = json.loads((out / "index.json").read_text())
    with Store(store_path) as store:
        events = {e.id: e for e in store.events()}
    assert {item["id"] for item in index} == set(events)
    for item in index:
        assert item["article_count"] == len(events[item["id"]].article_ids)
        for kind in ("md", "json", "html"):
            path = out / f"{item['id']}.{kind}"
            assert path.is_file() and path.stat().st_size > 0, path
            assert item["files"][kind] == path.name
        brief = json.loads((out / f"{item['id']}.json").read_text())
        assert brief  # a JSON document per event
        assert "<html" in (out / f"{item['id']}.html").read_text().lower()
    return index


def test_run_writes_index_and_briefs(tmp_path: Path, fast: None) -> None:
    folder = write_all(tmp_path / "in", FLOOD)
    db, out = tmp_path / "nf.db", tmp_path / "out"
    result = invoke("run", folder, "--db", db, "--out", out)
    assert result.exit_code == 0, result.output
    assert "2 new articles" in result.output
    index = check_briefs(out, db)
    assert len(index) >= 1
    assert sum(item["article_count"] for item in index) == 2


def test_run_with_bad_paths_reports_each_once_and_goes_on(tmp_path: Path, fast: None) -> None:
    folder = write_all(tmp_path / "in", [*FLOOD, BANK])
    missing = tmp_path / "nowhere" / "missing.txt"
    binary = tmp_path / "image.txt"
    binary.write_bytes(PNG)
    db, out = tmp_path / "nf.db", tmp_path / "out"
    result = invoke("run", missing, folder, binary, "--db", db, "--out", out)
    assert result.exit_code == 0, result.output
    for path, problem in ((missing, "no such file"), (binary, "binary")):
        named = lines_naming(result, str(path))
        assert len(named) == 1, result.output
        assert problem in named[0]
    assert "Traceback" not in result.output
    assert "3 new articles" in result.output and "2 skipped" in result.output
    with Store(db) as store:
        assert store.article_count() == 3
    check_briefs(out, db)


def test_rerun_reports_known_articles(tmp_path: Path, fast: None) -> None:
    folder = write_all(tmp_path / "in", FLOOD)
    db, out = tmp_path / "nf.db", tmp_path / "out"
    assert invoke("run", folder, "--db", db, "--out", out).exit_code == 0
    result = invoke("run", folder, "--db", db, "--out", out)
    assert result.exit_code == 0
    assert "0 new articles (2 already stored" in result.output


def test_events_lists_stored_events(tmp_path: Path, fast: None) -> None:
    folder = write_all(tmp_path / "in", [*FLOOD, BANK])
    db = tmp_path / "nf.db"
    assert invoke("run", folder, "--db", db, "--out", tmp_path / "out").exit_code == 0
    result = invoke("events", "--db", db)
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        events = store.events()
    assert events
    for event in events:
        (line,) = lines_naming(result, event.id)
        assert str(len(event.article_ids)) in line.split()
        assert event.title[:20] in line


def test_events_on_an_empty_database(tmp_path: Path) -> None:
    result = invoke("events", "--db", tmp_path / "new.db")
    assert result.exit_code == 0
    assert "event" in result.output


def test_brief_for_unknown_event_exits_2(tmp_path: Path, fast: None) -> None:
    db = tmp_path / "nf.db"
    invoke("run", write_all(tmp_path / "in", FLOOD), "--db", db, "--out", tmp_path / "out")
    result = invoke("brief", "ev-does-not-exist", "--db", db, "--out", tmp_path / "briefs")
    assert result.exit_code == 2
    assert "ev-does-not-exist" in result.output and "no event" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "briefs").exists()


def test_brief_rewrites_a_known_event(tmp_path: Path, fast: None) -> None:
    db = tmp_path / "nf.db"
    invoke("run", write_all(tmp_path / "in", FLOOD), "--db", db, "--out", tmp_path / "out")
    with Store(db) as store:
        event_id = store.events()[0].id
    result = invoke("brief", event_id, "--db", db, "--out", tmp_path / "briefs")
    assert result.exit_code == 0, result.output
    for kind in ("md", "json", "html"):
        assert (tmp_path / "briefs" / f"{event_id}.{kind}").is_file()


def test_unusable_database_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "noise.db"
    db.write_bytes(bytes(range(256)) * 64)
    for args in (("events",), ("brief",), ("run", tmp_path)):
        result = invoke(*args, "--db", db)
        assert result.exit_code == 2, args
        assert str(db) in result.output and "not a usable newsfuse database" in result.output
        assert "Traceback" not in result.output


@pytest.mark.slow
def test_run_end_to_end_with_real_models(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "in", FLOOD)
    db, out = tmp_path / "nf.db", tmp_path / "out"
    result = invoke("run", folder, tmp_path / "missing.txt", "--db", db, "--out", out)
    assert result.exit_code == 0, result.output
    assert len(lines_naming(result, str(tmp_path / "missing.txt"))) == 1
    check_briefs(out, db)
    with Store(db) as store:
        assert store.claims([a.id for a in store.articles()]), "figures were extracted"


def test_events_merge_log_undo_and_recluster(tmp_path: Path, fast: None) -> None:
    db = tmp_path / "nf.db"
    invoke("run", write_all(tmp_path / "in", [*FLOOD, BANK]), "--db", db, "--out", tmp_path / "o")
    with Store(db) as store:
        flood, bank = sorted(store.events(), key=lambda e: -len(e.article_ids))
    merged = invoke("events", "merge", flood.id, bank.id, "--db", db, "--by", "ana", "--why", "x")
    assert merged.exit_code == 0, merged.output
    assert f"c1: merge by ana; events now: {flood.id} (3 articles)" in merged.output
    log = invoke("events", "--db", db, "log")  # --db given to the group reaches the command
    (line,) = lines_naming(log, "c1")
    assert "ana" in line and "merge" in line
    again = invoke("recluster", "--db", db, "--out", tmp_path / "briefs")
    assert again.exit_code == 0 and "0 events changed" in again.output
    undone = invoke("events", "undo", "--db", db, "--out", tmp_path / "briefs")
    assert undone.exit_code == 0 and "c1: undid" in undone.output
    assert (tmp_path / "briefs" / f"{bank.id}.md").is_file()
    with Store(db) as store:
        assert sorted(len(e.article_ids) for e in store.events()) == [1, 2]


def test_events_corrections_fail_clearly(tmp_path: Path, fast: None) -> None:
    db = tmp_path / "nf.db"
    invoke("run", write_all(tmp_path / "in", FLOOD), "--db", db, "--out", tmp_path / "o")
    with Store(db) as store:
        (event,) = store.events()
    for args, message in (
        (("merge", event.id, "ev-nope"), "no event 'ev-nope'"),
        (("split", event.id, *event.article_ids), "all the articles"),
        (("move", event.article_ids[0], event.id), "already in event"),
        (("undo",), "nothing to undo"),
    ):
        result = invoke("events", *args, "--db", db)
        assert result.exit_code == 2, args
        assert message in result.output and "Traceback" not in result.output
