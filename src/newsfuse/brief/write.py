"""Write the briefs of stored events to a folder: ``<event>.json``, ``.md``, ``.html`` and an
``index.json`` of every event."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..store import Store
from .build import build_brief
from .render import brief_json, render_html, render_markdown


def write_briefs(store: Store, out_dir: str | Path, event_ids: Sequence[str] | None = None) -> Path:
    """Write ``<event>.json``, ``<event>.md`` and ``<event>.html`` per event, and ``index.json``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for event in store.events(event_ids):
        brief = build_brief(store, event)
        (out / f"{event.id}.json").write_text(brief_json(brief))
        (out / f"{event.id}.md").write_text(render_markdown(brief))
        (out / f"{event.id}.html").write_text(render_html(brief))
    index = [
        {
            "id": e.id,
            "title": e.title,
            "article_count": len(e.article_ids),
            "first_seen": e.first_seen.isoformat() if e.first_seen else None,
            "last_seen": e.last_seen.isoformat() if e.last_seen else None,
            "files": {kind: f"{e.id}.{kind}" for kind in ("json", "md", "html")},
        }
        for e in sorted(store.events(), key=lambda e: (-len(e.article_ids), e.id))
    ]
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=2))
    return out
