"""When an event happened: the day its reports' date expressions point to, not the day they
were published.

A report's reference day is its publication date, or the earlier day its own page stamp gives
in its first ``LEAD_SENTENCES`` sentences ("Posted: Saturday, March 2, 2013", "Created:
08/09/2014", "Publié le 9 août 2014": a copy may be published, or crawled, years after it was
written; a stamp further down is a sidebar's or a later post's, and a caption's "(Published ...)"
dates a video, often of another story); a report without one (a plain file) takes a
full date its first lines state ("Sun 10 Jul 2016", "Published June 4 2016", "13-12-2014"), else
it has none (never a file's modification time) and only its full dates ("on 27 November 2024")
count. Each day-precise expression resolved against the reference day (``extract.dates``: "on
Wednesday", "mercredi soir", "hier", "last night", "el martes") votes for its day when that day
lies up to ``WINDOW_DAYS`` before the reference day, or up to a year before when a calendar date
dates the happening itself ("found guilty in the May 25 fatal shooting"); the reference day
itself votes ``SAME_DAY_WEIGHT``, since it is mostly the day the news was told, unless a cue
word of the happening dates it ("a bomber killed four on Sunday" in a report of Sunday).

How much an expression votes depends on what it dates. A page's own stamp ("Posted: Tuesday,
January 28, 2014", "Mis à jour le", an update's heading "UPDATE 4:15 p.m. Friday:") and plans
("the funeral will be Saturday", "is scheduled for Wednesday", "aura lieu samedi") do not vote.
The cue word nearest to it tells whether it dates the happening ("shot Sunday night", "tué
dimanche", "murió el domingo", "am Sonntag erschossen", "shots rang out Saturday", "des coups de
feu ont retenti samedi", "una balacera se registró el sábado", "am Samstag schoss": full vote;
not across a clause boundary: in "killed trying to reopen the road which troops severed on
Thursday" the Thursday is the road's), what followed ("arrested Friday", "arraigned Monday", "identified Sunday as", "les
obsèques", "el juicio", "festgenommen": ``FOLLOW_UP_WEIGHT``; not the setting of the happening told
right before: "shot at a vigil Monday", "lors d'une marche blanche") or neither (``OTHER_WEIGHT``; an
offensive, spanning days, is no cue of its own), and a follow-up's day does not date the happening
it is about ("pleaded guilty Monday to killing", "condamné lundi pour la fusillade"). A clock time
told with the day ("shortly after 3 p.m. Thursday", "jeudi vers 15 h") in a sentence with a cue of
the happening dates it wherever it stands, unless a follow-up dates it; the day someone said
something ("police said Tuesday", "a indiqué lundi", "informó el martes", "Tuesday, police said
the man"; not "shot Tuesday, police said.": an attribution closing its sentence) weighs
``SPEECH_WEIGHT``, as does the day the authorities acted on it ("Police Sunday identified"); a
photo caption's day ("... June 18 2016 (Reuters Photo)", "(Photo AFP)") weighs ``OTHER_WEIGHT``. The
start of a span ("killed since Saturday", "depuis mardi", "seit Dienstag") does not vote. The
title and the first ``LEAD_SENTENCES`` sentences weigh fully, later ones ``REST_WEIGHT`` (a report
states its happening's day in its lead; later days are mostly other stories). A report votes once
for a day, with its surest expression of it, and tells of one happening: its surest day (on a tie
one a cue of the happening dates, then one it names rather than tells by its own day — "11:45 p.m.
Sunday" over "overnight", as a day word rests on a publication date that may be the next day's —
then the one it says first, then the earlier) votes fully, its other days ``BACKGROUND_WEIGHT``
(mostly earlier happenings it recalls). A victim's death follows the happening: when the surest
day is a death's ("died Sunday") and the report dates a happening other than a death up to
``DEATH_LAG`` before it ("shot about 10:30 p.m. Saturday"), that happening's day is its own; a
body's finding ("his body was found Tuesday", "le corps a été retrouvé mardi": a cue of the
happening too) follows both the happening and the death ("died Saturday").

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

from ..extract.dates import day_parts, day_words, resolve_dates, weekday_words
from ..language import split_sentences
from ..records import HEADLINE, Article, DateRef, EventWhen, Evidence, Sentence

WINDOW_DAYS = 31
SAME_DAY_WEIGHT = 0.5  # the day of the report: mostly the day it was told
LEAD_SENTENCES = 3
REST_WEIGHT = 0.5
OTHER_WEIGHT = 0.5  # no cue word: a date in passing
FOLLOW_UP_WEIGHT = 0.25  # an arrest, a hearing, a funeral: after the happening
SPEECH_WEIGHT = 0.5  # "police said Tuesday": when it was told
BACKGROUND_WEIGHT = 0.5  # a report's other days: mostly earlier happenings it recalls
CUE_CHARS = 80  # a cue word this close to the expression dates it
STAMP_CHARS = 200  # a report's date stamp stands in its first characters
_STAMP_PREFIX = re.compile(
    r"^\W*(?:(?:published|updated|last updated(?: at)?|date of publication|publié le|"
    r"publicado|veröffentlicht(?: am)?)\W*)?",
    re.I,
)
_WEEKDAY_NAMES = "|".join(sorted(weekday_words(), key=len, reverse=True))
# The page's own stamp right before the date: "Posted: Tuesday, ...", "Mis à jour le 3 mai".
# An update's heading is one too, with its time: "UPDATE 4:15 p.m. Friday:", "Updated at 11:13
# a.m. Aug. 17", "MISE À JOUR 16 h 15 vendredi", "ACTUALIZACIÓN 16.15 viernes".
_STAMP_BEFORE = re.compile(
    r"\b(?:posted|updated?|published|created|last modified|publié|mis à jour|mise à jour|modifié"
    r"|créé|publicado|actualizado|actualización|creado|veröffentlicht|aktualisiert"
    r"|aktualisierung|erstellt)"
    r"(?:\s+(?:on|at|le|el|am|à|a las|um))?\s*:?\s*"
    r"(?:\d{1,2}(?:[:.]\d\d|\s?h(?:\s?\d\d)?)?\s*(?:[ap]\.?\s?m\.?|uhr)?\s*,?\s*)?"
    rf"(?:(?:{_WEEKDAY_NAMES}),?\s+(?:(?:le|el|den|the)\s+)?)?\Z",
    re.I,
)
# A dateline's date: the day the report was filed, not its happening's ("JAY COUNTY, Ind. (Nov.
# 18, 2015) — A boy was shot ...", "LYON (12 mars 2016) – ", "Update (May 11, 2016) --").
_DATELINE_BEFORE = re.compile(r"^\W*[A-ZÀ-Ý][\w .,'’-]{0,40}\(\s*\Z")
_DATELINE_AFTER = re.compile(r"\s*\)\s*[-–—:]")


# A photo's caption ends with its credit: "... in Aleppo June 18 2016 (TRT World and Agencies)",
# "on Monday (AFP photo)", "le 20 octobre 2014. (Photo AFP)", "(Foto: EFE)", "(Foto: dpa)". Its
# date is the day the picture was taken, often of an earlier scene, not the report's happening.
_CREDIT_AFTER = re.compile(
    r"\W{0,3}\((?=[^()]{0,60}\))[^()]*\b(?:photos?|foto|bild|reuters|afp|ap|agencies|getty"
    r"|epa|dpa|efe)\b",
    re.I,
)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of a sentence is its dateline's."""
    return bool(_DATELINE_BEFORE.search(text, 0, start) and _DATELINE_AFTER.match(text, end))


