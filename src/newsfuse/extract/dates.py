"""Date expressions in six languages, resolved against the article's publication time.

Candidate spans come from our own per-language patterns (fast, and ``dateparser.search_dates``
is noisy, and misses "mardi dernier" or "am Donnerstag"); dates are read with our own month,
weekday and unit tables (numeric dates day-first, except slashed ones in English: "5/12/2016"). News conventions: a bare weekday ("Friday", "ce vendredi",
"am Donnerstag") is the most recent such day on or before publication; "last Friday" / "mardi
dernier" is strictly before it; "next Friday" strictly after. A relative expression without a
publication time is kept with ``precision="unresolved"`` and ``value=None``.

``DateRef.value`` is the ISO date of the first day of the period; ``precision`` says which period
(day | week | month | year): "last week" is the Monday of the previous week, precision week.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..records import DateRef, Sentence

_WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
_MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "de": [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}
# English abbreviations ("Nov. 27") as used in wire copy.
_MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Words shifting a day: yesterday = -1 ...
_DAY_WORDS = {
    "en": {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "tonight": 0,
        "this morning": 0,
        "last night": -1,
        "overnight": 0,  # the night the report's day began with
    },
    "fr": {
        "aujourd'hui": 0,
        "hier": -1,
        "avant-hier": -2,
        "demain": 1,
        "ce matin": 0,
        "cette nuit": 0,
        "la nuit dernière": -1,
    },
    "es": {
        "hoy": 0,
        "ayer": -1,
        "anteayer": -2,
        "mañana": 1,
        "esta mañana": 0,
        "anoche": -1,
        "esta madrugada": 0,
    },
    "de": {
        "heute": 0,
        "gestern": -1,
        "vorgestern": -2,
        "morgen": 1,
        "heute morgen": 0,
        "heute nacht": 0,
        "letzte nacht": -1,
        "vergangene nacht": -1,
    },
    "pt": {"hoje": 0, "ontem": -1, "anteontem": -2, "amanhã": 1, "esta manhã": 0},
    "it": {"oggi": 0, "ieri": -1, "l'altro ieri": -2, "domani": 1, "stamattina": 0},
}
# Holidays of a fixed day, named by words: a day-precise date whose year is the latest such
# day up to the report's day ("shot on New Year's Eve" in a report of 3 January). Only names of
# one day: "Christmas" alone, "les fêtes", "Navidad" alone span a season.
_HOLIDAYS = {
    "en": {
        "new year['’]?s eve": (12, 31),
        "new year['’]?s day": (1, 1),
        "christmas eve": (12, 24),
        "christmas day": (12, 25),
    },
    "fr": {
        "(?:la )?saint[- ]sylvestre": (12, 31),
        "(?:le )?réveillon du (?:nouvel an|jour de l['’]an|31 décembre)": (12, 31),
        "(?:le )?jour de l['’]an": (1, 1),
        "(?:la )?veille de noël": (12, 24),
        "(?:le )?réveillon de noël": (12, 24),
        "(?:le )?jour de noël": (12, 25),
    },
    "es": {
        "(?:la )?nochevieja": (12, 31),
        "(?:el )?día de año nuevo": (1, 1),
        "(?:la )?nochebuena": (12, 24),
        "(?:el )?día de navidad": (12, 25),
    },
    "de": {
        "(?:an |zu )?silvester(?:nacht|abend)?": (12, 31),
        "(?:an )?neujahr(?:stag)?": (1, 1),
        "(?:an |zu )?heilig(?:abend|en abend|er abend)": (12, 24),
        "(?:am )?ersten weihnachts(?:feier)?tag": (12, 25),
    },
}
_UNITS = {
    "day": [
        "day",
        "days",
        "jour",
        "jours",
        "día",
        "días",
        "tag",
        "tagen",
        "tage",
        "dia",
        "dias",
        "giorno",
        "giorni",
    ],
    "week": [
        "week",
        "weeks",
        "semaine",
        "semaines",
        "semana",
        "semanas",
        "woche",
        "wochen",
        "settimana",
        "settimane",
    ],
    "month": [
        "month",
        "months",
        "mois",
        "mes",
        "meses",
        "monat",
        "monate",
        "monaten",
        "mês",
        "mese",
        "mesi",
    ],
    "year": [
        "year",
        "years",
        "an",
        "ans",
        "année",
        "années",
        "año",
        "años",
        "jahr",
        "jahre",
        "jahren",
        "ano",
        "anos",
        "anno",
        "anni",
    ],
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "dix": 10,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "ein": 1,
    "einem": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "due": 2,
    "tre": 3,
}
_PAST = r"last|past|previous|dernier|dernière|passé|passée|pasado|pasada|letzten|letzte|letztes|vergangenen|vergangene|passado|passada|scorso|scorsa"  # noqa: E501
_NEXT = r"next|prochain|prochaine|próximo|próxima|que viene|nächsten|nächste|nächstes|próximo|prossimo|prossima"  # noqa: E501
_THIS = r"this|ce|cette|cet|este|esta|diese|dieser|dieses|diesen|questo|questa"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ALL_WEEKDAYS = {w: i for days in _WEEKDAYS.values() for i, w in enumerate(days)}
_ALL_WEEKDAYS.update({w.replace("-feira", ""): i for w, i in list(_ALL_WEEKDAYS.items())})
_ALL_MONTHS = {m: i + 1 for months in _MONTHS.values() for i, m in enumerate(months)}
_MONTH_RE = _alt([*_ALL_MONTHS, *(f"{a}." for a in _MONTH_ABBR), *_MONTH_ABBR])
_DAY_WORD_OF = {w: d for words in _DAY_WORDS.values() for w, d in words.items()}
_YEAR = r"(?:1[89]|20)\d\d"


def calendar_words(lang: str) -> frozenset[str]:
    """A language's weekday and month names, lower case: capitalised, yet no part of a name."""
    return frozenset([*_WEEKDAYS.get(lang, ()), *_MONTHS.get(lang, ())])


