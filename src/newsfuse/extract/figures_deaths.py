"""Deaths and victims a sentence counts without a numeral ("a man was killed", "killed his
son", "a double murder", "a fatal shooting") and the totals computed from several counts ("two
adults and four children", "... then shot himself")."""

from __future__ import annotations

import re

from newsfuse.extract.figures_draft import (
    MEASURE,
    NEGATED,
    PEOPLE_OUTCOMES,
    SUBJECT_WORDS,
    Draft,
)
from newsfuse.extract.numbers import NumberSpan, parse_number
from newsfuse.records import ClaimKind, Qualifier

_I = re.IGNORECASE
# "another civilian died": one more, after those already counted
_ONE_MORE_WORDS = (
    r"another|one more|un autre|une autre|otro|otra|ein weiterer|eine weitere|outro|outra"
    r"|un altro|un'altra"
)
_ONE_MORE = re.compile(_ONE_MORE_WORDS, _I)
_SINGULAR = re.compile(
    rf"(?:(?<![\w])(?P<det>{_ONE_MORE_WORDS}|an?|un|una|ein|eine|um|uma)\s+|^)"
    r"(?:(?!(?:the|this|that|his|her|their|its|le|la|el|der|die|das|o|a|il|lo)\s)[\w-]+\s+)?"
    r"(?P<noun>person|man|woman|civilian|child|boy|girl|teen|teenager|student|soldier|officer"
    r"|victim|personne|homme|femme|enfant|civil|persona|hombre|mujer|niño|mann|frau|kind"
    r"|pessoa|homem|mulher|criança|uomo|donna|bambino|teen|youth|toddler|baby|father|mother"
    r"|joven|niña|chico|chica|garçon|fille|adolescente?|junge|mädchen|jugendliche[rn]?"
    r"|male|female|adult"
    r"|son|daughter|juvenile|suspect|resident|driver|deputy|trooper|infant|worker"
    r"|husband|wife|brother|sister|nephew|niece|grandmother|grandfather|employee|pedestrian"
    r"|\d+-(?:year|month)-old)(?![\w])",
    re.IGNORECASE | re.MULTILINE,
)
# A person named with an age apposition: "Jayden Norton, 7, died", "Ann Lee, 71, of Sanford, was".
_NAMED_PERSON = re.compile(
    r"(?<![\w])(?P<noun>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}"
    r"(?:\s+(?:Jr\.?|Sr\.?|II|III|IV))?),\s*\d{1,3},"
    r"(?:\s*(?:of|from|de)\s+[A-Z][\w .'’-]{1,30}?,)?"
)
_ACTIVE_KILL = frozenset({"kill", "kills", "killing"})
# "a man shot and killed his wife": the cue has an object, so the noun before it is the killer.
_OBJECT_AFTER = re.compile(
    r"\s+(?:his|her|their|its|a|an|another|the|him|himself|herself|\d+)\b", _I
)
_WHO_DIED = re.compile(
    r",?\s+who\s+(?:[\w-]+\s+){0,3}?(?:died|has died|was killed|was fatally shot)\b", _I
)
_KIN = (
    "man|woman|child|boy|girl|teen|teenager|student|son|daughter|stepson|stepdaughter|baby|infant"
    "|toddler|wife|husband|girlfriend|boyfriend|father|mother|stepfather|stepmother|grandmother"
    "|grandfather|brother|sister|friend|cousin|nephew|niece|grandson|granddaughter|neighbor"
    "|officer|deputy|aunt|uncle|partner|fiancée|fiancé|fiancee|fiance|roommate|housemate"
    "|coworker|co-worker|boss|landlord"
)
_KIN_PLURAL = (
    "children|grandchildren|stepchildren|kids|sons|daughters|brothers|sisters|adults|people|men"
    "|women|relatives|family members|parents|grandparents"
)
_YEARS_OLD = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)[- ]old"  # "eight-month-old"
_KIN_ADJECTIVE = (
    r"(?:own|unborn|young|little|teenage|elderly|pregnant|visiting|adult|infant|baby|estranged"
    r"|former|ex-|adopted|adoptive|foster|biological)"
)
# "his own 14-year-old son", "their unborn child", "a Rusk County man", "15 year-old", "himself"
_ONE_VICTIM = (
    r"(?:(?:his|her|their|a|an|another)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3})?"
    rf"(?:{_KIN_ADJECTIVE}\s*)?(?:{_YEARS_OLD}\s+)?(?:{_KIN_ADJECTIVE}\s*)?"
    rf"(?:(?:{_KIN})(?:,\s*\d{{1,3}}(?=,))?|{_YEARS_OLD}(?:\s+(?-i:[A-Z])[\w'’-]+){{0,3}}"
    r"|himself|herself)"  # "daughter, 9, found dead", "28-year-old Ty Lee"
)
# Children told by their ages, one age each: "his sons, ages 3 and 4", "kills sons, 10 and 12",
# "her daughters, 6, 8 and 11", "their 12- and 10-year-old sons".
_AGED_KIN = (
    rf"(?:his\s+|her\s+|their\s+)?(?:(?P<ages_before>\d{{1,2}}(?:-?\s*(?:,|and|&)\s*\d{{1,2}})+)-(?:year"
    rf"|month)-old\s+(?:{_KIN_PLURAL})|(?:{_KIN_PLURAL}),\s*(?:ages?\s+)?(?P<ages_after>\d{{1,2}}"
    r"(?:\s*(?:,|and|&)\s*\d{1,2})+))"
)
# A headline's "2-year-old killed in accidental shooting": an age stands for one person.
_AGE_NOUN = re.compile(rf"(?<![\w-])(?P<noun>{_YEARS_OLD})(?![\w-])", _I)
# "killed his 14-year-old son", "fatally shot 24-year-old Alex Doe", "the death of 4-year-old
# Ava", "killed himself": the person named after the verb died, and so did those listed with
# them ("his mother, stepfather, and grandmother", "her daughter and two young grandchildren").
_VICTIM_AFTER = re.compile(
    r"(?<!\bmissed )(?<!\bto )"  # "barely missed killing a boy", "tried to kill his wife"
    r"\b(?:(?:shot and |fatally )?(?:killed|kills|killing|murdered|murders)|fatally shot"
    r"|shoots and kills|(?:claim(?:s|ed)|t(?:ook|akes)) (?:the )?li(?:fe|ves) of"
    # never a "non-fatal shooting of his son": he lived
    r"|(?:(?<!non-)(?<!non )(?:fatal|deadly)\s+(?:shooting|stabbing)|(?:shooting\s+)?deaths?|killing|slaying"
    rf"|murder)\s+of)\s+(?P<noun>{_ONE_VICTIM}|{_AGED_KIN})(?![\w-])",
    _I,
)
# ", her mother", "and two young grandchildren", "and two of her children", "and Feliberto Ponce,
# 17,", ", self"
# One more person, in French, Spanish or German: "et un garçon", "y una joven mujer", "und ein
# Junge" (English ones are ``_ONE_VICTIM``).
_ONE_MORE_PERSON = (
    r"(?:un|une|una|ein|eine)\s+(?:[\w-]+\s+)?(?:homme|femme|enfant|garçon|fille|adolescente?"
    r"|hombre|mujer|niño|niña|joven|chico|chica|Mann|Frau|Kind|Junge|Mädchen"
    r"|Jugendliche[rn]?)"
)
_MORE_VICTIMS = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:(?:(?:his|her|their)\s+)?(?P<n>two|three"
    r"|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:of\s+(?:his|her|their)\s+)?(?:young\s+"
    r"|other\s+)?(?:"
    rf"{_KIN_PLURAL})|{_ONE_VICTIM}|self"
    r"|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,2},\s*\d{1,3},?)(?![\w-])"
    rf"|\s+(?:et|y|und)\s+{_ONE_MORE_PERSON}(?![\w-])",
    _I,
)
# "... then turned the gun on himself", "kills 3 bandmates, self", "..., kills himself"
# The killer may be named after "then": "Four shot to death, then gunman kills himself", "puis le
# tireur s'est suicidé", "y luego el tirador se suicidó", "dann erschoss sich der Schütze".
_KILLER = r"(?:gunman|shooter|suspect|killer|attacker)"
SELF_AFTER = re.compile(
    r"(?:,?\s+(?:and\s+)?(?:then|before)\s+(?:(?:the\s+)?" + _KILLER + r"\s+)?|,\s*(?:and\s+)?)"
    r"(?:(?:turn(?:ing|s|ed)\s+(?:the\s+)?gun"
    r"\s+on|killing|kill(?:s|ed)|(?:fatally\s+)?(?:shooting|shoots|shot))\s+(?:him|her)?self|self)\b"
    # "killed two people and then himself", "killing 2, then himself", "Wife, 4 Kids Then Himself",
    # "killed four classmates and himself"
    r"|,?\s+(?:and\s+)?then\s+(?:him|her)self\b|\s+and\s+(?:him|her)self\b(?!\s+(?:was|is|had|has)\b)"
    # "avant de se suicider", "puis s'est suicidé", "y luego se suicidó", "antes de suicidarse",
    # "und tötete sich dann selbst", "bevor er sich das Leben nahm"
    # "et s'est suicidé", "y se suicidó", "und sich selbst"
    r"|,?\s+(?:(?:avant\s+de|puis|et)\s+(?:(?:le|l['’])\s*(?:tireur|assaillant|suspect|meurtrier)\s+)?"
    r"(?:se\s+suicider|se\s+suicide|s['’]est\s+suicidée?)"
    r"|(?:y\s+)?(?:luego|después|antes\s+de)\s+(?:el\s+(?:tirador|atacante|agresor|sospechoso)\s+)?"
    r"(?:se\s+suicid(?:ó|a)|suicidarse)"
    r"|y\s+se\s+suicid(?:ó|a)"
    r"|(?:und\s+)?(?:dann\s+)?(?:tötete|erschoss|tötet|erschießt)\s+sich\s+(?:dann\s+)?selbst"
    r"|(?:und\s+)?dann\s+(?:tötete|erschoss|tötet|erschießt)\s+sich\s+der\s+(?:Schütze|Täter|Angreifer)"
    r"|und\s+(?:dann\s+)?sich\s+selbst|bevor\s+(?:er|sie)\s+sich\s+(?:selbst\s+(?:tötete|erschoss)"
    r"|das\s+Leben\s+nahm))\b",
    _I,
)
_SELF_LATER = re.compile(rf"[^.;:]{{0,60}}?(?:{SELF_AFTER.pattern})", _I)
# "3 members of family fatally shot; suspect killed", "two bailiffs and the shooter are dead",
# "14 dead, 21 injured ...; 2 suspects killed": the attackers died too
_ATTACKER_DEAD = re.compile(
    r"[^.;]{0,60}?(?:[;,]\s*(?:and\s+)?|\s+and\s+)(?:the\s+|a\s+|(?P<n>two|three|\d)\s+)?"
    r"(?:suspects?|gunm[ae]n|shooters?|attackers?|assailants?)\s+(?:(?:was|were|is|are)\s+)?"
    r"(?:killed|dead|slain|fatally\s+shot|shot\s+dead|shot\s+and\s+killed)\b",
    _I,
)
# "a shooting that left him and his two daughters dead": he is one of the dead too
_SELF_BEFORE = re.compile(r"\b(?:left|leaving)\s+(?:him|her)\s+and\s+(?:(?:his|her)\s+)?$", _I)
_DEATH_OF = re.compile(
    r"\b(?:fatal\s+(?:shooting|stabbing|beating|crash)|(?:shooting\s+)?deaths?|killing|slaying"
    r"|murder|homicide)\s+of\s+$",
    _I,
)
_MULTIPLE_VALUES = {"doub": 2, "dobl": 2, "dupl": 2, "dopp": 2, "trip": 3, "quad": 4, "quin": 5}
_MULTIPLE = re.compile(
    r"(?<![\w])(?P<n>double|triple|quadruple|quintuple|doble|duplo|dupla|duplice|doppel|triplo"
    r"|triplice)[\s-]?(?P<fatal>(?:fatal|deadly)\s+)?(?P<event>murders?|homicides?|killings?"
    r"|shootings?|stabbings?|meurtres?|homicidios?|asesinatos?|homicídios?|omicidi[oi]|mord"
    r"|fusillades?|tiroteos?|sparatori[ae])"
    r"(?![\w])(?![\s-]suicide)",
    re.IGNORECASE,
)
# "an apparent murder-suicide" (at least two dead: a victim and the killer), "a double
# murder-suicide" (three); not an "attempted murder-suicide", where someone lived.
_MURDER_SUICIDE = re.compile(
    r"(?<!attempted )(?<![\w-])(?:(?P<n>double|triple|quadruple)[\s-])?murder[\s-]suicides?\b",
    re.IGNORECASE,
)
# A death told without a number (English). "a fatal shooting" says at least one person died; a
# singular subject that "dies" or a headline's lone victim ("Man killed in crash") says one did.
_FATAL_EVENT = re.compile(
    r"(?<![\w-])(?:fatal|deadly)\s+(?:\w+\s+){0,2}?(?:shootings?|stabbings?|attacks?|crash(?:es)?"
    r"|fires?|incidents?|encounters?|beatings?|assaults?)\b",
    _I,
)
_DIES = re.compile(
    # "brain dead" is alive, as hurt
    r"(?<![\w-])(?:dies|died|killed|(?<!brain )dead|slain|fatally\s+(?:shot|wounded|injured|stabbed)"
    r"|shot\s+(?:dead|to\s+death))\b(?!\s+(?:his|her|their|a|an|the|him|two|three|\d)\b)",
    _I,
)
# Where a plural or negated subject makes the lone-death reading wrong.
_NOT_ONE_DEATH = re.compile(
    r"\b(?:people|persons|men|women|children|kids|teens|teenagers|boys|girls|brothers|sisters"
    r"|sons|daughters|victims|couple|family|students|officers|parents|twins|siblings|friends"
    r"|relatives|both|all|no\s+one|nobody|none|nearly|almost|narrowly|could\s+have|non-?fatal"
    r"|attempted|threat(?:en)?(?:ed|s)?|plot(?:ted)?|survived?)\b",
    _I,
)
_AND_ONLY = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:and|et|y|und|e)\s+", _I)  # "two adults and four"


