"""Shared test fixtures: where the shared evaluation data lives (never copied into the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("NEWSFUSE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


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
