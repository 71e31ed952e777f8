"""Figures stage: every number claim of a news text in en/fr/es/de/pt/it.

Each number becomes a :class:`Claim` with a value interval (see ``numbers`` for the conventions of
collectives such as "une cinquantaine"), a qualifier ("at least", "plus de"...), a measure (what
happened: killed, injured, displaced, captured, ...; for a quantity its dimension: length, money,
ratio...), a subject (a canonical English key of what is counted: people, civilians,
rebel_fighters...), scope phrases (time/place) and the authority the outlet cites.

Numbers that count nothing that happened (years, dates, clock times, ordinals, names like "M5",
ages, durations) become ``ClaimKind.OTHER`` with ``measure`` naming why (year, date, time,
ordinal, name, age, duration), so they never enter facts but stay usable (e.g. NewsQuant scores
ages and durations as quantities). A bare year is never a count unless a qualifier, a unit or a
count noun says so ("more than 2000 tankers"; not "the 2011 civil war", "in 2013 rebels...").
Plurals that state no number ("hundreds", "des dizaines", "decenas", "Dutzende", "millions")
become ``ClaimKind.VAGUE``: kept with what they count, never a figure to compare or average.

Deaths and victims counted without a numeral, and totals computed from several counts, are read
by ``figures_deaths``; the source a figure is credited to by ``figures_attribution``; the shared
draft and cue regexes live in ``figures_draft``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsfuse.extract import figures_lexicon as lex
from newsfuse.extract import units as U
from newsfuse.extract.figures_attribution import Attributions
from newsfuse.extract.figures_deaths import (
    OUTCOME_VERB_BEFORE,
    and_self,
    died_since,
    joined_total,
    multiples,
    singles_total,
    singulars,
    unnumbered_death,
    with_killer,
)
from newsfuse.extract.figures_draft import (
    MEASURE,
    NEGATED,
    PEOPLE_OUTCOMES,
    RELATIVE,
    SUBJECT_WORDS,
    B,
    Draft,
    E,
)
from newsfuse.extract.figures_hurt import hurt_parts, others_hurt
from newsfuse.extract.figures_nouns import counted_noun, singular
from newsfuse.extract.gazetteer import gazetteer
from newsfuse.extract.numbers import LANGS, NumberSpan, find_numbers
from newsfuse.language import split_sentences
from newsfuse.records import HEADLINE, Claim, ClaimKind, Qualifier, Sentence

_I = re.IGNORECASE
_QUAL_BY_PHRASE = {p.lower(): q for q, ps in lex.QUALIFIERS.items() for p in ps}
_QUALIFIER = re.compile(
    rf"{B}(?P<q>{lex.alternation(list(_QUAL_BY_PHRASE), escape=True)})\s*$".replace("'", "['’]"),
    _I,
)
# "1 dead", "4 shot, one fatally", "3 Chicago teens shot": the outcome or the clause's end right
# after the number, or people the subject words name no group of
_ELIDED = re.compile(
    rf"\s*(?:{MEASURE.pattern}|[,;:]|$|(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:teen(?:ager)?s?|youths?"
    rf"|boys?|girls?|adults?|toddlers?|infants?|bab(?:y|ies)){E})",
    _I,
)
_HEAD_NOUN = re.compile(rf"\s+{SUBJECT_WORDS.pattern}", _I)
_SUBJECT_AFTER = re.compile(
    rf"\s*(?:(?:of|de|d'|d’|di|del|des|do|da|von)\s*)?(?:[^\W\d]+[-\s]+){{0,2}}?"
    rf"(?P<subject>{'|'.join(f'(?P<{k}>{lex.alternation(v)})' for k, v in lex.SUBJECTS.items())})"
    rf"{E}",
    _I,
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th|er|ère|e|ème|eme|º|ª|°(?![CF]))(?![\w])", _I)
# "three more days", "deux autres semaines": a duration with a word between.
_MORE = re.compile(r"\s+(?:more|plus|más|weitere|mais|più|other|autres)(?=\s)", _I)
_AGE = re.compile(
    r"[\s-]+(?P<u>years?|yrs?|months?|weeks?|days?)[\s-]+old|-(?P<de>jährige)|[\s-]+a[nñ]os de edad"
    r"|[\s-]*y/o(?![\w])",  # "4 y/o shot by stray bullet"
    _I,
)
_AGES_LIST = re.compile(r"\bages?\s+(?:\d{1,3}\s*(?:,|and|&)\s*)*$", _I)  # "ages 20 and 22"
# The first ages of a list whose last one carries the unit: "two victims, 17 and 23 years old",
# "their 12- and 10-year-old sons",
# "deux hommes de 17 et 23 ans", "dos jóvenes de 17 y 23 años", "zwei Männer, 17 und 23 Jahre alt".
_AGES_BEFORE_UNIT = re.compile(
    r"(?:-?\s*(?:,|and|&|et|y|und)\s*\d{1,3})+\s*(?:[\s-]+(?:years?|yrs?)[\s-]+old|\s+(?:ans|años"
    r"|Jahre(?:\s+alt)?)\b)",
    _I,
)
_AGE_BEFORE = re.compile(r"(?:aged|âgée? de|edad de|im alter von|idade de|età di)\s*$", _I)
_AGED = re.compile(r"(?<![\w])aged\s*$", _I)
# "une femme de 34 ans", "l'accusé de 29 ans", "La mujer, de 34 años": a person's years.
_PERSON_OF = re.compile(
    rf"(?<![\w])(?:{lex.alternation(lex.AGE_PERSONS)})\s*,?\s*(?:de|d['’]|di)\s*$", _I
)
# "Track Palin, 26 ans, a passé", "Risa Kusuma, de 35 años,": an apposition to a name.
_NAME_YEARS = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s*,\s*(?:de\s+)?$")
_APPOSED_YEARS = re.compile(r"\s+(?:ans|años|anos|anni)\s*(?:[,;)]|$)", _I)
_YEARS_END = re.compile(r"\s+(?:ans|años|anos|anni)(?![\w])", _I)
# ... also of a kin or a child named by their tie, and several at once: "shoots brother, 9,",
# "Boys, 4 and 6, Shot".
_NAME_AGE = re.compile(
    r"(?:[A-Z][\w'-]+|(?<![\w])(?:man|woman|boy|girl|teen|teenager|mother|father|son|daughter"
    r"|victim|suspect|driver|gunman|shooter|brother|sister|child|kid|baby|toddler|infant|nephew"
    r"|niece|cousin|grandson|granddaughter|husband|wife|girlfriend|boyfriend|student|friend"
    r"|neighbou?r|uncle|aunt|mom|dad|stepson|stepdaughter|youth|juvenile)(?:s|ren)?)"
    r"\s*,\s*(?:\d{1,3}\s*(?:,|and|&)\s*)*$"
)
# The apposition ends at a comma, a title's separator ("Kenneth Mills, 22 - The Report") or the end.
_APPOSITION_END = re.compile(r"\s*(?:,|\s[-|–]\s|$|(?:and|&)\s*\d{1,3}\s*(?:,|$))")
# A death at an age: "Dead at 25", "dies at 90", "mort à 25 ans", "murió a los 25", "starb mit 25".
_DIED_AT = re.compile(
    r"\b(?:dead|dies|died|killed|passed away|mort|morte|décédée?|meurt|muere|murió|fallece"
    r"|falleció|stirbt|starb|gestorben)\s+(?:at|à|a los|mit)\s+$",
    _I,
)
# An emergency line, no people: "a 911 call", "the 112 dispatcher".
_CALL_AFTER = re.compile(r"\s+(?:calls?|callers?|dispatchers?|operators?)\b", _I)
_CHANNEL = re.compile(r"\b(?:CBS|NBC|ABC|FOX|Fox|CW|PBS|News|NewsChannel|Channel)\s*$")
_CLOCK = re.compile(
    r"^(?:\s?[:h.]\s?\d\d(?!\d)|\s*(?:a\.?m\.?|p\.?m\.?|heures?|uhr|hrs?)(?![\w]))", _I
)
_MONTH_AFTER = re.compile(rf"^[\s.,]*(?:of\s+|de\s+)?(?:{lex.MONTHS})\.?{E}", _I)
_MONTH_BEFORE = re.compile(rf"{B}(?:{lex.MONTHS})\.?\s*$", _I)
# "A-4", "n° 12", "#3", and a call or label glued to its word: "alert(1)", "Article(3)".
# A gun's caliber: a bare decimal point (".22", ".45", ".357") beside a gun or a caliber word,
# never a rate (".001 per cent").
_CALIBER = re.compile(
    r"(?<![\d.,])\.\d{2,3}(?![\d.,]\d)(?:(?=[\s-]*(?:[\w-]+\s+)?(?:caliber|calibre|cal\b|magnum"
    r"|revolver|rifle|pistol|handgun|gun|shotgun|bullet|round|ammunition|special|fusil|carabine"
    r"|pistolet|revólver|pistola|escopeta|Gewehr|Pistole|Revolver))|(?<=(?:caliber|calibre|kaliber)"
    r" \.\d\d)|(?<=(?:caliber|calibre|kaliber) \.\d\d\d))",
    re.I,
)
_NAME_BEFORE = re.compile(r"(?:[A-Za-z]\s?[-‑]|[A-Za-z]\(|n°|nº|no\.\s?|#|№)$", _I)
# A prefix glued to a number qualifies it, names nothing: "sub-7 nanometer chips", "her now-18
# month-old daughter", "the mid-30s", "the then-25-year-old".
_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:sub|now|then|mid|ex|pre|post|near)[-‑]$", _I)
# A capitalised or camel-case word right before a bare number names a thing: "iPhone 11",
# "Game 7", "S&P 500", "BBC One" (weekdays and months excepted).
_NAME_WORD = re.compile(r"(?<=\S\s)(?P<w>[A-Z][\w&.'-]*|[a-z]+[A-Z][\w-]*)\s+$")
_BLOCK_AFTER = re.compile(r"\s+block\b", _I)
# A house number with no street word: "at 1141 South Barksdale", "at 200 W. Main".
_AT = re.compile(r"(?<![\w])at\s+$", _I)
_COMPASS_STREET = re.compile(r"\s+(?:North|South|East|West|[NSEW]\.?)\s+(?-i:[A-Z])")
# A photo gallery's caption numbers: "Image 1 of 8", "Photo 3 of / 12", "Photo 2 sur 8", "Foto 2
# de 8", "Bild 2 von 8".
_GALLERY_WORD = r"\b(?:Image|Photo|Slide|Picture|Imagen|Foto|Bild)s?\s+"
_GALLERY_OF = r"\s+(?:of|sur|de|von)\s*(?:/\s*)?"
_GALLERY_INDEX = re.compile(rf"{_GALLERY_WORD}$", _I)
_GALLERY_TOTAL = re.compile(rf"{_GALLERY_WORD}\d+{_GALLERY_OF}$", _I)
_GALLERY_OF_AFTER = re.compile(rf"{_GALLERY_OF}\d", _I)
# Ages told once for several people: "Banes and Clark, both 31, of Jackson".
_BOTH_AGED = re.compile(r",\s*both\s+$", _I)
# A house number: "575 Wilbraham Road", "9 E 71st St", "12 rue de la Paix", "calle Mayor 5".
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Way"
    r"|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct|Highway|Hwy|Terrace|Parkway|Pkwy)\b"
    r"|,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|calle|avenida|paseo|rua|travessa"
    r"|via|viale|piazza|corso)\b|\s+(?:Ave|Avenue|Street|St|Rd|Road|Blvd|Boulevard)\.?\s+[A-Z]"
    r"|\s+(?i:zip code|postcode|postal code|code postal|código postal)\b"
)
_STREET_BEFORE = re.compile(
    r"(?:straße|strasse|str\.|weg|platz|allee|gasse|calle|rue)\s+$|\b(?:calle|avenida|via)\s+[A-Z]\w+\s+$",
    _I,
)
# A class or grade names a kind, not a count: "a category 4 hurricane", "stage 3", "Stufe 2".
_CLASS_BEFORE = re.compile(
    r"\b(?:category|level|phase|stage|grade|class|type|tier|catégorie|niveau|categoría|nivel"
    r"|fase|grado|Kategorie|Stufe|Klasse|Phase|categoria|livello)\s+$",
    _I,
)
_PHONE = re.compile(
    r"(?:\b1[.-])?(?:\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-](?:\d{4}\b|[A-Z]{4})"  # 1-877-903-STOP
)
_CALLED = re.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?)\s+$", _I)
# "a 22-caliber rifle", "a 12-gauge shotgun", "un fusil de calibre 22", "Kaliber 38": the gun
_CALIBER_AFTER = re.compile(r"[\s-]*(?:caliber|calibre|calibro|cal\b|gauge|Kaliber)\b", _I)
_CALIBER_BEFORE = re.compile(r"\b(?:caliber|calibre|calibro|Kaliber)\s*$", _I)
# "two gunshot wounds", "the 10 gunshot wounds he sustained", "trois blessures par balle", "cinco
# balazos", "zwei Schusswunden": wounds of one body, never people
_WOUNDS_AFTER = re.compile(
    r"\s+(?:(?:gunshot|bullet|stab|puncture|entry|exit|separate)\s+)?wounds?\b|\s+blessures\b"
    r"|\s+(?:balazos|impactos\s+de\s+bala)\b|\s+(?:Schuss|Stich)(?:wunden|verletzungen)\b",
    _I,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", _I)
_COUNTS_OF = re.compile(r"\s+(?:\w+\s+)?counts?\s+(?:each\s+)?of\b", _I)
_PARENT_OF = re.compile(
    r"\b(?:father|mother|parent|dad|mom|grand(?:father|mother|parent)|père|mère|padre|madre"
    r"|Vater|Mutter|pai|mãe)\s+(?:de\s+|of\s+|von\s+|di\s+)$",
    _I,
)
_NOT_NAME_WORDS = re.compile(rf"^(?:{lex.WEEKDAYS}|{lex.MONTHS})$", _I)
_CHANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<up>{lex.CHANGE_UP})|(?P<down>{lex.CHANGE_DOWN}))\s+"
    rf"(?:(?!(?:{lex.CHANGE_LEVEL}|{lex.CHANGE_LINK})\s)[^\W\d]+\s+){{0,2}}"
    rf"(?:(?:{lex.CHANGE_LINK})\s+)?(?:US\s?)?[$€£¥]?\s*$",
    _I,
)
_PRONOUN_ONE = re.compile(r"(?:each|the same|no|any|every|this|that|which|the|another|a)\s+$", _I)
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|to|to-|through|à|au|a|al|bis|até|or|ou|o)\s*(?:US\s?)?[$€£]?\s*"
)
_BETWEEN = re.compile(r"(?:between|entre|zwischen|tra|fra)\s+(?:US\s?)?[$€£]?\s*$", _I)
_BETWEEN_JOIN = re.compile(r"\s*(?:and|et|y|e|und)\s*(?:US\s?)?[$€£]?\s*", _I)
_ONE_OF = re.compile(r"\s+(?:of|de|des|del|dei|von|das|dos)\b", _I)
_PART_CUE = re.compile(rf"{B}(?:{lex.PART_CUES})\s*(?:\w+\s+)?$", _I)
# A cue and its number: "killing at least"; a conjunction starts another clause ("40 people were
# injured and dozens more are missing", "24 were killed and at least 40 injured").
_ADJACENT = re.compile(
    r"\s+(?:(?!(?:and|et|y|e|und|or|ou|o|oder|ed|while|but|when|after|quand|lorsque?|cuando)\s)"
    r"[^\W\d]+\s+){0,3}",
    _I,
)
# A cue that ends its clause before the number's ("... remain missing and 12,000 residents",
# "a boy was shot when six children were alone", "quand", "cuando").
_ENDS_CLAUSE = re.compile(
    r"[^\d]*?(?<![\w])(?:and|et|y|e|und|or|ou|o|oder|ed|when|after|quand|lorsque?|cuando)\s", _I
)
_TOLL = re.compile(rf"{B}(?:{lex.alternation(lex.TOLL_NOUNS)}){E}", _I)
_ADDITION = re.compile(rf"^\W*(?:{lex.ADDITION_OPENERS})\b", _I)
_PART_AFTER = re.compile(rf"\s+(?:{lex.PART_AFTER}){E}", _I)
# Those of the shot or hurt who died: "six people were shot, two of them fatally", "three of them
# died", "deux d'entre eux mortellement", "dos de ellos de muerte", "zwei von ihnen tödlich".
_FATAL_PART = re.compile(
    rf"\s+(?:{lex.PART_AFTER})\s+(?:were\s+|have\s+|has\s+)?(?:fatally|mortally|died|killed"
    r"|mortellement|sont morts|sont décédés|mortalmente|murieron|fallecieron|tödlich|starben)\b",
    _I,
)
_HARMED = frozenset({"shot", "injured"})
_CLAUSE_BREAK = re.compile(
    r"[;:.!?]|\b(?:while|whereas|but|tandis|mientras|während|enquanto|mentre|alors que)\b", _I
)
_SCOPES = re.compile(
    r"(?<![\w'’])(?=[\w'’])(?:"
    + "|".join(f"(?i:{p})" for p in lex.SCOPES[:-1])
    + f"|{lex.SCOPES[-1]})"
)


# A length measured from a place is a distance to it: "within 10 kilometers of Aleppo city",
# "less than two kilometers from the city of Aleppo", "à 2 km d'Alep", "a 10 km de Alepo",
# "10 Kilometer von Aleppo entfernt", "7 km away".
_REFERENCE = re.compile(
    r"[ \u00a0]+(?:(?:away|au large|entfernt)[ \u00a0]+)?(?:from|of|off|to|de|d['’]|du|des|von|vor|da|di|dal)[ \u00a0]*"
    r"(?:(?:the|la|le|l['’]|el|der|dem|o|a|il)[ \u00a0]*)?"
    r"(?:(?:city|town|village|ville|ciudad|Stadt|cidade|città|capital|capitale)[ \u00a0]+"
    r"(?:of|de|d['’]|von|da|di)[ \u00a0]*)?"
    r"(?P<place>(?-i:[A-ZÀ-Ý][\w'’-]+)(?:[ \u00a0-](?-i:[A-ZÀ-Ý][\w'’-]+)){0,2})"
    r"(?:[ \u00a0]+(?:city|town|village|province|governorate|district|countryside)\b)?",
    _I,
)
_AWAY = re.compile(r"[ \u00a0]+(?:away|au large|entfernt|de distance|de distancia)\b", _I)
_PLACE_TAIL = re.compile(r"(?:[ \u00a0-](?:City|city|Ville|Stadt|Province|province|Governorate))$")
_YEAR_MIN, _YEAR_MAX = 1200, 2200
_AID_AFTER = re.compile(
    r"\s+(?P<u>[^\W\d]+)\s+(?:(?:in|of|en|de|d'|an|di|em)\s+)?(?:[^\W\d]+\s+)?"
    r"(?:aid|funding|relief|assistance|compensation|aide|ayuda|ajuda|aiuti|aiuto|\w*hilfen?)\b",
    _I,
)
# A count given against an earlier one: "rose to 31, up from 24", "contre 24 la veille".
_EARLIER = re.compile(
    r"(?:up from|down from|from|compared with|contre|frente a|frente a los|gegenüber|nach zuvor"
    r"|ante[sr] (?:de )?|rispetto a|contro)\s+$",
    _I,
)
# A year in a full date ("11 March 2025", "March 11, 2025"): the event's own time.
_DATE_BEFORE_YEAR = re.compile(
    rf"(?:(?:{lex.MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}\.?\s+(?:de\s+)?"
    rf"(?:{lex.MONTHS})\.?(?:\s+de)?|(?:{lex.MONTHS})\.?,?)\s*$",
    _I,
)


_IN_NAME = re.compile(r"[A-Z][a-z]")
_NUMERIC_DATE = re.compile(r"(?<![\d.,])\d{1,2}([-/.])\d{1,2}\1(?:1[89]|20)?\d\d(?!\d|[.,]\d)")
# What makes a bare year a date even with a noun after it: "the 2011 civil war", "in 2013 rebel
# fighters were ...", "depuis 2011 les ...", "seit 2011 Menschen", "June 12 2016 Civil defence",
# "15-09-2013 Militants".
_YEAR_BEFORE = re.compile(
    rf"(?:{B}(?:in|since|the|until|before|after|during|en|depuis|dès|desde|hasta|seit|im|bis"
    rf"|nel|dal|year|année|año|jahr|anno|ano)|\d[-/.]|{B}\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"|{B}(?:{lex.MONTHS})\.?,?)\s*$",
    _I,
)


def _title_case(s: str) -> bool:
    """A headline in title case: most words of four letters or more start with a capital."""
    words = re.findall(r"[^\W\d_]{4,}", s)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _counted_year(s: str, n: NumberSpan, lang: str) -> bool:
    """Whether a year-like number ("2013") counts something: a qualifier or a unit says so, or
    a count noun follows it with nothing before that makes it a date. A noun written with a
    capital after it ("2013 Militants") is a headline or a date line, except in German, where
    every noun has one."""
    if _unit(s, n, lang) or _qualifier(s, n)[1] is not None:
        return True
    after = s[n.end :].lstrip()
    if not SUBJECT_WORDS.match(after) or _YEAR_BEFORE.search(s, 0, n.start):
        return False
    return lang == "de" or after[:1].islower()


def _in_numeric_date(s: str, n: NumberSpan) -> bool:
    """ "15-09-2013", "12/03/2025", "11.03.2025": a date written in digits, never a count."""
    return any(m.start() <= n.start < m.end() for m in _NUMERIC_DATE.finditer(s))


def _duration(s: str, n: NumberSpan, lang: str) -> tuple[str, bool] | None:
    """The time unit after a number ("three days", "37 Minuten", "trois autres semaines") and
    whether it is glued by a hyphen ("a three-day surge": a modifier, not a duration)."""
    more = _MORE.match(s, n.end)
    found = U.unit_after(s, more.end() if more else n.end, lang)
    if found is None or found[0].dimension != U.TIME:
        return None
    return found[0].name, s[n.end : n.end + 1] == "-"


def _classify_other(s: str, n: NumberSpan, lang: str) -> tuple[str, str | None] | None:
    """Why a number counts nothing (and its unit, for ages/durations), None for a real count."""
    before, after = s[: n.start], s[n.end :]
    if not n.words and _in_numeric_date(s, n):
        return "date", None
    if not n.words and any(m.start() <= n.start < m.end() for m in _URL.finditer(s)):
        return "url", None  # ".../2016/10/03/teen-killed.../91458922/": a link, never a count
    if not n.words and _CALIBER.match(s, n.start):
        return "caliber", None  # "a .22 revolver", "un fusil calibre .22": the gun, never a count
    if not n.words and (_CALIBER_AFTER.match(after) or _CALIBER_BEFORE.search(before)):
        return "caliber", None
    if _WOUNDS_AFTER.match(after):
        return "wounds", None
    if not n.words and _NAME_BEFORE.search(before) and not _PREFIX_BEFORE.search(before):
        return "name", None
    capitalised = n.words and _IN_NAME.match(n.surface) and before.strip()
    if capitalised and _IN_NAME.match(after.lstrip()) and not _title_case(s):
        return "name", None  # "near Six Flags", "the Three Rivers area": part of a name
    if not n.words and any(m.start() <= n.start < m.end() for m in _PHONE.finditer(s)):
        return "phone", None  # "(219) 755-3855"
    if not n.words and _BLOCK_AFTER.match(after):
        return "address", None  # "the 4100 block of"
    if not n.words and n.low >= 100 and _AT.search(before) and _COMPASS_STREET.match(after):
        return "address", None  # "a call at 1141 South Barksdale"
    window = max(0, n.start - 30)
    if not n.words and (_STREET_AFTER.match(after) or _STREET_BEFORE.search(s, window, n.start)):
        return "address", None
    if _CLASS_BEFORE.search(s, window, n.start):
        return "name", None
    if not n.words and (_CALLED.search(before) or _CALL_AFTER.match(after)):
        return "name", None  # "a man called 911", "a 911 call"
    if _COUNTS_OF.match(after):
        return "charges", "count"  # "four counts of attempted homicide": charges, not victims
    if _PARENT_OF.search(before) and not _YEARS_END.match(after):
        return "family", None  # "a father of 3 was killed": his children, not victims
    if not n.words and _ORDINAL.match(after):
        return "ordinal", None
    unit_follows = U.unit_after(s, n.end, lang) is not None
    if not n.words and after[:1].isalpha() and not unit_follows:
        return "name", None  # "9AB", "Model 3s": a code
    name_word = _NAME_WORD.search(before)
    plain = n.words or n.surface.isdigit()
    capital = not n.words or n.surface[:1].isupper()
    named = (
        name_word
        and not _title_case(s)  # "Shooting Leaves 2 Dead": every word has a capital
        and not _NOT_NAME_WORDS.match(name_word.group("w"))
        and not MEASURE.fullmatch(name_word.group("w"))  # a headline's "Kills 2, Injures 3"
    )
    if named and plain and capital and not unit_follows:
        return "name", None
    if not n.words and (_CLOCK.match(after) or re.search(r"(?::|\d\s?h\s?)$", before)):
        return "time", None
    if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before):
        return "date", None
    age = _AGE.match(after)
    if age:
        return "age", (age.group("u") or "year").lower().rstrip("s")
    if not n.words and (_AGES_LIST.search(before) or _AGES_BEFORE_UNIT.match(after)):
        return "age", None
    duration = _duration(s, n, lang)
    if _AGE_BEFORE.search(before) and (duration or _AGED.search(before)):
        return "age", "year"  # "aged 45", "âgé de 45 ans"
    if (
        duration
        and duration[0] == "year"
        and (
            _PERSON_OF.search(s, window, n.start)
            or (_NAME_YEARS.search(s, window, n.start) and _APPOSED_YEARS.match(after))
        )
    ):
        return "age", "year"
    if not n.words and _NAME_AGE.search(before) and _APPOSITION_END.match(after) and n.low < 120:
        return "age", None  # "Antonio Mason, 35, died": an apposition, no unit written
    if not n.words and _BOTH_AGED.search(before) and n.low < 120:
        return "age", None  # "Brian Banes and Delandis Clark, both 31, of Jackson"
    if _DIED_AT.search(before) and n.low < 120:
        return "age", "year"  # "MMA fighter dead at 25"
    if not n.words and (
        re.match(r"\s+/\s+\d", after)
        or re.search(r"\d\s+/\s+$", before)
        or _GALLERY_TOTAL.search(before)
        or (_GALLERY_INDEX.search(before) and _GALLERY_OF_AFTER.match(after))
    ):
        return "gallery", None  # "1 / 4 Back to Gallery", "Image 1 of 8 A child was shot"
    if not n.words and _CHANNEL.search(before):
        return "channel", None  # "CBS 58 - Milwaukee Police Identify 16-Year-Old Fatally Shot"
    if duration:
        if duration[1]:
            return "modifier", None  # "a three-day surge", "a five-year award"
        return "duration", duration[0]
    if _is_year(n) and not _counted_year(s, n, lang):
        return "year", None
    if n.surface.lower() == "one" and _ONE_OF.match(after):
        return "partitive", None  # "one of the best": a quantity, not a count of events
    return None


def _change(s: str, start: int) -> str | None:
    """ "up"/"down" when the number starting at ``start`` (or its qualifier) is the size of a
    change ("rose 5%", "was up about 19 cents", "une hausse de 2,7 %", "sanken um 4,8
    Prozent"), None for a level ("rose to 31", "up from 24")."""
    if s[max(0, start - 1) : start] == "+" and not s[max(0, start - 2) : start - 1].isalnum():
        return "up"  # "Dow +0.2%": a signed change
    m = _CHANGE_BEFORE.search(s, max(0, start - 40), start)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


def _qualifier(s: str, n: NumberSpan) -> tuple[Qualifier, int | None]:
    if n.approximate:
        return Qualifier.ABOUT, None
    sign = U.unit_before(s, n.start)  # "up to £120 million", "more than $5"
    start = sign[1] if sign else n.start
    m = _QUALIFIER.search(s, max(0, start - 30), start)
    if m:
        return _QUAL_BY_PHRASE[m.group("q").lower().replace("’", "'")], m.start()
    if re.match(r"\s+(?:or more|ou plus|o más|oder mehr|ou mais|o più)\b", s[n.end :], _I):
        return Qualifier.AT_LEAST, None
    return Qualifier.EXACT, None


def _unit(s: str, n: NumberSpan, lang: str) -> tuple[str, str, int] | None:
    """(normalised unit, dimension, end) of a unit written around the number, rates included:
    "$58.24 per barrel", "£120 million a year", "120 millions de livres par an", "km/h"."""
    before = U.unit_before(s, n.start)
    after = U.unit_after(s, n.end, lang, scaled=_scale_of(n, lang) >= 1e3 or n.approximate)
    if after is None and n.low != n.high:  # a range that writes its unit after the first end
        first = find_numbers(n.surface, lang)
        within = U.unit_after(s, n.start + first[0].end, lang) if first else None
        after = (within[0], n.end) if within and within[1] <= n.end else None
    fraction = _FRACTION_OF.match(s, n.end) if after is None and n.low < 1 else None
    if fraction:  # "1/16 of a US pint", "la moitié d'un litre"
        after = U.unit_after(s, fraction.end(), lang)
    if before is not None and (after is None or after[0].dimension != U.MONEY):
        found, end = before[0], n.end
    elif after is not None:
        found, end = after
    else:
        return None
    rate = U.rate_after(s, end, lang)
    if rate is not None:
        found, end = found.per(rate[0]), rate[1]
    elif bracket := _BRACKET.match(s, end):
        # "9 billion shekels ($2.4 billion) a year": the rate follows the conversion, which
        # takes it too (``_conversions``); the figure still ends before the bracket
        rate = U.rate_after(s, bracket.end(), lang, nouns=False)
        found = found.per(rate[0]) if rate else found
    return found.name, found.dimension, end


_FRACTION_OF = re.compile(
    r"\s+(?:of|de|d['’]|di|der|von)\s*(?:(?:an?|the|un|une|una|uno|ein|eine|einer|einem|eines)\s+)?",
    _I,
)
_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")


# An outcome verb in the present, right before its number: "Shooting Wounds 4 Men", "Kills 3,
# Wounds 2", "une fusillade blesse quatre personnes", "tue deux personnes", "un tiroteo hiere a
# cuatro", "mata a dos", "tötet drei" (the noun "wounds", "mata", "tue" never stands right before
# a number).
_PRESENT_VERB = re.compile(
    r"(?<![\w'’])(?:(?P<injured>wounds|injures|blesse(?:nt)?|hieren? a)"
    r"|(?P<killed>kills|tue(?:nt)?|matan? a|tötet))\s+\Z",
    _I,
)


# "shot at seven people", "shot at a dozen": those fired at (but "shot at least four").
_FIRED_AT = re.compile(r"\s+at\s+(?:an?\s+|about\s+)?", _I)


# A number of shots fired ("three more shots", "13 rounds", "trois coups de feu", "tres
# disparos", "drei Schüsse"): it counts no one.
_SHOTS_AFTER = re.compile(
    r"\s+(?:(?:more|other|additional|final)\s+)?(?:shots|rounds|bullets|gunshots|coups de feu"
    r"|balles|disparos|tiros|balas|Schüsse|Kugeln)\b",
    re.I,
)


def _measure(s: str, start: int, end: int) -> str | None:
    """The outcome cue of the number: one right before it ("killed two people and wounded
    three") or right after it ("31 morts"), else a death toll it is the first number of ("the
    death toll rose to 31"), else the nearest after it in its clause, else the nearest before.
    None when the cue after it is what the counted did ("four men who shot four people"), was
    denied ("were not injured") or is told of another clause's lone subject ("two children were
    at home when the boy was shot"): precision first, a count of no one harmed is no toll."""
    if verb := _PRESENT_VERB.search(s, max(0, start - 20), start):
        return verb.lastgroup
    window_start = max(0, start - 50)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(s, window_start, start)]
    window_start = breaks[-1] if breaks else window_start
    before = list(MEASURE.finditer(s, window_start, start))
    if (
        before
        and before[-1].lastgroup == "shot"
        and _FIRED_AT.fullmatch(s, before[-1].end(), start)
    ):
        return None  # "shot at seven people": fired at, hit or not
    if before and _ADJACENT.fullmatch(s, before[-1].end(), start):
        return before[-1].lastgroup
    stop = _CLAUSE_BREAK.search(s, end)
    window_end = min(stop.start() if stop else len(s), end + 90)
    other = _OWN_SUBJECT.search(s, end, window_end)
    window_end = other.start() if other else window_end
    m = MEASURE.search(s, end, window_end)
    if m and (_did_it(s, m) or NEGATED.search(s, max(0, m.start() - 25), m.start())):
        return None  # "four men who shot four people", "two were not hurt": no one harmed
    if m and _COUNT_WORD.search(s, end, m.start()):
        # "four teens, one fatally, were shot": the cue after the next number is that number's
        m = next(
            (c for c in MEASURE.finditer(s, m.end(), window_end) if c.lastgroup != m.lastgroup),
            None,
        )
    elif m and m.start() - end <= 15:
        return m.lastgroup
    if _after_toll(s, start):
        return "killed"
    if m:
        return m.lastgroup
    if before and not _ENDS_CLAUSE.match(s, before[-1].end(), start):
        return before[-1].lastgroup  # "killed 30 civilians and 12 soldiers": the verb is shared
    return None


