"""The records that flow between pipeline stages.

Every stage takes and returns these plain dataclasses (never dicts of dicts), and the store
persists each of them. Character offsets always refer to ``Article.text`` (the clean text), so any
statement can be traced back to the exact span of a source sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from .features import TextFeatures


class DuplicateKind(StrEnum):
    """How a later article repeats an earlier one."""

    EXACT = "exact"  # same clean text
    NEAR = "near"  # same language, near-copy (MinHash shingles)
    TRANSLATION = "translation"  # another language, sentence-aligned with the original


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    NEARLY = "nearly"
    LESS_THAN = "less_than"
    UP_TO = "up_to"


class ClaimKind(StrEnum):
    """Whether a number counts something that happened (the only kind that enters facts)."""

    COUNT = "count"  # a count of people/things affected: killed, displaced, captured...
    QUANTITY = "quantity"  # a measured quantity with a unit: km, %, $...
    # "hundreds", "des dizaines", "Dutzende", "millions": many, but no number is stated; kept as
    # written (its interval is the words' range), never a figure to compare or average
    VAGUE = "vague"
    OTHER = "other"  # a number kept for other uses (age, year, ordinal...): never a fact

    @property
    def is_figure(self) -> bool:
        """Counts and quantities: the claims that state a number to line up and compare."""
        return self in (ClaimKind.COUNT, ClaimKind.QUANTITY)


class FactStatus(StrEnum):
    """How the sources of one fact relate."""

    AGREE = "agree"  # one value
    COMPATIBLE = "compatible"  # different words (bounds, rounding) that one value satisfies
    DISAGREE = "disagree"  # no single value satisfies every source
    # the figure moved over report time (a rising toll, a falling count of missing), and the
    # latest reports agree: the differences are updates, not a dispute
    UPDATED = "updated"


class CheckStatus(StrEnum):
    HOLDS = "holds"  # the parts add up to the total
    EXCEEDS = "exceeds"  # they add up to more than the total allows
    PARTIAL = "partial"  # they account for less: the breakdown may simply be incomplete


class ExplanationKind(StrEnum):
    SUMMARY = "summary"  # which source states which value
    AUTHORITY = "authority"  # different cited authorities
    TIME_SCOPE = "time_scope"  # different time expressions ("since Wednesday", "on Friday")
    UPDATE = "update"  # the figure moved one way over report time: updates, not a dispute
    REPORT_TIME = "report_time"  # the figures were reported at different times
    BOUNDS = "bounds"  # lower/upper bounds that do not contradict each other
    ROUNDING = "rounding"  # a rounded figure that covers an exact one
    UNIT = "unit"  # the same measure counted in two units (families, people)
    PART = "part"  # a fact is a part of another
    CATEGORY_SPLIT = "category_split"  # a gap between totals equals the gap between parts


@dataclass(slots=True)
class Article:
    """One report as read from an input, after cleaning.

    ``id`` is derived from the content (see ``ingest.article_id``) so re-reading the same input is
    idempotent. ``seq`` is the ingestion order, used as the time order when ``published`` is unknown.
    """

    id: str
    text: str
    title: str = ""
    raw: str = ""
    source_path: str = ""
    url: str | None = None
    outlet: str | None = None
    original_source: str | None = None  # outlet the text says it was rewritten from
    published: datetime | None = None
    language: str | None = None
    content_hash: str = ""
    seq: int = 0
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str
    language: str | None = None
    paragraph: int = 0


@dataclass(slots=True)
class Duplicate:
    """``article_id`` repeats ``duplicate_of`` (the earliest article of the story)."""

    article_id: str
    duplicate_of: str
    kind: DuplicateKind
    score: float


@dataclass(slots=True)
class Event:
    """A real-world happening reported by one or more articles."""

    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    first_seen: datetime | None = None
    last_seen: datetime | None = None


@dataclass(slots=True)
class Mention:
    """A named entity, place or date expression in a sentence."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC, GPE, MISC, DATE...
    entity_id: str | None = None


@dataclass(slots=True)
class Entity:
    """One real-world actor or place with every name it goes by."""

    id: str
    name: str
    type: str
    aliases: dict[str, list[str]] = field(default_factory=dict)  # language -> names
    mention_count: int = 0
    kb_id: str | None = None


@dataclass(slots=True)
class Place:
    """A place mention resolved against the gazetteer."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    geonameid: int | None
    name: str = ""
    country: str = ""
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass(slots=True)
class DateRef:
    """A date expression resolved against the article's publication time."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    value: str | None  # ISO date, None when unresolved
    precision: str  # day | week | month | year | unresolved


