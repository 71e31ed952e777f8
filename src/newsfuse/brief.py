"""Brief stage: compose and render one event brief (JSON data, Markdown, self-contained HTML).

The brief is built from stored stage outputs only, and every sentence in it is either a source
sentence quoted verbatim with its citation, or a statement computed from cited claims. Nothing is
generated. JSON schema: ``docs/brief.md`` (``schema`` = ``newsfuse.brief/1``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from .records import Article, Event
from .store import Store

SCHEMA = "newsfuse.brief/1"
SUMMARY_MAX = 6
SUMMARY_MIN = 3
REDUNDANT = 0.72  # cosine above which two summary sentences say the same thing
SENTENCE_MIN_CHARS = 50
SENTENCE_MAX_CHARS = 400
# Explanations that relate two figures (shown once, above the per-figure differences).
RELATION_KINDS = ("unit", "category_split")


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def sources_section(articles: Sequence[Article], store: Store) -> list[dict[str, Any]]:
    links = {d.article_id: d for d in store.duplicates([a.id for a in articles])}
    sources = []
    for n, article in enumerate(articles, 1):
        link = links.get(article.id)
        sources.append(
            {
                "n": n,
                "article_id": article.id,
                "outlet": article.outlet or Path(article.source_path).name or article.id,
                "title": article.title,
                "language": article.language,
                "published": _iso(article.published),
                "url": article.url,
                "source_path": article.source_path,
                "original_source": article.original_source,
                "duplicate_of": link.duplicate_of if link else None,
                "duplicate_kind": link.kind.value if link else None,
            }
        )
    return sources


def summary_section(
    articles: Sequence[Article], store: Store, dim: int = 512
) -> list[dict[str, Any]]:
    """Representative sentences across sources (maximal marginal relevance), original language.

    Sentences are ranked by closeness to the event centroid (mean of the original reports'
    vectors) with a bonus for lead position; a sentence too close to one already picked is skipped,
    and sources take turns so no outlet dominates.
    """
    copies = {d.article_id for d in store.duplicates([a.id for a in articles]) if d.article_id}
    originals = [a for a in articles if a.id not in copies] or list(articles)
    vectors = store.embeddings([a.id for a in originals], dim)
    if not vectors:
        return []
    centroid = np.mean([vectors[a.id][0] for a in originals if a.id in vectors], axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    sentences = store.sentences_of([a.id for a in originals])
    candidates = []
    for article in originals:
        if article.id not in vectors:
            continue
        sentence_vectors = vectors[article.id][1]
        for sentence, vector in zip(sentences[article.id], sentence_vectors, strict=False):
            if not SENTENCE_MIN_CHARS <= len(sentence.text) <= SENTENCE_MAX_CHARS:
                continue
            if sentence.text.count("“") + sentence.text.count('"') >= 2:
                continue  # quotes are someone's words, not the neutral account
            score = float(vector @ centroid) + 0.08 / (1 + sentence.index)
            candidates.append((score, article, sentence, vector))
    candidates.sort(key=lambda c: -c[0])
    picked: list[tuple[float, Article, Any, np.ndarray]] = []
    per_article: dict[str, int] = {}
    # Sources take turns: first each article's best sentence, then second-best, and so on.
    for turn in range(1, SUMMARY_MAX + 1):
        for candidate in candidates:
            _, article, sentence, vector = candidate
            if len(picked) >= SUMMARY_MAX or per_article.get(article.id, 0) >= turn:
                continue
            if any(sentence is p[2] or float(vector @ p[3]) > REDUNDANT for p in picked):
                continue
            picked.append(candidate)
            per_article[article.id] = per_article.get(article.id, 0) + 1
        if len(picked) >= SUMMARY_MAX or (len(picked) >= SUMMARY_MIN and turn >= 2):
            break
    order = {a.id: i for i, a in enumerate(articles)}
    picked.sort(key=lambda c: (order[c[1].id], c[2].index))
    return [
        {
            "text": sentence.text,
            "article_id": article.id,
            "sentence_index": sentence.index,
            "language": sentence.language or article.language,
        }
        for _, article, sentence, _ in picked
    ]


def updates_section(store: Store, event: Event) -> list[dict[str, Any]]:
    """The reports that joined after the first one, newest first, each change in words."""
    from .updates import describe, event_updates

    out = []
    for update in reversed(event_updates(store, event)):
        item = asdict(update)
        item["published"], item["received"] = _iso(update.published), _iso(update.received)
        for change, data in zip(update.changes, item["changes"], strict=True):
            data["text"] = describe(change)
        out.append(item)
    return out


def build_brief(store: Store, event: Event) -> dict[str, Any]:
    """The brief of one event as plain data (the JSON output)."""
    articles = store.articles(event.article_ids)
    sources = sources_section(articles, store)
    number = {s["article_id"]: s["n"] for s in sources}
    summary = summary_section(articles, store)
    for item in summary:
        item["source"] = number[item["article_id"]]
    reconciliation = store.analysis(event.id, "reconciliation") or {}
    entities = store.analysis(event.id, "entities") or {}
    return {
        "schema": SCHEMA,
        "id": event.id,
        "title": event.title,
        "article_count": len(articles),
        "languages": sorted({a.language for a in articles if a.language}),
        "time_span": {"first": _iso(event.first_seen), "last": _iso(event.last_seen)},
        "summary": summary,
        "updates": updates_section(store, event),
        "figures": reconciliation.get("facts", []),
        "relations": [
            e for e in reconciliation.get("explanations", []) if e.get("kind") in RELATION_KINDS
        ],
        "inconsistencies": reconciliation.get("inconsistencies", []),
        "checks": reconciliation.get("checks", []),
        "history": {k: v for k, v in reconciliation.get("history", {}).items() if v},
        "entities": entities.get("entities", []),
        "places": entities.get("places", []),
        "timeline": entities.get("timeline", []),
        "sources": sources,
    }


def write_briefs(store: Store, out_dir: str | Path, event_ids: Sequence[str] | None = None) -> Path:
    """Write ``<event>.json``, ``<event>.md`` and ``<event>.html`` per event, and ``index.json``."""
    from .render import render_html, render_markdown

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for event in store.events(event_ids):
        brief = build_brief(store, event)
        (out / f"{event.id}.json").write_text(json.dumps(brief, ensure_ascii=False, indent=2))
        (out / f"{event.id}.md").write_text(render_markdown(brief))
        (out / f"{event.id}.html").write_text(render_html(brief))
    index = [
        {
            "id": e.id,
            "title": e.title,
            "article_count": len(e.article_ids),
            "first_seen": _iso(e.first_seen),
            "last_seen": _iso(e.last_seen),
            "files": {kind: f"{e.id}.{kind}" for kind in ("json", "md", "html")},
        }
        for e in sorted(store.events(), key=lambda e: (-len(e.article_ids), e.id))
    ]
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=2))
    return out


__all__ = ["SCHEMA", "asdict", "build_brief", "write_briefs"]