# A clause with a subject of its own, one person: "two children were at home when the boy was
# shot", "deux enfants jouaient quand il a été blessé", "dos niños estaban solos cuando ella fue
# herida", "zwei Kinder waren allein, als sie verletzt wurde": its outcome is that person's.
_OWN_SUBJECT = re.compile(
    r"\b(?:when|after|before|until|quand|lorsqu['’]?|cuando|als|nachdem|bevor)\s+(?:(?:he|she|il"
    r"|elle|él|ella|er|sie|one of them|l['’]un d['’]eux|uno de ellos|einer von ihnen)|(?:the|a|an"
    r"|his|her|le|la|un|une|el|un|una|der|die|das|ein|eine)\s+[\w-]+)\s+(?:\w+\s+)?(?:was|got"
    r"|has been|had been|a été|fue|resultó|wurde)\b",
    _I,
)
# The cue is what the counted did, a verb in the active with its victim: "four men who shot four
# people", "two gunmen killed a teen", "deux hommes qui ont tué un passant", "dos hombres que
# hirieron a un joven", "zwei Männer töteten einen Passanten".
_ACTIVE_CUE = re.compile(
    r"(?:shot(?: and killed)?|killed|wounded|injured|hurt|kills|shoots|injures|murdered"
    r"|gunned down|tué|blessé|mató|mataron|hirió|hirieron|tötete[n]?)$",
    _I,
)
_WHO_BEFORE = re.compile(r"(?<![\w])(?:who|qui (?:a|ont)|que|quienes)\s+(?:\w+ly\s+)?$", _I)
# (a time after the cue is no victim: "two shot a day after the funeral", "killed the night before")
_VICTIM_AFTER = re.compile(
    r"\s+(?:(?:him|her|them|himself|herself|themselves|his|their|an?|another|the|un|une|son|sa"
    r"|ses|leurs?|a\s+(?:un|una|su|sus|los|las|la|el)|al|einen|eine[mn]?|ihn|seine[nm]?"
    r"|ihre[nm]?)(?![\w'’])(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year"
    r"|same|next|following|previous)\b)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|zwei|drei|vier|fünf)\s+(?:[\w-]+\s+)?(?:"
    + SUBJECT_WORDS.pattern
    + r")(?![\w'’]))",
    _I,
)
_AUXILIARY_BEFORE = re.compile(
    r"(?<![\w])(?:was|were|been|being|is|are|be|got|get|été|fue|fueron|sido|wurden?|worden)\s+"
    r"(?:\w+ly\s+)?$",
    _I,
)


