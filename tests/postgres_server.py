"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, reached
only through a Unix socket there (no TCP port), started once per test session and removed after.

It needs Debian's ``postgresql`` package (``initdb`` and ``pg_ctl`` under
``/usr/lib/postgresql/<version>/bin``, or ``$NEWSFUSE_PG_BIN``). Without it the Postgres tests
fail with a message saying so: they never pass by skipping. As root (CI), the cluster runs as the
``postgres`` user the package creates, since the server refuses to run as root.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_USER = "postgres"  # a server account the package creates; also the superuser's name


def find_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (the newest installed version)."""
    given = os.environ.get("NEWSFUSE_PG_BIN")
    candidates = [Path(given)] if given else []
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(
        versions, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True
    )
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    return next(
        (c for c in candidates if (c / "initdb").is_file() and (c / "pg_ctl").is_file()), None
    )


class PostgresServer:
    """One running cluster; :meth:`database` hands out fresh, empty databases."""

    def __init__(self, folder: Path, bin_dir: Path) -> None:
        self.folder = folder
        self.bin = bin_dir
        self._names = itertools.count(1)

    def url(self, name: str) -> str:
        return f"postgresql://{SERVER_USER}@/{name}?host={self.folder}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    @contextmanager
    def database(self) -> Iterator[str]:
        """A new empty database's URL, dropped afterwards."""
        name = f"newsfuse_test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name}")
        try:
            yield self.url(name)
        finally:
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """Start a cluster (raises RuntimeError saying what is missing), stop and remove it after."""
    bin_dir = find_bin()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql "
            "package (apt-get install -y postgresql) or set NEWSFUSE_PG_BIN to their folder"
        )
    folder = Path(tempfile.mkdtemp(prefix="newsfuse-pg-"))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise RuntimeError(
                f"running as root, and no {SERVER_USER!r} user to run the test PostgreSQL server "
                "(Debian's postgresql package creates it)"
            ) from None
        os.chown(folder, account.pw_uid, account.pw_gid)
    data, log = folder / "data", folder / "server.log"
    options = f"-k {folder} -c listen_addresses='' -F -c full_page_writes=off"

    def run(*command: str) -> None:
        done = subprocess.run(_as_server_user(list(command)), capture_output=True, text=True)
        if done.returncode != 0:
            server_log = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()} {server_log}")

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", SERVER_USER,
            "-E", "UTF8", "--no-locale", "--no-sync")  # fmt: skip
        run(str(bin_dir / "pg_ctl"), "start", "-w", "-D", str(data), "-l", str(log), "-o", options)
        try:
            yield PostgresServer(folder, bin_dir)
        finally:
            run(str(bin_dir / "pg_ctl"), "stop", "-m", "fast", "-D", str(data))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