def day_words() -> frozenset[str]:
    """Words naming a day by the report's own ("today", "overnight", "hier", "anoche"), lower
    case."""
    return frozenset(_DAY_WORD_OF)


def weekday_words() -> frozenset[str]:
    """Every weekday name of the six languages, lower case ("monday", "mardi", "miércoles")."""
    return frozenset(_ALL_WEEKDAYS)


# German joins a weekday and its part of the day in one word: "Samstagabend", "Sonntagmorgen",
# "Freitagnacht", "Montagnachmittag".
_DAYPARTS = {"de": ["abend", "morgen", "nachmittag", "vormittag", "mittag", "nacht"]}


def _weekday_names(langs: list[str]) -> str:
    """A pattern of the languages' weekday names, each as its group ``w``, with a part of the day
    joined to it where the language does so ("Samstagabend")."""
    weekdays = {w for code in langs for w in _WEEKDAYS[code]}
    weekdays |= {w.replace("-feira", "") for w in weekdays}
    parts = {p for code in langs for p in _DAYPARTS.get(code, [])}
    return rf"(?P<w>{_alt(weekdays)})" + (rf"(?:{_alt(parts)})?" if parts else "")


def day_parts() -> frozenset[str]:
    """Parts of the day a weekday's name joins in one word ("abend" of "Samstagabend")."""
    return frozenset(p for parts in _DAYPARTS.values() for p in parts)