def _did_it(s: str, cue: re.Match[str]) -> bool:
    """Whether the cue after a number is its doing, not what was done to it (see
    ``_ACTIVE_CUE``): an active verb right after "who", or followed by its victim."""
    if not _ACTIVE_CUE.match(cue.group()) or _AUXILIARY_BEFORE.search(s, 0, cue.start()):
        return False
    before = s[max(0, cue.start() - 30) : cue.start()]
    return bool(_WHO_BEFORE.search(before) or _VICTIM_AFTER.match(s, cue.end()))


# "four teens, one fatally, were shot": an aside counting a part of the number before it.
_COUNT_WORD = re.compile(
    r",\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|une?|deux|trois|quatre|cinq"
    r"|uno|una|dos|tres|cuatro|cinco|eine[rm]?|zwei|drei|vier|fünf)\b",
    _I,
)


def _after_toll(s: str, start: int) -> bool:
    """The number is the first one after a death-toll noun of its clause."""
    window_start = max(0, start - 150)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(s, window_start, start)]
    tolls = list(_TOLL.finditer(s, breaks[-1] if breaks else window_start, start))
    return bool(tolls) and not re.search(r"\d", s[tolls[-1].end() : start])


def _aid_money(s: str, n: NumberSpan, lang: str) -> tuple[str, str, int] | None:
    """ "150 million valdors in emergency aid", "150 Millionen Valdor Soforthilfe": a sum of an
    unlisted currency, never a count of people."""
    m = _AID_AFTER.match(s, n.end)
    if not m or _scale_of(n, lang) < 1e6 or SUBJECT_WORDS.fullmatch(m.group("u")):
        return None
    return m.group("u").lower(), "money", m.end("u")


