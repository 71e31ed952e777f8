"""newsfuse: one cross-checked, cited account of each event from many multilingual reports.

The public API (``docs/library.md``)::

    import newsfuse

    for event in newsfuse.analyse(texts):          # texts: strings or {title, text, ...} records
        print(event.title, [(f.label, f.best) for f in event.facts])

    with newsfuse.Store("news.db") as store:       # or the whole pipeline over files, persisted
        newsfuse.Pipeline(store).run(["reports/"])
        brief = newsfuse.build_brief(store, store.events()[0])

Everything listed in ``__all__`` is stable; other modules are internal. Records and errors are
imported at once (they are plain classes); the rest on first use, so ``import newsfuse`` stays
light for the CLI and for spaCy, which imports it to find the ``newsfuse_claims`` component.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import InputError, NewsfuseError
from .records import (
    ActorRole,
    ArithmeticCheck,
    Article,
    CheckStatus,
    Claim,
    ClaimKind,
    DateRef,
    Duplicate,
    DuplicateKind,
    Entity,
    Event,
    EventActor,
    EventCount,
    EventPlace,
    EventRecord,
    EventType,
    EventWhen,
    Evidence,
    Explanation,
    ExplanationKind,
    Fact,
    FactStatus,
    FigureHistoryPoint,
    Inconsistency,
    Mention,
    Place,
    PlacePrecision,
    Qualifier,
    Reconciliation,
    ReportAnchor,
    Sentence,
    SourceValue,
    TimelineEntry,
)

# A library logs (skipped inputs...) but leaves showing the log to its application.
logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from .brief import Brief, brief_json, build_brief, render_html, render_markdown, write_briefs
    from .library import EventResult, analyse
    from .pipeline import Pipeline, RunReport
    from .store import Store, StoreError

__version__ = "0.1.0"

_LAZY = {
    "analyse": "library",
    "EventResult": "library",
    "Pipeline": "pipeline",
    "RunReport": "pipeline",
    "Store": "store",
    "StoreError": "store",
    "Brief": "brief",
    "build_brief": "brief",
    "write_briefs": "brief",
    "render_html": "brief",
    "render_markdown": "brief",
    "brief_json": "brief",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsfuse' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    # running the pipeline
    "analyse",
    "EventResult",
    "Pipeline",
    "RunReport",
    "Store",
    "StoreError",
    # briefs
    "Brief",
    "build_brief",
    "write_briefs",
    "render_html",
    "render_markdown",
    "brief_json",
    # errors
    "NewsfuseError",
    "InputError",
    # records
    "ActorRole",
    "Article",
    "ArithmeticCheck",
    "CheckStatus",
    "Claim",
    "ClaimKind",
    "DateRef",
    "Duplicate",
    "DuplicateKind",
    "Entity",
    "Event",
    "EventActor",
    "EventCount",
    "EventPlace",
    "EventRecord",
    "EventType",
    "EventWhen",
    "Evidence",
    "Explanation",
    "ExplanationKind",
    "Fact",
    "FactStatus",
    "FigureHistoryPoint",
    "Inconsistency",
    "Mention",
    "Place",
    "PlacePrecision",
    "Qualifier",
    "Reconciliation",
    "ReportAnchor",
    "Sentence",
    "SourceValue",
    "TimelineEntry",
    "__version__",
]