@lru_cache(maxsize=16)
def _patterns(lang: str | None) -> list[tuple[str, re.Pattern[str]]]:
    """Candidate patterns; weekdays and day words only of the language ("hier" is German "here")."""
    langs = [lang] if lang in _WEEKDAYS else list(_WEEKDAYS)
    weekdays = {w for code in langs for w in _WEEKDAYS[code]}
    weekdays |= {w.replace("-feira", "") for w in weekdays}
    day_words = {w for code in langs for w in _DAY_WORDS[code]}
    holidays = [h for code in langs for h in _HOLIDAYS.get(code, {})]
    return [
        # 27 November 2024 / 27 de noviembre de 2024 / 27. November / Nov. 27, 2024 / November 27
        (
            "dmy",
            re.compile(
                rf"\b(?P<d>[0-3]?\d)(?:er|\.|º|°)?\s+(?:de\s+)?(?P<m>{_MONTH_RE})(?![\w])"
                rf"(?:\s+(?:de\s+|del\s+)?(?P<y>{_YEAR}))?",
                re.I,
            ),
        ),
        # "Jul 012016": a stamp whose day and year lost the space between them
        (
            "glued",
            re.compile(rf"\b(?P<m>{_MONTH_RE})(?![\w])\s+(?P<d>[0-3]\d)(?P<y>{_YEAR})\b", re.I),
        ),
        (
            "mdy",
            re.compile(
                rf"\b(?P<m>{_MONTH_RE})(?![\w])\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_YEAR}))?",
                re.I,
            ),
        ),
        (
            "my",
            re.compile(rf"\b(?P<m>{_MONTH_RE})(?![\w])\s+(?:de\s+|del\s+)?(?P<y>{_YEAR})\b", re.I),
        ),
        (
            "numeric",
            re.compile(
                r"\b(?:\d{4}-\d{2}-\d{2}|[0-3]?\d([/.-])[01]?\d\1(?:\d{4}|\d{2})"
                # a month first, its day after 12: "12/23/16", "6/30/2015"
                r"|[01]?\d/(?:1[3-9]|2\d|3[01])/(?:\d{4}|\d{2}))(?!\d)"
            ),
        ),
        (
            "holiday",
            re.compile(rf"(?<![\w])(?:{'|'.join(f'(?:{h})' for h in holidays)})(?![\w])", re.I),
        ),
        (
            "ago",
            re.compile(
                rf"\b(?:(?P<n1>\d+|{_alt(_NUMBER_WORDS)})\s+(?P<u1>{_alt(_UNIT_OF)})\s+(?:ago|fa)"
                rf"|(?:il y a|hace|vor|há)\s+(?P<n2>\d+|{_alt(_NUMBER_WORDS)})\s+(?P<u2>{_alt(_UNIT_OF)}))"
                r"\b",
                re.I,
            ),
        ),
        (
            "period",
            re.compile(
                rf"\b(?:(?P<pre>{_PAST}|{_NEXT}|{_THIS})\s+(?P<u1>{_alt(_UNIT_OF)})"
                rf"|(?:l['’]|la\s+|le\s+|el\s+|la\s+|il\s+|a\s+|o\s+|no\s+|na\s+)?(?P<u2>{_alt(_UNIT_OF)})"
                rf"\s+(?P<post>{_PAST}|{_NEXT}))\b",
                re.I,
            ),
        ),
        (
            "weekday",
            re.compile(
                rf"(?<![\w])(?:(?P<pre>{_PAST}|{_NEXT}|{_THIS}|el\s+pasado)\s+)?"
                rf"{_weekday_names(langs)}(?![\w])(?:\s+(?P<post>{_PAST}|{_NEXT}))?",
                re.I,
            ),
        ),
        # a day word right before a weekday defers to it ("overnight on Saturday", "heute
        # Nacht zum Sonntag"); "ce soir-là", "ce matin-là" are that day's, not the report's
        (
            "dayword",
            re.compile(
                rf"(?<![\w])(?:{_alt(day_words)})(?![\w])(?![-‑]là)"
                rf"(?!\s+(?:(?:on|into|to|de|du|del|el|le|am|zum)\s+)?(?:{_alt(weekdays)})(?![\w]))",
                re.I,
            ),
        ),
        (
            "year",
            re.compile(
                rf"\b(?:in|since|en|depuis|desde|seit|im\s+jahr|em|nel|dal|dall['’])\s+(?P<y>{_YEAR})\b",
                re.I,
            ),
        ),
    ]


# English month names that are also everyday verbs: lowercase, they are the verb (English
# capitalises its months; "mai", "mars", "mayo" are untouched).
_VERB_MONTHS = frozenset({"may", "march"})


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return _ALL_MONTHS.get(word) or _MONTH_ABBR[word]


