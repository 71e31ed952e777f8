"""When an event happened: the day its reports' date expressions point to, not the day they
were published.

A report's reference day is its publication date; a report without one (a plain file) takes a
full date its first lines state ("Sun 10 Jul 2016", "Published June 4 2016", "13-12-2014"), else
it has none (never a file's modification time) and only its full dates ("on 27 November 2024")
count. Each day-precise expression resolved against the reference day (``extract.dates``: "on
Wednesday", "mercredi soir", "hier", "last night", "el martes") votes for its day when that day
lies up to ``WINDOW_DAYS`` before the reference day, or up to a year before when a calendar date
dates the happening itself ("found guilty in the May 25 fatal shooting"); the reference day
itself votes ``SAME_DAY_WEIGHT``, since it is mostly the day the news was told.

How much an expression votes depends on what it dates. A page's own stamp ("Posted: Tuesday,
January 28, 2014", "Mis à jour le") and plans ("the funeral will be Saturday", "is scheduled
for Wednesday", "aura lieu samedi") do not vote. The cue word nearest to it tells whether it
dates the happening ("shot Sunday night", "tué dimanche", "murió el domingo", "am Sonntag
erschossen": full vote), what followed ("arrested Friday", "arraigned Monday", "les obsèques",
"el juicio", "festgenommen": ``FOLLOW_UP_WEIGHT``) or neither (``OTHER_WEIGHT``); the day
someone said something ("police said Tuesday", "a indiqué lundi", "informó el martes") weighs
``SPEECH_WEIGHT``. The title and the first ``LEAD_SENTENCES`` sentences weigh fully, later ones
``REST_WEIGHT`` (a report states its happening's day in its lead; later days are mostly other
stories). A report votes once for a day, with its surest expression of it.

The event's day is the most voted one not after the event's earliest reference day (an event
happens by the time it is first reported; on a tie the earlier: later ones are mostly the days
it was reported). Without any vote, the earliest report's day is given as an estimate
(``estimated``, with the evidence "reported on …", as ACLED dates an event by its report when
nothing else is known); without a reference day the day is unknown and the record shows the
reports' own unresolved words ("began on Wednesday").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..extract.dates import resolve_dates
from ..language import split_sentences
from ..records import HEADLINE, Article, DateRef, EventWhen, Evidence, Sentence

WINDOW_DAYS = 31
SAME_DAY_WEIGHT = 0.5  # the day of the report: mostly the day it was told
LEAD_SENTENCES = 3
REST_WEIGHT = 0.5
OTHER_WEIGHT = 0.5  # no cue word: a date in passing
FOLLOW_UP_WEIGHT = 0.25  # an arrest, a hearing, a funeral: after the happening
SPEECH_WEIGHT = 0.5  # "police said Tuesday": when it was told
CUE_CHARS = 80  # a cue word this close to the expression dates it
STAMP_CHARS = 200  # a report's date stamp stands in its first characters
_STAMP_PREFIX = re.compile(
    r"^\W*(?:(?:published|updated|last updated(?: at)?|date of publication|publié le|"
    r"publicado|veröffentlicht(?: am)?)\W*)?",
    re.I,
)
# The page's own stamp right before the date: "Posted: Tuesday, ...", "Mis à jour le 3 mai".
_STAMP_BEFORE = re.compile(
    r"\b(?:posted|updated|published|last modified|publié|mis à jour|modifié|publicado|"
    r"actualizado|veröffentlicht|aktualisiert)(?:\s+(?:on|at|le|el|am))?\s*:?\s*\Z",
    re.I,
)
# A plan, not a happening: "will be buried Saturday", "is scheduled for Wednesday".
_FUTURE = re.compile(
    r"\b(?:will|won['’]t|is|are) (?:be )?(?:scheduled|planned|set|expected|slated)\b|\bwill\b"
    r"|\b(?:scheduled|planned|slated) for\b|\bupcoming\b"
    r"|\b(?:aura|auront) lieu\b|\b(?:est|sont) prévue?s?\b|\bdevrait\b|\bsera\b|\bseront\b"
    r"|\b(?:está|están) previst[oa]s?\b|\bse celebrará\b|\btendrá lugar\b|\bserá\b|\bserán\b"
    r"|\b(?:wird|werden|soll|sollen)\b|\bist (?:für .{0,30})?geplant\b",
    re.I,
)
_EVENT_CUES = (
    r"shot|shoots?|shooting|shootings|gunfire|gunman|gunmen|opened fire|fired|killed|killing|"
    r"kills|died|dies|dead|death|slain|wounded|injured|hurt|attack(?:ed|s)?|stabbed|stabbing|"
    r"explosion|blast|bomb(?:ing|ed)?|air ?strikes?|strikes?|struck|shelling|clashes|fighting|"
    r"offensive|happened|occurred|took place|broke out|erupted|incident|"
    r"tu[ée]e?s?|bless[ée]e?s?|morte?s?|fusillade|tirs?|attaque|attentat|frappes?|"
    r"bombardements?|combats|s['’]est produit|a eu lieu|"
    r"muert[oa]s?|murió|murieron|herid[oa]s?|tiroteo|disparos|ataque|atentado|explosión|"
    r"bombardeos?|combates|ofensiva|ocurrió|tuvo lugar|"
    r"getötet|tot|Tote[n]?|verletzt|Schüsse[n]?|erschossen|Angriff|Anschlag|Luftangriffe?|"
    r"Gefechte[n]?|Kämpfe[n]?|ereignete sich|geschah"
)
AFTERMATH_CUES = (
    r"arrested|arrest|charged|charges|arraigned|arraignment|court|hearing|judge|jury|trial|"
    r"sentenced|sentencing|pleaded|plea|indicted|indictment|funeral|vigil|memorial|autopsy|"
    r"booked|custody|bond|bail|press conference|news conference|meeting|released|"
    r"arr[êe]t[ée]e?s?|interpell[ée]e?s?|mis en examen|procès|tribunal|obsèques|funérailles|"
    r"marche blanche|autopsie|"
    r"detenid[oa]s?|arrestad[oa]s?|juicio|juez|funeral|velorio|autopsia|"
    r"festgenommen|verhaftet|Prozess|Gericht|Beerdigung|Trauerfeier|Obduktion"
)
_CUE = re.compile(
    rf"(?<![\w])(?:(?P<event>{_EVENT_CUES})|(?P<follow>{AFTERMATH_CUES}))(?![\w])", re.I
)
# The day someone spoke: "said Tuesday", "told reporters on Monday", "a indiqué lundi",
# "informó el martes", "teilte am Montag mit", and "Tuesday, police said".
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told(?: \w+){0,3}|announced|confirmed|reported|stated|added|explained"
    r"|a (?:indiqué|déclaré|annoncé|précisé|affirmé|expliqué)|ont (?:indiqué|déclaré|annoncé)"
    r"|(?:dijo|dijeron|informó|informaron|declaró|anunció|explicó|señaló|indicó)"
    r"|(?:sagte|sagten|teilte|teilten|erklärte|berichtete)(?: \w+){0,3})"
    r"(?:\s+(?:on|ce|el|este|am))?\s*\Z",
    re.I,
)
_SPEECH_AFTER = re.compile(
    r"\s*,?\s+(?:\w+\s+){0,3}?(?:said|say|told|announced|a indiqué|selon|según|sagte)\b", re.I
)


_YEARED = re.compile(r"\d{4}|\d[-/.]\d{1,2}[-/.]\d{2}\b")  # "22 Sep 2014", "14-05-16"
_CALENDAR = re.compile(r"\d")  # a calendar date ("May 25", "25/05"), not a weekday or "hier"
_YEAR = timedelta(days=366)


@dataclass
class DayVotes:
    """Days one report (or an event) points to, with a sentence for each."""

    days: Counter[date] = field(default_factory=Counter)
    evidence: dict[date, Evidence] = field(default_factory=dict)
    reported: list[date] = field(default_factory=list)  # reference days of the reports
    first: dict[date, str] = field(default_factory=dict)  # a report of each reference day
    unresolved: list[Evidence] = field(default_factory=list)  # "on Wednesday" with no base day

    def add(self, other: DayVotes) -> None:
        self.days.update(other.days)
        for day, evidence in other.evidence.items():
            self.evidence.setdefault(day, evidence)
        self.reported += other.reported
        for day, article_id in other.first.items():
            self.first.setdefault(day, article_id)
        self.unresolved += other.unresolved


def stamp_day(article: Article) -> date | None:
    """A full date stamped at the start of a report ("Sun 10 Jul 2016", "Published June 4
    2016", "14-05-2016", "... Monitor AFP Monday 22 Sep 2014"): the report's own day when it
    carries no publication date. Only a date with its year, within its first characters."""
    head, lang = _STAMP_PREFIX.sub("", article.text.lstrip()[:STAMP_CHARS]), article.language
    for ref in resolve_dates(split_sentences(head, article.id, article.language), None, lang):
        if ref.precision == "day" and ref.value and _YEARED.search(ref.text):
            return date.fromisoformat(ref.value)
    return None


def reference_day(article: Article) -> date | None:
    """The report's publication day, else a full date stamped at its start."""
    return article.published.date() if article.published else stamp_day(article)


def _weight(sentence: Sentence, ref: DateRef, position: int) -> tuple[float, bool]:
    """How much one expression dates the report's happening (rules in the module docstring),
    and whether a cue word of the happening itself dates it."""
    text = sentence.text
    start, end = ref.start - sentence.start, ref.end - sentence.start
    if _STAMP_BEFORE.search(text, max(0, start - 30), start) or _FUTURE.search(text):
        return 0.0, False
    weight = 1.0 if position < LEAD_SENTENCES else REST_WEIGHT
    if _SPEECH_BEFORE.search(text, max(0, start - 40), start) or _SPEECH_AFTER.match(text, end):
        return weight * SPEECH_WEIGHT, False
    cues = [
        (min(abs(m.start() - end), abs(start - m.end())), m.group("event") is None)
        for m in _CUE.finditer(text)
    ]
    near = [c for c in cues if c[0] <= CUE_CHARS]
    if not near:
        return weight * OTHER_WEIGHT, False
    follow_up = min(near)[1]
    return weight * (FOLLOW_UP_WEIGHT if follow_up else 1.0), not follow_up


def report_days(
    article: Article,
    sentences: Sequence[Sentence],
    refs: Sequence[DateRef] | None = None,
) -> DayVotes:
    """What one report says of its event's day. ``refs`` are its stored date expressions,
    resolved against its publication date; an undated report's are resolved here against its
    stamp."""
    votes = DayVotes()
    base = reference_day(article)
    if base is not None:
        votes.reported.append(base)
        votes.first[base] = article.id
    title = Sentence(article.id, HEADLINE, 0, len(article.title), article.title, article.language)
    moment = datetime.combine(base, datetime.min.time()) if base else None
    heads = resolve_dates([title], moment, article.language) if article.title else []
    if refs is None or article.published is None:
        refs = resolve_dates(list(sentences), moment, article.language)
    ordered = sorted(sentences, key=lambda s: s.start)
    position = {s.index: i for i, s in enumerate(ordered)}
    by_index = {s.index: s for s in ordered}
    for ref in [*heads, *refs]:
        sentence = title if ref.sentence_index == HEADLINE else by_index.get(ref.sentence_index)
        if sentence is None:
            continue
        if ref.precision == "unresolved" and base is None and len(votes.unresolved) < 2:
            votes.unresolved.append(Evidence(article.id, ref.sentence_index, sentence.text))
        if ref.precision != "day" or not ref.value:
            continue
        day = date.fromisoformat(ref.value)
        if base is not None and day > base:
            continue
        weight, happening = _weight(sentence, ref, position.get(ref.sentence_index, 0))
        far = base is not None and day < base - timedelta(days=WINDOW_DAYS)
        if far and not (happening and _CALENDAR.search(ref.text) and day >= base - _YEAR):
            continue  # "the May 25 fatal shooting" in a report of the trial months later
        if base is not None and day == base:
            weight *= SAME_DAY_WEIGHT
        if weight <= votes.days[day]:
            continue  # a report says once what day it was: its surest saying counts
        votes.days[day] = weight
        votes.evidence[day] = Evidence(article.id, ref.sentence_index, sentence.text)
    return votes


def report_day(votes: DayVotes) -> date | None:
    """The most voted day not after the earliest reference day (on a tie the earlier), None
    without votes."""
    first = min(votes.reported, default=None)
    days = {d: n for d, n in votes.days.items() if first is None or d <= first}
    if not days:
        return None
    top = max(days.values())
    return min(d for d, n in days.items() if n == top)


def event_when(votes: DayVotes) -> EventWhen:
    """The event's day with the sentence it rests on; else the earliest report's day as an
    estimate; else unknown, with the reports' own unresolved words ("began on Wednesday")."""
    day = report_day(votes)
    if day is not None:
        return EventWhen(start=day, end=day, precision="day", evidence=[votes.evidence[day]])
    first = min(votes.reported, default=None)
    if first is None:
        return EventWhen(None, None, "unknown", votes.unresolved[:3])
    reported = Evidence(votes.first[first], HEADLINE, f"reported on {first.isoformat()}")
    return EventWhen(first, first, "day", [reported], estimated=True)
