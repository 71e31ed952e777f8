"""Readings fill what a report leaves unsaid, each stated in the count's rule, and vote like a
stated figure: a report whose lead tells of a death without any number ("the fatal shooting of a
student", "a deadly shooting", "fusillade mortelle", "tiroteo mortal", "tödliche Schüsse", "takes
own life") says one death; two when it tells of a murder-suicide, of a killing and the killer's
own death ("killed his wife, then himself", "a tué sa femme avant de se suicider"), or of two
people found dead together ("a mother and son were found shot dead") — the killer's death counts,
as ACLED and the Gun Violence Archive count it — and a report that counts one death yet tells of
such a killing and suicide counts the killer too; so does a report counting the killer's victims,
as what he killed ("kills his two sons", "a tué deux personnes"), as murders ("a triple
murder", "5 murdered", "un doble homicidio"), as victims or others than someone ("two victims",
"left two others dead", "deux victimes", "dos víctimas", "zwei Opfer") or as killed by someone ("Four people were killed by
a man", "tuées par un homme"; never by police), when any report's lead tells the killer died, by
his own hand or by police fire ("officers returned fire, killing the suspect", "le tireur a été
abattu", "el atacante fue abatido", "der Täter wurde von der Polizei erschossen", "he was shot
dead by police", "Cops kill suspect"), by the dead told as taking him in ("3 dead, including the
gunman", "dont le tireur", "incluido el atacante", "darunter der Täter") or as the dead attacker
("the slain gunman"); never a count of all the dead ("3 dead"), which may take him in, nor of the
dead police killed ("Officers shot and killed two men"). A roundup (a headline telling of several
shootings: "4 killed, 16 wounded in Wednesday shootings") says nothing of the killed beside a
report of this event alone whose headline tells of people shot or hurt, when no such report tells
of a death in its headline or first five sentences: the roundup's deaths are the other shootings'. Deaths told as many without a number ("several killed",
"des dizaines de morts") give no reading, nor does a line telling of several shootings ("1 dead,
5 wounded in weekend shootings": a tally). A report that states no count of the dead in general
but one of a kind in its headline ("Two Deputies Killed") says that many, not the one death its
words would read. A report whose headline tells of people shot or hurt and of no death ("Child grazed by bullet", "Four People Shot at Bar") says nothing of the killed
when its first death is told past its first three sentences (a page's other stories, an older
killing recalled); nor does one whose first death is told past its first five sentences when no
report's headline or first five sentences tell of a death at all (a page's sidebar, another
story); both hold for a death read without a number as for a stated one. A report that states
no figure of the count but whose headline or first five sentences tell the dead right after
their number ("Police: 2 dead in Stockton shooting", "deux morts", "dos muertos", "zwei Tote";
its figure went to a fact of a kind) says that many; never a parent of that many ("Father of 4
killed") nor a line telling of several shootings. A report whose headline tells the dead by
their rank ("5th person dies", "Troisième victime décédée", "La cuarta víctima murió", "Drittes
Opfer gestorben") says that many, when it states fewer. A death told in the title of another clip
of the page's video player ("1:21 Man charged in deadly crash") is another story's. A report
whose headline counts the hurt and tells of no death ("Elgin shooting leaves 5 injured"; not "police kill gunman" nor "shooting claims one man's life") says none died, whatever
figure its page goes on with. A
report that counts people shot and the killed, but not the injured, says the injured are those
shot minus the killed (for a report telling of no death, the toll of the reports after it: the
one shot may have died since) when they are more than the dead (no more shot than dead tells
nothing of the hurt: the count may leave them out), and so does one whose smaller count of the
hurt tells only some of them: the gravely hurt ("5 people shot, 2 seriously injured", "dont deux
grièvement blessées": the 2 are some of the 5) or one person told without a number ("Four shot
... a 26-year-old was wounded on the arm"); a plain smaller count ("5 shot, 2 injured") stands.
One
whose lead tells of one person hurt without a number and of no death ("Boy, 5, shot with
shotgun", "a 17-year-old was shot in the leg", "the accidental shooting of a 3-year-old", "Teen
accidentally shoots mom", "Stray bullet hits girl", "2-year-old in critical condition", "un
enfant blessé par balle", "un joven herido de bala", "ein Mann angeschossen") says one injured,
unless another report counts the hurt or tells of a death (the one hurt may be one of several,
or the one who died) or the lead says no one was hurt; a gun's caliber (".22") counts no one. One
whose lead tells of a death and of one other person hurt, each with a subject of their own ("One
teen killed, another wounded", "Toddler killed, adult critically injured", "killing a man and
wounding a woman", "took his own life after he shot a deputy", "un mort et un blessé", "un muerto y un herido", "ein Toter und ein
Verletzter") says one injured, when no report counts the hurt or more shot than dead, and unless
the line tells of several shootings ("in separate incidents"). One person hurt told without a
number in a report telling of no death ("a 16-year-old boy was critically wounded") is dropped when
a later report tells of a death and of no one hurt: the one hurt died since. Those shot minus the
killed leave out the killer's own death a count takes in ("shoots 4 relatives, killing 2, then
himself": 2 hurt). A figure told over a period right after it ("64 homicides reported this year")
is a place's tally, as are figures over several shootings: no report's own. When no report
counts the hurt or those shot, nor tells of a death, a report's count of people taken to hospital or kept there in a
grave state ("sent five people to the hospital", "a envoyé cinq personnes à l'hôpital", "dos en
estado crítico") counts the hurt; beside a count of the hurt it is mostly some of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..extract.figures_deaths import SELF_AFTER
from ..extract.figures_lexicon import MONTHS
from ..extract.numbers import find_numbers
from ..records import HEADLINE, Article, Evidence, Sentence
from .count_cues import (
    BESIDE,
    DEAD_AFTER,
    DEATH_LEAD,
    GRAVE,
    HURT_LEAD,
    KILLED,
    KILLED_BY_HIM,
    KILLED_BY_ONE,
    MANY,
    MURDERS,
    NO_DEATH,
    NOT_HURT,
    ONE_DEATH,
    ONE_HURT,
    POLICE_KILLING,
    SELF_WORD,
    SEPARATE,
    VICTIMS,
    clip_title,
    counts_hurt_only,
    evidence_of,
    killer_died,
    killer_dies,
    lead_of,
    nth_death,
    tells_death,
    tells_hurt_only,
    tells_one_beside,
)
from .count_stated import Said, best_said, says_one

UNNUMBERED_RULE = "a death told without a number in the lead: {n} death(s)"

KILLER_RULE = "a killing and the killer's own death: the victims and the killer"

NUMBERED_RULE = "the dead told right after their number, no figure of the count kept: that many"

NTH_RULE = "a headline telling the dead by their rank ('5th person dies'): that many"

NO_DEATH_RULE = "a headline counting the injured and no death: none killed"

SHOT_RULE = "injured: people shot ({shot:g}) minus the killed ({killed:g})"

PART_RULE = (
    "injured: people shot ({shot:g}) minus the killed ({killed:g}), not a part of the hurt"
    " ({part:g})"
)

TREATED_RULE = "injured: people taken to hospital or in a grave state, and no count of the hurt"

ONE_HURT_RULE = "one person hurt told without a number, and no death: one injured"

BESIDE_RULE = "a death and one other person hurt told without a number: one injured"


def _victims_only(own: Said, title: str) -> bool:
    """Whether a report's figure counts the killer's victims, the object of an active killing
    ("kills 4", "killed his two sons", "shot and killed three people", "a tué trois personnes",
    "mató a tres personas", "tötete drei Menschen"), so not the killer who died too (as "5 dead"
    may), unless its own words already name him ("killing 3, then himself", "kills woman, her
    son, himself"); never police's killing ("Officers shot and killed two men")."""
    text = title if own.evidence.sentence_index == HEADLINE else own.evidence.text
    at = text.find(own.words) if own.words else -1
    killing = KILLED_BY_HIM.search(text, max(0, at - 40), at) if at >= 0 else None
    return (
        killing is not None
        and not POLICE_KILLING.search(text, max(0, killing.start() - 40), killing.start())
        and not SELF_WORD.search(own.words)
    )


def _his_victims(own: Said, title: str) -> bool:
    """Whether a report's figure counts only those the killer killed: the object of his killing
    (``_victims_only``), murders ("a triple murder", "5 murdered"), the dead told as his victims or
    as others than someone ("two victims", "left two others dead"), or the dead told as killed by
    someone ("Four people were killed by a man", "tuées par un homme")."""
    if _victims_only(own, title) or MURDERS.search(own.words) or VICTIMS.search(own.words):
        return True
    text = title if own.evidence.sentence_index == HEADLINE else own.evidence.text
    at = text.find(own.words) if own.words else -1
    return at >= 0 and bool(KILLED_BY_ONE.match(text, at + len(own.words)))


@dataclass(slots=True, frozen=True)
class KilledCues:
    """What ``read_killed`` reads of one report alone (its headline and lead), whatever its
    event: kept with the report's other readings (``event.lead``) for its next events."""

    hurt_only: bool  # tells_hurt_only
    death: bool  # tells_death
    killer_died: bool  # killer_died of its lead
    killer_dies: bool  # killer_dies of its lead
    one_death: bool  # a line of its lead tells of a death, no tally, no denial, no many
    many: bool  # its lead tells of many


def killed_cues(article: Article, sentences: Sequence[Sentence]) -> KilledCues:
    """The cues ``read_killed`` reads of one report (its own sentences)."""
    lead = lead_of(article)
    # a line telling of several shootings tells a tally, no death of this event's
    told = any(ONE_DEATH.search(x) and not SEPARATE.search(x) for x in lead.splitlines())
    many = bool(MANY.search(lead))
    return KilledCues(
        hurt_only=tells_hurt_only(article),
        death=tells_death(article, {article.id: list(sentences)}),
        killer_died=killer_died(lead),
        killer_dies=killer_dies(lead),
        one_death=bool(told and not NO_DEATH.search(lead) and not many),
        many=many,
    )


def read_killed(
    said: dict[str, Said],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    injured: dict[str, Said],
    kept: Mapping[str, KilledCues] | None = None,
) -> None:
    """Fill what reports leave unsaid of the killed (readings in the module docstring).
    ``kept``: reports' cues already read (``killed_cues``); the others are read here."""
    cues = {
        a.id: (kept or {}).get(a.id) or killed_cues(a, sentences.get(a.id, [])) for a in articles
    }
    # the killer died, by his own hand or police fire, as a report's lead tells
    # no report's lead tells of a death: a death told far down is another story's (a page's
    # sidebar, an older killing recalled)
    # a roundup (a headline telling of several shootings) beside reports of this event alone whose
    # headlines tell of people shot or hurt, and whose leads of no death: its deaths are the other
    # shootings'
    roundups = {a.id for a in articles if SEPARATE.search(a.title)}
    alone = [a for a in articles if a.id not in roundups]
    if not any(cues[a.id].hurt_only for a in alone) or any(cues[a.id].death for a in alone):
        roundups = set()
    own_reports = [a for a in articles if a.id not in roundups]
    far = not any(cues[a.id].death for a in own_reports)
    killer_dead = any(cues[a.id].killer_died for a in own_reports)
    for article in articles:
        if article.id in roundups:
            said.pop(article.id, None)
            continue
        cue = cues[article.id]
        own = said.get(article.id)
        if article.id in injured and counts_hurt_only(article):  # the headline's own count
            headline = Evidence(article.id, HEADLINE, article.title)
            said[article.id] = Said(article.id, 0, 0, 0, headline, NO_DEATH_RULE)
            continue
        if own is not None and _another_story(article, own.evidence, far, cue.hurt_only):
            del said[article.id]
            continue
        rank = nth_death(article.title)
        if rank is not None and (own is None or own.value < rank):
            headline = Evidence(article.id, HEADLINE, article.title)
            said[article.id] = Said(article.id, rank, rank, rank, headline, NTH_RULE, counted=True)
            continue
        if own is not None:
            victims = _victims_only(own, article.title)
            if own.low == own.high and (
                ((own.value == 1 or victims) and cue.killer_dies)
                # his victims, told in the lead, when any report tells he died
                or (
                    killer_dead
                    and own.evidence.sentence_index < DEATH_LEAD
                    and _his_victims(own, article.title)
                )
            ):
                own.value = own.low = own.high = own.value + 1
                own.rule = KILLER_RULE
                own.counted = False  # a count of the report's own no more
            continue
        found = None if cue.many else _numbered_dead(article, sentences)
        if found and not _another_story(article, found[0], far, cue.hurt_only):
            value = found[1]
            said[article.id] = Said(
                article.id, value, value, value, found[0], NUMBERED_RULE, counted=True
            )
        elif cue.one_death:
            evidence = evidence_of(article, ONE_DEATH, sentences)
            if not _another_story(article, evidence, far, cue.hurt_only):
                n = 2 if cue.killer_dies else 1
                rule = KILLER_RULE if n == 2 else UNNUMBERED_RULE
                said[article.id] = Said(article.id, n, n, n, evidence, rule)


# a parent of that many ("Father of 4 killed", "mère de trois enfants tuée", "padre de dos hijos
# muerto", "Vater von drei Kindern getötet"): one of the dead, never their number
_PARENT_OF = re.compile(
    r"\b(?:father|mother|dad|mom|parent|père|mère|padre|madre|Vater|Mutter)\s+(?:of|de|von)\s+$",
    re.I,
)


_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+$", re.I)  # "November 18": a day


def _numbered_dead(
    article: Article, sentences: dict[str, list[Sentence]]
) -> tuple[Evidence, float] | None:
    """The number of the dead a report's headline or first ``DEATH_LEAD`` sentences state right
    before them ("Police: 2 dead in Stockton shooting", "Two dead, two injured", "deux morts",
    "dos muertos", "zwei Tote"), for a report that states no figure of the count (its figure went
    to a fact of a kind, or none was kept): never one's kin ("Father of 4 killed"), nor a tally
    of several shootings."""
    language = article.language or "en"
    lines = [Evidence(article.id, HEADLINE, article.title)] + [
        Evidence(article.id, s.index, s.text)
        for s in sentences.get(article.id, [])
        if s.index < DEATH_LEAD
    ]
    for line in lines:
        text = line.text
        if not DEAD_AFTER.search(text) or SEPARATE.search(text) or NO_DEATH.search(text):
            continue  # (no dead told after any word: no number to read them by)
        for n in find_numbers(text, language):
            if (
                n.low == n.high
                and n.low >= 2
                and not (n.article or n.approximate or n.vague)
                and not _PARENT_OF.search(text, max(0, n.start - 20), n.start)
                and not _MONTH_BEFORE.search(text, max(0, n.start - 12), n.start)
                and DEAD_AFTER.match(text, n.end)
            ):
                return line, n.low
    return None


def _another_story(article: Article, evidence: Evidence, far: bool, hurt_only: bool) -> bool:
    """Whether a report's death, stated or read, is told where it is another story's: past the
    lead of a report whose headline tells of the hurt only, far down when no report's lead
    tells of a death (a page's sidebar, an older killing recalled), or in the title of another
    clip of the page's video player ("1:21 His number was the last one in a dead man's phone.")."""
    index = evidence.sentence_index  # a headline's (-1) is never another story's
    return (
        (hurt_only and index > HURT_LEAD)
        or (far and index >= DEATH_LEAD)
        or (index != HEADLINE and clip_title(article, evidence.text))
    )


def read_injured(
    said: dict[str, Said],
    shot: dict[str, Said],
    killed: dict[str, Said],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
) -> None:
    """Fill what reports leave unsaid of the injured (readings in the module docstring): one
    person hurt and no death, the shot minus the killed, one hurt beside a death."""
    counted = bool(said)  # a report states a count of the hurt
    languages = {a.id: a.language or "en" for a in articles}
    told = bool(said or shot) or any(k.value for k in killed.values())
    for article in [] if told else articles:
        lead = lead_of(article)
        if ONE_HURT.search(lead) and not (
            ONE_DEATH.search(lead)
            or KILLED.search(lead)
            or MANY.search(lead)
            or NOT_HURT.search(lead)
        ):
            evidence = evidence_of(article, ONE_HURT, sentences)
            said[article.id] = Said(article.id, 1, 1, 1, evidence, ONE_HURT_RULE)
    for article_id, hit in shot.items():
        if hit.low != hit.high:
            continue
        # a report telling of no death: the toll of the reports after it (the one shot may have
        # died since)
        dead = _victims(killed[article_id]) if article_id in killed else 0
        later = [k for k in killed.values() if k.order > hit.order]
        dead = dead or (_victims(best_said(later)) if later else 0)
        n = max(0.0, hit.value - dead)
        own = said.get(article_id)
        if own is not None and not (
            own.value < n and _some_of_them(own, languages.get(article_id, "en"))
        ):
            continue  # a count of the hurt stands, unless it counts only some of those shot
        if n == 0 and own is None:
            continue  # no more shot than dead: the count may leave out the hurt, it tells none
        rule = (PART_RULE if own is not None else SHOT_RULE).format(
            shot=hit.value, killed=dead, part=own.value if own is not None else 0
        )
        # a count of the report's own, from the two it states (when its lead states them)
        counted = hit.evidence.sentence_index < DEATH_LEAD
        said[article_id] = Said(article_id, n, n, n, hit.evidence, rule, counted=counted)
    if counted or any(s.value for s in said.values()) or not any(k.value for k in killed.values()):
        return  # a count of the hurt, or of the shot beyond the dead, is told
    for article in articles:
        if article.id not in said and tells_one_beside(article):
            evidence = evidence_of(article, BESIDE, sentences)
            said[article.id] = Said(article.id, 1, 1, 1, evidence, BESIDE_RULE)


def read_treated(
    injured: dict[str, Said],
    shot: dict[str, Said],
    killed: dict[str, Said],
    treated: dict[str, Said],
) -> None:
    """When no report counts the hurt or those shot, nor tells of a death, each report's count of
    people taken to hospital or kept there in a grave state ("sent five people to the hospital",
    "a envoyé cinq personnes à l'hôpital", "dos en estado crítico") counts the hurt: mostly some
    of them, it is no count of its own beside one of the hurt, and beside a death those taken to
    hospital may be the dead ("the victim was taken to a hospital. He died on Monday")."""
    if injured or shot or any(k.value for k in killed.values()):
        return
    for article_id, own in treated.items():
        injured[article_id] = Said(
            article_id,
            own.low,
            own.high,
            own.value,
            own.evidence,
            TREATED_RULE,
            own.authority,
            own.order,
            None,
            own.words,
        )


def _victims(killed: Said) -> float:
    """The dead among those shot: a count that takes in the killer's own death ("shoots 4
    relatives, killing 2, then himself", "tue deux enfants puis se suicide") counts one more dead
    than were shot."""
    return (
        killed.value - 1 if killed.value >= 2 and SELF_AFTER.search(killed.words) else killed.value
    )


def _some_of_them(own: Said, language: str) -> bool:
    """Whether a report's count of the hurt tells only some of them: the gravely (or lightly)
    hurt ("2 seriously injured", "dont deux grièvement blessées"), or one person told without a
    number ("a 26-year-old was wounded on the arm", "Teenager injured during quadruple shooting",
    "une femme blessée"), one of those a count of the shot names."""
    return bool(GRAVE.search(f"{own.words} {own.evidence.text}")) or _one_unnumbered(own, language)


def _one_unnumbered(own: Said, language: str) -> bool:
    """Whether a report's figure is one person told without a number ("a 16-year-old boy was
    critically wounded", "un homme blessé"), read or stated."""
    if own.rule:
        return own.rule == ONE_HURT_RULE
    return own.value == 1 and not says_one(own.words, language)


def died_since(
    injured: dict[str, Said],
    killed: dict[str, Said],
    articles: Sequence[Article],
) -> None:
    """Drop the one person hurt a report tells without a number and without any death ("a
    16-year-old boy was critically wounded", "un homme a été blessé") when a later report tells
    of a death and of no one hurt ("16-year-old killed"): the one hurt is the one who died since,
    no second victim (as the shot minus the killed takes the toll of later reports)."""
    leads = {a.id: lead_of(a) for a in articles}
    languages = {a.id: a.language or "en" for a in articles}
    for article_id, own in list(injured.items()):
        lead = leads.get(article_id, "")
        if (
            _one_unnumbered(own, languages.get(article_id, "en"))
            and not (ONE_DEATH.search(lead) or KILLED.search(lead))
            and any(
                k.value >= 1 and k.order > own.order and k.article_id not in injured
                for k in killed.values()
            )
        ):
            del injured[article_id]