def unnumbered_death(s: str, drafts: list[Draft], headline: bool) -> list[Draft]:
    """One death a sentence tells without a number: "Lodi 8th-grader dies in accidental shooting"
    (exactly one: a singular subject in a headline, or "dies"), "police investigate a fatal
    shooting" (at least one). Only in English and only where no other death count is read."""
    if any(d.measure == "killed" and d.kind is ClaimKind.COUNT for d in drafts):
        return []
    verb = _DIES.search(s)
    if (
        verb
        and not _NOT_ONE_DEATH.search(s, 0, verb.start())
        and (headline or verb.group().lower() == "dies")
    ):
        span = NumberSpan(verb.start(), verb.end(), 1, 1, verb.group(), words=True)
        return [Draft(span, measure="killed", subject="people", end=verb.end())]
    fatal = _FATAL_EVENT.search(s)
    if fatal and not _NOT_ONE_DEATH.search(s, 0, fatal.start()):
        return [_at_least_dead(fatal, 1)]
    return []


def _at_least_dead(m: re.Match[str], value: float) -> Draft:
    """Deaths a phrase tells as a lower bound ("a fatal shooting", "a murder-suicide")."""
    span = NumberSpan(m.start(), m.end(), value, value, m.group(), words=True)
    return Draft(
        span, qualifier=Qualifier.AT_LEAST, measure="killed", subject="people", end=m.end()
    )