def _is_year(n: NumberSpan) -> bool:
    return n.surface.isdigit() and len(n.surface) == 4 and _YEAR_MIN <= n.low <= _YEAR_MAX


def _scale_of(n: NumberSpan, lang: str) -> float:
    """The multiplier a scale word gave the number ("93 billion" -> 1e9), 1 when none."""
    digits = re.match(r"[\d.,\s\u00a0\u202f]*\d", n.surface)
    if not digits or n.words:
        return 1.0
    base = _digits_value(digits.group(), lang)
    return n.low / base if base else 1.0


@lru_cache(maxsize=4096)
def _digits_value(digits: str, lang: str) -> float | None:
    found = find_numbers(digits, lang)
    return found[0].low if found else None


def _ranges(s: str, numbers: list[NumberSpan], lang: str) -> list[NumberSpan]:
    """ "15 to 22", "5-10", "between $62 and $68", "1 to 2 thousand": one range."""
    merged: list[NumberSpan] = []
    for n in numbers:
        prev = merged[-1] if merged else None
        if (
            prev is None
            or prev.approximate
            or n.approximate
            or _is_year(prev)
            or _is_year(n)
            or _in_numeric_date(s, n)
            or prev.low != prev.high  # "from 5 to 7 per cent to 3 to 5 per cent": two ranges
        ):
            merged.append(n)
            continue
        unit = U.unit_after(s, prev.end, lang)  # "5% to 7%", "1 km to 2 km"
        gap = unit[1] if unit and unit[1] <= n.start else prev.end
        unit_after = U.unit_after(s, n.end, lang)
        joined = _RANGE_JOIN.fullmatch(s, gap, n.start)
        if joined and lang == "en" and re.search(r"\ba\s*$", s[prev.end : n.start]):
            joined = None
        if joined and unit and unit_after and unit[0] != unit_after[0]:
            joined = None  # "110 JPY to 1 USD": a rate, not a range
        if joined and _CHANGE_BEFORE.search(s, 0, prev.start) and (unit or not unit_after):
            # "rose 8% to 3.65", "rose by 5 to 31": a change and a new level; but "dropped by 1
            # to 1.5 degrees" is a range whose unit is written once
            joined = None
        if not joined and _BETWEEN.search(s, 0, prev.start):
            joined = _BETWEEN_JOIN.fullmatch(s, gap, n.start)
        if not joined:
            merged.append(n)
            continue
        low = prev.low
        factor = _scale_of(n, lang)
        if _scale_of(prev, lang) == 1.0 and low * factor <= n.low:
            low *= factor
        merged[-1] = NumberSpan(
            prev.start,
            n.end,
            min(low, n.low),
            max(low, n.high),
            s[prev.start : n.end],
            words=prev.words and n.words,
        )
    return merged


