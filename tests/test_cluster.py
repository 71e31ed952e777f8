"""The clusterer's joining rule on hand-made term vectors (no model needed)."""

from __future__ import annotations

import numpy as np

from newsfuse.cluster import ClusterConfig, Doc, EventClusterer


def doc(name: str, *terms: int) -> Doc:
    ids = np.array(sorted(terms), dtype=np.int64)
    return Doc(name, ids, np.ones(len(ids), dtype=np.float32), np.zeros(0), "en", None)


def events_of(config: ClusterConfig) -> dict[str, str]:
    clusterer = EventClusterer(config)
    # three reports of one shooting, then a weekend roundup naming it and another shooting
    stream = [doc("a1", 1, 2, 3, 4), doc("a2", 1, 2, 3, 4, 11), doc("a3", 1, 2, 3, 4, 12)]
    stream += [doc("roundup", 1, 2, 3, 4, 5, 6), doc("b", 5, 6, 7, 8), doc("a4", 1, 2, 3, 13)]
    return {d.id: clusterer.assign(d, "ev-" + d.id).event_id for d in stream}


def test_a_report_matching_one_member_only_does_not_join_the_event() -> None:
    chained = events_of(ClusterConfig(cohesion=0.0))
    assert chained["b"] == chained["a1"]  # single link: the roundup pulls the other shooting in
    events = events_of(ClusterConfig())
    assert events["roundup"] == events["a1"] == events["a4"]
    assert events["b"] == "ev-b"
