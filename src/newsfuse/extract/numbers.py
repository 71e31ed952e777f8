"""Find and parse numbers in news text in en/fr/es/de/pt/it.

Digits take any grouping: "14,000", "14 000" (space, U+00A0, U+202F), "14.000" (fr/es/de/pt/it),
"1,5 million", "2.5 million", "1.2bn", "10k". The language's decimal mark is always a decimal mark;
its grouping mark groups only when exactly three digits follow (so "1,3" in English is 1.3).
Spelled-out numbers are found as runs of number words (glued forms like "einhundertfünfzig" or
"duemilacinquecento" included) and valued by ``text2num``.

Approximation conventions (``approximate=True``; the interval is what the words state):

* a singular collective of N ("une cinquantaine", "una decena", "eine Handvoll" is not one) is
  about N: ``[0.9 N, 1.1 N]`` ("une cinquantaine" -> [45, 55], "une trentaine" -> [27, 33]);
  "a dozen"/"eine Dutzend" is exactly 12, being a unit, not a hedge;
* a bare plural of a magnitude M ("dozens", "hundreds", "des milliers", "decenas", "Dutzende",
  "centinaia", "milhares") is ``[M, 10 M]`` ("hundreds" -> [100, 1000], "dozens" -> [12, 120]),
  the convention of the NewsQuant/CQE annotation, and is flagged ``vague``: the words give an
  order of magnitude, not a figure, so the figures stage keeps it as a vague claim (kind VAGUE,
  with what it counts) that never enters facts and is never shown as a midpoint;
* a plural of a plural multiplies ("tens of thousands", "des dizaines de milliers" -> [10000,
  100000]; "Zehntausende" likewise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

LANGS = ("en", "fr", "es", "de", "pt", "it")


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in text: its span, its value interval and how it was written."""

    start: int
    end: int
    low: float
    high: float
    surface: str
    approximate: bool = False  # a collective or vague plural ("une cinquantaine", "hundreds")
    words: bool = False  # spelled out rather than digits
    article: bool = False  # a word that is also an indefinite article ("un", "eine", "a")
    vague: bool = False  # a bare plural of a magnitude ("hundreds", "des milliers"): no figure

    @property
    def value(self) -> float:
        return self.low if self.low == self.high else (self.low + self.high) / 2


# --- lexicons ---------------------------------------------------------------------------------

_NUMBER_WORDS: dict[str, str] = {
    "en": "naught zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion",
    "fr": "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize vingt vingts trente quarante cinquante soixante septante huitante octante "
    "nonante cent cents mille million millions milliard milliards",
    "es": "cero un uno una veintiun dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
    "catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintiún "
    "veintiuna veintidós veintidos veintitrés veintitres veinticuatro veinticinco veintiséis "
    "veintiseis veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta "
    "ochenta noventa cien ciento doscientos doscientas trescientos trescientas cuatrocientos "
    "cuatrocientas quinientos quinientas seiscientos seiscientas setecientos setecientas "
    "ochocientos ochocientas novecientos novecientas mil millón millon millones billón billon "
    "billones",
    "pt": "zero um uma dois duas três tres quatro cinco seis sete oito nove dez onze doze treze "
    "catorze quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove "
    "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento duzentos "
    "duzentas trezentos trezentas quatrocentos quatrocentas quinhentos quinhentas seiscentos "
    "seiscentas setecentos setecentas oitocentos oitocentas novecentos novecentas mil milhão "
    "milhao milhões milhoes bilhão bilhao bilhões bilhoes trilhão trilhao trilhões trilhoes",
    # Italian and German glue their numbers: these are morphemes, a word is a sequence of them.
    "it": "zero uno una un due tre tré quattro cinque sei sette otto nove dieci undici dodici "
    "tredici quattordici quindici sedici diciassette diciotto diciannove venti vent trenta trent "
    "quaranta quarant cinquanta cinquant sessanta sessant settanta settant ottanta ottant "
    "novanta novant cento cent mille mila milione milioni miliardo miliardi bilione bilioni",
    "de": "null eins ein eine einen einem einer zwei drei vier fünf fuenf sechs sieben acht neun "
    "zehn elf zwölf zwoelf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn "
    "zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend "
    "und million millionen milliarde milliarden",
}
_GLUED = {"it", "de"}
_CONNECTORS = {"en": "and", "fr": "et", "es": "y", "pt": "e", "it": "e", "de": "und"}
# Words that are also the indefinite article: a number only in context (figures decides).
_ARTICLES = {"un", "une", "una", "uno", "um", "uma", "ein", "eine", "einen", "einem", "einer"}