HEADLINE = -1  # the sentence index of an article's title, which is not part of its text

# How explanations and checks cite reports: "[@a1]", "[@a1, @a4]" (article ids).
CITATION = re.compile(r"\[@([^\]\s,]+(?:,\s*@[^\]\s,]+)*)\]")


def citation(article_ids: Iterable[str]) -> str:
    """The citation of these reports in a computed sentence, each once, in order."""
    ids = list(dict.fromkeys(article_ids))
    return "[" + ", ".join(f"@{i}" for i in ids) + "]" if ids else ""


def cited_ids(text: str) -> list[str]:
    """The article ids a computed sentence cites, in order."""
    return [i.strip().lstrip("@") for m in CITATION.finditer(text) for i in m.group(1).split(",")]


@dataclass(slots=True)
class Claim:
    """One figure an article states: a value interval, what it counts, and whom it cites.

    ``start``/``end`` span the evidence in the article text; ``number_start``/``number_end`` the
    number itself. ``unit`` is a unit's normalised name (``extract.units``: "kilometre",
    "pound sterling", "dollar per barrel"); a vague quantity ("hundreds", "des milliers") is kind
    ``VAGUE`` with the measure it counts, its interval being what the words allow, never a
    midpoint. ``parent`` links a part to its total inside the same article. A figure of the
    headline has ``sentence_index`` ``HEADLINE`` (-1) and offsets into the title instead.
    """

    id: str
    article_id: str
    sentence_index: int
    start: int
    end: int
    number_start: int
    number_end: int
    surface: str
    low: float
    high: float
    qualifier: Qualifier = Qualifier.EXACT
    kind: ClaimKind = ClaimKind.COUNT
    measure: str | None = None  # killed, injured, displaced, ... or a unit's dimension
    subject: str | None = None  # canonical English key of what is counted
    unit: str | None = None
    scope: list[str] = field(default_factory=list)
    attribution: str | None = None
    attribution_entity: str | None = None
    parent: str | None = None
    role: str | None = None  # total | part | member (a victim named after the toll) | None
    evidence: str = ""
    change: str | None = None  # up | down: the figure is the size of a change ("rose 5%")
    counted: str | None = None  # what is counted, in the text's words, singular ("drug supplier")


@dataclass(slots=True)
class Extraction:
    """What the extract stage reads in one article; ``failure`` says why it could not (empty:
    it could), and the article then stays unextracted for the next run to try again."""

    article_id: str
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    failure: str = ""


@dataclass(slots=True)
class Prepared:
    """One article's per-article stages done ahead by an engine's worker (``engine``): its
    language and sentences, its vectors and lexical features, its extraction.

    A part left empty (its stage failed there, or the worker was lost) is done by the pipeline's
    own stage in its turn, exactly as when nothing runs ahead: the same code, the same messages.
    """

    article_id: str
    language: str | None = None
    sentences: list[Sentence] | None = None  # None: language and sentences not read ahead
    vector: np.ndarray | None = None
    sentence_vectors: np.ndarray | None = None  # of the lead sentences (``embed.LEAD``)
    features: TextFeatures | None = None
    extraction: Extraction | None = None


@dataclass(slots=True)
class SourceValue:
    """One source's statement of a fact."""

    claim_id: str
    article_id: str
    outlet: str | None
    low: float
    high: float
    qualifier: Qualifier
    evidence: str
    scope: list[str] = field(default_factory=list)
    attribution: str | None = None
    reported: datetime | None = None
    value: float | None = None  # the stated figure in the fact's unit ("at least 255" -> 255)
    sentence_index: int | None = None  # where the report states it (HEADLINE = -1: its title)
    # whom the figure is credited to, by name: the linked entity's name, else the attribution
    # cut at its name; None when the report names no one ("humanitarian organizations" stays in
    # ``attribution`` but is no named authority)
    authority: str | None = None
    # when the figure held: the report's publication time, or an earlier day its sentence gives
    # it ("up from 24 reported on Tuesday"); None when the report is undated
    as_of: datetime | None = None