def _distance(s: str, end: int) -> str | None:
    """The place a length is measured from ("10 km from Aleppo": "Aleppo"), "" for "7 km away",
    None for a plain length ("a 5 km road", "10 km of the Turkish border" names no place)."""
    m = _REFERENCE.match(s, end)
    if m:
        place = _PLACE_TAIL.sub("", m.group("place"))
        entries = gazetteer().lookup(place)
        if entries:  # its gazetteer name, so "Alep" and "Aleppo" name one reference
            return max(entries, key=lambda e: (e.kind == "city", e.population)).name
        if not re.match(r"[ \u00a0]+[a-zà-ÿ]", s[m.end() :]):
            return place
        return None  # "the Turkish border", "Syrian territory": an adjective, not a place
    return "" if _AWAY.match(s, end) else None


_NOUN_OR = re.compile(
    r"(?<![\w'’])(?:an?|another|one|un|une|una|uno|ein|eine|einen|um|uma)\s+"
    r"(?P<w>[^\W\d_]{3,})\s+(?:or|ou|o|oder)\s+$",
    _I,
)
# A modifier between a determiner and the number modifies what is counted: "the top three
# seeds", "a record 32 goals" (not "the other 3", "the first 100", "the nearly 300").
_PREMODIFIER = re.compile(
    r"(?<![\w'’])(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?P<w>[a-z][a-z-]{2,})\s+$"
)
_NOT_MODIFIERS = frozenset(
    {
        "other", "another", "same", "only", "first", "last", "next", "past", "previous",
        "remaining", "additional", "further", "extra", "estimated", "total", "combined", "whole",
        "entire", "mere", "full", "final", "initial", "latest",
    }
) | frozenset(_QUAL_BY_PHRASE)  # fmt: skip
# A number in words ending with a scale: "seis millones de personas", "two million of them".
_SCALED_WORDS = re.compile(
    r"(?:millions?|millones|millón|milliards?|milliarden?|millionen|billions?|billones|milhões"
    r"|milioni|miliardi)$",
    _I,
)
# "all four of their matches", "deux de leurs enfants", "dos de sus hijos": what it counts.
_OF_THEIR = re.compile(
    r"\s+(?:of\s+(?:the|their|his|her|its|our|these|those)|de\s+(?:leurs|ses|sus|los|las)"
    r"|von\s+(?:ihren|seinen|den))\s",
    _I,
)
_LAST_WORD = re.compile(r"[^\W\d_][\w'’.&-]*$")


