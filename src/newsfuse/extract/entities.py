"""Named-entity mentions and their linking into canonical entities across articles and languages.

Mentions come from the best model per language (spaCy en/fr); other languages fall back to
capitalised spans checked against the knowledge base and the gazetteer. Every language also gets
knowledge-base matches (spaCy often cuts "Levant Liberation Agency" short) and glued place tokens
("Idlebconsidéré") split off.

Linking is a union-find over normalised names, guarded so two names tied to different knowledge
base entries or different gazetteer places never merge. Names are joined when: they share a
normalised key (case, accents, leading articles, the Arabic article "al-"); the knowledge base
lists them for one entry; they name the same gazetteer place (Alep = Aleppo); the text defines one
as the acronym of the other ("Syrian Observatory for Human Rights (OSDH)"); an acronym spells the
initials of exactly one long name; their content words are the same modulo generic organisation
words and language ("Organisation de libération du Levant" = "Levant Liberation Agency"); one is
the unique longer form of the other, across the event or inside one report; or, across languages only, their multilingual embeddings
are very close (cosine >= ``EMBED_THRESHOLD``).

Knowledge base format (``data/kb.json``; pass your own file of the same shape to ``load_kb``)::

    {"entities": [{"id": "sohr", "name": "Syrian Observatory for Human Rights", "type": "ORG",
                   "aliases": {"en": ["SOHR"], "fr": ["OSDH", "Observatoire syrien ..."]}}]}

Entries of the extra file with an existing ``id`` add aliases to it; new ids add entities.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import models
from ..errors import InputError
from ..records import Entity, Mention, Sentence
from .gazetteer import gazetteer, strip_accents
from .places import (
    PLACE_LABELS,
    best_entry,
    candidates,
    dominant_country,
    function_words,
    is_word,
    resolve_name,
    split_glued,
)

EMBED_THRESHOLD = 0.88
_SPACY_LABELS = {
    "PERSON": "PER",
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
    "MISC": "MISC",
}


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ARTICLES = _wordset("the l la le les el los las der die das den dem des il lo gli al")
_FUNCTION = _ARTICLES | _wordset(
    "of for and de du d pour et del para y e da do dos das di della per fur und von vom zur zum "
    "in on a i en"
)
# Organisation-type head words that translations swap freely (Organization / Agency / Committee).
_GENERIC = _wordset(
    "organization organisation organizacion organizzazione organisacao organizacao agency agence "
    "agencia agentur committee comite komitee board group groupe grupo gruppe gruppo body"
)
# Words that make a capitalised span an organisation (accents stripped, lower case).
_ORG_WORDS = _wordset(
    "organization organisation agency ministry ministere army armee observatory observatoire "
    "council conseil committee comite party parti office bureau movement mouvement forces union "
    "association university universite police department coalition brigade brigades network "
    "reseau ministerio ministerium ministero ejercito exercito esercito partido partei partito "
    "observatorio osservatorio agencia agentur agenzia organizacion organizzazione organizacao "
    "consejo rat consiglio conselho gobierno regierung governo fuerzas streitkrafte forze forcas "
    "universidad universitat universita universidade policia polizei polizia frente front fronte "
    "movimiento bewegung movimento authority autorite autoridad autorita autoridade behorde"
)
_CAP_SPAN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:de|del|de la|des|du|da|do|dos|das|der|von|van"
    r"|al|el|of|for|the|für|di|della|y)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
)
_TOKEN = re.compile(r"\S+")
_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,8}$")
_DEFINITION = re.compile(r"^\s*\(\s*([A-Z][A-Za-z]{1,8})\s*\)")


@lru_cache(maxsize=100_000)  # names recur in every event that mentions them
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", strip_accents(text).lower().replace("’", "'")))


def normalize(text: str) -> str:
    """Key shared by spelling variants: case, accents, articles and possessives removed."""
    words = _words(re.sub(r"['’]s\b", "", text))
    while words and words[0] in _ARTICLES and len(words) > 1:
        words = words[1:]
    return " ".join(w for w in words if w not in {"al", "el"} or len(words) == 1)


def content_stems(text: str) -> frozenset[str]:
    """Language-neutral content of a name: 4-letter stems of its non-function, non-generic words.

    "Levant Liberation Agency" and "Organisation de libération du Levant" both give {leva, libe}.
    """
    return frozenset(w[:4] for w in _words(text) if w not in _FUNCTION and w not in _GENERIC)


def initials(text: str) -> str:
    return "".join(w[0] for w in _words(text) if w not in _FUNCTION).upper()


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.strip())) and sum(c.isupper() for c in text) >= 2


# --------------------------------------------------------------------------- knowledge base


@dataclass(slots=True)
class KBEntry:
    id: str
    name: str
    type: str
    aliases: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class KnowledgeBase:
    entries: dict[str, KBEntry]
    by_key: dict[str, str]  # normalised alias -> entry id
    _pattern: re.Pattern[str] | None = None
    _forms: list[tuple[str, str, str, frozenset[str]]] | None = None

    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = _alias_regex(self)
        return self._pattern

    def match(self, name: str) -> KBEntry | None:
        kb_id = self.by_key.get(normalize(name))
        return self.entries[kb_id] if kb_id else None

    def forms(self) -> list[tuple[str, str, str, frozenset[str]]]:
        """``(node, coarse type, initials, content stems)`` of every multi-word alias, for
        linking by form (computed once: every event's linking reads them)."""
        if self._forms is None:
            self._forms = [
                (f"kb:{entry.id}", _coarse(entry.type), initials(alias), content_stems(alias))
                for entry in self.entries.values()
                for alias in {entry.name, *(n for ns in entry.aliases.values() for n in ns)}
                if len(alias.split()) >= 2
            ]
        return self._forms


def _read_kb(source: str, text: str) -> list[KBEntry]:
    try:
        data = json.loads(text)
        return [
            KBEntry(e["id"], e.get("name", e["id"]), e.get("type", "ORG"), e.get("aliases", {}))
            for e in data["entities"]
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(source, f"not a knowledge base file ({exc})") from exc


def load_kb(extra_path: str | Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base, extended (same format) by a user's file when given."""
    shipped = resources.files("newsfuse").joinpath("data/kb.json").read_text("utf-8")
    entries = {e.id: e for e in _read_kb("data/kb.json", shipped)}
    if extra_path:
        path = Path(extra_path)
        if not path.is_file():
            raise InputError(str(path), "knowledge base file not found")
        for extra in _read_kb(str(path), path.read_text("utf-8")):
            if extra.id in entries:
                for lang, names in extra.aliases.items():
                    entries[extra.id].aliases.setdefault(lang, []).extend(names)
            else:
                entries[extra.id] = extra
    by_key: dict[str, str] = {}
    for entry in entries.values():
        for name in [entry.name, *(n for names in entry.aliases.values() for n in names)]:
            by_key.setdefault(normalize(name), entry.id)
    return KnowledgeBase(entries, by_key)


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    return load_kb()


def _alias_regex(kb: KnowledgeBase) -> re.Pattern[str]:
    """One regex for every alias: multi-word aliases ignore case, single words only a capital."""
    parts = set()
    for entry in kb.entries.values():
        for name in [entry.name, *(n for ns in entry.aliases.values() for n in ns)]:
            escaped = re.escape(name).replace(r"\ ", r"[\s-]+")
            if " " in name and not is_acronym(name):
                parts.add(f"(?i:{escaped})")
            elif is_acronym(name):
                parts.add(escaped)
            else:
                parts.add(f"[{re.escape(name[0].upper())}{re.escape(name[0])}]{escaped[1:]}")
    ordered = sorted(parts, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(ordered) + r")(?![\w-])")


# --------------------------------------------------------------------------- mentions


# Figures the model glues to the end of a person's name: "Quarnessa 2-1", "Smith 45".
_PERSON_TAIL = re.compile(r"(?:\s+\S*\d\S*)+\Z")


def _strip_article(text: str, start: int) -> tuple[str, int]:
    """Drop a leading article ("the", "L'", "la") from a span, moving its start."""
    match = re.match(r"(?i)(?:the|la|le|les|el|los|las|der|die|das|il|lo)\s+|[lL]['’]", text)
    if match and len(text) > match.end() + 1 and text[match.end()].isupper():
        return text[match.end() :], start + match.end()
    return text, start


def _fallback_spans(
    sentence: Sentence, lang: str | None, orgs_only: bool = False
) -> list[tuple[int, int, str]]:
    """Capitalised spans of a sentence with a guessed label (languages without a NER model);
    ``orgs_only``: only the organisation names (the gazetteer look-up of the others is costly)."""
    stop = function_words(lang)
    spans = []
    for match in _CAP_SPAN.finditer(sentence.text):
        text, start = match.group(), match.start()
        words = text.split()
        if words[0].lower() in stop or (start == 0 and len(words) == 1 and not is_acronym(text)):
            if len(words) == 1:
                continue
            cut = text.index(words[1], len(words[0]))
            text, start = text[cut:], start + cut
        text = text.rstrip(".")
        words = text.split()
        stems = {strip_accents(w).lower() for w in words}
        if lang == "de" and len(words) == 1 and not is_acronym(text):
            continue  # every German noun is capitalised: single words need the KB or gazetteer
        if is_acronym(text) or stems & _ORG_WORDS:
            label = "ORG"
        elif orgs_only:
            continue
        elif candidates(text)[0] and len(words) <= 3:
            label = "LOC"
        elif 2 <= len(words) <= 4:
            label = "PER"
        else:
            label = "MISC"
        spans.append((start, start + len(text), label))
    return spans


def _with_missed_orgs(
    model: list[tuple[int, int, str]], sentence: Sentence, lang: str | None
) -> list[tuple[int, int, str]]:
    """Model spans plus multi-word organisation names the small models miss entirely."""
    extra = [
        f
        for f in _fallback_spans(sentence, lang, orgs_only=True)
        if " " in sentence.text[f[0] : f[1]] and not any(_overlaps(f[:2], m[:2]) for m in model)
    ]
    return model + extra


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence_mentions(
    sentence: Sentence, spans: list[tuple[int, int, str]], kb: KnowledgeBase, lang: str | None
) -> list[Mention]:
    """Model spans plus KB matches (which win when longer) and glued place prefixes."""
    found: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        raw = sentence.text[start:end]
        text, start = _strip_article(raw.rstrip(" -–—.,;:"), start)
        if label == "PER":
            text = _PERSON_TAIL.sub("", text)
        if not text or (label == "PER" and any(c.isdigit() for c in text)):
            continue  # a person's name holds no figure: "Quarnessa 2-1" is a score
        if label in {"MISC", "ORG"} and not kb.match(text) and _is_place_name(text):
            label = "LOC"  # the small English model tags "Aleppo" NORP, "Idlib" ORG now and then
        found.append((start, start + len(text), label))
    shouted = _shouted(sentence.text)
    for match in kb.pattern().finditer(sentence.text):
        if shouted and match.group().lower() in function_words(lang):
            continue  # "SHE WAS SHOT" in capitals: "IS" is a verb there, not Islamic State
        span = (match.start(), match.end())
        covered = [f for f in found if _overlaps(f[:2], span)]
        # A curated name wins over a model span unless it is only a small part of a longer name.
        if all((f[1] - f[0]) * 0.6 <= span[1] - span[0] for f in covered):
            entry = kb.match(match.group())
            found = [f for f in found if f not in covered]
            found.append((*span, entry.type if entry else "ORG"))
    for token in _TOKEN.finditer(sentence.text):
        word = re.split(r"['’]", token.group().strip(".,;:!?»«\"'’()"))[-1]
        head = split_glued(word, lang) if len(word) > 6 and word[:1].isupper() else None
        if head:
            start = token.start() + token.group().index(word)
            found = [f for f in found if not _overlaps(f[:2], (start, start + len(word)))]
            found.append((start, start + len(head), "LOC"))
    found.extend(_missed_places(sentence.text, found, lang))
    return [
        Mention(
            sentence.article_id,
            sentence.index,
            sentence.start + s,
            sentence.start + e,
            sentence.text[s:e],
            label,
        )
        for s, e, label in sorted(set(found))
        if e > s and not _group_word(sentence.text[s:e], kb)
    ]


def _shouted(text: str) -> bool:
    """A sentence written in capitals (a caption, a transcript): its words look like acronyms."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _group_word(text: str, kb: KnowledgeBase) -> bool:
    """A one-word nationality or creed ("Syrian", "Kurds", "Islamist", "jihadistes"): an
    adjective or a group of people, not a named actor (a knowledge-base name always counts)."""
    return " " not in text and not kb.match(text) and (is_creed(text) or is_demonym(text))


_CREED = re.compile(r"[^\W\d_]{3,}(?:ist|iste|ista|isten)(?:s|es)?", re.I)
# How a nationality is derived from a place name ("Syri-an", "Leban-ese", "Turk-ish", "Iraq-i",
# "Kurd-s", "Syri-enne", "Alem-án", "Syr-er"), and how place names end after the shared stem.
_DEMONYM_SUFFIX = re.compile(
    r"(?:ians?|ans?|eses?|ish|is?|ites?|iens?|iennes?|ais|aises?|ois|oises?|anos?|anas?|[áa]n"
    r"|e[ñn]os?|e[ñn]as?|ische[nr]?|isch|ern?|en|s)$",
    re.I,
)
_PLACE_ENDINGS = (
    "",
    "a",
    "ia",
    "o",
    "y",
    "ey",
    "any",
    "on",
    "an",
    "istan",
    "e",
    "land",
    "ie",
    "ien",
)


def is_creed(word: str) -> bool:
    """A follower of a creed or doctrine: "Islamist", "jihadiste", "yihadistas", "Salafisten"."""
    return bool(_CREED.fullmatch(word))


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """A nationality named after a country or first-level region the gazetteer knows, in any
    of its usual derivations ("Syrian" from Syria, "Lebanese" from Lebanon, "Turkish" from
    Turkey, "Iraqi", "Kurds" from Kurdistan, "Syriens", "Russen"); a word that is itself a place
    name ("Jordan", "Kurdistan") is no demonym."""
    if not word[:1].isupper() or not word.isalpha() or is_acronym(word):
        return False
    gaz = gazetteer()
    if gaz.lookup(word):
        return False
    for suffix in _DEMONYM_SUFFIX.finditer(word):
        stem = word[: suffix.start()]
        for cut in (stem, stem[:-1]):  # "Syri-an" -> Syria; "Ital-ian" -> Italy
            if len(cut) < 3:
                continue
            for ending in _PLACE_ENDINGS:
                if any(e.kind in ("country", "admin1") for e in gaz.lookup(cut + ending)):
                    return True
    return False


def _is_place_name(text: str, min_population: int = 50_000) -> bool:
    """Whether ``text`` is exactly the name of a country, a state or a sizeable city."""
    found, covered, fuzzy = candidates(text)
    if fuzzy or covered != len(text.strip()):
        return False
    entry = best_entry(found)
    return bool(entry and (entry.kind != "city" or entry.population >= min_population))


def _missed_places(
    text: str, found: list[tuple[int, int, str]], lang: str | None
) -> list[tuple[int, int, str]]:
    """Capitalised names the model left out that the gazetteer knows as sizeable places.

    A sentence's first word is often a capitalised common word ("More", "In"): it must not be a
    known word of the language.
    """
    extra: list[tuple[int, int, str]] = []
    for match in _CAP_SPAN.finditer(text):
        pieces = [(match.start(), match.group())]
        pieces += [(match.start() + w.start(), w.group()) for w in _TOKEN.finditer(match.group())]
        for start, piece in pieces:
            piece = piece.rstrip(".,;:'’")
            span = (start, start + len(piece))
            if any(_overlaps(span, f[:2]) for f in found + extra) or not piece[:1].isupper():
                continue
            if start == 0 and is_word(piece.lower(), lang):
                continue
            if _is_place_name(piece, 100_000):
                extra.append((*span, "LOC"))
    return extra


def may_name(text: str, lang: str | None) -> bool:
    """Whether ``text`` could hold a name: a capital letter other than the one that opens it on
    a function word. "The man was shot twice." or "Il a été blessé." holds none; the recogniser
    found only debris in such sentences ("the house party" ORG, "marijuana" PERSON on 2,616 of
    10,528 GVC sentences; "ça" MISC on 543 of 2,064 NTREX fr ones), and they cost it a sixth of
    its time."""
    first = _FIRST_WORD.match(text)
    start = first.end() if first and first.group(1).lower() in function_words(lang) else 0
    return any(c.isupper() for c in text[start:])


def _model_spans(lang: str | None, texts: list[str]) -> list[list[models.Span]] | None:
    """The recogniser's spans of each text (None: no model for ``lang``); only the texts that
    ``may_name`` are read, the others have none."""
    read = [k for k, text in enumerate(texts) if may_name(text, lang)]
    found = models.entity_spans(lang, [texts[k] for k in read])
    if found is None:
        return None
    spans: list[list[models.Span]] = [[] for _ in texts]
    for k, got in zip(read, found, strict=True):
        spans[k] = got
    return spans


def extract_mentions(
    sentences: list[Sentence], lang: str | None, kb: KnowledgeBase | None = None
) -> list[Mention]:
    """Named-entity mentions (PER/ORG/LOC/MISC) with offsets into the article text."""
    return extract_mentions_many([(sentences, lang)], kb)[0]


def extract_mentions_many(
    articles: Sequence[tuple[list[Sentence], str | None]], kb: KnowledgeBase | None = None
) -> list[list[Mention]]:
    """``extract_mentions`` of several articles (``(sentences, language)`` each), in order.

    The sentences of all of them go through each language's model in one ``nlp.pipe`` stream:
    a spaCy call has a fixed cost, and one article's dozen sentences make a small batch."""
    kb = kb or default_kb()
    groups: dict[str | None, list[tuple[int, Sentence]]] = defaultdict(list)
    for k, (sentences, lang) in enumerate(articles):
        for sentence in sentences:
            groups[lang or sentence.language].append((k, sentence))
    found: list[list[Mention]] = [[] for _ in articles]
    for group_lang, group in groups.items():
        found_by_model = _model_spans(group_lang, [s.text for _, s in group])
        if found_by_model is None:
            spans_of = [_fallback_spans(s, group_lang) for _, s in group]
        else:
            spans_of = [
                _with_missed_orgs(
                    [
                        (a, b, _SPACY_LABELS[label])
                        for a, b, label in spans
                        if label in _SPACY_LABELS
                    ],
                    sentence,
                    group_lang,
                )
                for spans, (_, sentence) in zip(found_by_model, group, strict=True)
            ]
        for (k, sentence), spans in zip(group, spans_of, strict=True):
            found[k].extend(_sentence_mentions(sentence, spans, kb, group_lang))
    for mentions in found:
        mentions.sort(key=lambda m: (m.article_id, m.start))
    return found


# --------------------------------------------------------------------------- linking


class _Links:
    """Union-find over names that refuses to join different KB entries or gazetteer places."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.anchor: dict[str, dict[str, str]] = {}  # root -> {"kb": id, "geo": id}

    def find(self, node: str) -> str:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def anchors(self, node: str) -> dict[str, str]:
        return self.anchor.get(self.find(node), {})

    def pin(self, node: str, kind: str, value: str) -> bool:
        root = self.find(node)
        current = self.anchor.setdefault(root, {})
        if current.get(kind, value) != value:
            return False
        current[kind] = value
        return True

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        xa, xb = self.anchor.get(ra, {}), self.anchor.get(rb, {})
        if any(xa[k] != xb[k] for k in xa.keys() & xb.keys()):
            return False
        self.parent[rb] = ra
        self.anchor[ra] = {**xb, **xa}
        self.anchor.pop(rb, None)
        return True


# A name the text calls a company or an operator: "Kestra Hydro, the state-owned company",
# "la société Kestra Hydro", "la empresa pública Kestra Hydro", "Betreiber Kestra Hydro".
_COMPANY_WORDS = (
    r"company|firm|operator|corporation|group|société|entreprise|compagnie|opérateur|groupe"
    r"|empresa|compañía|sociedad|operadora|grupo|unternehmen|firma|konzern|betreiber|betreiberin"
)
_COMPANY_AFTER = re.compile(
    rf"\s*,\s*(?:the|a|an|la|le|l'|el|una?|die|der|das|eine?)?\s*(?:[\w-]+\s+){{0,2}}"
    rf"(?:{_COMPANY_WORDS})\b",
    re.I,
)
_COMPANY_BEFORE = re.compile(rf"\b(?:{_COMPANY_WORDS})\s+(?:[\w-]+\s+)?$", re.I)


def _company(mention: Mention, sentence: Sentence | None) -> bool:
    """Whether the words around a name call it a company (see ``_COMPANY_WORDS``)."""
    if sentence is None:
        return False
    start, end = mention.start - sentence.start, mention.end - sentence.start
    return bool(
        _COMPANY_AFTER.match(sentence.text, end) or _COMPANY_BEFORE.search(sentence.text[:start])
    )


def _coarse(label: str) -> str:
    return "NAME" if label in {"ORG", "MISC"} else label


def _definitions(
    mentions: list[Mention], sentences_by_article: dict[str, list[Sentence]]
) -> list[tuple[str, str]]:
    """(long form, acronym) pairs written as "Long Form (ACR)" in the text."""
    pairs = []
    for m in mentions:
        if m.label in PLACE_LABELS or m.label == "PER" or is_acronym(m.text):
            continue
        sentences = sentences_by_article.get(m.article_id, [])
        sentence = next((s for s in sentences if s.index == m.sentence_index), None)
        if sentence is None:
            continue
        match = _DEFINITION.match(sentence.text[m.end - sentence.start :])
        if match and is_acronym(match.group(1)) and len(_words(m.text)) >= 2:
            pairs.append((m.text, match.group(1)))
    return pairs


def link_entities(
    mentions: list[Mention],
    sentences_by_article: dict[str, list[Sentence]],
    languages: dict[str, str],
    kb: KnowledgeBase | None = None,
) -> list[Entity]:
    """Canonical entities over all mentions (sets ``mention.entity_id``)."""
    kb = kb or default_kb()
    links = _Links()
    names: dict[str, Counter[str]] = defaultdict(Counter)  # key -> surface forms
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    langs: dict[str, set[str]] = defaultdict(set)
    sentence_of = {
        (s.article_id, s.index): s for group in sentences_by_article.values() for s in group
    }
    for m in mentions:
        key = normalize(m.text)
        if not key:
            continue
        names[key][m.text] += 1
        company = m.label == "PER" and _company(
            m, sentence_of.get((m.article_id, m.sentence_index))
        )
        labels[key]["ORG" if company else m.label] += 1 + company  # its context outweighs a guess
        langs[key].add(languages.get(m.article_id, "und"))
    country = dominant_country([m.text for m in mentions if m.label in PLACE_LABELS])
    keys = list(names)
    for key in keys:
        links.find(key)
        entry = kb.match(key)
        if entry:
            links.pin(key, "kb", entry.id)
        elif labels[key].most_common(1)[0][0] in PLACE_LABELS:
            place, _covered = resolve_name(names[key].most_common(1)[0][0], None, country)
            if place:
                links.pin(key, "geo", str(place.geonameid))
    # Names of one KB entry or one place join through a shared node.
    for key in keys:
        for kind, value in list(links.anchors(key).items()):
            links.union(f"{kind}:{value}", key)
    for long_form, acronym in _definitions(mentions, sentences_by_article):
        links.union(normalize(long_form), normalize(acronym))
    _link_by_form(links, keys, names, labels, kb)
    _link_within_reports(links, mentions, labels)
    _link_surnames(links, keys, labels)
    _link_by_embedding(links, keys, labels, langs, names)
    return _entities(mentions, links, names, labels, languages, kb)


def _link_by_form(links: _Links, keys, names, labels, kb: KnowledgeBase) -> None:
    """Acronym initials, same content words, and unique longer forms (KB aliases count too)."""
    forms = [
        (key, names[key].most_common(1)[0][0], _coarse(labels[key].most_common(1)[0][0]))
        for key in keys
        if len(key.split()) >= 2 and labels[key].most_common(1)[0][0] != "PER"
    ]
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_stems: dict[tuple[frozenset[str], str], list[str]] = defaultdict(list)
    for node, surface, label in forms:
        by_initials[initials(surface)].add(links.find(node))
        stems = content_stems(surface)
        if len(stems) >= 2:
            by_stems[stems, label].append(node)
    for node, label, acronym, stems in kb.forms():
        by_initials[acronym].add(links.find(node))
        if len(stems) >= 2:
            by_stems[stems, label].append(node)
    for key in keys:
        acronym = names[key].most_common(1)[0][0].replace(".", "")
        if is_acronym(acronym) and len(by_initials.get(acronym, ())) == 1:
            links.union(next(iter(by_initials[acronym])), key)
    for group in by_stems.values():
        for other in group[1:]:
            links.union(group[0], other)
    # A superset holds every stem of the group, its rarest one included: look only there (every
    # event's groups include the knowledge base's, so comparing all pairs cost 3 ms an event).
    holding: dict[tuple[str, str], list[frozenset[str]]] = defaultdict(list)
    for stems, label in by_stems:
        for stem in stems:
            holding[stem, label].append(stems)
    for (stems, label), group in by_stems.items():
        rarest = min(stems, key=lambda stem: len(holding[stem, label]))
        supersets = {
            links.find(by_stems[other, label][0])
            for other in holding[rarest, label]
            if stems < other
        }
        if len(supersets) == 1 and not links.anchors(group[0]).get("kb"):
            links.union(supersets.pop(), group[0])


def _link_within_reports(links: _Links, mentions: list[Mention], labels) -> None:
    """Inside one report, a shorter name whose content words are those of exactly one longer
    name it uses ("la Croix-Rouge valdorienne ... la Croix-Rouge") refers back to it, even
    when other reports (or the knowledge base) know other longer names with those words."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        key = normalize(m.text)
        if key and labels[key].most_common(1)[0][0] not in ("PER", *PLACE_LABELS):
            by_article[m.article_id].add(key)
    for keys in by_article.values():
        stems = {k: content_stems(k) for k in keys if len(content_stems(k)) >= 2}
        for short, words in stems.items():
            longer = [k for k, other in stems.items() if words < other]
            if len(longer) == 1:
                links.union(longer[0], short)


def _link_surnames(links: _Links, keys, labels) -> None:
    """A one-word person name joins the one full person name it ends ("Assad" -> Bashar al-Assad);
    a full name with a title before it joins the one full name it ends with ("Behördenleiter
    Marten Oskaby" -> Marten Oskaby)."""
    people = [k for k in keys if labels[k].most_common(1)[0][0] == "PER"]
    for key in people:
        if " " in key:
            owners = {links.find(k) for k in people if " " in k and key.endswith(" " + k)}
        else:
            owners = {links.find(k) for k in people if " " in k and k.split()[-1] == key}
        if len(owners) == 1:
            links.union(owners.pop(), key)


def _link_by_embedding(links: _Links, keys, labels, langs, names) -> None:
    """Translated names (different languages, no KB tie) whose embeddings nearly coincide."""
    pool = [
        k for k in keys if len(k.split()) >= 2 and _coarse(labels[k].most_common(1)[0][0]) == "NAME"
    ]
    if len(pool) < 2 or len({lang for k in pool for lang in langs[k]}) < 2:
        return
    vectors = models.embedder().encode([names[k].most_common(1)[0][0] for k in pool])
    sims = vectors @ vectors.T
    for i, a in enumerate(pool):
        for j in range(i + 1, len(pool)):
            b = pool[j]
            if sims[i, j] >= EMBED_THRESHOLD and not langs[a] & langs[b]:
                links.union(a, b)


def _entities(mentions, links, names, labels, languages, kb: KnowledgeBase) -> list[Entity]:
    members: dict[str, list[str]] = defaultdict(list)
    for key in names:
        members[links.find(key)].append(key)
    entity_of: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    for root, keys in members.items():
        forms: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for key in keys:
            forms.update(names[key])
            kinds.update(labels[key])
        anchor = links.anchors(root)
        entry = kb.entries.get(anchor.get("kb", ""))
        full = [f for f in forms if not is_acronym(f)] or list(forms)
        name = entry.name if entry else max(full, key=lambda f: (forms[f], len(f)))
        etype = entry.type if entry else kinds.most_common(1)[0][0]
        if anchor.get("geo") and not entry:
            name, etype = _place_name(anchor["geo"], full) or name, "LOC"
        ident = "ent_" + hashlib.sha1(f"{etype}|{name}".encode()).hexdigest()[:10]
        entities[ident] = Entity(ident, name, etype, {}, 0, entry.id if entry else None)
        for key in keys:
            entity_of[key] = ident
    for m in mentions:
        ident = entity_of.get(normalize(m.text))
        if ident is None:
            continue
        m.entity_id = ident
        entity = entities[ident]
        entity.mention_count += 1
        bucket = entity.aliases.setdefault(languages.get(m.article_id, "und"), [])
        if m.text not in bucket:
            bucket.append(m.text)
    return sorted(entities.values(), key=lambda e: (-e.mention_count, e.name))


def _place_name(geonameid: str, forms: list[str]) -> str | None:
    for form in forms:
        for entry in candidates(form)[0]:
            if str(entry.geonameid) == geonameid:
                return entry.name
    return None