# Multipliers written after digits ("1,5 million", "2.5bn", "10k", "14 mil").
_SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    "k": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "g": 1e9,
    "tn": 1e12,
    "t": 1e12,
    "mille": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "billón": 1e12,
    "billones": 1e12,
    "billon": 1e12,
    "milhão": 1e6,
    "milhao": 1e6,
    "milhões": 1e6,
    "milhoes": 1e6,
    "bilhão": 1e9,
    "bilhao": 1e9,
    "bilhões": 1e9,
    "bilhoes": 1e9,
    "trilhão": 1e12,
    "trilhao": 1e12,
    "trilhões": 1e12,
    "trilhoes": 1e12,
    "mila": 1e3,
    "milione": 1e6,
    "milioni": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "bilione": 1e12,
    "bilioni": 1e12,
    "tausend": 1e3,
    "mio": 1e6,
    "millionen": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
}
# Scales whose value depends on the language (long vs short scale, "mil").
_SCALES_BY_LANG: dict[str, dict[str, float]] = {
    "en": {"mil": 1e6},
    "fr": {"billion": 1e12, "billions": 1e12, "cent": 1e2},
    "de": {"billion": 1e12, "billionen": 1e12},
    "es": {"mil": 1e3, "mil millones": 1e9},
    "pt": {"mil": 1e3, "bilião": 1e12, "biliões": 1e12},
    "it": {},
}
# Single-letter scales only when glued to the digits ("10k", "1.2b"): "5 m" is five metres. A
# glued small "m" is a million only after a currency sign ("£125m"): "100m" is a sprint. A
# spaced capital "M"/"G" is the SI prefix ("1,674.5 G", "$5 M").
_GLUED_ONLY = {"m", "b", "g", "t"}
_MONEY_ONLY = {"m"}
_SPACED = {"M", "G"}
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹]|USD|EUR|GBP|US\$|HK\$|A\$|C\$|PS|Y=)\s?$")
# Spellings text2num does not know, mapped to the ones it does.
_SPELLINGS: dict[str, dict[str, str]] = {
    "en": {"naught": "zero"},
    "es": {
        "veintiun": "veintiuno",
        "veintiún": "veintiuno",
        "veintidos": "veintidós",
        "veintitres": "veintitrés",
        "veintiseis": "veintiséis",
        "dieciseis": "dieciséis",
    },
    # Elided tens before a vowel: "settant'anni", "vent'anni".
    "it": {
        f"{tens}": f"{tens}a" if tens != "vent" else "venti"
        for tens in (
            "vent",
            "trent",
            "quarant",
            "cinquant",
            "sessant",
            "settant",
            "ottant",
            "novant",
        )
    },
    "pt": {
        "tres": "três",
        "milhoes": "milhões",
        "milhao": "milhão",
        "bilhoes": "bilhões",
        "bilhao": "bilhão",
    },
    "de": {"fuenf": "fünf", "zwoelf": "zwölf", "dreissig": "dreißig"},
}