def singulars(s: str, drafts: list[Draft]) -> list[Draft]:
    """ "another civilian died", "a man was killed", "Ann Lee, 7, died", "killed his son": one
    person something happened to."""
    taken = [(d.number.start, d.number.end) for d in drafts if d.kind is not ClaimKind.OTHER]
    found = []
    for m in [*_SINGULAR.finditer(s), *_NAMED_PERSON.finditer(s), *_AGE_NOUN.finditer(s)]:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        # "An eight-month-old baby and a man were killed": the outcome follows the whole list
        count, end = _victim_list(s, m.start(), m.end(), with_self=False)
        tail, measure = s[end : end + 45], None
        cue = MEASURE.match(s, end + len(tail) - len(tail.lstrip(" ,")))  # "daughter, 9, found"
        if cue and (
            cue.group().strip().lower() in _ACTIVE_KILL or _OBJECT_AFTER.match(s, cue.end())
        ):
            cue = None  # "Suspect kills 2": the noun is who killed, not who died
        cue = (
            cue
            or re.match(
                r"\s+(?:was|were|has been|has|had|is|a été|ont été|fue|fueron|resultó|resultaron|quedó|wurden?"
                r"|foi|è stato)\s+"
                r"(?:\w+\s+)?",
                tail,
            )
            and MEASURE.search(tail)
        )
        at = cue.start() + (0 if cue and cue.string is s else end) if cue else 0
        if cue and NEGATED.search(s, max(0, at - 25), at):
            continue  # "a girl and a man were not injured": no one hurt
        if not cue and _WHO_DIED.match(s, end):
            measure = "killed"  # "a 5-year-old boy who died over the weekend"
        measure = cue.lastgroup if cue else measure
        if not cue and _DEATH_OF.search(s, max(0, m.start() - 40), m.start()):
            measure = "killed"  # "the fatal shooting of a man", "the death of a student"
        if measure is None or (measure == "displaced" and count == 1):
            continue  # one person who "fled" escaped ("a suspect fled on foot"): no displacement
        subject = SUBJECT_WORDS.match(m.group("noun")) if count == 1 else None
        # a headline drops the article ("Man killed"); a named person is counted by the name
        word = (m.groupdict().get("det") or m.group("noun")) if count == 1 else s[m.start() : end]
        span = NumberSpan(m.start(), m.start() + len(word), count, count, word, words=True)
        found.append(
            Draft(
                span,
                measure=measure,
                end=end,
                subject=subject.lastgroup if subject else "people",
                # "another civilian died" counts one more, not one of those already counted
                person=not _ONE_MORE.fullmatch(m.groupdict().get("det") or ""),
            )
        )
        taken.append((m.start(), end))
    for m in _VICTIM_AFTER.finditer(s):
        if any(a < m.end() and m.start("noun") < b for a, b in taken):
            continue
        count, end = _victim_list(s, m.start("noun"), m.end())
        if ages := m.group("ages_before") or m.group("ages_after"):
            count += len(re.findall(r"\d+", ages)) - 1  # "his sons, ages 3 and 4": two
        subject = SUBJECT_WORDS.search(m.group("noun")) if count == 1 else None
        span = NumberSpan(m.start("noun"), end, count, count, s[m.start("noun") : end], words=True)
        found.append(
            Draft(
                span,
                measure="killed",
                end=end,
                subject=subject.lastgroup if subject else "people",
                person=True,
            )
        )
    return found