def _infer_year(month: int, day: int, base: date | None) -> int | None:
    """The year of a yearless date: the latest such date not more than a week after publication."""
    if base is None:
        return None
    year = base.year
    try:
        if date(year, month, day) > base + timedelta(days=7):
            year -= 1
    except ValueError:
        return None
    return year


# Words pointing a holiday's name to another year than the latest: "that Christmas Day" (a year
# told before), "last year's", "ce jour de Noël", "aquella Nochebuena", "jenen Heiligabend".
_OTHER_YEAR = re.compile(
    r"\b(?:that|last year['’]s|ce|cette|aquel|aquella|esa|ese|jene[nmrs]?|letztes Jahr)\s*\Z",
    re.I,
)


def _holiday(words: str, lang: str | None) -> tuple[int, int]:
    """The (month, day) of a holiday's name (``_HOLIDAYS``)."""
    langs = [lang] if lang in _HOLIDAYS else list(_HOLIDAYS)
    for code in langs:
        for name, day in _HOLIDAYS[code].items():
            if re.fullmatch(name, words, re.I):
                return day
    raise ValueError(words)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _start_of(unit: str, day: date) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _back(unit: str, n: int, base: date) -> date:
    if unit == "day":
        return base - timedelta(days=n)
    if unit == "week":
        return base - timedelta(weeks=n)
    if unit == "month":
        return _shift_months(base, -n)
    return date(base.year - n, 1, 1)


def _direction(*words: str | None) -> int:
    text = " ".join(w for w in words if w).lower()
    if re.search(rf"\b(?:{_PAST}|pasado)\b", text):
        return -1
    if re.search(rf"\b(?:{_NEXT})\b", text):
        return 1
    return 0


def _resolve(kind: str, match: re.Match[str], base: date | None, lang: str | None):
    """(value, precision) of one candidate, or None when the span is no date after all."""
    g = match.groupdict()
    if kind in {"dmy", "mdy", "glued", "my"}:
        if g["m"] in _VERB_MONTHS:
            return None  # "the shooting of 5 may be tied", "2 march on": a verb, never a month
        month = _month(g["m"])
        if kind == "my":
            return date(int(g["y"]), month, 1), "month"
        day = int(g["d"])
        year = int(g["y"]) if g.get("y") else _infer_year(month, day, base)
        if not 1 <= day <= 31:
            return None
        if year is None:
            return "unresolved"
        try:
            return date(year, month, day), "day"
        except ValueError:
            return None
    if kind == "numeric":
        parts = [int(p) for p in re.split(r"[-/.]", match.group())]
        if re.match(r"\d{4}-", match.group()):
            year, month, day = parts
        else:  # month first only with slashes in English ("5/12/2016"); "14-05-2016" day first
            slash = "/" in match.group()
            month, day, year = parts if slash and lang == "en" else (parts[1], parts[0], parts[2])
            year += 2000 if year < 100 else 0
        try:
            return date(year, month, day), "day"
        except ValueError:
            return None
    if kind == "year":
        return date(int(g["y"]), 1, 1), "year"
    if base is None:
        return "unresolved"
    if kind == "holiday":
        if _OTHER_YEAR.search(match.string, 0, match.start()):
            return None  # "that Christmas Day", "last year's New Year's Eve": another year's
        month, day = _holiday(match.group(), lang)
        year = base.year if date(base.year, month, day) <= base else base.year - 1
        return date(year, month, day), "day"
    if kind == "ago":
        count = g["n1"] or g["n2"]
        n = int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]
        unit = _UNIT_OF[(g["u1"] or g["u2"]).lower()]
        return _start_of(unit, _back(unit, n, base)), unit
    if kind == "period":
        unit = _UNIT_OF[(g["u1"] or g["u2"]).lower()]
        step = _direction(g.get("pre"), g.get("post"))
        if unit == "day":
            return None
        if unit == "year":
            return date(base.year + step, 1, 1), "year"
        if unit == "month":
            return _shift_months(base, step), "month"
        return _start_of("week", base + timedelta(weeks=step)), "week"
    if kind == "weekday":
        target = _ALL_WEEKDAYS[g["w"].lower()]
        step = _direction(g.get("pre"), g.get("post"))
        back = (base.weekday() - target) % 7
        if step < 0 and back == 0:
            back = 7
        if step > 0:
            return base + timedelta(days=(target - base.weekday()) % 7 or 7), "day"
        return base - timedelta(days=back), "day"
    return base + timedelta(days=_DAY_WORD_OF[match.group().lower()]), "day"