# Collective nouns: singular -> about N; plural -> [2N, 10N - 1]. Value = N.
_COLLECTIVES: dict[str, float] = {
    # fr
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
    # es
    "decena": 10,
    "docena": 12,
    "veintena": 20,
    "treintena": 30,
    "cincuentena": 50,
    "centenar": 100,
    "centena": 100,
    "millar": 1000,
    # pt
    "dezena": 10,
    "dúzia": 12,
    "duzia": 12,
    "vintena": 20,
    "milhar": 1000,
    # it
    "decina": 10,
    "dozzina": 12,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "centinaio": 100,
    "migliaio": 1000,
    # en / de ("a dozen" is handled as a unit: exactly 12)
    "dozen": 12,
    "dutzend": 12,
}
_PLURALS: dict[str, float] = {
    "dizaines": 10,
    "douzaines": 12,
    "centaines": 100,
    "milliers": 1000,
    "millions": 1e6,
    "decenas": 10,
    "docenas": 12,
    "centenares": 100,
    "cientos": 100,
    "miles": 1000,
    "millones": 1e6,
    "dezenas": 10,
    "dúzias": 12,
    "centenas": 100,
    "milhares": 1000,
    "milhões": 1e6,
    "decine": 10,
    "dozzine": 12,
    "centinaia": 100,
    "migliaia": 1000,
    "milioni": 1e6,
    "dozens": 12,
    "tens": 10,
    "hundreds": 100,
    "thousands": 1000,
    "billions": 1e9,
    "dutzende": 12,
    "hunderte": 100,
    "tausende": 1000,
    "zehntausende": 1e4,
    "hunderttausende": 1e5,
    "millionen": 1e6,
}
# Plurals that mean something else in other languages ("miles" is thousands only in Spanish).
_PLURAL_LANG = {"miles": "es", "tens": "en", "mila": "it"}
# Exact units of 12 after a number or an article: "a dozen", "three dozens", "fünf Dutzend".
_DOZEN = {
    "dozen",
    "dozens",
    "dz",
    "dzs",
    "doz",
    "dozs",
    "dutzend",
    "douzaine",
    "douzaines",
    "docena",
    "docenas",
    "dúzia",
    "dúzias",
    "duzia",
    "duzias",
    "dozzina",
    "dozzine",
}

_HALF = {
    "en": r"half\s+an?",
    "fr": r"une?\s+demi-?",
    "es": r"medi[oa]",
    "pt": r"mei[oa]",
    "it": r"mezz[oa]",
    "de": r"(?:ein(?:e|es)?\s+)?halbe[s]?",
}
_HALF_DOZEN = r"dozen|douzaine|docena|d[uú]zia|dozzina|dutzend"
_HALF_SCALES = rf"million|millions|milhão|milhao|millón|millon|milione|millionen|milliard|billion|{_HALF_DOZEN}"

_SPACES = " \u00a0\u202f\u2009"
_MINUS = "-−–"


# --- regexes ----------------------------------------------------------------------------------


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_DIGITS = re.compile(
    rf"(?:(?<![\w.,])|(?<=USD|EUR|GBP|\$US|HK\$)|(?<=\$A|RM|Rs|PS))(?P<neg>[{_MINUS}]\s*)?"
    rf"(?P<num>\d{{1,3}}(?:(?:[,.]|[{_SPACES}])\d{{3}})+(?![\d])(?:[.,]\d+)?|\d*[.,]\d+|\d+)"
    r"(?:\.(?=\D|$))?"
)


@cache
def _scale_pattern(lang: str) -> re.Pattern[str]:
    names = list(_SCALES) + list(_SCALES_BY_LANG.get(lang, {}))
    words = [n for n in names if len(n) > 2]
    return re.compile(
        rf"(?P<sp>[{_SPACES}]*)(?P<scale>(?i:{_alternation(words)})|[kK]|M|MM|m|mn|mln|bn|b|B|G|tn|T)"
        r"(?![\w])"
    )