# A list item that ends with a person's name ("Kalif Goens", "22-year-old Kalif", "Ann Lee, 7,").
_NAMED = re.compile(
    r"(?:(?-i:[A-Z])[\w'’.-]+|[- ]old)\s+(?-i:[A-Z])[\w'’.-]+(?:,\s*\d{1,3})?,?\s*$"
)


def _victim_list(s: str, start: int, end: int, with_self: bool = True) -> tuple[int, int]:
    """How many people a list of victims starting with one (``s[start:end]``) names, and where it
    ends (``with_self``: "... before turning the gun on himself" adds the killer). A name set off
    by a comma after someone told by who they are is that person again, not one more ("his
    brother, 22-year-old Kalif Goens", "a woman, Ann Lee, 71,"); "and" always adds one ("his
    wife, Jane Doe, and their son": two)."""
    count, named = 1, bool(_NAMED.search(s, start, end))
    while more := _MORE_VICTIMS.match(s, end):
        n = more.group("n")
        item_named = bool(_NAMED.search(more.group()))
        apposition = item_named and not named and not n and not re.search(r"\band\b", more.group())
        count += 0 if apposition else int(parse_number(n, "en")) if n else 1
        named, end = item_named, more.end()
    if with_self and (self_kill := SELF_AFTER.match(s, end)):
        count, end = count + 1, self_kill.end()
    return count, end


