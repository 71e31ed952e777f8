"""The database under :class:`~newsfuse.store.Store`: SQLite (a file, the default) or PostgreSQL
(a ``postgresql://`` URL, for teams sharing one server), and the thin dialect layer between them.

The store's SQL is written once, in SQLite's dialect: SQLite runs it untouched, so the embedded
default pays nothing for the second backend. A Postgres connection translates each statement the
first time it sees it (then from a cache): ``?`` placeholders become ``%s``; ``INSERT OR IGNORE``
becomes ``ON CONFLICT DO NOTHING``; ``INSERT OR REPLACE`` an upsert on the table's primary key
(read from the catalogue). Migrations also get Postgres' types: ``BLOB`` → ``BYTEA``, ``INTEGER``
→ ``BIGINT`` (hashed terms are 64-bit), ``REAL`` → ``DOUBLE PRECISION`` (Postgres' ``REAL`` is
32-bit), ``TEXT`` compared byte-wise as SQLite does (``COLLATE "C"``, so ids sort alike), no
``WITHOUT ROWID``, and ``CURRENT_TIMESTAMP`` in SQLite's text form (UTC, to the second).

What differs beyond SQL lives in the two backend classes, each a few lines: the schema version
(``PRAGMA user_version``, or a one-row ``newsfuse_schema`` table), the write lock (``BEGIN
IMMEDIATE``, or a transaction holding an advisory lock: writers queue as on SQLite), the work lock
of :meth:`Store.exclusive` (a lock file, or a session advisory lock) and the change counter the
web app polls (``PRAGMA data_version``, or the server's WAL position).
"""

from __future__ import annotations

import functools
import re
import sqlite3
import time
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO, Protocol
from urllib.parse import urlsplit, urlunsplit

from .errors import StoreError
from .escape import one_line

BUSY_SECONDS = 30.0  # how long one attempt waits for another writer's transaction to end
BUSY_ATTEMPTS = 4
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
# Advisory lock keys (per database on a Postgres server): one writer at a time, one worker.
_WRITE_LOCK = 0x6E657773  # "news"
_WORK_LOCK = 0x66757365  # "fuse"


def is_postgres(location: str) -> bool:
    return location.startswith(POSTGRES_SCHEMES)


def masked(location: str) -> str:
    """``location`` fit to print: a URL's password replaced by ``***``."""
    if not is_postgres(location):
        return location
    parts = urlsplit(location)
    query = re.sub(r"(password=)[^&]*", r"\1***", parts.query)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username or ''}:***@{netloc.rpartition('@')[2]}"
    return urlunsplit(parts._replace(netloc=netloc, query=query))


class Connection(Protocol):
    """What the store calls on a connection (``sqlite3.Connection`` has it as it is)."""

    in_transaction: bool

    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any: ...
    def close(self) -> None: ...


class Backend:
    """One open database: its connection and what the two servers do differently."""

    db: Connection
    errors: tuple[type[Exception], ...]  # the database failed (not the caller's data)
    failures: tuple[type[Exception], ...]  # any error the database raises
    integrity_errors: tuple[type[Exception], ...]
    like = "LIKE"  # case-insensitive matching, as SQLite's LIKE does

    def begin(self) -> None:
        """Start a write transaction, waiting for other writers."""
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def set_schema_version(self, version: int) -> None:
        raise NotImplementedError

    def migrate(self, script: str) -> None:
        for statement in filter(str.strip, script.split(";")):
            self.db.execute(statement)

    def lock_work(self) -> None:
        raise NotImplementedError

    def unlock_work(self) -> None:
        raise NotImplementedError

    def data_version(self) -> int:
        """A number that changes whenever another connection commits."""
        raise NotImplementedError

    def any_of(self, column: str, values: Iterable[Any]) -> tuple[str, Any]:
        """``column`` is one of ``values``: an SQL condition of fixed size, and its parameter."""
        raise NotImplementedError


