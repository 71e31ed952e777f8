"""What the event record reads of one report alone, kept for the report's next events.

The type votes of a report (``what.report_kinds``: the types its title and lead name, with their
weight and first sentence), the roles its mentions play in their sentences (``who.mention_role``:
perpetrator, target or none, by the words around them) and what its lead tells of the killed
(``count_readings.killed_cues``) depend on the report's own text and mentions, not on its
event. The first record that reads them hands them back (``LeadReading``)
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
from .count_readings import KilledCues, killed_cues

# A mention's place in its report: (sentence index, start, end) of its span.
Span = tuple[int, int, int]


@dataclass(slots=True)
class LeadReading:
    """One report's type votes (type -> weight, first sentence naming it), the role each of
    its mentions plays in its sentence (None: none) and what its lead tells of the killed."""

    kinds: dict[EventType, tuple[int, Evidence]] = field(default_factory=dict)
    roles: dict[Span, ActorRole | None] = field(default_factory=dict)
    killed: KilledCues | None = None


def read_lead(
    article: Article, sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> LeadReading:
    """The reading of one report: its type votes and the role of each of its ``mentions`` of a
    person or an organisation whose sentence it has (the entities that may be actors: the
    record reads the role of any other mention an entity of the event may give it)."""
    from .what import report_kinds
    from .who import ACTOR_TYPES, mention_role

    by_index = {s.index: s for s in sentences}
    roles: dict[Span, ActorRole | None] = {}
    for mention in mentions:
        sentence = by_index.get(mention.sentence_index)
        if sentence is not None and mention.label in ACTOR_TYPES:
            key = (mention.sentence_index, mention.start, mention.end)
            if key not in roles:
                roles[key] = mention_role(sentence, mention)
    return LeadReading(report_kinds(article, sentences), roles, killed_cues(article, sentences))


@lru_cache(maxsize=1)
def lead_reader() -> str:
    """A fingerprint of the code that reads a report's type votes, its mentions' roles and its
    cues of the killed (``what``, ``who``, ``count_readings``, ``count_cues`` and the lexicon
    its patterns use) and of the form they are stored in (this module)."""
    from ..extract import figures_lexicon
    from . import count_cues, count_readings, lead, what, who
    from .anchor import _fingerprint

    return _fingerprint(what, who, count_readings, count_cues, figures_lexicon, lead)


def dump_lead(reading: LeadReading) -> str:
    """A report's reading as JSON (``load_lead`` reads it back), in its own order."""
    stored = {
        "reader": lead_reader(),
        "kinds": [[k.value, w, asdict(e)] for k, (w, e) in reading.kinds.items()],
        "roles": [[*span, r.value if r else None] for span, r in reading.roles.items()],
        "killed": asdict(reading.killed) if reading.killed else None,
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
            killed=KilledCues(**stored["killed"]) if stored["killed"] else None,
        )
    except (TypeError, ValueError):
        return None