@cache
def _word_pattern(lang: str) -> re.Pattern[str]:
    morphs = _alternation(_NUMBER_WORDS[lang].split())
    token = rf"(?:{morphs})+" if lang in _GLUED else rf"(?:{morphs})"
    token = rf"{token}(?:-{token})*"
    conn = _CONNECTORS[lang]
    sep = r"(?:\s*-\s*|\s+)"
    return re.compile(
        rf"(?<![\w-])(?:(?:an?|eine?|une?|una?|uma?)\s+(?=(?:hundred|thousand|million|dozen)))?"
        rf"{token}(?:{sep}(?:{conn}{sep})?{token})*(?![\w])",
        re.I,
    )


@cache
def _collective_pattern() -> re.Pattern[str]:
    names = _alternation(list(_COLLECTIVES) + list(_PLURALS))
    return re.compile(
        rf"(?<![\w])(?P<first>{names})(?:\s+(?:of|de|d'|di|von)\s*(?P<second>{names}))?(?![\w])",
        re.I,
    )


# "half an hour", "une demi-heure", "media hora", "einer halben Stunde": a half of a time unit
# (the unit stays in the text, for figures to read).
_HALF_TIME = {
    "en": r"half\s+an?(?=\s+(?:hour|day|week|month|year|century|minute|second|decade)\b)",
    "fr": r"(?:une?\s+)?demi-?(?=\s*(?:heure|journée|jour|semaine|mois|année|an|siècle|minute|seconde|décennie))",
    "es": r"(?:una?\s+)?medi[oa](?=\s+(?:hora|día|semana|mes|año|siglo|minuto|segundo|década)\b)",
    "pt": r"(?:uma?\s+)?mei[oa](?=[\s-]+(?:hora|dia|semana|mês|ano|século|minuto|segundo|década)\b)",
    "it": r"(?:una?\s+)?mezz[oa]\s*(?=(?:ora|giornata|giorno|settimana|mese|anno|secolo|minuto)\b)",
    "de": r"(?:ein(?:e|es|er|en|em)?\s+)?halbe[snmr]?(?=\s+(?:Stunde|Tag|Woche|Monat|Jahr|Jahrhundert|Minute|Sekunde|Jahrzehnt))",
}


@cache
def _half_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_HALF[lang]})\s*(?P<scale>{_HALF_SCALES})(?![\w])", re.I)


_NEXT_WORD = re.compile(r"\s*(\w+)")
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:an?|une?|una|uma|eine?)\s+$", re.I)
_JOINER = {lang: re.compile(rf"\s+(?:{c}\s+)?$") for lang, c in _CONNECTORS.items()}
_NEGATIVE = re.compile(r"(?:minus|negative)[\s-]+$", re.I)

# --- parsing ----------------------------------------------------------------------------------


def parse_digits(raw: str, lang: str) -> float | None:
    """Value of a digit string with the language's grouping and decimal marks."""
    text = re.sub(f"[{_SPACES}]", "", raw)
    decimal, group = (".", ",") if lang == "en" else (",", ".")
    if group in text:
        head, *groups = text.split(group)
        if all(len(g.split(decimal)[0]) == 3 for g in groups) and decimal not in head:
            text = head + "".join(groups)
        elif decimal not in text and len(groups) == 1:
            text = text.replace(group, decimal)  # "1,3" (en) / "2.5" (fr): a decimal mark
        else:
            return None
    text = text.replace(decimal, ".")
    try:
        return float(text)
    except ValueError:
        return None


def _text2num(words: str, lang: str) -> float | None:
    for candidate in (words, words.replace(f" {_CONNECTORS[lang]} ", " ")):
        try:
            return float(text2num(candidate, lang))
        except ValueError:
            continue
    return None