def _counted(s: str, n: NumberSpan, lang: str, of: bool) -> tuple[str, bool] | None:
    """What a count counts, with a rate it is given per ("3,000 tests per day"), and whether
    that is a unit after all ("517 rushing yards", "50 previous years": yard, year)."""
    found = counted_noun(s, n.end, n.high, lang, of)
    if found is None and (before := _NOUN_OR.search(s, max(0, n.start - 40), n.start)):
        # "another pick or two", "un jour ou deux": the noun is written before the number
        found = singular(before.group("w"), lang), before.end("w")
    if found is None:
        return None
    head = _LAST_WORD.search(s, 0, found[1])
    unit = U.unit_after(s, head.start(), lang) if head else None
    if unit is not None and unit[1] == found[1]:
        return unit[0].name, True
    rate = U.rate_after(s, found[1], lang, nouns=False)
    if rate and isinstance(rate[0], U.Unit):
        return f"{found[0]} per {rate[0].name}", False
    modifier = _PREMODIFIER.search(s, max(0, n.start - 30), n.start) if lang == "en" else None
    if modifier and modifier.group("w").lower() not in _NOT_MODIFIERS:
        return f"{modifier.group('w')} {found[0]}", False  # "the top three seeds": top seed
    return found[0], False


# What parts a headline from the outlet's tag after it: "... - WTRF 7 News", "... | Channel 4".
_TAG_SEPARATOR = re.compile(r"\s(?:-|–|—|\||«|::)\s")


def _in_title_tag(s: str, n: NumberSpan) -> bool:
    """A headline's number in a part after a separator that tells of no outcome and no one ("One
    dead in shooting - WTRF 7 News Sports Weather", "... | 19 Action News"): the outlet's name."""
    separators = list(_TAG_SEPARATOR.finditer(s, 0, n.start))
    if not separators:
        return False
    tail = s[separators[-1].end() :]
    return not MEASURE.search(tail) and not SUBJECT_WORDS.search(tail)


def _drafts(s: str, lang: str, headline: bool = False) -> list[Draft]:
    drafts = []
    for n in _ranges(s, find_numbers(s, lang), lang):
        if n.surface.lower() == "one" and _PRONOUN_ONE.search(s, 0, n.start):
            continue  # "the same one", "each one": a pronoun
        other = _classify_other(s, n, lang)
        if other is None and headline and not n.words and _in_title_tag(s, n):
            other = "name", None
        draft = Draft(n, end=n.end)
        draft.qualifier, draft.qual_start = _qualifier(s, n)
        sign = U.unit_before(s, n.start)  # "up Y=50 billion", "rose $5"
        start = sign[1] if sign else n.start
        draft.change = _change(s, start if draft.qual_start is None else draft.qual_start)
        if other:
            draft.kind, draft.measure = ClaimKind.OTHER, other[0]
            draft.unit = other[1]
            if other[0] == "partitive":  # "one of the best screens"
                counted = _counted(s, n, lang, of=True)
                draft.counted = counted[0] if counted else None
            drafts.append(draft)
            continue
        unit = _unit(s, n, lang) or _aid_money(s, n, lang)
        if unit:
            draft.kind, (draft.unit, draft.measure, draft.end) = ClaimKind.QUANTITY, unit
            reference = _distance(s, draft.end) if draft.measure == "length" else None
            if reference is not None:
                draft.measure, draft.subject = "distance", reference or None
        else:
            of = n.approximate or _scale_of(n, lang) > 1 or bool(_SCALED_WORDS.search(n.surface))
            counted = _counted(s, n, lang, of=of or bool(_OF_THEIR.match(s, n.end)))
            if counted and counted[1]:  # a unit after a modifier: "517 rushing yards"
                dimension = U.unit(counted[0]).dimension
                draft.kind, draft.unit, draft.measure = ClaimKind.QUANTITY, counted[0], dimension
                if dimension == U.TIME:  # "50 previous years": a duration, as "50 years"
                    draft.kind, draft.measure = ClaimKind.OTHER, "duration"
            else:
                draft.counted = counted[0] if counted else None
                subject = _SUBJECT_AFTER.match(s, n.end)
                # "verletzte Kinder", "dead civilians": an outcome word used as adjective yields
                following = (
                    subject and subject.group("people") and _HEAD_NOUN.match(s, subject.end())
                )
                if following:
                    draft.subject, draft.end = following.lastgroup, following.end()
                elif subject:
                    draft.subject = next(k for k in lex.SUBJECTS if subject.group(k))
                    draft.end = subject.end()
                # "fired three more shots before killing himself": shots, no one's outcome
                shots = _SHOTS_AFTER.match(s, n.end)
                draft.measure = None if shots else _measure(s, n.start, n.end)
        if n.article and not (draft.subject and draft.measure) and not _in_list(s, n):
            continue  # "un", "eine": an article unless it counts someone something happened to
        if n.vague:  # "hundreds", "des milliers": an order of magnitude, never a figure
            draft.kind = ClaimKind.VAGUE
        drafts.append(draft)
    singles = singulars(s, drafts)
    # "her daughter and two young grandchildren": the listed number is inside the list's count
    lists = [(d.number.start, d.number.end) for d in singles if d.number.high > 1]
    drafts = [d for d in drafts if not any(a < d.number.start < b for a, b in lists)]
    drafts.extend(singles)
    drafts.extend(multiples(s))
    if lang == "en":
        drafts.extend(unnumbered_death(s, drafts, headline))
    drafts.sort(key=lambda d: d.number.start)
    _suspended(s, drafts)
    _elided_units(s, drafts)
    _elided_changes(s, drafts)
    _conversions(s, drafts)
    return drafts