def multiples(s: str) -> list[Draft]:
    """ "a double murder", "a triple shooting", "doble homicidio", "a murder-suicide": the event
    counts its dead or wounded."""
    found = []
    for m in _MULTIPLE.finditer(s):
        value = float(_MULTIPLE_VALUES[m.group("n").lower()[:4]])
        event = m.group("event").lower()
        shooting = event.startswith(("shoot", "fusill", "tirot", "spar"))
        measure = "shot" if shooting and not m.group("fatal") else "killed"  # "double fatal"
        span = NumberSpan(m.start(), m.end("n"), value, value, m.group("n"), words=True)
        found.append(Draft(span, measure=measure, subject="people", end=m.end()))
    for m in _MURDER_SUICIDE.finditer(s):
        value = float(_MULTIPLE_VALUES[m.group("n").lower()[:4]] + 1 if m.group("n") else 2)
        # at least: the killer may have taken more lives than the word says
        found.append(_at_least_dead(m, value))
    return found


# An outcome verb whose object the number is: "killed one and injured three others", "wounding
# five partygoers", "a blessé trois", "hiriendo a tres", "verletzte drei": it counts people.
OUTCOME_VERB_BEFORE = re.compile(
    r"\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s)|kill(?:ed|ing|s)|shot|shooting|shoots|hurt(?:ing)?"
    r"|(?:a|ont) (?:blessé|tué)|bless(?:ant|e)|tu(?:ant|e)"
    r"|hiri(?:ó|eron|endo)|mat(?:ó|aron|ando)|"
    r"verletzte(?:n)?|tötete(?:n)?|erschoss(?:en)?)(?:\s+(?:a|an))?\s+\Z",
    re.I,
)