@dataclass(slots=True)
class Fact:
    """Claims of one event that report the same quantity, and what they agree on."""

    id: str
    event_id: str
    measure: str
    subject: str
    unit: str | None
    values: list[SourceValue] = field(default_factory=list)
    low: float | None = None
    high: float | None = None
    best: float | None = None
    status: FactStatus = FactStatus.AGREE
    independent_sources: int = 0
    explanations: list[str] = field(default_factory=list)
    consensus_low: float | None = None  # the interval every claim allows; None when empty
    consensus_high: float | None = None  # None when unbounded (or empty)
    parent_fact: str | None = None  # the fact this one is a part of (e.g. civilians of all killed)
    notes: list[str] = field(default_factory=list)  # e.g. how independent sources were counted
    details: list[Explanation] = field(default_factory=list)
    label: str = ""  # what the fact counts, in words: "civilians killed (air strike)"
    # why the figure is not this event's own, None when it is: another period ("2011", "this
    # year"), the war's total, an earlier event, a standing population
    background: str | None = None


@dataclass(slots=True)
class Explanation:
    """One plain-words reason why figures of a fact differ (or relate), built only from data.

    ``text`` cites reports as ``[@<article id>]`` (several: ``[@a, @b]``, see :func:`citation`),
    which each renderer turns into its own source numbers. ``claim_ids`` are the claims the
    sentence relies on.
    """

    kind: ExplanationKind
    text: str
    claim_ids: list[str] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ArithmeticCheck:
    """Parts of one article's breakdown compared with the total the same article states.

    ``status``: holds (the parts add up to the total), exceeds (they add up to more than the total
    allows) or partial (they account for less: the breakdown may simply be incomplete).
    """

    article_id: str
    total_claim_id: str
    part_claim_ids: list[str]
    parts: list[float]
    parts_sum: float
    total: float
    total_qualifier: Qualifier
    status: CheckStatus
    text: str  # cites the report as ``[@<article id>]``


@dataclass(slots=True)
class Inconsistency:
    """A contradiction inside one article, stated with both figures."""

    article_id: str
    kind: str  # sum_mismatch
    claim_ids: list[str]
    figures: list[float]
    text: str  # cites the report as ``[@<article id>]``


@dataclass(slots=True)
class FigureHistoryPoint:
    """One report of a fact's figure at a known time (``SourceValue.as_of``)."""

    fact_id: str
    time: datetime
    value: float
    qualifier: Qualifier
    outlet: str | None
    article_id: str
    claim_id: str


@dataclass(slots=True)
class Reconciliation:
    """Everything reconciliation learns about one event's figures."""

    event_id: str
    facts: list[Fact] = field(default_factory=list)
    inconsistencies: list[Inconsistency] = field(default_factory=list)
    checks: list[ArithmeticCheck] = field(default_factory=list)
    explanations: list[Explanation] = field(default_factory=list)  # all, incl. cross-fact ones
    history: dict[str, list[FigureHistoryPoint]] = field(default_factory=dict)


@dataclass(slots=True)
class TimelineEntry:
    """One dated statement: the sentence and the (start of the) period it refers to.

    ``date`` is None when only the weekday is known (an undated report's "on Wednesday" with no
    event date to anchor it); ``weekday`` (0 = Monday) is set whenever the day is known or named.
    ``background``: the date lies outside the event's own days (an earlier war, a past truce).
    """

    date: str | None  # ISO date
    precision: str  # day | week | month | year
    article_id: str
    sentence_index: int
    text: str
    weekday: int | None = None
    background: bool = False
    also: list[str] = field(default_factory=list)  # other reports stating it on the same day
    clause: str = ""  # the part of ``text`` around its date: what happened that day


# -- the event record: what, where, when, who, how many (as ACLED and UCDP code an event) --------


@dataclass(slots=True)
class Evidence:
    """A source sentence a statement rests on (``sentence_index`` HEADLINE: the title)."""

    article_id: str
    sentence_index: int
    text: str


class EventType(StrEnum):
    """What happened: a small taxonomy for news of violence and disasters (docs/event-record.md)."""

    ARMED_CLASH = "armed_clash"  # fighting between armed groups, an offensive, a siege
    AIR_STRIKE = "air_strike"  # air or drone strike
    SHELLING = "shelling"  # artillery, rockets, missiles fired from the ground
    BOMBING = "bombing"  # explosion, car bomb, suicide attack, IED
    CHEMICAL_ATTACK = "chemical_attack"
    SHOOTING = "shooting"
    ATTACK = "attack"  # violence against people that fits none of the above (stabbing, arson)
    PROTEST = "protest"
    ARREST = "arrest"
    DISASTER = "disaster"  # earthquake, flood, fire, accident, collapse
    OTHER = "other"


