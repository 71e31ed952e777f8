"""What a number counts, in the text's words: the noun phrase after it, made singular.

"14 first-team players left" counts "first-team player", "deux trafiquants de drogue"
"trafiquant", "47 Passagiere" "Passagier". The counted noun is what CQE/NewsQuant calls the unit of
a count, and it tells an analyst what a bare figure is about. No tagger runs here, so the rules
read word shapes:

* English and German put modifiers before the noun: the phrase runs from the number to its head
  noun, the first plural-looking word after a number above one ("seven European countries
  conducted" -> "European country"); after "one", a run of capitalised words or a single word
  ("One Labour AM said" -> "Labour AM"). In German the head is the first capitalised word.
* French, Spanish, Portuguese and Italian put adjectives after the noun: the head is the first
  word ("281 pharmacies" -> "pharmacie").
* A vague or scaled number lets "of"/"de" come first: "dozens of people", "des milliers de
  maisons", "6 millions de personnes".

Singular forms come from suffix rules per language, with the few irregular plurals news use
often ("people", "men", "Kinder", "Häuser"); a wrong singular only costs a label, never a value.
"""

from __future__ import annotations

import re

_PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed")
_GLUED = re.compile(r"-(?P<w>[^\W\d_]{3,})(?![\w'’])(?!-[^\W\d_]*old)")
# A word after a space, an elided article ("d'actions") or an opening quote ("19 million
# "actions"", "« d'actions »").
_TOKEN = re.compile(r"(?:[ \u00a0]+[\"“«„]?[ \u00a0]*|(?<=['’\"“«„]))(?P<w>[^\W\d_][\w'’.&-]*)")
_OF = re.compile(
    r"[ \u00a0]+(?:[\"“«„][ \u00a0]*)?(?:of(?:[ \u00a0]+(?:the|their|his|her|its|our|these|those))?"
    r"|de(?:[ \u00a0]+(?:leurs|ses|sus|los|las))?|d'|d’|des|di|degli|dei|delle|do|da"
    r"|von(?:[ \u00a0]+(?:ihren|seinen|den))?)(?=[ \u00a0'’])|[ \u00a0]*(?:[\"“«„][ \u00a0]*)?d['’]",
    re.I,
)

# Words that end a noun phrase (articles, prepositions, conjunctions, pronouns, auxiliaries,
# reporting verbs): the counted noun is never one of them.
_STOP = {
    "en": "the a an of in on at to for from with by and or but nor who whom which that this these "
    "those were was are is be been being have has had will would can could may might must shall "
    "should do does did said says say more less than as if so such per each every all both some "
    "any no not other another own same over under about around after before since until into "
    "onto out up down off away ago later earlier only just also still yet even already again "
    "here there then when where while whose its his her their our your my it he she they we you "
    "them him us me there's it's what how why times percent",
    "fr": "le la les l un une des du de d au aux et ou mais qui que quoi dont où ce cet cette ces "
    "son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on a ont est sont "
    "était étaient été être avoir par pour sans avec sous sur dans en entre vers chez contre "
    "plus moins autres autre tous toutes tout toute selon depuis pendant avant après ans fois",
    "es": "el la los las lo un una unos unas del de al a y e o u pero que quien quienes cual cuyo "
    "este esta estos estas ese esa esos esas su sus nuestro nuestra se ha han fue fueron es son "
    "era eran estar ser por para sin con sobre en entre hacia desde contra más menos otros otras "
    "otro otra todos todas según durante antes después veces",
    "pt": "o a os as um uma uns umas do da dos das de ao aos à às e ou mas que quem qual cujo este "
    "esta estes estas esse essa seu sua seus suas se foi foram é são era eram ser estar por "
    "para sem com sobre em no na nos nas entre desde contra mais menos outros outras todos "
    "todas segundo durante antes depois vezes",
    "it": "il lo la i gli le un uno una del della dei degli delle di a al alla ai agli alle da dal "
    "e o ma che chi cui questo questa questi queste suo sua suoi sue si ha hanno è sono era "
    "erano essere per senza con su sul sulla in nel nella nei tra fra più meno altri altre "
    "tutti tutte secondo durante prima dopo volte",
    "de": "der die das den dem des ein eine einer einen einem eines und oder aber sowie wer was "
    "welche welcher welches dessen deren dieser diese dieses sein seine ihr ihre es sie er wir "
    "ist sind war waren wurde wurden worden hat haben hatte hatten wird werden sich in im an am "
    "auf aus bei beim mit nach von vom vor zu zum zur für über unter um gegen durch seit bis "
    "mehr weniger als andere weitere alle mal",
}
_STOPS = {lang: frozenset(words.split()) for lang, words in _STOP.items()}

