"""What a run leaves behind, as plain comparable values: two runs on the same input must give
equal snapshots whatever engine ran them (tests/test_engine.py, tests/test_ray_engine.py)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsfuse.store import Store


def store_snapshot(store: Store) -> dict[str, Any]:
    """Articles (language, sentences, vectors), events and members, copies, and what was
    extracted and analysed, in a stable order."""
    articles = store.articles()
    ids = [a.id for a in articles]
    embeddings = store.embeddings(ids, store.embedding_dim() or 0) if ids else {}
    return {
        "articles": [(a.id, a.language, a.title) for a in articles],
        "sentences": {
            i: [asdict(s) for s in found] for i, found in store.sentences_of(ids).items()
        },
        "vectors": {i: (v.tobytes(), s.tobytes()) for i, (v, s) in embeddings.items()},
        "features": {
            i: (t.tobytes(), c.tobytes(), m.tobytes()) for i, t, c, m in store.features(ids)
        },
        "events": rows(store.events()),
        "duplicates": rows(store.duplicates()),
        "claims": rows(store.claims(ids)),
        "mentions": rows(store.mentions(ids)),
        "places": rows(store.places(ids)),
        "dates": rows(store.dates(ids)),
        "anchors": rows(store.anchors(ids).values()),
        "entities": rows(store.entities()),
        "records": rows(store.records()),
    }


def rows(records: Any) -> list[str]:
    return sorted(json.dumps(asdict(r), sort_keys=True, default=str) for r in records)


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The parts in which two snapshots differ (none: identical)."""
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def briefs_snapshot(out: Path) -> dict[str, Any]:
    """Every JSON brief, less the times its reports arrived (the clock of each run)."""

    def timeless(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: timeless(v) for k, v in value.items() if k != "received"}
        if isinstance(value, list):
            return [timeless(v) for v in value]
        return value

    return {p.name: timeless(json.loads(p.read_text())) for p in sorted(out.glob("*.json"))}