_FROM = re.compile(r"(?:from|de|desde|von|da)\s+(?:[$€£¥]\s?)?$", _I)
_TO = re.compile(r"\s+(?:to|à|a|auf|bis|hasta|até)\s+", _I)
_OF_WHOLE = re.compile(r"\s+(?:of|out of)\s+(?:the\s+)?(?:[$€£¥]\s?)?", _I)


# A hyphen left hanging for the word after the last number: "four-, five- and six-cylinder".
_SUSPENDED = re.compile(r"-(?:\s*,\s*|\s+(?:and|or|to|et|ou|à|y|o|a|und|oder|bis|e|ou)\s+)", _I)


def _suspended(s: str, drafts: list[Draft]) -> None:
    """Numbers whose hyphen is suspended share the compound of the last: "four-, five- and
    six-cylinder engines" count cylinders, "two- to three-metre waves" are metres."""
    for i in range(len(drafts) - 2, -1, -1):
        d, e = drafts[i], drafts[i + 1]
        if d.counted or d.unit or not _SUSPENDED.fullmatch(s, d.number.end, e.number.start):
            continue
        if e.counted and s[e.number.end : e.number.end + 1] == "-":
            d.counted = e.counted
        elif e.kind is ClaimKind.QUANTITY and s[e.number.end : e.number.end + 1] == "-":
            d.kind, d.unit, d.measure = e.kind, e.unit, e.measure


def _elided_units(s: str, drafts: list[Draft]) -> None:
    """A bare number takes the unit its pair writes once: "from (about) 208 pounds to 193",
    "280 million of the 1.5 billion shekels"."""
    for i, d in enumerate(drafts):
        if d.kind is not ClaimKind.COUNT or d.counted or d.subject or d.measure:
            continue
        prev = drafts[i - 1] if i else None
        after = drafts[i + 1] if i + 1 < len(drafts) else None
        if (
            prev is not None
            and prev.kind is ClaimKind.QUANTITY
            and _TO.fullmatch(s, prev.end, d.number.start)
            and _FROM.search(s, 0, _start(prev))
        ):
            d.kind, d.unit, d.measure = ClaimKind.QUANTITY, prev.unit, prev.measure
        elif (
            after is not None
            and after.kind is ClaimKind.QUANTITY
            and _OF_WHOLE.fullmatch(s, d.number.end, after.number.start)
        ):
            d.kind, d.unit, d.measure = ClaimKind.QUANTITY, after.unit, after.measure
        elif (parallel := _parallel(s, drafts[:i], d)) is not None:
            d.kind, d.unit, d.measure = ClaimKind.QUANTITY, parallel.unit, parallel.measure


_CHANGE_LEADS = {"by", "de", "un", "um"}  # what leads a change amount, not a level ("at")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\W*[A-Z])")
# The word that introduces an amount or a level: "rose by 2%", "ended at 1,463 points", "une
# hausse de 2 %", "subió un 2 %", "stiegen um 2 Prozent", "schloss bei 1.463 Punkten".
_LEAD = re.compile(r"(?<![\w'’])(?P<p>by|at|de|à|un|en|um|auf|bei|di|em)\s+(?:[$€£¥]\s?)?$", _I)


def _elided_changes(s: str, drafts: list[Draft]) -> None:
    """A change amount whose verb is not repeated moves like the one before it: "Shares of Ross
    were down 2.3%, Burlington by 2.6%", "les ventes ont baissé de 2 %, les revenus de 4 %"."""
    for i, d in enumerate(drafts):
        if d.kind is not ClaimKind.QUANTITY or d.change or d.role:
            continue
        lead = _LEAD.search(s, max(0, _start(d) - 12), _start(d))
        if lead is None or lead.group("p").lower() not in _CHANGE_LEADS:
            continue
        for q in reversed(drafts[:i]):
            if _SENTENCE_END.search(s, q.end, _start(d)):
                break
            if q.kind is ClaimKind.QUANTITY and q.unit == d.unit:
                d.change = q.change
                break


def _parallel(s: str, before: list[Draft], d: Draft) -> Draft | None:
    """The quantity a bare number repeats the construction of, so it shares its unit: "rose by 2
    percent but fell by 1", "ended at 1,463.78 points, while the TA-125 ... at 1,334.20". The
    nearest earlier quantity led by the same word."""
    lead = _LEAD.search(s, max(0, _start(d) - 12), _start(d))
    if lead is None:
        return None
    for q in reversed(before):
        if _SENTENCE_END.search(s, q.end, _start(d)):
            return None  # another sentence ("... at $1.14. The index was up at 96.088")
        if q.kind is not ClaimKind.QUANTITY or not q.unit:
            continue
        sign = U.unit_before(s, _start(q))
        start = sign[1] if sign else _start(q)
        q_lead = _LEAD.search(s, max(0, start - 12), start)
        if q_lead and q_lead.group("p").lower() == lead.group("p").lower():
            return q
    return None


def _start(d: Draft) -> int:
    """Where a figure's words start: its qualifier, else its number."""
    return d.number.start if d.qual_start is None else d.qual_start


_OPEN = re.compile(r"\s*[(\[]\s*(?:about|some|around|environ|unos|etwa|ca\.)?\s*", _I)


def _conversions(s: str, drafts: list[Draft]) -> None:
    """A figure restated in another unit in brackets right after it ("30 kilometres (18
    miles)", "€3.1bn ($3.6bn)", "85 millions d'euros (74 millions de livres)") is the same
    quantity: role ``conversion``, its parent the figure it converts. Facts skip it; its ratio
    is the exchange rate the report states."""
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        if a.kind is not ClaimKind.QUANTITY or b.kind is not ClaimKind.QUANTITY or a.role:
            continue
        sign = U.unit_before(s, b.number.start)
        start = sign[1] if sign else b.number.start
        if not _OPEN.fullmatch(s, a.end, start):
            continue
        head, _, per = (a.unit or "").partition(" per ")
        if per and b.unit and " per " not in b.unit and U.comparable(head, b.unit):
            rated = U.unit(b.unit)  # "($2.4 billion) a year": the rate written once, after
            b.unit, b.measure = f"{b.unit} per {per}", rated.per(U.unit(per) or per).dimension
        if U.comparable(a.unit, b.unit):
            b.role, b.parent = "conversion", i - 1
            b.change = b.change or a.change  # "dropped by 1.5 °C (2.7 °F)": one change


def _in_list(s: str, n: NumberSpan) -> bool:
    """A bare "un" in an enumeration of parts ("19 ..., un dans des tirs")."""
    return bool(re.search(r"[,:–-]\s*$", s[: n.start])) and bool(re.search(r"\d", s[: n.start]))


def _link_parts(s: str, drafts: list[Draft]) -> None:
    """Totals and their parts: "255 killed: 144 ... and 87 ...", "27 ..., including 8 children"."""
    counts = [i for i, d in enumerate(drafts) if d.kind is ClaimKind.COUNT]
    total: int | None = None
    for prev_pos, i in zip(counts, counts[1:], strict=False):
        between = s[drafts[prev_pos].end : drafts[i].number.start]
        if ":" in between and drafts[prev_pos].measure:
            total = prev_pos
        parent = total
        part = drafts[i]
        cued = bool(
            _PART_CUE.search(s, drafts[prev_pos].end, part.number.start)
            or _PART_AFTER.match(s, part.number.end)
        )
        if cued:
            parent = prev_pos
        if parent is None:
            continue
        drafts[parent].role = "total"
        part.role, part.parent = "part", parent
        # "31 killed, including nine children": the part counts what happened to the total; but
        # of those shot, "killing four of them" or "two of them fatally" counts the dead.
        fatal = drafts[parent].measure in _HARMED and (
            part.measure == "killed" or _FATAL_PART.match(s, part.number.end)
        )
        if fatal:
            part.measure = "killed"
        elif cued and drafts[parent].measure:
            part.measure = drafts[parent].measure
        part.measure = part.measure or drafts[parent].measure
        part.subject = part.subject or drafts[parent].subject


def _added_part(s: str, drafts: list[Draft], total: Claim | None) -> Draft | None:
    """The count an "In addition, ..." sentence adds to the breakdown of the sentence before.

    Only right after a sentence that states a total with parts, only the sentence's first count,
    and only when it reports the same outcome (or none, which it then takes).
    """
    if total is None or not _ADDITION.match(s):
        return None
    counts = [d for d in drafts if d.kind is ClaimKind.COUNT and d.parent is None]
    if not counts or counts[0].measure not in (None, total.measure):
        return None
    first = counts[0]
    first.measure = total.measure
    first.role = first.role or "part"
    return first