class SQLiteBackend(Backend):
    errors = (sqlite3.OperationalError,)
    failures = (sqlite3.DatabaseError,)
    integrity_errors = (sqlite3.IntegrityError,)

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock_file: BinaryIO | None = None
        try:
            self.db = sqlite3.connect(
                path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable newsfuse database ({exc})") from None

    def begin(self) -> None:
        """``BEGIN IMMEDIATE`` takes the write lock at once (two writers never deadlock upgrading
        read locks); ``BUSY_SECONDS`` a try, a few tries."""
        for attempt in range(1, BUSY_ATTEMPTS + 1):
            try:
                self.db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if attempt == BUSY_ATTEMPTS:
                    raise StoreError(
                        f"{self.path}: database stayed locked by another writer for "
                        f"{BUSY_SECONDS * BUSY_ATTEMPTS:.0f} s; try again"
                    ) from None
                time.sleep(0.1 * attempt)

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, version: int) -> None:
        self.db.execute(f"PRAGMA user_version = {int(version)}")

    def _shared(self) -> bool:
        """Other processes may open this database (not an in-memory one)."""
        return self.path not in ("", ":memory:") and not self.path.startswith("file:")

    def lock_work(self) -> None:
        """An advisory lock on ``<database>.lock``, released by the system if the process dies."""
        if self._shared():
            import fcntl

            self._lock_file = open(self.path + ".lock", "a+b")  # noqa: SIM115
            fcntl.flock(self._lock_file, fcntl.LOCK_EX)

    def unlock_work(self) -> None:
        if self._lock_file is not None:
            import fcntl

            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def data_version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def any_of(self, column: str, values: Iterable[Any]) -> tuple[str, Any]:
        import json

        return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(list(values))


class PostgresBackend(Backend):
    like = "ILIKE"

    def __init__(self, url: str) -> None:
        import psycopg

        self.path = masked(url)
        self.errors = (psycopg.OperationalError,)
        self.failures = (psycopg.Error,)
        self.integrity_errors = (psycopg.IntegrityError,)
        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the PostgreSQL database ({_reason(exc)})"
            ) from None
        # As SQLite's synchronous=NORMAL in WAL mode: a commit may be lost to a power cut or an
        # OS crash (never half-applied, never corrupt) but does not wait for the disk.
        conn.execute("SET synchronous_commit = off")
        self.db = PostgresConnection(conn)

    def begin(self) -> None:
        """A transaction holding the write lock: writers queue, one at a time, as on SQLite (so
        ``seq`` allocation and read-then-write steps stay safe); a wait is bounded as there."""
        import psycopg

        timeout_ms = int(BUSY_SECONDS * BUSY_ATTEMPTS * 1000)
        self.db.execute("BEGIN")
        try:
            self.db.execute(f"SET LOCAL lock_timeout = {timeout_ms}")
            self.db.execute(f"SELECT pg_advisory_xact_lock({_WRITE_LOCK})")
        except psycopg.errors.LockNotAvailable:
            self.db.execute("ROLLBACK")
            raise StoreError(
                f"{self.path}: database stayed locked by another writer for "
                f"{timeout_ms / 1000:.0f} s; try again"
            ) from None
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        if self.db.execute("SELECT to_regclass('newsfuse_schema')").fetchone()[0] is None:
            return 0
        row = self.db.execute("SELECT version FROM newsfuse_schema").fetchone()
        return row[0] if row else 0

    def set_schema_version(self, version: int) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS newsfuse_schema (version INTEGER NOT NULL)")
        self.db.execute("DELETE FROM newsfuse_schema")
        self.db.execute("INSERT INTO newsfuse_schema VALUES (?)", (version,))

    def migrate(self, script: str) -> None:
        super().migrate(_postgres_ddl(script))
        self.db.forget_tables()  # the catalogue upserts read changed

    def lock_work(self) -> None:
        self.db.execute(f"SELECT pg_advisory_lock({_WORK_LOCK})")

    def unlock_work(self) -> None:
        self.db.execute(f"SELECT pg_advisory_unlock({_WORK_LOCK})")

    def data_version(self) -> int:
        """The server's WAL position: every commit moves it (so may other databases' writes and
        maintenance, which only costs the web app a cache rebuild)."""
        return int(self.db.execute("SELECT pg_current_wal_insert_lsn() - '0/0'").fetchone()[0])

    def any_of(self, column: str, values: Iterable[Any]) -> tuple[str, Any]:
        return f"{column} = ANY(?)", list(values)