def joined_total(s: str, drafts: list[Draft]) -> None:
    """ "two adults and four children were found dead": the sentence states six deaths, in two
    parts; the total is added (its evidence is the whole phrase) and the two become its parts.
    Also when the outcome verb comes first and is shared ("injuring four men and two women",
    "blessant deux hommes et trois femmes", "hiriendo a dos hombres y tres mujeres"): the second
    group, which no cue of its own follows, takes the first's outcome."""
    counts = [d for d in drafts if d.kind is ClaimKind.COUNT]
    for first, second in zip(counts, counts[1:], strict=False):
        shared = (
            second.measure is None
            and second.subject is not None
            and OUTCOME_VERB_BEFORE.search(s, max(0, first.number.start - 30), first.number.start)
        )
        if (
            first.role is None
            and second.role is None
            and first.measure in PEOPLE_OUTCOMES
            and (first.measure == second.measure or shared)
            and first.subject != second.subject
            and _and_only(s, first, second)
        ):
            second.measure = first.measure
            _add_total(s, drafts, [first, second], second.end)
            return


# What joins two people each told with a clause of their own: "and", "while", a comma.
_CLAUSE_JOIN = re.compile(
    r"[^.;:]{0,80}?(?:,\s*(?:and\s+|while\s+|et\s+|y\s+|und\s+)?|\s(?:and|while|et|tandis qu['’]?"
    r"|y|mientras|und|während)\s+)(?:\w+\s+){0,2}?$",
    _I,
)
_NEW_PERSON = frozenset({"a", "an", "un", "une", "uno", "una", "ein", "eine"})


def singles_total(s: str, drafts: list[Draft]) -> None:
    """ "a woman was shot in the back and a 5-year-old boy was shot in the arm", "un homme a été
    blessé et une femme a été blessée": people each brought in with "a" (someone new, never one
    already named) and the same outcome in one sentence add up, those shot and those hurt as
    shot; the total is added and each becomes its part (like ``joined_total``)."""
    singles = [
        d
        for d in drafts
        if d.role is None
        and d.measure in ("killed", "injured", "shot")
        and d.number.low == d.number.high == 1
        and d.number.surface.lower() in _NEW_PERSON
    ]
    for first in singles:
        chain, said = [first], {s[first.number.start : first.end].lower()}
        for second in singles:
            phrase = s[second.number.start : second.end].lower()
            if (
                second.number.start > chain[-1].end
                and _same_harm(first, second)
                and phrase not in said
                and _CLAUSE_JOIN.fullmatch(s, chain[-1].end, second.number.start)
            ):
                chain.append(second)
                said.add(phrase)
        if len(chain) > 1:
            _add_total(s, drafts, chain, chain[-1].end)
            # "a man was shot in the leg and a woman was grazed": both were shot
            drafts[-1].measure = "shot" if {d.measure for d in chain} == _HIT else first.measure
            return