def _inherit_subject(s: str, drafts: list[Draft], headline: bool) -> None:
    """An elided noun ("19 died in ...") takes a subject named earlier in its sentence; in a
    headline ("1 dead, 4 injured in Memphis shooting") what happened to no one named happened to
    people (in a body, "10 ... dead" is as often a tally of other events or a date; "2 suspects
    killed" names someone, if no group the subject words know)."""
    last_end = 0
    for d in drafts:
        if d.kind is ClaimKind.COUNT and d.subject is None:
            words = list(SUBJECT_WORDS.finditer(s, last_end, d.number.start))
            if words:
                d.subject = words[-1].lastgroup
            elif headline and d.measure in PEOPLE_OUTCOMES and _ELIDED.match(s, d.number.end):
                d.subject = "people"
            elif d.measure in PEOPLE_OUTCOMES and OUTCOME_VERB_BEFORE.search(
                s, max(0, d.number.start - 30), d.number.start
            ):
                d.subject = "people"  # "injuring three others", "blessant trois", "hirió a tres"
        last_end = d.end


def _earlier_values(s: str, drafts: list[Draft]) -> None:
    """ "rose to 31 ..., up from 24": the earlier value counts what the later one counts."""
    later: Draft | None = None
    for d in drafts:
        if d.kind is not ClaimKind.COUNT or d.role == "part":
            continue
        if later and d.measure is None and later.measure and _EARLIER.search(s, 0, d.number.start):
            d.measure, d.subject = later.measure, d.subject or later.subject
        later = d


def _background_years(s: str, drafts: list[Draft], d: Draft) -> list[str]:
    """Years (not in a full date) that scope a count: in its clause ("since floods in 1987
    killed 19 people") or joined by a relative clause ("de 1987, qui avaient fait 19 morts").
    Grouping reads a year scope as another period, so a background toll stays apart."""
    if d.kind is ClaimKind.OTHER:
        return []
    years = []
    for y in drafts:
        if y.measure != "year" or _DATE_BEFORE_YEAR.search(s, 0, y.number.start):
            continue
        a, b = sorted(
            (y.number.end, d.number.start)
            if y.number.start < d.number.start
            else (d.end, y.number.start)
        )
        between = s[a:b]
        if not re.search(r"[,;:()–—]", between) or (
            y.number.start < d.number.start and RELATIVE.search(between.split(",")[-1])
        ):
            years.append(y.number.surface)
    return years


def _scopes(s: str) -> list[str]:
    found: list[str] = []
    for m in _SCOPES.finditer(s):
        text = m.group().strip()
        if text not in found:
            found.append(text)
    return found


def _toll(claims: list[Claim], drafts: list[Draft]) -> Claim | None:
    """A sentence's death toll of two or more, given as a number ("Three people were killed")."""
    for claim, draft in zip(claims, drafts, strict=True):
        if (
            claim.measure == "killed"
            and claim.kind is ClaimKind.COUNT
            and claim.role != "part"
            and not draft.person
            and claim.low >= 2
        ):
            return claim
    return None


def _join_toll(claim: Claim, toll: Claim) -> None:
    """Victims named after an article's toll are among those it counted ("Three people were
    killed. ... his brother"): members of that total, not a competing figure of one."""
    if claim.measure == toll.measure and claim.high < toll.low:
        claim.parent, claim.role = toll.id, "member"


def title_leads(title: str, text: str) -> bool:
    """Whether ``text`` starts with ``title`` (many scraped pages repeat the headline)."""
    words = " ".join(title.split())
    opening = " ".join(text.lstrip()[: 2 * len(title) + 16].split())  # enough to hold the title
    return bool(words) and opening.startswith(words)


def extract_headline_claims(
    title: str, text: str, lang: str, article_id: str = "", body: Sequence[Claim] = ()
) -> list[Claim]:
    """The figures of a headline ("5 shot, 1 killed in ...") its body does not state, ids
    ``<article>:h<n>``.

    Headlines often state a toll the body does not repeat; one the body states (``body``: the
    text's claims) would only count the same report twice, but tells whom the body's figure
    counts when the body's sentence names no one ("1 dead, 4 injured" over "... and one was
    killed"): such body claims take the headline's subject. Offsets are into the title and the
    sentence index is ``HEADLINE``; a title the text already starts with gives nothing.
    """
    if not title.strip() or title_leads(title, text):
        return []
    sentence = Sentence(article_id, HEADLINE, 0, len(title), title, lang)
    stated = {(c.measure, c.low, c.high): c for c in reversed(body)}  # the first statement
    found = extract_claims(title, lang, article_id=article_id, sentences=[sentence], prefix="h")
    for claim in found:
        restated = stated.get((claim.measure, claim.low, claim.high))
        if restated is not None and restated.subject is None:
            restated.subject = claim.subject
    kept = [c for c in found if (c.measure, c.low, c.high) not in stated]
    ids = {c.id for c in kept}
    for claim in kept:
        if claim.parent not in ids:
            claim.parent = None  # its total is the body's
    return kept


def extract_claims(
    text: str,
    lang: str,
    *,
    article_id: str = "",
    sentences: list[Sentence] | None = None,
    prefix: str = "c",
    titled: bool = False,
) -> list[Claim]:
    """Every number claim of ``text``; offsets are into ``text``, ids are
    ``<article>:<prefix><n>``. ``titled``: the text starts with its headline (see
    ``title_leads``), so its first sentence is read as one ("2 Deputies Killed ...")."""
    lang = lang if lang in LANGS else "en"
    if sentences is None:
        sentences = split_sentences(text, article_id, lang)
    attributions = Attributions(sentences)
    claims: list[Claim] = []
    previous_total: Claim | None = None
    toll: Claim | None = None
    for index, sentence in enumerate(sentences):
        s = sentence.text
        headline = sentence.index == HEADLINE or (titled and index == 0)
        drafts = _drafts(s, lang, headline)
        _link_parts(s, drafts)
        joined_total(s, drafts)
        singles_total(s, drafts)
        with_killer(s, drafts)
        died_since(s, drafts)
        others_hurt(s, drafts)
        and_self(s, drafts)
        hurt_parts(s, drafts)
        added = _added_part(s, drafts, previous_total)
        _inherit_subject(s, drafts, headline)
        _earlier_values(s, drafts)
        counting = [d for d in drafts if d.kind is not ClaimKind.OTHER]
        background = any(d.measure == "year" for d in drafts)
        source = attributions.resolve(index, bool(counting), background)
        scope = _scopes(s) if counting else []
        first_id = len(claims)
        for d in drafts:
            d_scope = scope + [y for y in _background_years(s, drafts, d) if y not in scope]
            start = sentence.start + (d.qual_start if d.qual_start is not None else d.number.start)
            end = sentence.start + d.end
            claims.append(
                Claim(
                    id=f"{article_id}:{prefix}{len(claims)}",
                    article_id=article_id,
                    sentence_index=sentence.index,
                    start=start,
                    end=end,
                    number_start=sentence.start + d.number.start,
                    number_end=sentence.start + d.number.end,
                    surface=d.number.surface,
                    low=d.number.low,
                    high=d.number.high,
                    qualifier=d.qualifier,
                    kind=d.kind,
                    measure=d.measure,
                    subject=d.subject,
                    unit=d.unit,
                    scope=d_scope if d.kind is not ClaimKind.OTHER else [],
                    attribution=source if d.kind is not ClaimKind.OTHER else None,
                    parent=None
                    if d.parent is None
                    else f"{article_id}:{prefix}{first_id + d.parent}",
                    role=d.role,
                    evidence=text[start:end],
                    change=d.change,
                    counted=d.counted,
                )
            )
            if d is added:
                claims[-1].parent = previous_total.id
            if d.person and toll is not None and claims[-1].parent is None:
                _join_toll(claims[-1], toll)
        toll = toll or _toll(claims[first_id:], drafts)
        totals = [c for c in claims[first_id:] if c.role == "total"]
        previous_total = totals[-1] if totals else None
    return claims
