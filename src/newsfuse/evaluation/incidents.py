"""Incident facts read off GVC-format articles: killed/injured counts, city, state and date."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def evaluate_incidents(
    articles_path: str | Path, incidents_path: str | Path, limit: int | None = None
) -> dict[str, Any]:
    """Accuracy of each incident fact against the gold; ``limit`` keeps the first N incidents.

    The two scorers count incidents differently (where/when skips incidents whose articles are
    all boilerplate), so each part keeps its own incident count.
    """
    from newsfuse.evaluation.incident_counts import evaluate_incident_counts
    from newsfuse.evaluation.incident_where_when import evaluate_incident_where_when

    counts = evaluate_incident_counts(articles_path, incidents_path, limit=limit)
    where_when = evaluate_incident_where_when(articles_path, incidents_path, limit=limit)
    return {
        "killed.accuracy": counts["killed.accuracy"],
        "injured.accuracy": counts["injured.accuracy"],
        "counts.incidents": counts["incidents"],
        "city.accuracy": where_when["city.accuracy"],
        "state.accuracy": where_when["state.accuracy"],
        "date.accuracy": where_when["date.accuracy"],
        "where_when.incidents": where_when["incidents"],
    }
