"""HTTP ingest through the same readers and pipeline as the CLI.

Uploaded bytes are written under a temporary folder with their original file name (the suffix
picks the reader, exactly as for files on disk), then ``Pipeline.run`` validates and stores them.
Error locations are reported with the uploaded name instead of the temporary path.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ..escape import path_text
from ..ingest.readers import MAX_BYTES
from ..pipeline import Pipeline
from ..store import Store

T = TypeVar("T")
UPLOAD_NAME = "upload.txt"  # an upload without a name is read as plain text


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    known: int = 0
    errors: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


def safe_name(filename: str | None, default: str) -> str:
    """A bare file name (no folders, no leading dot, no control characters, at most 120 bytes)
    that keeps the suffix choosing the reader."""
    name = "".join(ch for ch in filename or "" if ch.isprintable())
    name = Path(name.replace("\\", "/")).name.lstrip(".")
    stem, dot, suffix = name.rpartition(".")
    if len(name.encode()) > 120:  # file systems allow 255 bytes; keep the suffix whole
        suffix = suffix[:16] if dot else ""
        keep = 120 - len(suffix.encode()) - 1
        stem = (stem if dot else name).encode()[:keep].decode("utf-8", "ignore")
        name = f"{stem}.{suffix}" if suffix else stem
    return name or default


class Ingestor:
    """One pipeline (its models load once), one ingest at a time."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def _get_pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(Store(self.db_path), max_bytes=MAX_BYTES)
        return self._pipeline

    def with_pipeline(self, work: Callable[[Pipeline], T]) -> T:
        """Another write (an analyst's correction) on the same pipeline, one write at a time."""
        with self._lock:
            return work(self._get_pipeline())

    def ingest(self, name: str, data: bytes, origin: str) -> IngestResult:
        """Store the articles of one uploaded file called ``name``; ``origin`` tags their source."""
        with self._lock, tempfile.TemporaryDirectory(prefix="newsfuse-upload-") as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            report = self._get_pipeline().run([path])
            if report.added:
                # The temporary path is gone after this call: record where the text came from.
                self._get_pipeline().store.set_source_path(report.added, f"{origin}:{name}")
            return IngestResult(
                added=report.added,
                known=report.known,
                errors=[str(e).replace(path_text(path), name) for e in report.errors],
                events=sorted(report.events_touched),
            )
