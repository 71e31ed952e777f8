"""Counts of the hurt a sentence tells beyond its outcome cue: people told as "others" ("three
others were also injured", "deux autres blessés", "otros dos heridos", "zwei weitere verletzt"),
whom no subject word names, and a count of the hurt told in parts that add up ("two critical and
two others injured", "one in critical condition and another with minor injuries", "zwei schwer
und zwei leicht verletzt"): the total is added and the parts become its parts, as
``figures_deaths.joined_total`` does for the dead."""

from __future__ import annotations

import re

from newsfuse.extract.figures_deaths import _add_total
from newsfuse.extract.figures_draft import MEASURE, Draft
from newsfuse.records import ClaimKind

_I = re.IGNORECASE
_HURT = frozenset({"injured", "shot"})
# "three others", "deux autres", "zwei weitere", "zwei andere"; never "two other incidents"
_OTHERS_AFTER = re.compile(r"\s+(?:others|autres|weitere[n]?|andere[n]?)(?![\w])", _I)
# "three other shooting victims", "two other men": others when the noun names people
_OTHER_PEOPLE_AFTER = re.compile(r"\s+other\s", _I)
_BY = re.compile(r"(?<![\w])(?:by|par|por|von)\s+$", _I)
# "otros dos heridos", "otras tres personas", "the other four shooting victims", "die anderen
# drei Verletzten"
_OTHERS_BEFORE = re.compile(r"(?<![\w])(?:otros|otras|other|anderen|weiteren)\s+$", _I)
# Others than someone the clause names, not than the dead: the object of who shot ("he shot the
# other two", "hitting 14 other people") or one more beside them ("the man and three other
# people were shot": four shot).
_OTHERS_OF_ANOTHER = re.compile(
    r"(?:\b(?:shot|shoots|shooting|killed|killing|kills|wounded|wounding|hit|hitting|struck"
    r"|striking)|\b(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,2}(?:and|et|y|und))\s+(?:the\s+)?"
    r"(?:other\s+)?$",
    _I,
)
# How hurt a part is, right after its number (or its outcome word): "two critically", "one in
# critical condition", "deux grièvement", "dos heridos graves", "zwei schwer", "drei leicht".
_GRADE = re.compile(
    r"\s+(?:(?:injured|wounded|hurt|heridos?|heridas?|blessée?s?|verletzt)\s+)?(?:(?:were|was|are"
    r"|is|remain|remains|sont|están|sind)\s+)?(?:critically|seriously|severely|gravely|slightly"
    r"|in (?:critical|serious|stable|grave|fair) condition|critical|serious|grièvement|gravement"
    r"|légèrement|graves?|leves?|gravemente|levemente|de gravedad|schwer|leicht"
    r"|lebensgefährlich)(?![\w])",
    _I,
)
# What joins the parts: a clause's "and" or a semicolon, with no new sentence between.
_JOIN = re.compile(
    r"[^.!?]{0,80}?(?:[,;]\s*(?:(?:and|et|y|und)\s+)?|\s(?:and|et|y|und)\s+)"
    r"(?:(?:the|les|los|las|die|otros|otras)\s+)?$",
    _I,
)
_UND = re.compile(r"und\s", _I)
# One more hurt person, without a number: "and another suffered minor injuries", "et un autre
# blessé léger", "y otro herido leve", "und ein weiterer leicht verletzt".
_ANOTHER_HURT = re.compile(
    r"[^.!?]{0,60}?(?:[,;]\s*|\s)(?:and|et|y|und)?\s*(?:another|one other|un autre|une autre"
    r"|otro|otra|ein weiterer|eine weitere)\b(?P<rest>[^.;:!?]{0,60})",
    _I,
)


def others_hurt(s: str, drafts: list[Draft]) -> None:
    """ "Three others were also injured", "FOUR OTHERS HURT", "deux autres ont été blessés",
    "otros dos heridos", "zwei weitere wurden verletzt": a count of the hurt told as others
    counts people, though no subject word names them (a figure with no noun is no one's count).
    Others shot are others than the dead, so hurt: "one man was killed ... Three other males were
    also shot" counts three hurt, not three shot of whom one died, and so do "three other
    shooting victims" and "the other four"; never those who shot ("shot by two other teens"),
    nor others than someone the clause names: the shooter's ("he shot the other two", "hitting
    14 other people") or one more beside them ("the man and three other people were shot")."""
    for d in drafts:
        if (
            d.kind is ClaimKind.COUNT
            and d.measure in _HURT
            and d.role is None
            and not _BY.search(s, max(0, d.number.start - 5), d.number.start)
            and (
                _OTHERS_AFTER.match(s, d.number.end)
                or (
                    (
                        (d.subject and _OTHER_PEOPLE_AFTER.match(s, d.number.end))
                        or _OTHERS_BEFORE.search(s, max(0, d.number.start - 12), d.number.start)
                    )
                    and not _OTHERS_OF_ANOTHER.search(
                        s, max(0, d.number.start - 60), d.number.start
                    )
                )
            )
        ):
            d.subject = d.subject or "people"
            d.measure = "injured"


def hurt_parts(s: str, drafts: list[Draft]) -> None:
    """ "Two men were in critical condition and two others injured", "one critical; the three
    others suffered minor injuries", "zwei schwer und zwei leicht verletzt", "one in critical
    condition and another with minor injuries": the hurt told in parts, the later ones as others
    (or each with how hurt it is), add up; the total is added and the parts become its parts.
    Never parts of a count already told (a part of "four shot" has its role) nor a dead one."""
    counts = [d for d in drafts if d.kind is ClaimKind.COUNT and d.role is None]
    # a count of the hurt told first is their whole ("Four shot, two critically, and two others
    # ..."): what follows tells its parts, no more people
    hurt = [i for i, d in enumerate(counts) if d.measure in _HURT or d.measure == "treated"]
    counts = counts[hurt[0] :] if hurt else []
    for first, second in zip(counts[:1], counts[1:2], strict=False):
        if not (
            _JOIN.fullmatch(s, first.end, second.number.start)
            # German numbers may take the "und" in ("zwei schwer und zwei leicht")
            or _UND.match(second.number.surface)
            and _JOIN.fullmatch(s, first.end, second.number.start + 4)
        ):
            continue
        others = _OTHERS_AFTER.match(s, second.number.end) or _OTHERS_BEFORE.search(
            s, max(0, second.number.start - 12), second.number.start
        )
        graded = _GRADE.match(s, first.number.end) and _GRADE.match(s, second.number.end)
        if (second.measure in _HURT and others) or (graded and second.measure in (*_HURT, None)):
            # one in a grave state and others hurt are all hurt; those shot and those hurt, shot
            measures = {first.measure, second.measure} & _HURT
            measure = measures.pop() if len(measures) == 1 else "shot" if measures else "injured"
            first.measure = measure if first.measure not in _HURT else first.measure
            _add_total(s, drafts, [first, second], second.end)
            drafts[-1].measure = measure
            return
    for first in counts[:1]:
        another = _ANOTHER_HURT.match(s, first.end)
        if (
            another
            and all(d.number.start > another.end() for d in counts[1:])
            and (cue := MEASURE.search(another.group("rest")))
            and cue.lastgroup in _HURT
        ):
            first.measure = first.measure if first.measure in _HURT else cue.lastgroup
            # "one in critical condition and another with minor injuries": both hurt
            _add_total(s, drafts, [first], another.start("rest") + cue.end(), extra=1)
            drafts[-1].measure = first.measure
            return