_EN_IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "troops": "troop",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "leaves": "leaf",
    "halves": "half",
    "data": "data",
    "media": "media",
    "aircraft": "aircraft",
    "sheep": "sheep",
    "fish": "fish",
    "cattle": "cattle",
    "series": "series",
    "species": "species",
    "crises": "crisis",
    "analyses": "analysis",
}
# Irregular comparison before the noun, as a lemmatiser gives it ("one of the best screens").
_EN_BASE = {
    "best": "good",
    "better": "good",
    "worst": "bad",
    "worse": "bad",
    "most": "",
    "least": "",
}
_EN_UNCOUNTED = {"news", "means", "us", "bus", "gas", "status", "campus", "virus", "census"}
_DE_IRREGULAR = {
    "kinder": "Kind",
    "kindern": "Kind",
    "männer": "Mann",
    "männern": "Mann",
    "häuser": "Haus",
    "häusern": "Haus",
    "länder": "Land",
    "ländern": "Land",
    "dörfer": "Dorf",
    "dörfern": "Dorf",
    "städte": "Stadt",
    "städten": "Stadt",
    "menschen": "Mensch",
    "leute": "Leute",
    "tote": "Tote",
    "toten": "Tote",
    "verletzte": "Verletzte",
    "verletzten": "Verletzte",
    "schüsse": "Schuss",
    "mütter": "Mutter",
    "väter": "Vater",
    "töchter": "Tochter",
    "söhne": "Sohn",
    "brüder": "Bruder",
}
_FR_INVARIABLE = {"fois", "mois", "pays", "corps", "prix", "bras", "voix", "choix", "fils", "gens"}


def singular(word: str, lang: str) -> str:
    """The singular of a plural noun by the suffix rules of ``lang`` (unchanged otherwise)."""
    lower = word.lower()
    if lang == "en":
        if lower in _EN_IRREGULAR:
            return _EN_IRREGULAR[lower]
        if lower.endswith("men") and len(lower) > 4:
            return word[:-3] + "man"  # "gunmen", "fishermen", "policemen"
        if lower in _EN_UNCOUNTED or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
            return word
        if lower.endswith("ies") and len(lower) > 4:
            return word[:-3] + "y"
        if lower.endswith(("ches", "shes", "sses", "xes", "zes", "oes", "ruses", "nuses", "puses")):
            return word[:-2]  # "churches", "viruses", "bonuses"
        return word[:-1]
    if lang == "de":
        if lower in _DE_IRREGULAR:
            return _DE_IRREGULAR[lower]
        for plural, single in (
            ("innen", "in"),
            ("ungen", "ung"),
            ("heiten", "heit"),
            ("keiten", "keit"),
            ("schaften", "schaft"),
            ("ionen", "ion"),
            ("täten", "tät"),
            ("isten", "ist"),
            ("anten", "ant"),
            ("enten", "ent"),
            ("aten", "at"),
            ("schen", "sch"),
        ):
            if lower.endswith(plural):
                return word[: -len(plural)] + single
        if lower.endswith("ern") and len(lower) > 5 and lower != "eltern":
            return word[:-1]  # a dative plural: "mit 32 Treffern", "von 300 Arbeitern"
        if lower.endswith("en") and len(lower) > 4:
            # "Filialen" -> "Filiale", "Frauen" -> "Frau"
            return word[:-2] if lower[-3] in "aeiouäöü" and lower[-3] != "e" else word[:-1]
        if lower.endswith("e") and len(lower) > 4 and lower[-2] in "lrgfkpmb":
            return word[:-1]  # "Spiele", "Passagiere"; not "Tote", "Erwachsene"
        if lower.endswith("s") and len(lower) > 3 and not lower.endswith("ss"):
            return word[:-1]  # "Tweets", "Autos"
        return word
    if lang == "fr":
        if lower in _FR_INVARIABLE:
            return word
        if lower.endswith("eaux") or lower.endswith("eux"):
            return word[:-1]
        if lower.endswith("aux") and len(lower) > 4:
            return word[:-3] + "al"
        if lower.endswith(("s", "x")) and len(lower) > 2:
            return word[:-1]
        return word
    if lang == "es":
        if lower.endswith("iones"):
            return word[:-5] + "ión"
        if lower.endswith("ces"):
            return word[:-3] + "z"
        if lower.endswith("es") and len(lower) > 4 and lower[-3] in "lrndjys":
            return word[:-2]  # "mujeres", "ciudades", "civiles", "meses"
        if lower.endswith("s") and len(lower) > 2:
            return word[:-1]
        return word
    if lang == "pt":
        for plural, single in (
            ("ões", "ão"),
            ("ães", "ão"),
            ("ais", "al"),
            ("éis", "el"),
            ("ns", "m"),
        ):
            if lower.endswith(plural):
                return word[: -len(plural)] + single
        if lower.endswith(("res", "zes", "ses")) and len(lower) > 4:
            return word[:-2]
        if lower.endswith("s") and len(lower) > 2:
            return word[:-1]
        return word
    if lang == "it":
        if lower.endswith("i") and len(lower) > 3:
            return word[:-1] + "o"
        if lower.endswith("e") and len(lower) > 3:
            return word[:-1] + "a"
        return word
    return word


