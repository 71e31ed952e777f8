"""The brief of one event as typed records: built once (``build.build_brief``), read by every
renderer (Markdown, HTML, JSON) and by the web page and API.

The brief holds what a reader sees, each item with the evidence behind it; the reconciled facts it
draws on stay whole inside it (``BriefFigure.fact``), so the JSON carries the full evidence while
the Markdown says each thing once. JSON schema: ``docs/brief.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..records import (
    ArithmeticCheck,
    DuplicateKind,
    EventRecord,
    EventUpdate,
    Explanation,
    Fact,
    FactStatus,
    FigureHistoryPoint,
    Inconsistency,
    Qualifier,
    TimelineEntry,
)

SCHEMA = "newsfuse.brief/2"


@dataclass(slots=True)
class StoryIncident:
    """One incident of the story an event belongs to (an offensive's daily strikes): its day and
    killed count as its own record gives them (None: the record has none)."""

    event_id: str
    title: str
    day: date | None
    killed: float | None
    reports: int


@dataclass(slots=True)
class BriefSource:
    """One report, numbered as the brief cites it ([n])."""

    n: int
    article_id: str
    name: str  # the outlet when anything names it, else "source n" (never a file name)
    named_by: str | None  # how the outlet is known: "site" (reader metadata), "url" (its host)
    title: str = ""
    language: str | None = None
    published: datetime | None = None
    url: str | None = None
    original_source: str | None = None  # the outlet the text says it was rewritten from
    copy_of: int | None = None  # the source it copies or translates
    copy_kind: DuplicateKind | None = None


@dataclass(slots=True)
class SummaryItem:
    """A source sentence quoted verbatim (or its clean first part, page debris cut off)."""

    text: str
    article_id: str
    sentence_index: int
    language: str | None
    source: int


@dataclass(slots=True)
class BriefValue:
    """One wording of a figure and the reports that state it, with whom they cite."""

    value: float
    qualifier: Qualifier
    unit: str | None
    sources: list[int]
    claim_ids: list[str]
    authority: str | None = None  # a named source ("Syrian Observatory for Human Rights")
    short: str | None = None  # how rows name it: its acronym when it has one ("SOHR")
    description: str | None = None  # an unnamed one, as the report words it ("officials")
    as_of: datetime | None = None  # the latest time one of these reports held it


@dataclass(slots=True)
class BriefFigure:
    """One fact as a row: what it counts, its leading figure, each source's wording."""

    label: str
    status: FactStatus
    lead: str  # the leading figure in words: "at least 255", "31 (latest)", "24–27"
    unit: str | None
    values: list[BriefValue]  # the latest of each authority first
    fact: Fact  # the reconciled fact, with every explanation and note (the full evidence)
    depth: int = 0  # 1: a part of the row above it ("civilians" of "people killed")
    why: list[Explanation] = field(default_factory=list)  # the reasons the brief states


@dataclass(slots=True)
class VagueCount:
    """A count stated without a number ("dozens missing", "des centaines de blessés")."""

    words: str
    measure: str | None
    subject: str | None
    sources: list[int]


@dataclass(slots=True)
class BriefEntity:
    """A person or organisation with every name the reports give it."""

    id: str
    name: str
    type: str  # PER | ORG
    aliases: list[str]  # the other names, each once
    mentions: int
    authority: bool = False  # a figure of the event is credited to it


@dataclass(slots=True)
class BriefPlace:
    """A place of the event, with the names the reports use for it."""

    name: str
    country: str
    admin1: str = ""
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    names: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass(slots=True)
class Brief:
    schema: str
    id: str
    title: str
    languages: list[str]
    first_seen: datetime | None
    last_seen: datetime | None
    sources: list[BriefSource]
    record: EventRecord | None = None  # what/where/when/who/how many, when computed
    summary: list[SummaryItem] = field(default_factory=list)
    # the reports that joined after the first, newest first, with the figures each moved
    # (``updates.event_updates``: a change feed per report, apart from a fact's history)
    updates: list[EventUpdate] = field(default_factory=list)
    figures: list[BriefFigure] = field(default_factory=list)  # the event's own
    background: list[BriefFigure] = field(default_factory=list)  # other periods, the war's...
    vague: list[VagueCount] = field(default_factory=list)
    relations: list[Explanation] = field(default_factory=list)  # unit and category-split notes
    inconsistencies: list[Inconsistency] = field(default_factory=list)
    checks: list[ArithmeticCheck] = field(default_factory=list)
    history: dict[str, list[FigureHistoryPoint]] = field(default_factory=dict)
    entities: list[BriefEntity] = field(default_factory=list)
    places: list[BriefPlace] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)  # own days, then background
    # the incidents of the event's story, this one included, by day (empty: a story of one)
    story: list[StoryIncident] = field(default_factory=list)

    @property
    def numbers(self) -> dict[str, int]:
        """Article id -> source number."""
        return {s.article_id: s.n for s in self.sources}

    def source(self, article_id: str) -> BriefSource | None:
        """The source a report is listed as (None: not one of the brief's reports)."""
        return next((s for s in self.sources if s.article_id == article_id), None)
