"""End to end: does the consensus of an event's killed figure match the incident's gold count?

GVC incidents with at least two articles are matched to the event holding most of their articles
(so clustering errors count against the result, as they would for a user); on a tie, the event
holding the incident's earliest report. The event's killed count is the reconciled fact that most
articles state in their headline or lead, about someone (on a tie, one about people in general
rather than a group such as children); an event with no such fact reads as 0 (GVC has many
shootings with injuries only). We report how often ``best`` equals the gold count and how often
the gold count lies inside the fact's ``[low, high]``.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest.readers import read_inputs
from ..pipeline import Pipeline
from ..records import Article
from ..store import Store
from .datasets import _read_jsonl

MIN_ARTICLES = 2
# A report tells its own toll in its headline and first sentences; figures further down mostly
# recall other shootings (8, 10 and 12 sentences measured alike on the GVC dev set).
LEAD_SENTENCES = 10
GENERAL_SUBJECTS = frozenset({"people", "victims", "", None})


def load_incidents(path: str | Path) -> list[dict[str, Any]]:
    """GVC incident records (``incident_id``, ``num_killed``, ``article_ids``), validated."""
    incidents = []
    for lineno, record in _read_jsonl(Path(path)):
        for key in ("incident_id", "num_killed", "article_ids"):
            if key not in record:
                raise InputError(f"{path}:{lineno}", f"missing field {key!r}")
        incidents.append(record)
    return incidents


def _lead_reports(fact: dict[str, Any]) -> int:
    """Reports stating the fact in their headline or first ``LEAD_SENTENCES`` sentences."""
    return len(
        {
            v["article_id"]
            for v in fact["values"]
            if v.get("sentence_index") is not None and v["sentence_index"] < LEAD_SENTENCES
        }
    )


def killed_fact(facts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The killed fact most reports state in their lead, counting someone (a figure with no noun,
    "10 ... dead", is often a date or a tally of other events); on a tie one about people in
    general (GVC counts everyone killed; "children killed" is a part of it), then more independent
    sources, then the smaller figure."""
    killed = [
        f
        for f in facts
        if f.get("measure") == "killed"
        and f.get("best") is not None
        and f.get("subject")
        and _lead_reports(f)
    ]
    if not killed:
        return None
    return max(
        killed,
        key=lambda f: (
            _lead_reports(f),  # reports, not repetitions in one
            f.get("subject") in GENERAL_SUBJECTS,
            f.get("independent_sources", 0),
            -f["best"],
        ),
    )


def incident_event(reports: list[Article], membership: dict[str, str]) -> str:
    """The event holding most of an incident's reports; on a tie the one holding its earliest
    report (the breaking news, which tells the toll; follow-ups come weeks later)."""
    events = Counter(membership[a.id] for a in reports)
    top = max(events.values())
    earliest = min(
        (a for a in reports if events[membership[a.id]] == top),
        key=lambda a: (a.published or datetime.max, a.seq, a.id),
    )
    return membership[earliest.id]


def incident_reports(
    incident: dict[str, Any], by_record: dict[str, Article], membership: dict[str, str]
) -> list[Article]:
    """An incident's articles that the pipeline stored in some event."""
    return [
        by_record[a]
        for a in incident["article_ids"]
        if a in by_record and by_record[a].id in membership
    ]


def evaluate_consensus(
    articles_path: str | Path,
    incidents_path: str | Path,
    limit: int | None = None,
    db: str | Path | None = None,
) -> dict[str, Any]:
    """``killed.best.accuracy`` and ``killed.gold_in_range`` over GVC incidents with >= 2 articles.

    ``db`` reuses the store of an earlier ``newsfuse run`` on the same articles file (article ids
    are derived from the records, so they match); otherwise the full pipeline runs in a temporary
    store. ``limit`` keeps the first N qualifying incidents and only their articles.
    """
    incidents = [
        i for i in load_incidents(incidents_path) if len(i["article_ids"]) >= MIN_ARTICLES
    ][:limit]
    if not Path(articles_path).is_file():
        raise InputError(str(articles_path), "not found")
    wanted = {a for i in incidents for a in i["article_ids"]}
    articles, input_errors = [], 0
    for item in read_inputs([articles_path]):
        if isinstance(item, InputError):
            input_errors += 1  # a bad record is skipped, as `newsfuse run` skips it
            continue
        record_id = item.meta.get("record_id")
        if record_id in wanted:
            articles.append(item)
    with tempfile.TemporaryDirectory() as tmp, Store(db or Path(tmp) / "consensus.db") as store:
        pipeline = Pipeline(store)
        if db is None:
            pipeline.run_articles(articles)
        by_record = {a.meta["record_id"]: a for a in articles}
        membership = store.membership()
        events, alone = _Score(), _Score()
        for incident in incidents:
            reports = incident_reports(incident, by_record, membership)
            if not reports:
                continue
            gold = int(incident["num_killed"])
            analysis = store.analysis(incident_event(reports, membership), "reconciliation")
            events.add(killed_fact((analysis or {}).get("facts", [])), gold)
            own = pipeline.analyse_articles(
                f"incident-{incident['incident_id']}", [a.id for a in reports]
            )
            alone.add(killed_fact([asdict(f) for f in own.reconciliation.facts]), gold)
    return {
        **events.figures(""),
        **alone.figures("incident_grouping."),
        "incidents": events.scored,
        "input_errors": input_errors,
    }


class _Score:
    """Accuracy of ``best`` and how often the gold count lies in ``[low, high]``."""

    def __init__(self) -> None:
        self.scored = self.correct = self.inside = self.with_fact = 0

    def add(self, fact: dict[str, Any] | None, gold: int) -> None:
        """An incident with no killed fact reads as 0 killed."""
        best = low = high = 0.0
        if fact is not None:
            self.with_fact += 1
            best, low, high = fact["best"], fact["low"], fact["high"]
        self.scored += 1
        self.correct += round(best) == gold
        self.inside += low <= gold <= high

    def figures(self, prefix: str) -> dict[str, float | int]:
        n = self.scored or 1
        return {
            f"{prefix}killed.best.accuracy": self.correct / n,
            f"{prefix}killed.gold_in_range": self.inside / n,
            f"{prefix}incidents.with_killed_fact": self.with_fact,
        }