def _plural(word: str, lang: str) -> bool:
    return singular(word, lang) != word or word.lower() in ("people", "police", "staff")


def counted_noun(
    text: str, end: int, value: float, lang: str, of: bool = False
) -> tuple[str, int] | None:
    """The noun phrase a number ending at ``end`` counts, singular, and where it ends.

    ``of``: the number is vague, scaled or "one of" ("dozens of people", "millions de",
    "one of the best screens"), so a preposition may come first (and the noun is plural).
    """
    stops = _STOPS.get(lang, _STOPS["en"])
    glued = _GLUED.match(text, end)
    if glued:  # "six-cylinder engines", "a 281-store business": the word the number is glued to
        return singular(glued.group("w"), lang), glued.end()
    pos = end
    if of:
        m = _OF.match(text, pos)
        pos = m.end() if m else pos
    words: list[re.Match[str]] = []
    # Modifiers before the noun may be coordinated: "4.3M digital and physical sales", "20
    # syrische und russische Soldaten"; they share the head noun.
    joined = {"en": ("and", "or"), "de": ("und", "oder")}.get(lang, ()) if value > 1 or of else ()
    for m in _TOKEN.finditer(text, pos):
        word = m.group("w").lower().strip(".")
        if words and word in joined and m.start() == pos:
            pos = m.end()
            continue
        if m.start() != pos or word in stops or len(words) == 4:
            break
        words.append(m)
        pos = m.end()
        if m.group("w")[-1] in ".,":
            break
    if not words:
        return None
    tokens = [m.group("w").rstrip(".") for m in words]
    ends = [m.start("w") + len(t) for m, t in zip(words, tokens, strict=True)]
    if lang in ("fr", "es", "pt", "it"):
        head = tokens[0]
        return (singular(head, lang), ends[0]) if len(head) > 1 else None
    if lang == "de":
        for i, token in enumerate(tokens[:3]):
            if token[0].isupper():
                return singular(token, lang), ends[i]
        return None
    if value > 1 or of:  # "one of the best screens" counts screens
        for i, token in enumerate(tokens):
            named = token[0].isupper() and any(t[0].islower() for t in tokens[i + 1 :])
            if _plural(token, lang) and not named:  # "two Lukas Nielsen goals": a name first
                modifiers = (
                    [_EN_BASE.get(t.lower(), t) for t in tokens[:i]] if lang == "en" else tokens[:i]
                )
                phrase = [*filter(None, modifiers), singular(token, lang)]
                return " ".join(phrase), ends[i]
            if token.lower().endswith("ly"):
                break  # an adverb: "5 injured seriously"
        return None
    run = 0
    while run < len(tokens) and tokens[run][0].isupper():
        run += 1
    last = max(run, 1) - 1
    if _PARTICIPLE.fullmatch(tokens[last]):
        return None  # "one caused by a car bomb", "and one injured": a verb, no noun
    phrase = [*tokens[:last], singular(tokens[last], lang)]
    return " ".join(phrase), ends[last]