_HIT = frozenset({"shot", "injured"})


def _same_harm(first: Draft, second: Draft) -> bool:
    """The same outcome, or one shot and one hurt (by the same gunfire)."""
    return first.measure == second.measure or {first.measure, second.measure} == _HIT


def _and_only(s: str, first: Draft, second: Draft) -> bool:
    """Whether only "and" (and a word) stands between two groups; German numbers may take the
    "und" in ("zwei Männer und drei Frauen": "und drei", as in "hundertunddrei")."""
    if _AND_ONLY.fullmatch(s, first.end, second.number.start):
        return True
    return not s[first.end : second.number.start].strip() and bool(
        re.match(r"und\s", second.number.surface, re.I)
    )


def _add_total(
    s: str,
    drafts: list[Draft],
    parts: list[Draft],
    end: int,
    extra: int = 0,
    qualifier: Qualifier = Qualifier.EXACT,
    start: int | None = None,
) -> None:
    """Append the total of ``parts`` (plus ``extra`` people no draft counts), its evidence running
    from ``start`` (default: the first part) to ``end``; the parts become its parts."""
    first = parts[0]
    low = sum(p.number.low for p in parts) + extra
    high = sum(p.number.high for p in parts) + extra
    start = first.number.start if start is None else start
    span = NumberSpan(start, end, low, high, s[start:end], words=True)
    total = Draft(
        span, qualifier=qualifier, measure=first.measure, subject="people", end=end, role="total"
    )
    drafts.append(total)
    for part in parts:
        part.role, part.parent = "part", len(drafts) - 1


def with_killer(s: str, drafts: list[Draft]) -> None:
    """ "killed two children, then fatally shot himself", "left him and his two daughters dead",
    "3 fatally shot; suspect killed": the sentence tells the victims and the killer's death; a
    total (the victims plus the killers) is added, the victims' count becomes its part (like
    ``joined_total``, a figure computed rather than read). A murder-suicide's own "at least two"
    already counts the killer."""
    for draft in drafts:
        if (
            draft.measure != "killed"
            or draft.kind is not ClaimKind.COUNT
            or draft.person  # a list of named victims takes the killer in itself
            or draft.role is not None
            or draft.qualifier not in (Qualifier.EXACT, Qualifier.AT_LEAST)
            or _MURDER_SUICIDE.fullmatch(draft.number.surface)
        ):
            continue
        killer = _SELF_LATER.match(s, draft.end)
        before = _SELF_BEFORE.search(s, max(0, draft.number.start - 30), draft.number.start)
        if killer is not None or before is not None:
            start = before.start() if before else draft.number.start
            end = killer.end() if killer else draft.end
            _add_total(s, drafts, [draft], end, extra=1, qualifier=draft.qualifier, start=start)
            return
        if attackers := _ATTACKER_DEAD.match(s, draft.end):
            counted = [d for d in drafts if d.number.start == attackers.start("n")]
            extra = 0 if counted else int(parse_number(attackers.group("n") or "1", "en"))
            _add_total(s, drafts, [draft, *counted], attackers.end(), extra, draft.qualifier)
            return


# "One of four women wounded ... has died", "two of the four shooting victims had died", "l'un
# des quatre blessés est mort", "uno de los cuatro heridos murió", "zwei der vier Verletzten sind
# gestorben": some of those hit died since. Never the dead told as the whole ("one of the two
# people who died", "one of the 10 people arrested").
_SOME_OF = re.compile(r"\s+(?:of(?:\s+the)?|des|de\s+l[oa]s|der)\s+", _I)
_DIED_SINCE = re.compile(
    r"(?:(?!\b(?:who|that|which|qui|que|die|welche)\b)[^.;:])*?\b(?:(?:has|have|had)\s+)?"
    r"(?:died|dies|succumbed|(?:est|sont)\s+(?:morte?s?|décédée?s?)|a\s+succombé|murió|murieron"
    r"|falleció|fallecieron|(?:ist|sind)\s+gestorben|starb|starben)\b",
    _I,
)


