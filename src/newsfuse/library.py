"""newsfuse as a library: :func:`analyse` runs the whole pipeline on texts held in memory.

It is ``newsfuse run`` without files: each text goes through the same readers' validation and the
same stages, into a temporary in-memory store (or the ``store`` you pass, to keep the results), and
every event comes back as an :class:`EventResult` of typed records plus its brief.
See ``docs/library.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .brief import Brief, build_brief
from .errors import InputError
from .ingest.readers import record_to_article, text_to_article
from .models import Embedder
from .pipeline import Pipeline
from .records import Article, Claim, Entity, Event, Fact, Reconciliation
from .store import Store

Text = str | Mapping[str, Any]


@dataclass(slots=True)
class EventResult:
    """One event :func:`analyse` found: its reports, what was read from them, and its brief.

    ``brief`` is the typed brief the CLI writes as ``<event>.json`` (schema
    ``newsfuse.brief/2``, ``docs/brief.md``); the other fields are the stages' own records.
    """

    event: Event
    articles: list[Article]  # in time order, the earliest report first
    entities: list[Entity]
    claims: list[Claim]  # every figure every report states (``kind`` other: never a fact)
    reconciliation: Reconciliation
    brief: Brief

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def title(self) -> str:
        return self.event.title

    @property
    def facts(self) -> list[Fact]:
        """The event's figures lined up across reports, with consensus and explanations."""
        return self.reconciliation.facts


def to_article(text: Text, index: int) -> Article:
    """A text as the readers would read it: a plain report, or a JSON-style record."""
    where = f"texts[{index}]"
    if isinstance(text, str):
        return text_to_article(text, where, key=where, source_path=where)
    if isinstance(text, Mapping):
        return record_to_article(dict(text), where, where, where)
    raise InputError(where, f"expected a string or a record (mapping), got {type(text).__name__}")


def analyse(
    texts: Iterable[Text],
    *,
    store: Store | None = None,
    embedder: Embedder | None = None,
) -> list[EventResult]:
    """Group ``texts`` into events and cross-check their figures; biggest event first.

    Each text is a report as plain text (the first line is the title when it looks like one) or a
    record ``{title?, text, url?, source?, published?, language?}`` as in ``.json`` inputs.
    Every text is checked before anything runs: an unusable one raises :class:`InputError`
    naming it (``texts[2]: missing or empty field 'text' ...``). Without ``store`` the results
    live in memory only; with one, they are added to it (and events already in it may grow).
    """
    articles = [to_article(text, i) for i, text in enumerate(texts)]
    own = store is None
    store = store or Store(":memory:")
    try:
        pipeline = Pipeline(store, embedder=embedder)
        pipeline.run_articles(articles)
        ids = {a.id for a in articles}
        events = [e for e in store.events() if ids.intersection(e.article_ids)]
        results = [_result(pipeline, event) for event in events]
    finally:
        if own:
            store.close()
    return sorted(results, key=lambda r: (-len(r.articles), r.id))


def _result(pipeline: Pipeline, event: Event) -> EventResult:
    # Re-running the analysis gives the linked entities and the claims as linked; it costs a few
    # milliseconds an event, next to seconds for reading and extraction.
    analysis = pipeline.analyse_articles(event.id, event.article_ids)
    return EventResult(
        event=event,
        articles=pipeline.store.articles(event.article_ids),
        entities=analysis.who.entities,
        claims=analysis.claims,
        reconciliation=analysis.reconciliation,
        brief=build_brief(pipeline.store, event),
    )