_WEEKDAY_JOIN = re.compile(r",?\s+(?:(?:le|el|den|the)\s+)?")


@lru_cache(maxsize=16)
def _cues(lang: str | None) -> dict[str, tuple[re.Pattern[str], ...]]:
    """What a text must hold for a kind of expression to match in it: its digits (a day, a
    year, a glued day and year) and the words every match of it holds, bounded as the kind's
    pattern bounds them and matched with the same case folding. A text without one is not
    searched for that kind: most sentences have no digit and no such word, and the kinds'
    alternations (a unit or a weekday after an optional word, tried at every word) are slow to
    search (#22: three passes over 7,939 GVC sentences take 1.2 s, 2.3 s with digit cues alone)."""
    langs = [lang] if lang in _WEEKDAYS else list(_WEEKDAYS)

    def word(alternation: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.I)

    digit, year, glued = re.compile(r"\d"), re.compile(r"\d{4}"), re.compile(r"\d{6}")
    month = word(_MONTH_RE)
    return {
        "dmy": (digit, month),
        "mdy": (digit, month),
        "glued": (glued, month),
        "my": (year, month),
        "numeric": (digit,),
        "year": (year,),
        "ago": (word("ago|fa|il y a|hace|vor|há"),),  # after the number, or before it
        "period": (word(f"{_PAST}|{_NEXT}|{_THIS}"),),  # before the unit, or after it
        "weekday": (word(_weekday_names(langs)),),
    }


def _spans(text: str, base: date | None, lang: str | None):
    taken: list[tuple[int, int]] = []
    calendar: list[tuple[int, int]] = []  # spans of calendar dates
    cues = _cues(lang)
    held: dict[re.Pattern[str], bool] = {}  # each cue searched once per text
    for kind, pattern in _patterns(lang):
        if not all(_holds(cue, text, held) for cue in cues.get(kind, ())):
            continue
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            if kind == "weekday" and _names_date(text, span[1], calendar):
                continue  # "Wednesday, June 11", "dimanche 10 juillet": the date says the day
            try:
                result = _resolve(kind, match, base, lang)
            except (ValueError, OverflowError):  # beyond the calendar (year 1 - 9999)
                result = "unresolved"
            if result is None:
                continue
            taken.append(span)
            if kind in ("dmy", "mdy", "glued", "numeric"):
                calendar.append(span)
            yield span, result


def _holds(cue: re.Pattern[str], text: str, held: dict[re.Pattern[str], bool]) -> bool:
    found = held.get(cue)
    if found is None:
        found = held[cue] = cue.search(text) is not None
    return found


def _names_date(text: str, end: int, calendar: list[tuple[int, int]]) -> bool:
    """A weekday right before a calendar date ("Tuesday, January 28, 2014", "Sonntag, den 10.
    Juli")."""
    join = _WEEKDAY_JOIN.match(text, end)
    return bool(join) and any(s == join.end() for s, _ in calendar)


def resolve_dates(
    sentences: list[Sentence], published: datetime | None, lang: str | None
) -> list[DateRef]:
    """Every date expression of an article's sentences, resolved against ``published``."""
    base = published.date() if published else None
    refs = []
    for sentence in sentences:
        for (start, end), result in _spans(sentence.text, base, sentence.language or lang):
            value, precision = (None, "unresolved") if result == "unresolved" else result
            refs.append(
                DateRef(
                    article_id=sentence.article_id,
                    sentence_index=sentence.index,
                    start=sentence.start + start,
                    end=sentence.start + end,
                    text=sentence.text[start:end],
                    value=value.isoformat() if value else None,
                    precision=precision,
                )
            )
    refs.sort(key=lambda r: (r.article_id, r.start))
    return refs
