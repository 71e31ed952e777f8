"""Reconciliation: line the same figure up across outlets, find consensus, explain differences.

``reconcile_event`` is the entry point; see ``grouping`` for what makes two claims one fact,
``history`` for when a figure held and what makes differing figures updates over time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..records import Article, Claim, DateRef, Duplicate, Fact, Reconciliation
from .arithmetic import check_sums
from .consensus import build_fact
from .explain import explain_fact, explain_relations
from .grouping import Features, fact_id, features, group_claims
from .history import figure_history, figures_as_of

__all__ = ["reconcile_event"]


def _parent_facts(facts: list[Fact], groups: dict[str, list[Features]]) -> None:
    """A fact is a part of the fact holding most of its claims' parents."""
    fact_of = {f.claim.id: fid for fid, group in groups.items() for f in group}
    for fact in facts:
        parents = Counter(
            fact_of[f.claim.parent] for f in groups[fact.id] if f.claim.parent in fact_of
        )
        parents.pop(fact.id, None)
        if parents:
            fact.parent_fact = max(sorted(parents), key=lambda fid: parents[fid])


def reconcile_event(
    event_id: str,
    claims: list[Claim],
    articles: dict[str, Article],
    duplicates: list[Duplicate],
    dates: Sequence[DateRef] = (),
) -> Reconciliation:
    """Facts, their consensus and explanations, arithmetic checks and figure history of an event.

    ``dates`` (the reports' resolved date expressions) tell when a figure held when its sentence
    dates it before its report ("up from 24 reported on Tuesday").
    """
    event_claims = [c for c in claims if c.article_id in articles] if articles else list(claims)
    as_of = figures_as_of(event_claims, articles, dates)
    groups: dict[str, list[Features]] = {}
    facts = []
    for group in group_claims(features(event_claims, articles, as_of)):
        fid = fact_id(event_id, group)
        groups[fid] = group
        facts.append(build_fact(fid, event_id, group, articles, duplicates, as_of))
    _parent_facts(facts, groups)
    explanations = []
    for fact in facts:
        fact.details = explain_fact(fact, groups[fact.id], as_of, duplicates)
        explanations.extend(fact.details)
    by_id = {f.id: f for f in facts}
    for relation in explain_relations(facts, groups):
        explanations.append(relation)
        for fid in relation.fact_ids:
            by_id[fid].details.append(relation)
    for fact in facts:
        fact.explanations = [e.text for e in fact.details]
    checks, inconsistencies = check_sums(event_claims)
    return Reconciliation(
        event_id=event_id,
        facts=facts,
        inconsistencies=inconsistencies,
        checks=checks,
        explanations=explanations,
        history={f.id: figure_history(f) for f in facts},
    )
