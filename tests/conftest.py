"""Shared test fixtures: where the shared evaluation data lives (never copied into the repo),
the database backends, and a count of the reports an event record reads again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_server import PostgresServer, postgres_server

from newsfuse.event import record as record_module

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("NEWSFUSE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
BACKENDS = ["sqlite", "postgres"]  # every store test runs on both


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"shared seeds not found at {SEEDS} (set NEWSFUSE_SHARED)")
    return SEEDS


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL.is_dir():
        pytest.fail(f"shared eval data not found at {EVAL} (set NEWSFUSE_SHARED)")
    return EVAL


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for this session (tests/postgres_server.py)."""
    try:
        with postgres_server() as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(f"PostgreSQL tests need a server: {exc}", pytrace=False)


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh store lives, once per backend: an SQLite file, then a new database on the
    session's PostgreSQL server (``-k sqlite`` / ``-k postgres`` pick one)."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    with request.getfixturevalue("postgres").database() as url:
        yield url


def _count_readings(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """The ids of the reports the event record reads with its function ``name``, in order."""
    read: list[str] = []
    reader = getattr(record_module, name)

    def counted(article, *args):
        read.append(article.id)
        return reader(article, *args)

    monkeypatch.setattr(record_module, name, counted)
    return read


@pytest.fixture
def read_again(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the reports the event record reads again (``report_votes_asked``), in order."""
    return _count_readings(monkeypatch, "report_votes_asked")


@pytest.fixture
def days_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the reports whose day votes the event record reads (``report_days``)."""
    return _count_readings(monkeypatch, "report_days")
