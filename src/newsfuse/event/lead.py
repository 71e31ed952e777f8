"""What the event record reads of one report alone, kept for the report's next events.

The type votes of a report (``what.report_kinds``: the types its title and lead name, with their
weight and first sentence) and the roles its mentions play in their sentences (``who.mention_role``:
perpetrator, target or none, by the words around them) depend on the report's own text and
mentions, not on its event. The first record that reads them hands them back (``LeadReading``)
to be stored (``dump_lead``, store v12 ``report_leads``, dropped when the report is extracted
again); every later analysis of the report's events reads them back (``load_lead``) rather than
reading the report's lead and sentences again, so re-analysing an event of many members costs
reads of their stored readings. The stored form carries a fingerprint of the code that read it
(``lead_reader``): another version's is read again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache

from ..records import ActorRole, Article, EventType, Evidence, Mention, Sentence

# A mention's place in its report: (sentence index, start, end) of its span.
Span = tuple[int, int, int]


@dataclass(slots=True)
class LeadReading:
    """One report's type votes (type -> weight, first sentence naming it) and the role each of
    its mentions plays in its sentence (None: none)."""

    kinds: dict[EventType, tuple[int, Evidence]] = field(default_factory=dict)
    roles: dict[Span, ActorRole | None] = field(default_factory=dict)


def read_lead(
    article: Article, sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> LeadReading:
    """The reading of one report: its type votes and the role of each of its ``mentions`` whose
    sentence it has."""
    from .what import report_kinds
    from .who import mention_role

    by_index = {s.index: s for s in sentences}
    roles: dict[Span, ActorRole | None] = {}
    for mention in mentions:
        sentence = by_index.get(mention.sentence_index)
        if sentence is not None:
            key = (mention.sentence_index, mention.start, mention.end)
            if key not in roles:
                roles[key] = mention_role(sentence, mention)
    return LeadReading(report_kinds(article, sentences), roles)


@lru_cache(maxsize=1)
def lead_reader() -> str:
    """A fingerprint of the code that reads a report's type votes and its mentions' roles
    (``what``, ``who``) and of the form they are stored in (this module)."""
    from . import lead, what, who
    from .anchor import _fingerprint

    return _fingerprint(what, who, lead)


def dump_lead(reading: LeadReading) -> str:
    """A report's reading as JSON (``load_lead`` reads it back), in its own order."""
    stored = {
        "reader": lead_reader(),
        "kinds": [[k.value, w, asdict(e)] for k, (w, e) in reading.kinds.items()],
        "roles": [[*span, r.value if r else None] for span, r in reading.roles.items()],
    }
    return json.dumps(stored, ensure_ascii=False)


def load_lead(data: str) -> LeadReading | None:
    """The reading ``dump_lead`` stored; None when another version of the reader stored it, or
    with other fields than ``LeadReading`` has now (the report is read again)."""
    stored = json.loads(data)
    if stored.pop("reader", None) != lead_reader():
        return None
    if set(stored) != {f.name for f in fields(LeadReading)}:
        return None
    try:
        return LeadReading(
            kinds={EventType(k): (w, Evidence(**e)) for k, w, e in stored["kinds"]},
            roles={(i, s, t): ActorRole(r) if r else None for i, s, t, r in stored["roles"]},
        )
    except (TypeError, ValueError):
        return None
