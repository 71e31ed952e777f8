"""Merge / split / move / undo: the events change at once, and every later clustering keeps them.

Constraint replay and the clusterer hook are tested on hand-made data; the corrections service on
real stores built with the fast embedder (no models).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_cluster import doc
from test_pipeline import BANK, FLOOD, WordHashEmbedder, write_all

from newsfuse import models
from newsfuse.cluster import EventClusterer
from newsfuse.constraints import replay
from newsfuse.corrections import CorrectionError, Corrections
from newsfuse.pipeline import Pipeline
from newsfuse.records import CorrectionKind
from newsfuse.store import Store


@dataclass
class R:
    together: list[str] = field(default_factory=list)
    apart: tuple[list[str], list[str]] | None = None


# -- replay ------------------------------------------------------------------------------------
def test_merge_then_split_cuts_the_merged_group() -> None:
    c = replay([R(["a", "b", "c", "d"]), R(["c", "d"], (["c", "d"], ["a", "b"]))])
    assert c.group["a"] == c.group["b"] != c.group["c"] == c.group["d"]
    assert c.forced("b", {"a": "E"}) == "E"
    assert c.forced("c", {"a": "E"}) is None  # cut from a's group by the split
    assert not c.allowed("c", ["x", "a"]) and not c.allowed("a", ["d"])
    assert c.allowed("c", ["x", "y"]) and c.allowed("x", ["a", "c"])  # x is unconstrained
    assert c.apart_from("a") == {"c", "d"}


def test_a_later_merge_overrules_a_split() -> None:
    split = R(["b"], (["b"], ["a"]))
    assert not replay([split]).allowed("b", ["a"])
    merged = replay([split, R(["a", "b"])])
    assert merged.allowed("b", ["a"]) and merged.forced("b", {"a": "E"}) == "E"
    assert merged.forbidden == {}
    again = replay([split, R(["a", "b"]), R(["b"], (["b"], ["a"]))])
    assert not again.allowed("b", ["a"])


def test_move_joins_the_target_and_leaves_the_old_event() -> None:
    # a1 a2 in one event, b1 in another; move a2 to b1's event
    c = replay([R(["b1", "a2"], (["a2"], ["a1"]))])
    assert c.forced("a2", {"b1": "B"}) == "B"
    assert not c.allowed("a2", ["a1"]) and c.allowed("a1", ["z"])


def test_clusterer_follows_must_and_cannot_links() -> None:
    twins = [doc("a", 1, 2, 3, 4), doc("b", 1, 2, 3, 4), doc("far", 7, 8, 9)]
    free = EventClusterer()
    free_events = {d.id: free.assign(d, "ev-" + d.id).event_id for d in twins}
    assert free_events["a"] == free_events["b"] != free_events["far"]
    rules = replay([R(["b"], (["b"], ["a"])), R(["a", "far"])])
    held = EventClusterer(constraints=rules)
    events = {d.id: held.assign(d, "ev-" + d.id).event_id for d in twins}
    assert events["b"] != events["a"] == events["far"]
    # a copy is not forced into its original's event when a cannot-link keeps them apart
    copy = EventClusterer(constraints=replay([R([], (["b"], ["a"]))]))
    copy.assign(twins[0], "ev-a")
    assert copy.assign(twins[1], "ev-b", forced_event="ev-a").event_id == "ev-b"


# -- the service over a real store ---------------------------------------------------------------
FIRE = (
    "fire.txt",
    "Warehouse fire in Millbrook\nA fire destroyed a warehouse in Millbrook on Friday night. "
    "Firefighters fought the blaze for six hours and two workers were treated for smoke.\n",
)
FLOOD_C = (
    "flood-c.txt",
    "Riverton flood: rain goes on\nHeavy rain went on in Riverton on Tuesday after the river burst "
    "its banks on Monday, killing at least 12 people, officials said.\n",
)


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


@pytest.fixture
def world(tmp_path: Path, database: str, fast: None):
    """Three events: the flood (two reports), the bank, the fire (on each backend)."""
    store = Store(database)
    pipeline = Pipeline(store)
    pipeline.run([write_all(tmp_path / "in", [*FLOOD, BANK, FIRE])])
    ids = {Path(a.source_path).name: a.id for a in store.articles()}
    yield store, pipeline, Corrections(pipeline), ids
    store.close()


def groups(store: Store) -> list[set[str]]:
    return sorted((set(e.article_ids) for e in store.events()), key=sorted)


def test_world_is_three_events(world) -> None:
    store, _, _, ids = world
    assert len(store.events()) == 3
    assert store.event_of(ids["flood-a.txt"]) == store.event_of(ids["flood-b.txt"])


def test_merge_keeps_the_first_event_and_reanalyses(world) -> None:
    store, _, fix, ids = world
    bank, fire = store.event_of(ids["rates.txt"]), store.event_of(ids["fire.txt"])
    outcome = fix.merge([bank, fire], author="ana", reason="same story")
    assert outcome.events == [bank]
    assert store.event_of(ids["fire.txt"]) == bank
    assert not store.events([fire])  # the emptied event is gone, with its analyses
    assert store.analysis(fire, "reconciliation") is None
    assert store.analysis(bank, "reconciliation") is not None and not store.stale_events()
    (entry,) = fix.log()
    assert (entry.kind, entry.author, entry.reason, entry.event_ids) == (
        CorrectionKind.MERGE,
        "ana",
        "same story",
        [bank, fire],
    )
    assert entry.created_at is not None and entry.active


def test_split_holds_through_incremental_runs_and_recluster(world, tmp_path: Path) -> None:
    store, pipeline, fix, ids = world
    a, b = ids["flood-a.txt"], ids["flood-b.txt"]
    flood = store.event_of(a)
    outcome = fix.split(flood, [b], author="ana")
    new = store.event_of(b)
    assert new != flood and sorted(outcome.events) == sorted([flood, new])
    report = pipeline.run([write_all(tmp_path / "more", [FLOOD_C])])  # a third flood report
    (c,) = report.added
    assert store.event_of(a) != store.event_of(b)
    assert store.event_of(c) in (store.event_of(a), store.event_of(b))
    before = groups(store)
    pipeline.recluster()
    assert groups(store) == before  # the full re-cluster keeps the split (and the rest)
    fix.undo(author="ana")
    assert store.event_of(b) == flood
    pipeline.recluster()  # with the split withdrawn, clustering puts the flood back together
    assert len({store.event_of(i) for i in (a, b, c)}) == 1


def test_merge_holds_through_recluster_and_undo_restores(world) -> None:
    store, pipeline, fix, ids = world
    bank, fire = store.event_of(ids["rates.txt"]), store.event_of(ids["fire.txt"])
    start = groups(store)
    fix.merge([bank, fire], author="ana")
    pipeline.recluster()
    assert store.event_of(ids["fire.txt"]) == store.event_of(ids["rates.txt"]) == bank
    outcome = fix.undo(author="ana", reason="wrong")
    assert groups(store) == start and sorted(outcome.events) == sorted([bank, fire])
    (entry,) = fix.log()
    assert not entry.active and entry.undone_by == "ana" and entry.undo_reason == "wrong"
    with pytest.raises(CorrectionError, match="nothing to undo"):
        fix.undo(author="ana")


def test_move_and_undo_order(world) -> None:
    store, pipeline, fix, ids = world
    a, b, bank = ids["flood-a.txt"], ids["flood-b.txt"], ids["rates.txt"]
    flood, bank_event = store.event_of(a), store.event_of(bank)
    first = fix.move([b], bank_event, author="ana").correction
    assert store.event_of(b) == bank_event and store.event_of(a) == flood
    pipeline.recluster()
    assert store.event_of(b) == bank_event != store.event_of(a)
    second = fix.move([b], flood, author="ana").correction  # moved back by hand
    with pytest.raises(CorrectionError, match=f"{second.id} changed the same articles"):
        fix.undo(first.id, author="ana")
    fix.undo(second.id, author="ana")
    assert store.event_of(b) == bank_event
    fix.undo(first.id, author="ana")
    assert store.event_of(b) == flood


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda f, e, i: f.merge([e["flood"]], author="x"), "at least two"),
        (lambda f, e, i: f.merge([e["flood"], "ev-nope"], author="x"), "no event 'ev-nope'"),
        (lambda f, e, i: f.split(e["flood"], [i["rates.txt"]], author="x"), "not in event"),
        (
            lambda f, e, i: f.split(e["flood"], [i["flood-a.txt"], i["flood-b.txt"]], author="x"),
            "all the articles",
        ),
        (lambda f, e, i: f.move([i["flood-a.txt"]], e["flood"], author="x"), "already in event"),
        (lambda f, e, i: f.move(["nope"], e["flood"], author="x"), "no article in any event"),
        (lambda f, e, i: f.undo("c9", author="x"), "no correction 'c9'"),
    ],
)
def test_bad_corrections_change_nothing(world, action, message: str) -> None:
    store, _, fix, ids = world
    events = {"flood": store.event_of(ids["flood-a.txt"])}
    start = groups(store)
    with pytest.raises(CorrectionError, match=message):
        action(fix, events, ids)
    assert groups(store) == start and fix.log() == []


def test_split_off_the_founding_article_gets_a_fresh_id(world) -> None:
    store, _, fix, ids = world
    a = ids["flood-a.txt"]
    flood = store.event_of(a)
    assert flood == "ev-" + a[:12]  # named after its first report
    fix.split(flood, [a], author="ana")
    assert store.event_of(ids["flood-b.txt"]) == flood  # the rest keeps the event's id
    assert store.event_of(a) not in (flood, None)
