"""``newsfuse run --engine ray`` on a real local Ray cluster stores and writes exactly what
``--engine local`` does: the bundled example corpus and a slice of GVC reports, compared article
by article (language, sentences, vectors bit for bit), event by event and brief by brief."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from engine_snapshot import briefs_snapshot, differences, store_snapshot
from postgres_server import PostgresServer
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.store import Store

REPO = Path(__file__).resolve().parents[1]
GVC_INCIDENTS = 12  # the reports of the first incidents of the file: a few dozen, several per event


def newsfuse(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command line in its own process, as a user runs it (a Ray driver of its own)."""
    command = [sys.executable, "-m", "newsfuse.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A local Ray cluster with 2 worker CPUs for the module's runs to join; its address."""
    import ray

    context = ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        object_store_memory=256 * 1024**2,
        log_to_driver=False,
    )
    try:
        yield context.address_info["gcs_address"]
    finally:
        ray.shutdown()


def run_both(inputs: Path, tmp_path: Path, *ray_args: str) -> tuple[dict, dict]:
    """Snapshots (store and briefs) of a local run and a Ray run on ``inputs``."""
    found = []
    for name, args in [("local", ["--engine", "local"]), ("ray", ["--engine", "ray", *ray_args])]:
        db, out = tmp_path / f"{name}.db", tmp_path / f"out-{name}"
        done = newsfuse("run", inputs, "--db", db, "--out", out, *args)
        assert done.returncode == 0, done.stderr
        with Store(db) as store:
            found.append({**store_snapshot(store), "briefs": briefs_snapshot(out)})
    return found[0], found[1]


@pytest.mark.slow
def test_example_corpus_on_ray_is_identical_to_local(cluster: str, tmp_path: Path) -> None:
    local, ray = run_both(REPO / "examples" / "corpus", tmp_path, "--address", cluster)
    assert differences(local, ray) == []
    assert len(local["events"]) >= 2 and local["claims"] and local["briefs"]


@pytest.mark.slow
def test_gvc_reports_on_ray_are_identical_to_local(
    cluster: str, eval_dir: Path, tmp_path: Path
) -> None:
    lines, incidents = [], set()
    with open(eval_dir / "gvc" / "articles.jsonl", encoding="utf-8") as source:
        for line in source:
            incident = json.loads(line)["incident_id"]
            if incident not in incidents and len(incidents) == GVC_INCIDENTS:
                continue
            incidents.add(incident)
            lines.append(line)
    inputs = tmp_path / "gvc.jsonl"
    inputs.write_text("".join(lines), encoding="utf-8")
    local, ray = run_both(inputs, tmp_path, "--address", cluster, "--workers", "2")
    assert differences(local, ray) == []
    assert len(local["articles"]) >= 24 and len(local["events"]) >= 6
    assert local["claims"] and local["mentions"] and local["places"] and local["dates"]


@pytest.mark.slow
def test_more_workers_than_the_cluster_has_cpus_is_one_clear_line(
    cluster: str, tmp_path: Path
) -> None:
    done = newsfuse(
        "run", REPO / "examples" / "corpus", "--db", tmp_path / "x.db", "--out", tmp_path / "out",
        "--engine", "ray", "--address", cluster, "--workers", "3",
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: --workers 3: the Ray cluster at {cluster} has 2 CPUs"
    ]


@pytest.mark.slow
def test_ray_engine_starts_its_own_local_cluster(tmp_path: Path) -> None:
    local, ray = run_both(REPO / "examples" / "corpus", tmp_path, "--workers", "1")
    assert differences(local, ray) == []


@pytest.mark.slow
def test_ray_into_postgres_is_identical_to_local_into_sqlite(
    cluster: str, postgres: PostgresServer, tmp_path: Path
) -> None:
    """The deployment of docs/deployment.md in one machine: Ray workers prepare, the driver
    clusters and writes into a shared Postgres store."""
    corpus = REPO / "examples" / "corpus"
    local_db = tmp_path / "local.db"
    done = newsfuse("run", corpus, "--db", local_db, "--out", tmp_path / "out-local")
    assert done.returncode == 0, done.stderr
    with postgres.database() as url:
        done = newsfuse(
            "run", corpus, "--db", url, "--out", tmp_path / "out-ray",
            "--engine", "ray", "--address", cluster, "--workers", "2",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        with Store(local_db) as local, Store(url) as shared:
            expected, found = store_snapshot(local), store_snapshot(shared)
    assert differences(expected, found) == []
    assert expected["events"] and expected["records"]
    assert briefs_snapshot(tmp_path / "out-local") == briefs_snapshot(tmp_path / "out-ray")


DEAD_WORKER = """
import logging
import sys
from newsfuse.engine.ray_engine import RayEngine
from newsfuse.pipeline import Pipeline
from newsfuse.store import Store

logging.basicConfig(level=logging.WARNING)
engine = RayEngine(sys.argv[1], workers=1)
engine._ray.kill(engine._actors[0])  # the worker dies before its first batch
try:
    with Store(sys.argv[2]) as store:
        Pipeline(store, engine=engine).run([sys.argv[3]])
finally:
    engine.close()
"""


@pytest.mark.slow
def test_the_batches_of_a_dead_worker_are_done_by_the_driver(cluster: str, tmp_path: Path) -> None:
    corpus = REPO / "examples" / "corpus"
    done = newsfuse("run", corpus, "--db", tmp_path / "local.db", "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    command = [sys.executable, "-c", DEAD_WORKER, cluster, str(tmp_path / "ray.db"), str(corpus)]
    dead = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    assert dead.returncode == 0, dead.stderr
    assert "a Ray worker failed" in dead.stderr
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "ray.db") as ray:
        assert differences(store_snapshot(local), store_snapshot(ray)) == []


def run_examples_on_ray(tmp_path: Path, *args: str) -> Result:
    """``newsfuse run examples/corpus --engine ray ARGS`` in this process."""
    command = ["run", str(REPO / "examples" / "corpus"), "--db", str(tmp_path / "x.db")]
    return CliRunner().invoke(app, [*command, "--engine", "ray", *args])


def test_an_address_with_no_cluster_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as free:  # a port nothing listens on once closed
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    for address, problem in [
        (f"127.0.0.1:{port}", "no Ray cluster reachable there"),
        ("head-node", "not HOST:PORT"),
    ]:
        result = run_examples_on_ray(tmp_path, "--address", address)
        assert result.exit_code == 2
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and f"--address {address}: {problem}" in lines[0]
        assert "Traceback" not in result.output
    assert not (tmp_path / "x.db").exists()  # nothing was started


def test_missing_ray_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails, as when it is not installed
    result = run_examples_on_ray(tmp_path)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: --engine ray: Ray cannot be imported (ModuleNotFoundError: import of ray halted; "
        "None in sys.modules); install it with pip install 'newsfuse[ray]'"
    ]