class PlacePrecision(StrEnum):
    TOWN = "town"
    ADMIN1 = "admin1"
    COUNTRY = "country"


class ActorRole(StrEnum):
    PERPETRATOR = "perpetrator"  # who attacked, fired, struck
    TARGET = "target"  # whom it was done to (a group, not a named victim)
    AUTHORITY = "authority"  # a cited source of figures or facts


@dataclass(slots=True)
class EventWhen:
    """The day (or span of days) the event happened, not the day it was reported."""

    start: date | None = None
    end: date | None = None
    precision: str = "unknown"  # day | week | month | year | unknown
    evidence: list[Evidence] = field(default_factory=list)
    estimated: bool = False  # no report dates it: the earliest report's day ("reported on …")


@dataclass(slots=True)
class EventPlace:
    """One place of the event, resolved against the gazetteer."""

    name: str
    country: str  # ISO 3166 alpha-2 code
    precision: PlacePrecision
    admin1: str = ""  # first-level division, by name ("Aleppo Governorate", "Texas")
    country_name: str = ""
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class EventActor:
    name: str
    role: ActorRole
    entity_id: str | None = None
    type: str = ""  # ORG, PER, GPE...
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class EventCount:
    """A casualty (or displacement, arrest) count of the event, UCDP style: best, low, high."""

    measure: str  # killed | injured | displaced | arrested | missing
    subject: str  # people, civilians, soldiers...
    best: float | None
    low: float | None
    high: float | None
    fact_id: str | None = None
    article_ids: list[str] = field(default_factory=list)  # the reports behind the figures
    authorities: list[str] = field(default_factory=list)  # whom those reports cite
    rule: str = ""  # how ``best`` was chosen, in words
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class ReportAnchor:
    """What one report says of its happening's day and place (clustering and the record use it)."""

    article_id: str
    day: date | None = None
    precision: str = "unknown"  # day | week | month | year | unknown
    place: EventPlace | None = None
    ongoing: bool = False  # a siege, an offensive, a campaign: spans several days
    follow_up: bool = False  # "new toll", "a day after the attack": updates an earlier report
    aftermath: bool = False  # an arrest, charges, a trial, a funeral: what followed a happening
    evidence: list[Evidence] = field(default_factory=list)
    # every day the report names (day precision, none after its publication): a trial's report
    # names "the May 25 shooting", a follow-up "Tuesday's attack"
    named: list[date] = field(default_factory=list)


@dataclass(slots=True)
class EventRecord:
    """What, where, when, who and how many of one event, each with the sentences it rests on."""

    event_id: str
    what: EventType = EventType.OTHER
    what_evidence: Evidence | None = None
    when: EventWhen = field(default_factory=EventWhen)
    where: list[EventPlace] = field(default_factory=list)  # the primary place first
    who: list[EventActor] = field(default_factory=list)
    how_many: list[EventCount] = field(default_factory=list)


# -- analysts' corrections of the grouping -----------------------------------------------------


class CorrectionKind(StrEnum):
    MERGE = "merge"  # events into the first one named
    SPLIT = "split"  # articles out of an event into a new one
    MOVE = "move"  # articles into another existing event


@dataclass(slots=True)
class Correction:
    """An analyst's change to the grouping (one line of the audit log).

    ``together`` / ``apart`` are the constraints every later clustering honours (see
    ``constraints.py``); ``before`` / ``after`` map each article of the touched events to its event
    before and after, so the change can be undone.
    """

    id: str
    seq: int
    kind: CorrectionKind
    event_ids: list[str]  # the events named (merge: all; split: the event; move: the target)
    article_ids: list[str]  # the articles named (split, move)
    author: str
    reason: str = ""
    created_at: datetime | None = None
    together: list[str] = field(default_factory=list)  # must-link: these share an event
    apart: tuple[list[str], list[str]] | None = None  # cannot-link: none of P with any of Q
    before: dict[str, str] = field(default_factory=dict)
    after: dict[str, str] = field(default_factory=dict)
    undone_at: datetime | None = None
    undone_by: str | None = None
    undo_reason: str = ""

    @property
    def active(self) -> bool:
        return self.undone_at is None


# -- why reports are one event (``why.py``): reasons an analyst can check -----------------------