# The day a copy of the page was saved, not the report's own: "[downloaded on 2 October 2013]",
# "consulté le", "consultado el", "abgerufen am". Neither its stamp nor its happening's day. Not
# "retrieved", "captured", "recuperado": bodies are retrieved and suspects captured on a day.
_CAPTURE_BEFORE = re.compile(
    r"\b(?:downloaded|accessed|archived|consulté|téléchargé|archivé|consultado|descargado|"
    r"archivado|abgerufen|heruntergeladen|archiviert)"
    r"(?:\s+(?:on|at|le|el|am))?\s*:?\s*\Z",
    re.I,
)
# The start of a span, not a day something happened: "killed since Saturday", "depuis le 21
# avril", "desde el martes", "seit Montag".
_SINCE_BEFORE = re.compile(
    r"\b(?:since|ever since|depuis(?: le)?|à partir du|desde(?: el)?|a partir del?"
    r"|seit(?: dem)?|ab dem)\s*\Z",
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
# A body found: the day it was found dates the happening as a cue word of it does ("his body
# was discovered ... on Sunday", "found the girl's body", "le corps ... a été retrouvé dimanche",
# "el cadáver ... fue hallado el domingo", "am Sonntag wurde die Leiche ... gefunden"): news dates
# a death no one saw by its finding. Only with the finding, in the same clause (the words between
# hold no punctuation): "his body was taken to the coroner Monday" is what followed. A finding
# follows the happening and the death (``FINDING``): "heard gunshots Monday around 8 p.m." in a
# report of "the body was found Tuesday morning" dates it.
_WORDS = r"(?:\s+[\w'’-]+){0,10}?\s+"
_BODY_FOUND = (
    rf"(?:bod(?:y|ies)|corps|cadavres?|cuerpos?|cadáver(?:es)?|Leichen?){_WORDS}"
    r"(?:found|discovered|located|recovered|retrouvée?s?|découverte?s?|hallad[oa]s?"
    r"|encontrad[oa]s?|localizad[oa]s?|gefunden|entdeckt|aufgefunden)"
    r"|(?:found|finding|discovered|discovery of|retrouvé|découvert|découverte de|hallaron"
    rf"|encontraron|localizaron|hallazgo de|fanden|entdeckten){_WORDS}"
    r"(?:bod(?:y|ies)|corps|cadavres?|cuerpos?|cadáver(?:es)?|Leichen?)"
)
_EVENT_CUES = (
    r"shot|shoots?|shooting|shootings|gunfire|gunshots?|gunman|gunmen|opened fire|fired|killed|killing|"
    r"kills|died|dies|dead|death|slain|wounded|injured|hurt|attack(?:ed|s)?|stabbed|stabbing|"
    r"explosion|blast|bomb(?:ing|ed)?|air ?strikes?|strikes?|struck|shelling|clashes|fighting|"
    r"happened|occurred|took place|broke out|erupted|incident|succumbed|passed away|rang out|"
    r"unfolded|"
    r"tu[ée]e?s?|bless[ée]e?s?|morte?s?|décédée?s?|succombé|fusillade|tirs?|attaque|attentat|frappes?|"
    r"bombardements?|combats|s['’]est produit|a eu lieu|coups? de feu|(?:a|ont) retenti|"
    r"s['’]est déroulée?|"
    r"muert[oa]s?|murió|murieron|mató|mataron|asesinad[oa]s?|asesinó|herid[oa]s?|tiroteo|disparos|"
    r"ataque|atentado|explosión|falleció|fallecieron|balaceras?|disparó|dispararon|"
    r"bombardeos?|combates|ocurrió|tuvo lugar|se registró|"
    r"getötet|tötete|tot|starb|starben|gestorben|erlag|schoss|schossen|geschossen|Schießerei|"
    r"Schusswechsel|"
    r"Tote[n]?|verletzt|Schüsse[n]?|erschossen|Angriff|Anschlag|Luftangriffe?|"
    r"Gefechte[n]?|Kämpfe[n]?|ereignete sich|geschah|"
    rf"{_BODY_FOUND}"
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
# Naming a victim or a suspect follows the happening too: "police identified the boy Monday as",
# "identifié lundi", "identificado el lunes", "am Montag identifiziert".
_NAMED_CUES = r"identified|identifiée?s?|identificad[oa]s?|identifiziert"
_CUE = re.compile(
    rf"(?<![\w])(?:(?P<event>{_EVENT_CUES})|(?P<follow>{AFTERMATH_CUES}|{_NAMED_CUES}))(?![\w])",
    re.I,
)
# A victim's death: it follows the happening, often by a day or more ("died Sunday" of a man
# "shot about 10:30 p.m. Saturday"; "est mort dimanche", "murió el domingo", "starb am Sonntag"),
# as does the word of it ("pronounced dead", "déclaré mort", "declarado muerto", "für tot
# erklärt").
_DEATH = re.compile(
    r"\b(?:died|dies|pronounced dead|succumbed|passed away|(?:est|sont) (?:mort|décédé)e?s?"
    r"|décédée?s?|a succombé|déclarée?s? morte?s?|murió|murieron|falleció|fallecieron"
    r"|declarad[oa]s? muert[oa]s?|starb|starben|gestorben|erlag|für tot erklärt)\b",
    re.I,
)
_FOUND = re.compile(rf"(?<![\w])(?:{_BODY_FOUND})(?![\w])", re.I)
# What a cue word tells: the happening itself, a victim's death, which follows it, or a body's
# finding, which follows both ("died Saturday" of a man "whose body was discovered Tuesday").
HAPPENING, DEATH, FINDING = 0, 1, 2
DEATH_LAG = timedelta(days=7)  # a victim dies of a happening within days, seldom later
# The day someone spoke: "said Tuesday", "told reporters on Monday", "a indiqué lundi",
# "informó el martes", "teilte am Montag mit", and "Tuesday, police said".
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told(?: \w+){0,3}|announced|confirmed|reported|stated|added|explained"
    r"|a (?:indiqué|déclaré|annoncé|précisé|affirmé|expliqué)|ont (?:indiqué|déclaré|annoncé)"
    r"|(?:dijo|dijeron|informó|informaron|declaró|anunció|explicó|señaló|indicó)"
    r"|(?:sagte|sagten|teilte|teilten|erklärte|berichtete)(?: \w+){0,3}"
    # the day the authorities acted on it: "Police Sunday identified", "Police were searching
    # late Tuesday"
    r"|\b(?:police|authorities|officials|investigators|detectives|deputies|officers)"
    r"(?: (?:were|are|was|have|had))?(?: \w+ing)?(?: (?:early|late))?)"
    r"(?:\s+(?:on|ce|el|este|am))?\s*\Z",
    re.I,
)
# A clause boundary between a cue word and a date expression: the date belongs to another
# clause ("were killed trying to reopen the road which troops severed on Thursday", "près de
# la route où l'armée était entrée jeudi", "donde las tropas entraron el martes"). Only relative
# "which / where": a clause of "after", "who", "that", "but" tells of the same time ("questioned
# yesterday after his mother was found dead", "shortly after 8:30 p.m. Thursday"), and adding
# them lost GVC incidents' days and ECB+ groupings.
_CLAUSE = re.compile(
    r";|\b(?:which|where|dont|où|donde|welche[rsnm]?|wo)\b",
    re.I,
)
# A state the day finds someone or something in, not the happening: "remained in critical
# condition Friday after a shooting", "an investigation was underway Thursday", "police were
# still on the scene Sunday", "était toujours dans un état critique lundi", "seguía en estado
# grave el lunes", "lag am Montag in kritischem Zustand" (the day before the state).
_STATE_BEFORE = re.compile(
    r"\b(?:in (?:\w+ )?(?:critical|serious|stable|grave|good|fair) (?:but stable )?condition"
    r"|(?:was|were|is|are|remained|remains) (?:still )?(?:hospitali[sz]ed|underway|under way"
    r"|on the scene|in (?:the )?hospital)|still \w+ing"
    r"|dans un état (?:\w+ )?(?:critique|grave|stable|sérieux)|toujours hospitalisée?"
    r"|en estado (?:\w+ )?(?:crítico|grave|estable)|seguía hospitalizad[oa]"
    r"|in (?:\w+ )?(?:kritischem|stabilem|ernstem) Zustand)"
    r"(?:\s+(?:on|ce|el|este|am))?\s*\Z",
    re.I,
)
# ... or right after the day: "lag am Freitag noch in kritischem Zustand", "était vendredi dans un
# état critique".
_STATE_AFTER = re.compile(
    r"\s+(?:still |noch |weiter(?:hin)? |toujours )?(?:in (?:\w+ )?(?:critical|serious|stable)"
    r" condition|in (?:\w+ )?(?:kritischem|stabilem|ernstem) Zustand|im Krankenhaus"
    r"|dans un état (?:\w+ )?(?:critique|grave|stable))",
    re.I,
)
# Where a clause of its own starts: a plan in one clause dates no happening told in the next ("is
# expected to be arraigned Tuesday after her son shot himself late Monday", "sera jugé mardi
# après avoir tué sa femme lundi", "será juzgado el martes porque mató ...", "soll am Dienstag
# vor Gericht, nachdem er am Montag ..."). A full stop between two words with no space after it
# ends one too: scraped pages glue sentences ("shot around noon Saturday at a house on Tift
# Avenue.Investigators will not say ..."), and the splitter keeps them as one; a single letter
# before it is an abbreviation's ("U.S.", "p.m."), a digit a number's ("3.5").
_CLAUSE_START = re.compile(
    r"[;:]|(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})"
    r"|\b(?:after|when|because|while|but|après|quand|lorsque|parce que|mais|después de|cuando"
    r"|porque|pero|nachdem|als|weil|aber)\b",
    re.I,
)

# A clock time told with the day ("at 11:40 p.m. Wednesday", "Sunday night around 11:45 p.m.",
# "dimanche vers 23 h 45", "el domingo a las 23.45", "am Sonntag gegen 23 Uhr") in a sentence
# telling of the happening: a report times its happening to the minute, seldom what followed it.
# Not a schedule's ("plays at Seattle on Saturday at 3:30 p.m.": no cue of a happening), nor a
# page's stamp ("March 12, 2015 7:26 AM": a day with its year is no timed happening).
_TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o['’]clock|heures?|uhr|horas)"
    r"|\d{1,2}\s?h(?:\s?\d{2})?\b|\d{1,2}[:.]\d{2}\b|noon|midnight|midi|minuit|mediodía|medianoche"
    r"|mitternacht)"
)
_CLOCK_FILL = (
    r"(?:[\s,]|\b(?:on|at|about|around|approximately|roughly|shortly|just|after|before|early|late"
    r"|night|morning|evening|afternoon|vers|à|aux alentours de|peu avant|peu après|le|soir|matin"
    r"|nuit|après-midi|du|de la|de|a las|sobre las|hacia las|alrededor de las"
    r"|poco (?:antes|después) de las|el|del|noche|mañana|tarde|madrugada|gegen|um|am|kurz vor"
    r"|kurz nach|abend|morgen|nacht|zum)\b)*"
)
# The call a happening raised, timed to the minute: "officers responded ... just after 4:30 p.m.
# Tuesday", "police were called about 3:10 a.m. Jan. 1", "les secours sont intervenus samedi vers
# 22 h", "los agentes acudieron el sábado hacia las 22.00", "wurde die Polizei am Samstag gegen
# 22 Uhr alarmiert".
_CALL_OUT = re.compile(
    r"\b(?:responded|were called|was called|dispatched|went off|discharged"
    r"|sont intervenus|est intervenue?|ont été appelés|a été appelée?|alertés"
    r"|acudieron|acudió|fueron alertados|fue alertada|alarmiert|gerufen|ausgerückt)\b",
    re.I,
)
_CLOCK_BEFORE = re.compile(rf"(?<![\w]){_TIME}(?P<fill>{_CLOCK_FILL})\Z", re.I)
_CLOCK_AFTER = re.compile(rf"(?P<fill>{_CLOCK_FILL})(?<![\w]){_TIME}", re.I)
_LETTER = re.compile(r"[^\W\d_]")


def _timed(text: str, start: int, end: int, yeared: bool) -> bool:
    """Whether a clock time is told with the date at ``start:end`` of a sentence. A date with
    its year is timed only through a word ("On August 20, 2015 at approximately 10 p.m.", "le 20
    août 2015 vers 22 h", "el 20 de agosto de 2015 hacia las 22.00", "am 20. August 2015 gegen
    22 Uhr"): a page's stamp gives its time bare ("March 12, 2015 7:26 AM")."""
    clock = _CLOCK_BEFORE.search(text, max(0, start - 50), start) or _CLOCK_AFTER.match(text, end)
    return clock is not None and (not yeared or bool(_LETTER.search(clock.group("fill"))))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause an expression at ``start:end`` stands in."""
    opening = 0
    for found in _CLAUSE_START.finditer(text, 0, start):
        opening = found.start()
    closing = _CLAUSE_START.search(text, end)
    return opening, closing.start() if closing else len(text)


# What a follow-up's day is about, right after the day: "pleaded guilty Monday to killing",
# "arrested Friday in the shooting", "condamné lundi pour la fusillade", "condenado el lunes por
# el tiroteo", "am Montag wegen der Schüsse verurteilt": the happening named there is not dated
# by the day (unlike "arrested in the Sunday shooting").
_OBJECT_AFTER = re.compile(
    r",?\s+(?:to|in|for|with|over|on charges? of|in connection with|pour|por|wegen)\b", re.I
)
_SPEECH_AFTER = re.compile(
    r"\s*,?\s+(?:\w+\s+){0,3}?(?:said|say|told|announced|a indiqué|selon|según|sagte)\b", re.I
)
# What may follow an attribution that closes its sentence: "police said.", "police said Sunday.",
# "a indiqué la police.", "según la policía.", "sagte ein Polizeisprecher."
_TAIL = re.compile(r"(?:\W+\w+){0,5}\W*")


def _says_after(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is the day of the speech right after it ("Tuesday,
    police said the man ...", "on Thursday said the death was an accident"). Not when the speech
    closes the sentence ("a man was shot Saturday, police said", "tué samedi, a indiqué la
    police", "herido el sábado, según la policía"): that only tells who says it, and the day
    dates the happening told before it."""
    found = _SPEECH_AFTER.match(text, end)
    return found is not None and not _TAIL.fullmatch(text, found.end())


# A weekday alone ("Friday", "ce vendredi", "el viernes", "am Freitag", "Freitagabend"): the
# latest such day, which for the weekday after the reference day's is six days back, or rather
# tomorrow (a plan told without its verb, a page dated the day before it was written). Unclear: no
# vote.
_BARE_WEEKDAY = re.compile(
    rf"(?:(?:this|ce|cette|este|esta|diese[nrs]?)\s+)?(?:{_WEEKDAY_NAMES})"
    rf"(?:{'|'.join(sorted(day_parts()))})?\Z",
    re.I,
)
AMBIGUOUS_BACK = 6
_DAY_WORDS = day_words()  # "overnight", "hier", "anoche": a day told by the report's own day
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
    happening: set[date] = field(default_factory=set)  # days a cue of the happening dates

    def add(self, other: DayVotes) -> None:
        self.days.update(other.days)
        for day, evidence in other.evidence.items():
            self.evidence.setdefault(day, evidence)
        self.reported += other.reported
        for day, article_id in other.first.items():
            self.first.setdefault(day, article_id)
        self.unresolved += other.unresolved
        self.happening |= other.happening


def report_time(article: Article) -> datetime | None:
    """When a report was told: its publication, else the day stamped at its start
    (``stamp_day``). Clustering places each report in time by it, whether the report is new to
    a run or stored by an earlier one (``corpus_index``), so both place it alike."""
    if article.published is not None:
        return article.published
    day = stamp_day(article)
    return datetime.combine(day, datetime.min.time()) if day is not None else None


def stamp_day(article: Article) -> date | None:
    """A full date stamped at the start of a report ("Sun 10 Jul 2016", "Published June 4
    2016", "14-05-2016", "... Monitor AFP Monday 22 Sep 2014"): the report's own day when it
    carries no publication date. Only a date with its year, within its first characters; never
    the day a copy was saved ("[downloaded on 2 October 2013]": a page a year old then)."""
    head, lang = _STAMP_PREFIX.sub("", article.text.lstrip()[:STAMP_CHARS]), article.language
    for ref in resolve_dates(split_sentences(head, article.id, article.language), None, lang):
        if _CAPTURE_BEFORE.search(head, max(0, ref.start - 40), ref.start):
            continue
        if ref.precision == "day" and ref.value and _YEARED.search(ref.text):
            return date.fromisoformat(ref.value)
    return None


def _is_stamp(article: Article, ref: DateRef, base: date | None) -> bool:
    """The expression an undated report's reference day was read from (``stamp_day``)."""
    offset = len(article.text) - len(article.text.lstrip())
    return (
        ref.start - offset < STAMP_CHARS
        and ref.value == (base.isoformat() if base else None)
        and bool(_YEARED.search(ref.text))
    )


def _posted_day(refs: Sequence[DateRef], head: dict[int, Sentence]) -> date | None:
    """The earliest day a page stamp in the report's head (``head``: its first sentences) gives
    ("Posted: Saturday, March 2, 2013 7:39 AM", "Created: 08/09/2014 5:14 AM", "Publié le 3 mai
    2016"): the day it was first written, which a copy's publication date (the day a crawler saw
    it) may follow by years. Not a stamp further down (a sidebar's "Posted: ... 2011", a later
    post's "Update 05/05/16": another story's day, or a later one), nor a caption's "(Published
    Monday, July 8, 2013)": a video's, often of another story."""
    found = []
    for ref in refs:
        sentence = head.get(ref.sentence_index)
        if sentence is None or ref.precision != "day" or not ref.value:
            continue
        if not _YEARED.search(ref.text):
            continue
        start = ref.start - sentence.start
        stamp = _STAMP_BEFORE.search(sentence.text, max(0, start - 40), start)
        if (stamp and not sentence.text[: stamp.start()].endswith("(")) or _is_dateline(
            sentence.text, start, ref.end - sentence.start
        ):
            found.append(date.fromisoformat(ref.value))
    return min(found, default=None)


def reference_day(article: Article) -> date | None:
    """The report's publication day, else a full date stamped at its start."""
    return article.published.date() if article.published else stamp_day(article)


def _gap(cue_start: int, cue_end: int, start: int, end: int) -> tuple[int, int]:
    """The text between a cue word and a date expression (empty when they overlap)."""
    if cue_end <= start:
        return cue_end, start
    return (end, cue_start) if cue_start >= end else (start, start)


# Where a happening took place may be named by what usually follows one: "five people were shot
# at a vigil Monday", "opened fire minutes into a vigil", "blessées par balle lors d'une marche
# blanche lundi", "heridas durante un velorio el lunes", "Schüsse fielen bei einer Trauerfeier am
# Montag", "a shooting at Pershing Court". Such a word right after a cue of the happening and a
# word of place ("at", "during", "lors d'une", "durante", "bei") is its setting, no follow-up.
_SETTING_BEFORE = re.compile(
    r"\b(?:at|during|into|outside|near|on|behind|inside|lors d['’]une?|pendant|devant|durante"
    r"|en|frente a|bei|während|vor)\s+(?:(?:an?|the|une?|la|le|les|el|un|una|einer|einem|der|dem"
    r"|des)\s+)?(?:[\w'’-]+\s+)?\Z",
    re.I,
)


def _setting(text: str, cue: re.Match[str]) -> bool:
    """Whether a follow-up cue word names the setting of a happening told right before it ("shot
    at a vigil"), not what followed it ("held a vigil", "said during a news conference Monday that
    the shooting ...": the happening's cue comes after)."""
    if cue.group("event") is not None:
        return False
    if not _SETTING_BEFORE.search(text, max(0, cue.start() - 40), cue.start()):
        return False
    return any(
        m.group("event") is not None and m.end() <= cue.start() and cue.start() - m.end() <= 60
        for m in _CUE.finditer(text, max(0, cue.start() - 100), cue.start())
    )


def _stage(cue: re.Match[str], told: Sequence[tuple[int, list[re.Match[str]]]]) -> int:
    """What the cue word at ``cue`` tells: the first stage of ``told`` (``FINDING``, then
    ``DEATH``, with the sentence's words of each) whose words it overlaps, else the
    ``HAPPENING`` itself."""
    for stage, words in told:
        if any(m.start() < cue.end() and cue.start() < m.end() for m in words):
            return stage
    return HAPPENING


def _weight(sentence: Sentence, ref: DateRef, position: int) -> tuple[float, bool, int]:
    """How much one expression dates the report's happening (rules in the module docstring),
    whether a cue word of the happening itself dates it, and what that cue tells (``_stage``:
    "died Sunday" a death, "his body was found Sunday" a finding)."""
    text = sentence.text
    start, end = ref.start - sentence.start, ref.end - sentence.start
    before = max(0, start - 40)
    if (
        _STAMP_BEFORE.search(text, before, start)
        or _is_dateline(text, start, end)
        or _CAPTURE_BEFORE.search(text, before, start)
        or _FUTURE.search(text, *_clause(text, start, end))
    ):
        return 0.0, False, HAPPENING
    if _SINCE_BEFORE.search(text, max(0, start - 20), start):
        return 0.0, False, HAPPENING
    weight = 1.0 if position < LEAD_SENTENCES else REST_WEIGHT
    if _CREDIT_AFTER.match(text, end):
        return weight * OTHER_WEIGHT, False, HAPPENING  # a photo's day, told in passing
    if (
        _SPEECH_BEFORE.search(text, max(0, start - 40), start)
        or _says_after(text, end)
        or _STATE_BEFORE.search(text, max(0, start - 60), start)
        or _STATE_AFTER.match(text, end)
    ):
        return weight * SPEECH_WEIGHT, False, HAPPENING
    told = [(FINDING, list(_FOUND.finditer(text))), (DEATH, list(_DEATH.finditer(text)))]
    cues = [
        (
            min(abs(m.start() - end), abs(start - m.end())),
            m.group("event") is None,
            m.group("event") is not None and m.start() >= end,
            _stage(m, told),
        )
        for m in _CUE.finditer(text)
        if not _CLAUSE.search(text, *_gap(m.start(), m.end(), start, end)) and not _setting(text, m)
    ]
    near = [c for c in cues if c[0] <= CUE_CHARS]
    if any(c[1] for c in near) and _OBJECT_AFTER.match(text, end):
        near = [c for c in near if not c[2]]  # "pleaded guilty Monday to killing"
    nearest = min(near, key=lambda c: c[:2], default=None)
    follow_up = nearest is not None and nearest[1]
    if (
        not follow_up
        # the sentence tells of the happening, or of the call it raised
        and (any(not c[1] for c in cues) or _CALL_OUT.search(text))
        and _timed(text, start, end, bool(_YEARED.search(ref.text)))
    ):
        return 1.0, True, nearest[3] if nearest is not None else HAPPENING
    if nearest is None:
        return weight * OTHER_WEIGHT, False, HAPPENING
    if follow_up:
        return weight * FOLLOW_UP_WEIGHT, False, HAPPENING
    return weight, True, nearest[3]


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
    stamped = article.published is None and base is not None
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
    if base is not None and article.published is not None:
        posted = _posted_day(refs, {s.index: s for s in ordered[:LEAD_SENTENCES]})
        if posted is not None and posted < base:
            base = posted
            votes.reported[-1] = base
            votes.first = {posted: article.id}
            moment = datetime.combine(base, datetime.min.time())
            heads = resolve_dates([title], moment, article.language) if article.title else []
            refs = resolve_dates(list(sentences), moment, article.language)
    said_at: dict[date, int] = {}  # the sentence the report first says each day in
    named: set[date] = set()  # days its surest saying names (no "overnight", "hier")
    stages: dict[date, int] = {}  # what its surest saying of each day tells (``_stage``)
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
        if (
            base is not None
            and (base - day).days == AMBIGUOUS_BACK
            and _BARE_WEEKDAY.match(ref.text)
        ):
            continue  # "Friday" in a Thursday report: last week's or tomorrow's
        weight, happening, stage = _weight(sentence, ref, position.get(ref.sentence_index, 0))
        if stamped and sentence is not title and _is_stamp(article, ref, base):
            happening = False  # the report's own stamp: the day it was told
        far = base is not None and day < base - timedelta(days=WINDOW_DAYS)
        if far and not (happening and _CALENDAR.search(ref.text) and day >= base - _YEAR):
            continue  # "the May 25 fatal shooting" in a report of the trial months later
        if day == base and not happening:
            weight *= SAME_DAY_WEIGHT
        where = position.get(ref.sentence_index, -1) if sentence is not title else -1
        said_at[day] = min(said_at.get(day, where), where)
        if weight <= votes.days[day]:
            continue  # a report says once what day it was: its surest saying counts
        votes.days[day] = weight
        if ref.text.lower() in _DAY_WORDS:
            named.discard(day)
        else:
            named.add(day)
        if happening:
            votes.happening.add(day)
        else:
            votes.happening.discard(day)
        stages[day] = stage
        votes.evidence[day] = Evidence(article.id, ref.sentence_index, sentence.text)
    if votes.days:  # one happening per report: its surest day, the named one, the first said

        def surest(d: date) -> tuple[float, bool, bool, int, int]:
            return votes.days[d], d in votes.happening, d in named, -said_at[d], -d.toordinal()

        own = max(votes.days, key=surest)
        before = [  # what a death or a finding it tells of followed: "shot Saturday, died Sunday"
            d
            for d in votes.happening
            if stages.get(d, HAPPENING) < stages.get(own, HAPPENING) and own - DEATH_LAG <= d < own
        ]
        own = max(before, key=surest, default=own)
        for day in votes.days:
            if day != own:
                votes.days[day] *= BACKGROUND_WEIGHT
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
