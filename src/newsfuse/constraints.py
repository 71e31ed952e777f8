"""Analysts' corrections as clustering constraints: must-link groups and cannot-link pairs.

Each correction states two kinds of constraint over articles (stored by ``Store`` as sets, so a
merge of two 200-article events is 400 rows, not 40,000 pairs):

* **together** (must-link): these articles share one event;
* **apart** (cannot-link) ``P`` / ``Q``: no article of ``P`` shares an event with one of ``Q``.

:func:`replay` applies the active corrections in the order they were made; the newest word wins.
``apart`` first cuts every must-link group holding articles of both sides (``P``'s members leave
it), then ``together`` unites the groups of its articles. A cannot-link whose two articles end up in
one group was overruled by a later merge or move and is dropped.

The clusterer asks only two questions (:class:`Constraints` satisfies ``cluster.Placement``):
``forced`` — the event an article must join because a must-linked article is already there — and
``allowed`` — whether an event holds no article the article may not be with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol


class Rule(Protocol):
    """The constraints of one correction (``records.Correction`` is one)."""

    together: list[str]
    apart: tuple[list[str], list[str]] | None


@dataclass(slots=True)
class Constraints:
    group: dict[str, int] = field(default_factory=dict)  # article -> its must-link group
    members: dict[int, set[str]] = field(default_factory=dict)  # group -> articles
    forbidden: dict[int, set[int]] = field(default_factory=dict)  # group -> groups kept apart

    def __bool__(self) -> bool:
        return bool(self.group)

    def forced(self, article_id: str, event_of: Mapping[str, str]) -> str | None:
        """The event of an already placed article ``article_id`` is must-linked with."""
        group = self.group.get(article_id)
        if group is None:
            return None
        for other in self.members[group]:
            if other != article_id and other in event_of:
                return event_of[other]
        return None

    def allowed(self, article_id: str, members: Iterable[str]) -> bool:
        """Whether an event of these ``members`` holds no article ``article_id`` is kept from."""
        banned = self.forbidden.get(self.group.get(article_id, -1))
        if not banned:
            return True
        return not any(self.group.get(m, -1) in banned for m in members)

    def apart_from(self, article_id: str) -> set[str]:
        """Every article ``article_id`` may not share an event with."""
        banned = self.forbidden.get(self.group.get(article_id, -1), set())
        return {a for g in banned for a in self.members[g]}


def replay(rules: Sequence[Rule]) -> Constraints:
    """The constraints in force after ``rules`` (oldest first)."""
    group: dict[str, int] = {}
    members: dict[int, set[str]] = {}
    apart: list[tuple[list[str], list[str]]] = []
    counter = 0

    def new_group(articles: Iterable[str]) -> None:
        nonlocal counter
        counter += 1
        members[counter] = set(articles)
        for a in members[counter]:
            group[a] = counter

    for rule in rules:
        if rule.apart is not None:
            left, right = map(set, rule.apart)
            for g in {group[a] for a in left if a in group}:
                if members[g] & right:
                    leaving = members[g] & left
                    members[g] -= leaving
                    new_group(leaving)
            apart.append(rule.apart)
        if rule.together:
            joined = {a for x in rule.together for a in members.get(group.get(x, -1), {x})}
            for g in {group[a] for a in joined if a in group}:
                del members[g]
            new_group(joined)
    for left, right in apart:  # articles named only by a cannot-link get a group of their own
        for a in (*left, *right):
            if a not in group:
                new_group([a])
    forbidden: dict[int, set[int]] = defaultdict(set)
    for left, right in apart:
        for a in {group[x] for x in left}:
            for b in {group[x] for x in right}:
                if a != b:
                    forbidden[a].add(b)
                    forbidden[b].add(a)
    return Constraints(group, {g: m for g, m in members.items() if m}, dict(forbidden))