class ReasonKind(StrEnum):
    CORRECTION = "correction"  # an analyst merged, moved or split it
    COPY = "copy"  # a copy or translation of another report (or copied by others)
    MEANING = "meaning"  # multilingual embedding similarity
    WORDS = "words"  # shared words, names and numbers (the stored term counts)
    PLACES = "places"
    DAYS = "days"  # days the reports mention or say it happened
    FIGURES = "figures"  # the same counted figures
    NAMES = "names"  # people and organisations
    TIME = "time"  # when the reports were published
    NOTHING = "nothing"  # nothing concrete shared


@dataclass(slots=True)
class Reason:
    """One reason in plain words, with what it rests on (names, places, days, figures)."""

    kind: ReasonKind
    text: str
    score: float | None = None  # a similarity, when the reason is one
    items: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # the other reports concerned


@dataclass(slots=True)
class MemberReasons:
    """Why one report belongs to its event, and the other event it comes closest to."""

    article_id: str
    similarity: float | None = None  # meaning similarity with the event's other reports
    reasons: list[Reason] = field(default_factory=list)
    closest_other: str | None = None
    closest_other_similarity: float | None = None


@dataclass(slots=True)
class Neighbour:
    """Another event and the meaning similarity of the two events' reports (mean vectors)."""

    event_id: str
    title: str
    similarity: float


@dataclass(slots=True)
class Separation:
    """The nearest other event and what keeps the two apart (``shared``: what they have in common)."""

    event_id: str
    title: str
    similarity: float
    reasons: list[Reason] = field(default_factory=list)
    shared: list[Reason] = field(default_factory=list)


@dataclass(slots=True)
class GroupingReasons:
    """Why an event's reports are together and apart from its nearest neighbour."""

    event_id: str
    cohesion: float | None = None  # mean meaning similarity of each report with the rest
    members: list[MemberReasons] = field(default_factory=list)
    nearest: Separation | None = None
    neighbours: list[Neighbour] = field(default_factory=list)  # nearest first


# -- watched sources (newsfuse watch) and what changed in an event ------------------------------


class SourceStatus(StrEnum):
    NEW = "new"  # never polled
    OK = "ok"  # the last poll read the feed
    NOT_MODIFIED = "not_modified"  # the last poll was answered 304 (nothing new, nothing sent)
    ERROR = "error"  # the last poll failed (``Source.error`` says why)


@dataclass(slots=True)
class Source:
    """A feed newsfuse watches, with what polling it politely needs between runs.

    ``etag`` / ``last_modified`` are the validators of the last feed document whose new entries
    were all stored (sent back as If-None-Match / If-Modified-Since); ``failures`` counts failed
    polls in a row (each one doubles the wait, see docs/fetching.md); times are naive UTC.
    """

    id: str
    url: str
    title: str = ""
    added_at: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: datetime | None = None
    status: SourceStatus = SourceStatus.NEW
    error: str = ""
    failures: int = 0
    next_due: datetime | None = None
    polls: int = 0  # feed requests answered (200 or 304)
    not_modified: int = 0  # of which 304: the feed was not sent again


class EntryVia(StrEnum):
    """Where a feed entry's stored text came from."""

    PAGE = "page"  # the article page, extracted with trafilatura
    SUMMARY = "summary"  # the feed's own content or summary (page refused, failed or empty)
    KNOWN = "known"  # another feed's entry already brought this page: not fetched again
    NONE = "none"  # no text anywhere: remembered so it is not fetched again


@dataclass(slots=True)
class SourceEntry:
    """One feed entry seen, stored in the same transaction as its article."""

    source_id: str
    key: str  # the entry's id (guid), else its link
    article_id: str | None
    via: EntryVia
    seen_at: datetime | None = None


class ChangeKind(StrEnum):
    NEW = "new"  # the first report of this figure in the event
    HIGHER = "higher"  # above every earlier report of it
    REVISED = "revised"  # the same authority (or outlet) changed its own earlier figure


@dataclass(slots=True)
class FigureChange:
    """How one report moved a figure of its event, against the reports before it."""

    fact_id: str
    label: str
    kind: ChangeKind
    value: float
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None
    previous: float | None = None  # the figure it rose above or revised
    previous_article_id: str | None = None
    authority: str | None = None  # the named source the report cites for it, cut at its name


@dataclass(slots=True)
class EventUpdate:
    """A report that joined an event after its first one, and the figures it moved.

    ``published`` is the outlet's time; ``received`` when newsfuse stored the report.
    """

    event_id: str
    article_id: str
    outlet: str | None
    title: str
    published: datetime | None
    received: datetime | None
    changes: list[FigureChange] = field(default_factory=list)
