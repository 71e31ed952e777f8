"""Analysts correct the grouping: merge events, split articles off, move articles, undo.

Each correction changes the events at once (their briefs are re-analysed) and is kept in the
store's audit log (who, when, why) with the constraints it states, which every later clustering
honours: incremental runs and a full ``Pipeline.recluster`` (see ``constraints.py``).

* ``merge A B...``: B's articles join A (A keeps its id); they must share an event from now on.
* ``split E ARTICLE...``: the articles leave E for a new event; they stay together, and apart from
  E's other articles.
* ``move ARTICLE... E``: the articles join E and must stay with its articles; they stay apart from
  the rest of the events they came from.
* ``undo [ID]``: the latest (or the named) correction is withdrawn and its articles go back where
  they were, unless they were moved since; a later correction of the same articles must be undone
  first.

The CLI, the API and the web app only call :class:`Corrections`.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .cluster import event_id_for, time_order
from .errors import NewsfuseError
from .pipeline import Pipeline, RunReport
from .records import Correction, CorrectionKind


class CorrectionError(NewsfuseError):
    """A correction that cannot be made as asked (unknown id, nothing to do...)."""


@dataclass
class Outcome:
    correction: Correction
    events: list[str]  # the touched events that exist afterwards, re-analysed
    left: list[str] = field(default_factory=list)  # undo: articles moved since, left in place
    report: RunReport = field(default_factory=RunReport)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _names(ids: list[str]) -> str:
    return ", ".join(ids)


def _moved(correction: Correction) -> set[str]:
    """The articles a correction put in another event."""
    return {a for a, e in correction.after.items() if correction.before.get(a) != e}


Changed = tuple[Correction, set[str], list[str]]  # the correction, touched events, articles left


def _atomic(verb: Callable[..., Changed]) -> Callable[..., Outcome]:
    """Run a correction's reads, checks, ``seq`` allocation and writes in one write transaction
    (so two analysts correcting at once never read a grouping the other is changing, nor take
    the same ``seq``), then re-analyse the touched events outside it."""

    @functools.wraps(verb)
    def run(self: Corrections, *args: object, **kwargs: object) -> Outcome:
        with self.store.transaction():
            correction, events, left = verb(self, *args, **kwargs)
        return self._finish(correction, events, left)

    run.__annotations__ = {**verb.__annotations__, "return": "Outcome"}
    return run


class Corrections:
    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.store = pipeline.store

    # -- reading -------------------------------------------------------------------------------
    def log(self, event_id: str | None = None) -> list[Correction]:
        """The audit log, newest first; with ``event_id``, the corrections that touched it."""
        entries = self.store.corrections()
        if event_id is not None:
            entries = [
                c
                for c in entries
                if event_id in c.event_ids
                or event_id in c.before.values()
                or event_id in c.after.values()
            ]
        return entries[::-1]

    def _members(self, event_id: str) -> list[str]:
        events = self.store.events([event_id])
        if not events:
            raise CorrectionError(f"no event {event_id!r} (see `newsfuse events`)")
        return events[0].article_ids

    # -- corrections ---------------------------------------------------------------------------
    @_atomic
    def merge(self, event_ids: list[str], *, author: str, reason: str = "") -> Changed:
        """Merge the events into the first one named."""
        event_ids = list(dict.fromkeys(event_ids))
        if len(event_ids) < 2:
            raise CorrectionError("merge needs at least two different events")
        members = {e: self._members(e) for e in event_ids}
        target = event_ids[0]
        together = [a for e in event_ids for a in members[e]]
        changes = {a: target for a in together}
        return self._apply(
            CorrectionKind.MERGE, event_ids, [], changes, together, None, author, reason
        )

    @_atomic
    def split(
        self, event_id: str, article_ids: list[str], *, author: str, reason: str = ""
    ) -> Changed:
        """Move ``article_ids`` out of ``event_id`` into a new event of their own."""
        members = self._members(event_id)
        leaving = list(dict.fromkeys(article_ids))
        if not leaving:
            raise CorrectionError("split needs the articles that leave the event")
        strangers = [a for a in leaving if a not in members]
        if strangers:
            raise CorrectionError(f"not in event {event_id}: {_names(strangers)}")
        rest = [a for a in members if a not in leaving]
        if not rest:
            raise CorrectionError(
                f"those are all the articles of {event_id}: nothing would be left to split from"
            )
        seq = self.store.next_correction_seq()
        new_id = self._new_event_id(leaving, seq)
        changes = {a: new_id for a in leaving}
        return self._apply(
            CorrectionKind.SPLIT,
            [event_id],
            leaving,
            changes,
            leaving,
            (leaving, rest),
            author,
            reason,
            seq,
        )

    @_atomic
    def move(
        self, article_ids: list[str], event_id: str, *, author: str, reason: str = ""
    ) -> Changed:
        """Move ``article_ids`` into the existing event ``event_id``."""
        target = self._members(event_id)
        moving = list(dict.fromkeys(article_ids))
        if not moving:
            raise CorrectionError("move needs the articles to move")
        current = self.store.membership()
        unknown = [a for a in moving if a not in current]
        if unknown:
            raise CorrectionError(f"no article in any event: {_names(unknown)}")
        there = [a for a in moving if current[a] == event_id]
        if there:
            raise CorrectionError(f"already in event {event_id}: {_names(there)}")
        sources = {current[a] for a in moving}
        rest = [a for e in sorted(sources) for a in self._members(e) if a not in moving]
        changes = {a: event_id for a in moving}
        return self._apply(
            CorrectionKind.MOVE,
            [event_id],
            moving,
            changes,
            target + moving,
            (moving, rest) if rest else None,
            author,
            reason,
        )

    @_atomic
    def undo(self, correction_id: str | None = None, *, author: str, reason: str = "") -> Changed:
        """Withdraw a correction (the latest active one by default)."""
        log = self.store.corrections()
        active = [c for c in log if c.active]
        if correction_id is None:
            if not active:
                raise CorrectionError("nothing to undo: no active correction")
            correction = active[-1]
        else:
            found = [c for c in log if c.id == correction_id]
            if not found:
                raise CorrectionError(
                    f"no correction {correction_id!r} (see `newsfuse events log`)"
                )
            correction = found[0]
            if not correction.active:
                raise CorrectionError(f"correction {correction_id} was already undone")
        later = [c for c in active if c.seq > correction.seq and _moved(c) & _moved(correction)]
        if later:
            raise CorrectionError(
                f"{_names([c.id for c in later])} changed the same articles since: "
                f"undo {'them' if len(later) > 1 else 'it'} first"
            )
        current = self.store.membership()
        changes, left = {}, []
        for article, before in correction.before.items():
            if current.get(article) == correction.after.get(article):
                changes[article] = before
            elif current.get(article) != before:
                left.append(article)
        events = set(correction.before.values()) | set(correction.after.values())
        self.store.mark_undone(correction.id, author, _now(), reason)
        self.pipeline.write_events(events, {**current, **changes})
        correction = next(c for c in self.store.corrections() if c.id == correction.id)
        return correction, events, left

    # -- plumbing ------------------------------------------------------------------------------
    def _new_event_id(self, articles: list[str], seq: int) -> str:
        """Named after its first article like any event, unless an event has that name."""
        first = time_order(self.store.articles(articles))[0]
        candidate = event_id_for(first)
        if not self.store.events([candidate]):
            return candidate
        return "ev-" + hashlib.sha1(f"{candidate}:c{seq}".encode()).hexdigest()[:12]

    def _apply(
        self,
        kind: CorrectionKind,
        event_ids: list[str],
        article_ids: list[str],
        changes: dict[str, str],
        together: list[str],
        apart: tuple[list[str], list[str]] | None,
        author: str,
        reason: str,
        seq: int | None = None,
    ) -> Changed:
        current = self.store.membership()
        events = {current[a] for a in changes} | set(changes.values())
        before = {a: e for a, e in current.items() if e in events}
        seq = seq or self.store.next_correction_seq()
        correction = Correction(
            id=f"c{seq}",
            seq=seq,
            kind=kind,
            event_ids=event_ids,
            article_ids=article_ids,
            author=author.strip() or "unknown",
            reason=reason.strip(),
            created_at=_now(),
            together=together,
            apart=apart,
            before=before,
            after={**before, **changes},
        )
        self.store.add_correction(correction)
        self.pipeline.write_events(events, {**current, **changes})
        return correction, events, []

    def _finish(self, correction: Correction, events: set[str], left: list[str]) -> Outcome:
        report = RunReport()
        self.pipeline.finish(report)  # re-analyses the touched events (and any left stale)
        existing = {e.id for e in self.store.events(sorted(events))}
        return Outcome(correction, sorted(existing), left, report)