def died_since(s: str, drafts: list[Draft]) -> None:
    """ "One of five people hurt in the shooting has died": the whole counts those hit (shot),
    the part the dead among them, so the hurt are the rest (as "six shot, two of them fatally")."""
    for i, (part, whole) in enumerate(zip(drafts, drafts[1:], strict=False)):
        if (
            part.number.high < whole.number.low
            and whole.kind is ClaimKind.COUNT
            and whole.measure in (None, "injured", "shot", "killed")
            and _SOME_OF.fullmatch(s, part.number.end, whole.number.start)
            and _DIED_SINCE.match(s, whole.number.end)
        ):
            part.kind, part.measure, part.subject = ClaimKind.COUNT, "killed", "people"
            part.role, part.parent = "part", i + 1
            whole.measure, whole.role = "shot", "total"
            return


# "he and three others were shot", "she and her two sons were found dead", "lui et deux autres
# personnes ont été blessées", "él y otras dos personas resultaron heridas", "er und zwei weitere
# wurden verletzt": the one the pronoun names before the count shares its outcome.
_SELF_AND = re.compile(
    r"(?<![\w])(?P<self>he|she|lui|elle|él|ella|er|sie)\s+(?:and|et|y|und)\s+"
    r"(?:(?:his|her|their|ses|sus|seine|ihre)\s+)?(?:(?:otros|otras)\s+)?$",
    _I,
)
# German numbers may take the "und" in ("er und zwei weitere": "und zwei")
_SELF_UND = re.compile(r"(?<![\w])(?P<self>er|sie)\s+$", _I)
# "shot him and two others", "killed her and three other people": the object shares the outcome
_OBJECT_AND = re.compile(
    r"\b(?:shot|shooting|wounded|wounding|injured|injuring|killed|killing)\s+(?P<self>him|her)"
    r"\s+and\s+(?:(?:his|her|their)\s+)?$",
    _I,
)
# What may stand between the count and its outcome when it is told as something that happened
# to them ("two others were shot", "deux autres ont été blessés", "dos personas resultaron
# heridas", "zwei weitere wurden durch Schüsse verletzt"), never as their own act ("he and two
# others opened fire, wounding three"): the others' word, one noun, an auxiliary and at most
# two words.
_PASSIVE_GAP = re.compile(
    r"(?:\s+(?:others?|other|autres?|weitere[n]?|andere[n]?)(?![\w-]))?(?:\s+[^\W\d_]+)??"
    r"\s+(?:were|was|had\s+been|have\s+been|are|ont\s+été|sont|étaient|fueron|resultaron"
    r"|han\s+sido|quedaron|wurden|sind|waren)\s+",
    _I,
)
_TWO_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}")


def and_self(s: str, drafts: list[Draft]) -> None:
    """ "He and three others were shot", "she and her two sons were dead", "lui et deux autres
    ont été blessés", "él y otras dos personas resultaron heridas", "er und zwei weitere wurden
    verletzt", "shot him and two others": the count leaves out the one the pronoun names, who
    shares its outcome; a total one higher is added (like ``with_killer``'s "left him and his
    two daughters dead") and the count becomes its part. Those told shot stay shot (not hurt
    as others are): the one the pronoun names may be the one who died."""
    for draft in drafts:
        if (
            draft.kind is not ClaimKind.COUNT
            or draft.role is not None
            or draft.measure not in PEOPLE_OUTCOMES
        ):
            continue
        lead, end, measure = max(0, draft.number.start - 40), draft.end, draft.measure
        before = _OBJECT_AND.search(s, lead, draft.number.start)
        if before is None:
            gap = _PASSIVE_GAP.match(s, draft.number.end)
            cue = gap and MEASURE.search(s, gap.end(), gap.end() + 40)
            if (
                not cue
                or not _TWO_WORDS.fullmatch(s, gap.end(), cue.start())
                or not _same_harm(draft, Draft(draft.number, measure=cue.lastgroup))
            ):
                continue
            end, measure = max(end, cue.end()), cue.lastgroup
            und = re.match(r"und\s", draft.number.surface, _I)
            before = (_SELF_UND if und else _SELF_AND).search(s, lead, draft.number.start)
        if before is not None:
            draft.measure = measure
            _add_total(s, drafts, [draft], end, extra=1, start=before.start("self"))
            return