def _words_value(text: str, lang: str) -> float | None:
    """text2num, and where it fails, a split at the largest scale word: "tres billones y ..."."""
    words = re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", text.strip().lower()))
    if lang == "en":
        words = re.sub(r"^an?\s+", "one ", words)
    if lang == "de" and words in ("eine", "einer", "einem", "einen", "eines"):
        words = "ein"  # the inflected article-numeral, which text2num knows only as "ein"
    for wrong, right in _SPELLINGS.get(lang, {}).items():
        words = re.sub(rf"\b{wrong}\b" if lang != "de" else wrong, right, words)
    value = _text2num(words, lang)
    if value is not None:
        return value
    scales = {**_SCALES, **_SCALES_BY_LANG.get(lang, {})}
    tokens = words.split(" ")
    found = [(scales[t], i) for i, t in enumerate(tokens) if scales.get(t, 0) >= 1e6]
    if not found:
        return None
    factor, i = max(found)
    left = " ".join(tokens[:i]).strip()
    right = " ".join(tokens[i + 1 :]).removeprefix(_CONNECTORS[lang] + " ").strip()
    left_value = _words_value(left, lang) if left else 1.0
    right_value = _words_value(right, lang) if right else 0.0
    if left_value is None or right_value is None:
        return None
    return left_value * factor + right_value


# German writes nouns with a capital, so a capitalised "Tausend" or "Hundert" right after a
# capitalised word is a surname ("Claudia Tausend"), not a number ("mehrere tausend").
_DE_SURNAME = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+\s+$")


def _word_spans(text: str, lang: str) -> list[NumberSpan]:
    """Runs of number words; a run text2num rejects is split into its longest valid prefixes."""
    found = []
    for match in _word_pattern(lang).finditer(text):
        if (
            lang == "de"
            and match.group()[:1].isupper()
            and " " not in match.group()
            and _DE_SURNAME.search(text, 0, match.start())
        ):
            continue
        tokens = list(re.finditer(r"[^\s-]+", match.group()))
        i = 0
        while i < len(tokens):
            for j in range(len(tokens), i, -1):
                start = match.start() + tokens[i].start()
                end = match.start() + tokens[j - 1].end()
                value = _words_value(text[start:end], lang)
                if value is not None:
                    surface = text[start:end]
                    article = j == i + 1 and surface.lower() in _ARTICLES
                    found.append(
                        NumberSpan(start, end, value, value, surface, words=True, article=article)
                    )
                    i = j
                    break
            else:
                i += 1
    return found


def _collective_spans(text: str, lang: str) -> list[NumberSpan]:
    found = []
    for m in _collective_pattern().finditer(text):
        first, second = m.group("first").lower(), (m.group("second") or "").lower()
        if _PLURAL_LANG.get(first, lang) != lang:
            continue
        end = m.end()
        if _PLURAL_LANG.get(second, lang) != lang:
            second, end = "", m.end("first")
        if first in _DOZEN and not first.endswith("s") and not second:
            article = _ARTICLE_BEFORE.search(text[max(0, m.start() - 6) : m.start()])
            if article:  # "a dozen", "une douzaine": 12; "three dozen" is handled with the number
                start = m.start() - len(article.group())
                found.append(NumberSpan(start, m.end(), 12, 12, text[start : m.end()], words=True))
            continue
        if first in _COLLECTIVES and not second:
            n = _COLLECTIVES[first]
            low, high = round(0.9 * n, 6), round(1.1 * n, 6)
            found.append(NumberSpan(m.start(), end, low, high, text[m.start() : end], True, True))
            continue
        magnitude = _PLURALS.get(first) or _COLLECTIVES.get(first, 1.0)
        if second:
            magnitude *= _PLURALS.get(second) or _COLLECTIVES.get(second, 1.0)
        surface = text[m.start() : end]
        found.append(
            NumberSpan(m.start(), end, magnitude, 10 * magnitude, surface, True, True, vague=True)
        )
    return found