class PostgresConnection:
    """A psycopg connection that takes the store's SQLite-dialect statements."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._tables: dict[str, tuple[list[str], list[str]]] | None = None

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._conn.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(self._translate(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        """Inserts that cannot conflict on an update go as multi-row ``VALUES`` (one round trip
        per ``_BATCH_PARAMS`` values, not one per row); anything else row by row."""
        rows = list(rows)
        if not rows:
            return
        sql = self._translate(sql)
        parts = _multi_row(sql)
        with self._conn.cursor() as cursor:
            if parts is None or len(rows) == 1:
                cursor.executemany(sql, rows)
                return
            head, row_marks, tail = parts
            size = max(1, _BATCH_PARAMS // len(rows[0]))
            for i in range(0, len(rows), size):
                chunk = rows[i : i + size]
                values = ", ".join([row_marks] * len(chunk))
                cursor.execute(f"{head}{values}{tail}", [v for row in chunk for v in row])

    def close(self) -> None:
        self._conn.close()

    def forget_tables(self) -> None:
        self._tables = None
        self._translate.cache_clear()

    def _table(self, name: str) -> tuple[list[str], list[str]]:
        """A table's columns and primary key, from the catalogue (read once)."""
        if self._tables is None:
            tables: dict[str, tuple[list[str], list[str]]] = {}
            for table, column, key in self._conn.execute(
                "SELECT c.relname, a.attname, a.attnum = ANY(COALESCE(i.indkey::int2[], '{}')) "
                "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
                "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
                "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
                "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum"
            ):
                columns, keys = tables.setdefault(table, ([], []))
                columns.append(column)
                if key:
                    keys.append(column)
            self._tables = tables
        return self._tables[name]

    @functools.lru_cache(maxsize=512)  # noqa: B019 (one connection per store, kept open)
    def _translate(self, sql: str) -> str:
        sql = sql.replace("%", "%%").replace("?", "%s")
        verb = re.match(r"\s*INSERT OR (IGNORE|REPLACE) INTO (\w+)\s*(\(([^)]*)\))?", sql)
        if verb is None:
            return sql
        kind, table, listed = verb.group(1), verb.group(2), verb.group(4)
        rest = sql[verb.end() :]
        if kind == "IGNORE":
            return f"INSERT INTO {table} {verb.group(3) or ''} {rest} ON CONFLICT DO NOTHING"
        columns, keys = self._table(table)
        names = [c.strip().strip('"') for c in listed.split(",")] if listed else columns
        quoted = ", ".join(f'"{c}"' for c in names)
        updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in names if c not in keys)
        keys_sql = ", ".join(f'"{k}"' for k in keys)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        return f"INSERT INTO {table} ({quoted}) {rest} ON CONFLICT ({keys_sql}) {action}"


_BATCH_PARAMS = 20_000  # values in one multi-row insert (Postgres allows 65,535)
_INSERT_VALUES = re.compile(
    r"(\s*INSERT INTO [^;]*?\bVALUES\s*)(\((?:%s,\s*)*%s\))(\s*(?:ON CONFLICT DO NOTHING)?\s*)"
)


@functools.lru_cache(maxsize=256)
def _multi_row(sql: str) -> tuple[str, str, str] | None:
    """``(head, one row's placeholders, tail)`` of an insert that may take many rows at once:
    no conflict clause, or ``DO NOTHING`` (an upsert could meet the same key twice in one
    statement, which Postgres refuses)."""
    found = _INSERT_VALUES.fullmatch(sql)
    return found.groups() if found else None


_UTC_NOW = "(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'))"
_DDL = [
    (r"\bBLOB\b", "BYTEA"),
    (r"\bINTEGER\b", "BIGINT"),
    (r"\bREAL\b", "DOUBLE PRECISION"),
    (r"\bTEXT\b", 'TEXT COLLATE "C"'),
    (r"\s*WITHOUT ROWID", ""),
    (r"\bCURRENT_TIMESTAMP\b", _UTC_NOW),
]


def _postgres_ddl(script: str) -> str:
    """A migration's SQLite column types as Postgres' (see the module's docstring)."""
    for pattern, replacement in _DDL:
        script = re.sub(pattern, replacement, script)
    return script


def _reason(exc: Exception) -> str:
    """psycopg's message in one line, without libpq's hints."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    kept = [line for line in lines if not line.startswith(("HINT", "DETAIL", "Is the server"))]
    return one_line(" ".join(kept or lines) or type(exc).__name__)


def open_backend(location: str) -> Backend:
    """The backend of ``location``: a ``postgresql://`` URL, else an SQLite file."""
    if is_postgres(location):
        return PostgresBackend(location)
    return SQLiteBackend(location)