def _extend_scale(text: str, span: NumberSpan, lang: str) -> NumberSpan:
    """Multiply by a following scale word or a following "dozen"."""
    m = _scale_pattern(lang).match(text, span.end)
    if m:
        raw = m.group("scale")
        scale = raw.lower()
        money = _MONEY_BEFORE.search(text, max(0, span.start - 6), span.start)
        if scale not in _GLUED_ONLY or span.words:
            allowed = scale not in _GLUED_ONLY
        elif m.group("sp"):
            allowed = raw in _SPACED
        else:
            allowed = raw not in _MONEY_ONLY or money is not None
            # "5G data", "la 4G": a mobile network generation, not five giga-
            allowed = allowed and not (raw == "G" and money is None and span.surface in "23456")
        if allowed:
            factor = {**_SCALES, **_SCALES_BY_LANG.get(lang, {})}.get(scale, 1.0)
            scaled = NumberSpan(
                span.start,
                m.end(),
                span.low * factor,
                span.high * factor,
                text[span.start : m.end()],
                span.approximate,
                span.words,
                vague=span.vague,
            )
            chained = factor < 1e6 and len(scale) > 2  # "4 hundred million"
            return _extend_scale(text, scaled, lang) if chained else scaled
    m = _NEXT_WORD.match(text, span.end)
    if m and m.group(1).lower() in _DOZEN and not span.article:
        # "three hundred and two dozens" is 300 + 2 x 12: a dozen takes the last number word only
        words = span.surface.split()
        head = " ".join(words[:-1]).removesuffix(_CONNECTORS[lang]).strip() if span.words else ""
        head_value = _words_value(head, lang) if head else None
        last = _words_value(words[-1], lang) if head_value is not None else None
        low, high = (
            (head_value + last * 12,) * 2 if last is not None else (span.low * 12, span.high * 12)
        )
        return NumberSpan(
            span.start, m.end(), low, high, text[span.start : m.end()], span.approximate, span.words
        )
    return span


def find_numbers(text: str, lang: str) -> list[NumberSpan]:
    """Every number in ``text``, left to right, without overlaps (the longest span wins)."""
    lang = lang if lang in LANGS else "en"
    spans: list[NumberSpan] = []
    for m in _DIGITS.finditer(text):
        value = parse_digits(m.group("num"), lang)
        if value is None:
            continue
        start = m.start()
        if m.group("neg"):
            before = text[: m.start()].rstrip()
            if before and (before[-1].isalnum()):
                start = m.start("num")  # "2015-2016", "M-5": a dash, not a minus
            else:
                value = -value
        end = m.end("num")
        spans.append(
            _extend_scale(text, NumberSpan(start, end, value, value, text[start:end]), lang)
        )
    masked = list(text)  # word runs never start inside a digit span: "3 hundred and one"
    for span in spans:
        masked[span.start : span.end] = " " * (span.end - span.start)
    for m in _half_pattern(lang).finditer(text):
        scale = m.group("scale").lower()
        factor = 12 if re.fullmatch(_HALF_DOZEN, scale) else 1e6
        factor = 1e9 if scale.startswith("milliard") else factor
        if scale == "billion":
            factor = 1e12 if lang in ("fr", "de") else 1e9
        spans.append(NumberSpan(m.start(), m.end(), factor / 2, factor / 2, m.group(), words=True))
    for m in re.finditer(rf"(?<![\w])(?:{_HALF_TIME[lang]})", text, re.I):
        spans.append(NumberSpan(m.start(), m.end(), 0.5, 0.5, m.group(), words=True))
    spans.extend(_collective_spans(text, lang))
    spans.extend(_extend_scale(text, s, lang) for s in _word_spans("".join(masked), lang))
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    result: list[NumberSpan] = []
    for span in spans:
        if result and span.start < result[-1].end:
            continue
        result.append(span)
    result = _fractions(text, _merge_sums(text, _merge_collectives(text, result), lang))
    result = [_several(text, s) for s in result]
    if lang == "en":
        result = [_negate(text, s) for s in result]
    return result


# "1⁄32" (a fraction slash), or "1/16 of a pint", "2/3 des électeurs", "1/3 de los votantes",
# "2/3 der Wähler": a fraction, where "1/16" alone may be a date and "24/7" is no number.
_FRACTION_SLASH = re.compile(r"(?P<glyph>⁄)|/")
_FRACTION_OF = re.compile(
    r"\s+(?:(?:of|de|des|du|der|von|eines|einer|di|dei|delle)(?![\w])|d['’])", re.I
)


def _fractions(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Two digit spans joined by a fraction slash, or by "/" before "of", are one fraction."""
    merged: list[NumberSpan] = []
    for span in spans:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and not prev.words
            and not span.words
            and prev.surface.isdigit()
            and span.surface.isdigit()
            and 0 < prev.low < span.low <= 1000
            and (slash := _FRACTION_SLASH.fullmatch(text, prev.end, span.start))
            and (slash.group("glyph") or _FRACTION_OF.match(text, span.end))
        ):
            value = prev.low / span.low
            merged[-1] = NumberSpan(prev.start, span.end, value, value, text[prev.start : span.end])
            continue
        merged.append(span)
    return merged


# "several hundred", "a few thousand", "mehrere tausend": as vague as "hundreds".
_SEVERAL = re.compile(
    r"(?<![\w])(?:several|a few|few|many|mehrere|einige|ein paar|wenige)\s+$", re.I
)
_BARE_SCALES = {"hundred", "thousand", "million", "billion", "hundert", "tausend"}


def _several(text: str, span: NumberSpan) -> NumberSpan:
    if span.surface.lower() not in _BARE_SCALES or not _SEVERAL.search(text, 0, span.start):
        return span
    return NumberSpan(
        span.start, span.end, 2 * span.low, 10 * span.low, span.surface, True, True, vague=True
    )


def _negate(text: str, span: NumberSpan) -> NumberSpan:
    """ "minus five", "negative one": the sign written as a word."""
    neg = _NEGATIVE.search(text, max(0, span.start - 12), span.start)
    if not neg:
        return span
    return NumberSpan(
        neg.start(),
        span.end,
        -span.high,
        -span.low,
        text[neg.start() : span.end],
        span.approximate,
        span.words,
    )


def _merge_sums(text: str, spans: list[NumberSpan], lang: str) -> list[NumberSpan]:
    """ "4 thousand 3 hundred and 21": a number after a scale word adds when it is smaller."""
    merged: list[NumberSpan] = []
    for span in spans:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.low == prev.high
            and span.low == span.high
            and re.search(r"\s[^\W\d_]{3,}$", prev.surface)  # a scale word, not "125m"
            and not span.approximate
            and _JOINER[lang].fullmatch(text, prev.end, span.start)
        ):
            zeros = len(str(int(prev.low))) - len(str(int(prev.low)).rstrip("0"))
            if prev.low == int(prev.low) and 0 < span.low < 10**zeros:
                total = prev.low + span.low
                merged[-1] = NumberSpan(
                    prev.start, span.end, total, total, text[prev.start : span.end], words=True
                )
                continue
        merged.append(span)
    return merged


def _merge_collectives(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """ "trois centaines" -> 300 about; a number right before a collective multiplies it."""
    merged: list[NumberSpan] = []
    for span in spans:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and span.approximate
            and not prev.approximate
            and not text[prev.end : span.start].strip()
        ):
            surface = text[prev.start : span.end]
            if prev.article:  # "une cinquantaine": the article adds nothing
                merged[-1] = NumberSpan(
                    prev.start, span.end, span.low, span.high, surface, True, True
                )
            else:  # "trois centaines": 300, approximate
                n = span.low / 0.9 if span.high / span.low < 2 else span.low
                merged[-1] = NumberSpan(
                    prev.start, span.end, prev.low * n, prev.high * n, surface, True, True
                )
            continue
        merged.append(span)
    return merged


def parse_number(text: str, lang: str) -> float | None:
    """The value of the single (or first) number in ``text``, None when there is none."""
    spans = find_numbers(text, lang)
    return spans[0].value if spans else None
