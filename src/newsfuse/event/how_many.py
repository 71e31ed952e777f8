"""How many were killed, injured, displaced, arrested or went missing: UCDP-style best / low /
high counts of the event, taken from its reconciled facts (``reconcile``), never re-read.

Per measure, the event's main fact is the one most reports state in their headline or first
``LEAD_SENTENCES`` sentences (a report's toll leads; figures further down mostly recall other
events), about someone (a figure with no noun is often a date or a tally); on a tie one about
people in general rather than a group, then the one more independent sources state, then the one
stated first in a report, then the smaller (ACLED: the most conservative when equally supported).

Each report then says one figure of the count: of the main fact when it states it, else of another
fact about people in general that is no part of another (the reconciliation may split one toll
over several facts); the first it states with a number, its headline's first, else its first (a
page often goes on with other stories' figures). ``best`` is the figure the most reports allow (a
lower bound such as "at least 240" allows 255 of its own fact, never a figure of another fact such
as a war's "more than half a million dead"), then the one most statements allow, then the latest
report's (tolls grow as news comes in), at last the smaller; ``low`` and ``high`` are the smallest
and largest figures the reports of that fact state (readings only when none states one). Parts of
the main fact that several independent sources state ("civilians", "children") follow, with their own
best / low / high; never a part told in the same words as its whole, which would read as a second
count.

Readings fill what a report leaves unsaid, each stated in the count's rule, and vote like a
stated figure: a report whose lead tells of a death without any number ("the fatal shooting of a
student") says one death; two when it tells of a murder-suicide, of a killing and the killer's
own death ("killed his wife, then himself", "a tué sa femme avant de se suicider"), or of two
people found dead together ("a mother and son were found shot dead") — the killer's death counts,
as ACLED and the Gun Violence Archive count it — and a report that counts one death yet tells of
such a killing and suicide counts the killer too; so does a report counting the killer's victims,
as what he killed ("kills his two sons", "a tué deux personnes"), as murders ("a triple
murder", "5 murdered", "un doble homicidio") or as killed by someone ("Four people were killed by
a man", "tuées par un homme"; never by police), when any report's lead tells the killer died, by
his own hand or by police fire ("officers returned fire, killing the suspect", "le tireur a été
abattu", "el atacante fue abatido", "der Täter wurde von der Polizei erschossen"); never a count
of all the dead ("3 dead"), which may take him in. Deaths told as many without a number ("several killed",
"des dizaines de morts") give no reading, nor does a line telling of several shootings ("1 dead,
5 wounded in weekend shootings": a tally). A report that states no count of the dead in general
but one of a kind in its headline ("Two Deputies Killed") says that many, not the one death its
words would read. A report whose headline tells of people shot or hurt and of no death ("Child grazed by bullet", "Four People Shot at Bar") says nothing of the killed
when its first death is told past its first three sentences (a page's other stories, an older
killing recalled); nor does one whose first death is told past its first five sentences when no
report's headline or first five sentences tell of a death at all (a page's sidebar, another
story). A report whose headline counts the hurt and tells of no death ("Elgin shooting leaves 5
injured"; not "police kill gunman" nor "shooting claims one man's life") says none died, whatever
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
wounding a woman", "un mort et un blessé", "un muerto y un herido", "ein Toter und ein
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

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..extract.figures import title_leads
from ..extract.figures_deaths import SELF_AFTER
from ..extract.numbers import find_numbers
from ..records import HEADLINE, Article, EventCount, Evidence, Fact, Sentence, SourceValue

MEASURES = ("killed", "injured", "displaced", "arrested", "missing")
LEAD_SENTENCES = 10
GENERAL_SUBJECTS = frozenset({"people", "victims", ""})
PART_SOURCES = 2  # a part of the count is said when this many independent sources state it
BEST_RULE = (
    "best: each report's own figure (the first it states with a number, its headline's first); "
    "the figure the most reports allow (a lower bound allows every higher figure), then the most "
    "statements, then the latest report's, then the smaller; low/high: the smallest and largest "
    "of those figures"
)
UNNUMBERED_RULE = "a death told without a number in the lead: {n} death(s)"
KILLER_RULE = "a killing and the killer's own death: the victims and the killer"
NO_DEATH_RULE = "a headline counting the injured and no death: none killed"
SHOT_RULE = "injured: people shot ({shot:g}) minus the killed ({killed:g})"
PART_RULE = (
    "injured: people shot ({shot:g}) minus the killed ({killed:g}), not a part of the hurt"
    " ({part:g})"
)
# A count of the gravely (or lightly) hurt only, part of those shot: "5 shot, 2 seriously
# injured", "three of the victims suffered non-life-threatening injuries", "dont deux grièvement
# blessées", "dos heridos de gravedad", "zwei davon schwer verletzt", "drei leicht verletzt".
_GRAVE = re.compile(
    r"\b(?:critical(?:ly)?|serious(?:ly)?|severe(?:ly)?|grave(?:ly)?|life[- ]threatening|minor"
    r"|grièvement|gravement|graves?|légèrement|gravemente|de gravedad|levemente|leves?|schwer"
    r"|lebensgefährlich|kritisch|leicht)\b",
    re.I,
)
# A death told without a number: "fatal shooting", "shot dead", "man dies", "tué", "muerto".
_ONE_DEATH = re.compile(
    r"\b(?:fatal(?:ly)?|shooting death|killed|kills|killing|dies|died|slain"
    r"|(?<!brain )(?<!brain-)dead"  # "brain dead" is alive
    r"|(?<!attempted )manslaughter"  # "charged with attempted manslaughter": no one died
    # "entre la vie et la mort": alive, gravely hurt
    r"|(?<!attempted )murder[- ]suicide|tué|tuée|(?<!entre la vie et la )mort(?!e? cérébrale)"
    r"|(?<!entre la vie et la )morte|décédé|muerto|muerta"
    r"|asesinad[oa]|falleci[óo]|murió|mató|matado|getötet|tötete|erschoss|erschossen|tot|Toter"
    r"|starb|shot to death"
    r"|[\w-]+['’]s death|death (?:was |is )?ruled|death investigation"
    # "the death of a 16-year-old", "hunting death", "la mort d'un homme", "la muerte de un joven",
    # "der Tod eines Mannes"
    r"|(?:the |a )?death of (?:a|an|the|his|her|their|\d)|(?:hunting|gun|gunshot) death"
    r"|la mort d['’]un"
    r"|la muerte de (?:un|una)|(?:der|dem|den) Tod (?:eines|einer))\b",
    re.I,
)
_NO_DEATH = re.compile(
    r"\b(?:non-?fatal|no one (?:was )?(?:killed|hurt|injured)|no deaths?|survived|no injuries"
    r"|aucun mort|sin muertos|keine toten)\b",
    re.I,
)
# The killer dies too: "murder-suicide", "turned the gun on himself", "kills wife, self",
# "avant de se suicider", "y luego se suicidó", "und tötete sich dann selbst".
# never an attempted one ("attempted murder-suicide", "tentative de meurtre-suicide", "intento de
# homicidio-suicidio", "versuchter erweiterter Suizid"): the killer, or his victim, lived
_MURDER_SUICIDE = re.compile(
    r"(?<!attempted )(?<!tentative de )(?<!intento de )(?<!versuchter )(?<!versuchten )"
    r"(?:murder[- ]suicide|meurtre[- ]suicide|homicidio[- ]suicidio|erweiterte[nr]? (?:Suizid"
    r"|Selbstmord))",
    re.I,
)
_SUICIDE = re.compile(
    r"\b(?:turn(?:ed|ing|s)? the gun on (?:himself|herself)|(?:killed|killing|kills)"
    r" (?:himself|herself)|took (?:his|her) own life|(?:committed|commits) suicide"
    r"|,\s*(?:then\s+)?(?:himself|herself|self)\b|se suicider|s['’]est suicidé|(?:se )?suicidó"
    r"|quitó la vida|tötete sich(?: \w+)? selbst|nahm sich das Leben)",
    re.I,
)
# An accident: "accidental shooting", "accidentally shot himself", "un tir accidentel", "se tiró
# accidentalmente", "ein Jagdunfall", "versehentlich".
_ACCIDENT = re.compile(
    r"\b(?:accident(?:al(?:ly)?)?|accidentel(?:le)?(?:ment)?|par accident|accidental(?:mente)?"
    r"|por accidente|versehentlich|\w*unfall)\b",
    re.I,
)
# Two people told of together as dead: "a mother and son were found fatally shot", "Father,
# daughter found dead", "both men were killed".
_PERSON = (
    r"(?:man|woman|men|women|mother|father|mom|dad|son|daughter|boy|girl|brother|sister|wife"
    r"|husband|grandfather|grandmother|grandson|granddaughter|couple|uncle|aunt|nephew|niece"
    r"|girlfriend|boyfriend|baby|infant|child|toddler|teen|friend)"
)
_TWO_DEAD = re.compile(
    rf"\b(?:{_PERSON}(?:,? (?:and|&)|,) (?:\w+ )?{_PERSON}|both (?:\w+ )?{_PERSON}s?)\b[^.]{{0,40}}?"
    r"\b(?:found dead|(?:were |are )?(?:found )?(?:fatally shot|shot dead|shot and killed|killed"
    r"|slain|dead))\b",
    re.I,
)
# Deaths told as many without a number ("several killed", "des dizaines de morts"): no reading.
_MANY = re.compile(
    r"\b(?:several|many|dozens|scores|hundreds|numerous|people (?:were )?killed|plusieurs"
    r"|des dizaines|des centaines|nombreux|varios|varias|decenas|cientos|numerosos|mehrere"
    r"|Dutzende|zahlreiche|viele)\b"
    # many shots, hours or witnesses are no many victims: "several shots were fired"
    r"(?!(?: (?:of )?[\w-]+)? (?:shots|rounds|times|gunshots|bullets|calls|hours|days|weeks|months"
    r"|years|minutes|blocks|miles|feet|officers|deputies|units|agencies|witnesses|neighbou?rs"
    r"|coups de feu|balles|heures|jours|disparos|tiros|balas|horas|días|Schüsse|Stunden|Tage)\b)",
    re.I,
)
_HURT = re.compile(
    r"\b(?:injur\w*|wounded|hurt|blessée?s?|herid[oa]s?|lesionad[oa]s?|verletzt\w*|Verletzte\w*)\b",
    re.I,
)
_KILLED = re.compile(
    r"\b(?:dead|deadly|deaths?|murders?|homicides?|(?<!entre la vie et la )morts?|mortelle?s?"
    r"|meurtrière?s?|muertos?"
    r"|mortal(?:es)?|Tote\w*|tödlich\w*)\b",
    re.I,
)
_KILLED_BY_HIM = re.compile(
    r"\b(?:kill(?:s|ed|ing)|murder(?:s|ed|ing)|shoots? and kill(?:s|ed)|shot and killed"
    r"|fatally shot|fatally shooting|tue|tué|tuant|mató(?: a)?|matando(?: a)?|asesinó(?: a)?"
    r"|tötete|erschoss)\s+(?:(?:his|her|their|sa|son|ses|su|sus|seine|ihre)\s+)?$",
    re.I,
)
_SELF_WORD = re.compile(r"\b(?:him|her|them)?sel(?:f|ves)\b|suicid|\bselbst\b", re.I)
# A count of murders ("a triple murder", "double homicide", "5 murdered", "un double meurtre",
# "un doble homicidio", "ein Doppelmord", "fünf Ermordete"): the killer's victims, never his own
# death.
_MURDERS = re.compile(
    r"(?:double|triple|quadruple|quintuple|doble|cuádruple|doppel|dreifach)[\s-]?(?:murders?"
    r"|homicides?|killings?|meurtres?|homicidios?|asesinatos?|mord(?:e)?)\b"
    r"|\b(?:murder(?:ed|s)?|homicides|assassinée?s|asesinad[oa]s|ermordete?)\b",
    re.I,
)
# The dead killed by someone, told after the count: "Four people were killed by a man", "two
# girls shot, killed by father", "tuées par un homme", "asesinadas por su padre", "von einem Mann
# getötet"; never by police ("killed by police": the dead are those police shot).
_NOT_POLICE = (
    r"(?!(?:the\s+|les?\s+|la\s+|el\s+|los\s+|der\s+|den\s+|einem\s+)?(?:police|officers?"
    r"|deputies|troopers?|policiers?|gendarmes|policía|agentes|Polizei|Polizisten|Beamten)\b)"
)
_KILLED_BY_ONE = re.compile(
    r"[^.;:]{0,30}?\b(?:(?:shot and |fatally shot and |shot, )?(?:killed|murdered|shot dead"
    rf"|shot to death)\s+by\s+{_NOT_POLICE}(?:a|an|the|his|her|their|father|mother|husband|wife"
    r"|son|brother|boyfriend|girlfriend|gunman|shooter)"
    rf"|(?:tuée?s?|abattue?s?)\s+par\s+{_NOT_POLICE}(?:un|une|le|la|son|sa|leur)"
    rf"|(?:asesinad[oa]s?|matad[oa]s?|muert[oa]s?)\s+(?:a tiros\s+)?por\s+{_NOT_POLICE}(?:un|una"
    r"|el|la|su)"
    rf"|von\s+{_NOT_POLICE}(?:einem|einer|dem|der|ihrem|seinem)\s+{_NOT_POLICE}(?:\w+\s+){{1,3}}?"
    r"(?:getötet|erschossen|ermordet))\b",
    re.I,
)
# The attacker killed, by police fire or anyone's: "the gunman was shot and killed by police",
# "officers returned fire, killing the suspect", "police kill gunman", "le tireur a été abattu",
# "el atacante fue abatido", "der Täter wurde von der Polizei erschossen".
_ATTACKER = (
    r"(?:gunm[ae]n|shooters?|suspects?|attackers?|assailants?|killers?|tireur|assaillant"
    r"|agresseur|forcené|suspect|atacante|agresor|tirador|pistolero|sospechoso|Täter|Schütze[n]?"
    r"|Angreifer|Attentäter)"
)
_ATTACKER_KILLED = re.compile(
    rf"\b{_ATTACKER}\b(?:,[^.;\n]{{0,60}}?,)?\s+(?:(?:was|were|is|are|has been|had been|a été"
    r"|est|fue|resultó|wurde)\s+)(?:(?:\w+ly|also|later|then|von der Polizei)\s+)?(?:shot and killed|shot dead|shot to death"
    r"|killed|fatally (?:shot|wounded)|pronounced dead|found dead|abattu|tué|muerto|abatido"
    r"|erschossen|getötet)\b"
    rf"|\b{_ATTACKER}\s+(?:(?:later|then|also)\s+)?(?:died|dies|dead|is dead|was dead|est mort"
    r"|murió|falleció|starb|ist tot)\b"
    r"|\b(?:police|officers?|deputies|deputy|troopers?|agents?|SWAT|policiers|gendarmes|policía"
    r"|agentes|Polizei|Polizisten|Beamte)\s+(?:\w+\s+){0,2}?(?:shot and killed|kill(?:ed|s)?"
    r"|fatally shot|shot dead|ont abattu|a abattu|abatió|abatieron|mató|erschoss(?:en)?)\s+"
    rf"(?:the |a |an |l['’]|le |el |al |den |einen )?(?:\w+\s+)?{_ATTACKER}\b"
    r"|\b(?:police|officers?|deputies|troopers?)\s+(?:\w+\s+){0,2}?(?:shoot|shoots|shot)\s+(?:him"
    r"|her)\s+dead\b|\bbefore\s+(?:he|she)(?:['’]s|\s+was|\s+is)\s+(?:fatally shot|shot dead|shot and killed"
    r"|killed)\b"
    r"|\breturned fire,?\s+(?:\w+\s+){0,2}?killing\s+(?:him|her|the\s+(?:\w+\s+)?"
    rf"{_ATTACKER})\b",
    re.I,
)
# A death told in other words, which no reading counts but which tells a headline is no report
# of the hurt only: "police kill gunman", "shooting claims one man's life", "gunned down",
# "la fusillade a coûté la vie à", "cobró la vida de", "kostete ... das Leben".
_LIFE_TAKEN = re.compile(
    r"\b(?:kill|claim(?:s|ed)?\s+(?:\S+\s+){0,3}?li(?:fe|ves)|gunned down|coûté la vie"
    r"|cobr(?:ó|a) la vida|kostete\s+(?:\S+\s+){0,3}?(?:das )?Leben)\b",
    re.I,
)
_LEAD_CHARS = 600
_SHOT = re.compile(r"\b(?:shot|shoots|touchée?s? par balles?|baleados?|angeschossen)\b", re.I)
# a death told past a report's first sentences, when no report's lead tells of one, is another
# story's
_DEATH_LEAD = 5
_HURT_LEAD = 2  # a report of the hurt tells of a death of its own within its first sentences
# One person hurt, told without a number: "a 5-year-old boy was shot", "Boy, 5, shot with
# shotgun", "the boy shot by his father", "his 2-year-old son accidentally shot himself", "a
# 17-year-old was shot in the leg", "a bystander was struck by a stray bullet", "a man suffered
# non-life-threatening injuries", "un homme a été blessé par balle", "un joven resultó herido",
# "ein Mann wurde angeschossen". One person: a determiner or a possessive before a singular noun
# (its plural "two sons were shot" is a number the figures stage reads).
_ONE = r"(?:an?|one|the|his|her|their|un|une|uno|una|el|la|ein|eine|der|die)"
_ONE_PERSON = (
    rf"(?:{_PERSON}|person|victim|juvenile|minor|student|officer|deputy|trooper|driver|resident"
    r"|customer|clerk|bystander|hunter|pedestrian|neighbou?r|cousin|relative|passenger|chief"
    r"|employee|worker|adult|teenager|youth|kid|suspect|gunman|robber|[\w-]+-year-old|homme|femme"
    r"|garçon|fille|adolescent|enfant|bébé|policier|passant|chasseur|hombre|mujer|joven|niñ[oa]"
    r"|bebé|menor|agente|cazador|Mann|Frau|Junge|Mädchen|Kind|Jugendliche[r]?|Polizist"
    r"|Passant(?:in)?|Jäger)"
)
# One person only: no plural noun ("men", "women") and no number word before it.
_SINGLE = rf"(?!(?:men|women)\b){_ONE_PERSON}"
_FILLER = (
    r"(?:(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|several|multiple|deux|trois"
    r"|dos|tres|zwei|drei)\b)[\w'’-]+\s+)"
)
_HURT_VERB = (
    r"(?:shot|wounded|injured|hurt|grazed|(?:struck|hit) by (?:a )?(?:stray )?(?:bullet|gunfire)"
    r"|shoots? (?:him|her)?self|(?:suffer|sustain)(?:s|ed|ing)? (?:a |an )?(?:[\w-]+ ){0,2}"
    r"(?:gunshot wound|injur(?:y|ies))|hospitali[sz]ed|recovering|(?:in|listed in) (?:\w+ )?"
    r"(?:critical|serious|stable|fair|grave) condition|(?:stable|critical) (?:after|following)"
    r"|fighting for (?:his|her|their) life|entre la vie et la mort|entre la vida y la muerte"
    r"|in Lebensgefahr)"
    # not "shot dead", nor fired at ("shot at while driving", "shot at by police"); but "shot at
    # a gas station", "shot at least twice"
    r"(?! (?:dead|to death|and killed|and died)\b| at(?:[^\w\s]|\s*$| (?:while|by|but|and|from|him|her"
    r"|them|police|officers?|deputies|several|multiple)\b))"
)
# Someone's shooting of one person, or a bullet hitting one: "the accidental shooting of a
# 3-year-old", "Teen accidentally shoots mom", "shooting himself", "Stray bullet hits 11-year-old
# girl", "Accidental shooting hurts Wichita child", "un enfant blessé par balle", "un joven herido
# de bala", "ein Mann angeschossen".
_HIT_ONE = (
    rf"(?:shooting of|shoots|(?:shooting|wounding|wounds?) (?={_ONE}\b)|(?:bullets?|gunfire"
    r"|gunshots?|shooting|drive[- ]by) (?:that )?(?:hits?|strikes?|struck|pierces?|graze[sd]?"
    rf"|hurts?|injur(?:es|ed)|wound(?:s|ed)|hospitali[sz]e[sd]|sends|sent))\s+(?:{_ONE}\s+)?"
    rf"{_FILLER}{{0,2}}?{_SINGLE}\b(?! (?:dead|to death)\b|,? (?:and |then )?(?:kill|die))"
    r"|\b(?:shoot|wound)(?:s|ing) (?:him|her)?self\b"
)
_ONE_HURT = re.compile(
    rf"\b{_ONE}\s+(?:[\w'’-]+\s+){{0,3}}?{_ONE_PERSON}\b[^.;\n]{{0,60}}?\b(?:"
    rf"(?:(?:was|is|got|has been|had been|being|getting|remains) )?(?:\w+ ){{0,2}}{_HURT_VERB}"
    r"|(?:a été|est) (?:\w+ ){0,2}(?:blessée?|touchée? par balle)"
    r"|(?:fue|resultó|quedó) (?:\w+ ){0,2}(?:herid[oa]|balead[oa])"
    r"|wurde (?:\w+ ){0,3}(?:verletzt|angeschossen|verwundet))\b"
    rf"|\b{_ONE}\s+{_FILLER}{{0,2}}?{_SINGLE}\s+(?:\w+\s+)?(?:blessée?|touchée? par (?:une )?balle"
    r"|hospitalisée?|herid[oa]|balead[oa]|verletzt|angeschossen|verwundet)\b"
    rf"|(?:^|[:–—]\s+)(?:[\w'’-]+\s+){{0,3}}?{_SINGLE}(?:,\s*\d+,)?\s+(?:\w+\s+)?{_HURT_VERB}\b"
    rf"|\b{_HIT_ONE}",
    re.I | re.M,
)
# Leads telling that no one was hurt: "no one was injured", "personne n'a été blessé".
_NOT_HURT = re.compile(
    r"\b(?:no one (?:was |were )?(?:hurt|injured|shot|wounded)|nobody (?:was )?(?:hurt|injured"
    r"|shot|wounded)|no injuries|personne n['’]a été (?:blessée?|touchée?)|aucun blessé"
    r"|nadie (?:resultó|fue|quedó) herido|sin heridos|niemand wurde verletzt|keine Verletzten)\b",
    re.I,
)
TREATED_RULE = "injured: people taken to hospital or in a grave state, and no count of the hurt"
ONE_HURT_RULE = "one person hurt told without a number, and no death: one injured"
# A death and one other person hurt, told without a number: "One teen killed, another wounded",
# "Toddler killed, adult critically injured", "Teen driver shot to death; his passenger is
# wounded", "killing a 17-year-old and wounding a woman", "Chicago police officer shot, suspect
# killed", "un mort et un blessé", "un muerto y un herido", "ein Toter und ein Verletzter", "un
# homme a été tué et un autre blessé". The hurt one has a subject of its own, never "the victim"
# (who may be the dead one).
_DEATH_WORD = (
    r"(?:killed|kills|dead|dies|died|slain|murdered|fatally (?:shot|wounded)|shot to death"
    r"|tuée?s?|morte?s?|muert[oa]s?|murió|fallecid[oa]s?|asesinad[oa]s?|getötet|tot|starb"
    r"|Tote[r]?)"
)
_HURT_WORD = (
    r"(?:wounded|injured|hurt|grazed|(?<!fatally )(?<!mortally )shot"
    r"(?! (?:dead|to death|and killed|and died|at)\b)|hospitali[sz]ed|critical|recovering"
    r"|in (?:the )?hospital|in (?:\w+ )?(?:critical|serious|stable|grave) condition|blessée?"
    r"|fighting for (?:his|her|their) life|entre la vie et la mort|entre la vida y la muerte"
    r"|in Lebensgefahr"
    r"|hospitalisée?|herid[oa]|hospitalizad[oa]|verletzt|angeschossen|verwundet)"
)
_ANOTHER = (
    r"(?:another|a second|one other|the other|un autre|une autre|otro|otra|ein weiterer"
    r"|eine weitere|ein zweiter|eine zweite|ein anderer|eine andere)"
)
# words that start a clause of its own, never a bare headline subject ("and the victim was shot")
_FUNCTION = r"(?:an?|and|but|the|this|that|police|et|le|la|les|y|el|los|und|der|die|das)\b"
_OTHER_ONE = (
    rf"(?:{_ANOTHER}|(?:an?|one|his|her|their|un|une|uno|una|ein|eine)\s+{_FILLER}{{0,2}}?"
    rf"{_SINGLE})"
)
_BESIDE = re.compile(
    # the death first, then another one hurt
    rf"\b{_DEATH_WORD}\b[^.\n]{{0,80}}?(?:[,;]\s*|\s(?:and|while|et|y|und)\s+)(?:{_OTHER_ONE}"
    rf"|(?<=[,;] )(?:(?!{_FUNCTION})[\w'’-]+\s+){{0,2}}?{_SINGLE})(?:\s+\w+){{0,4}}?\s+"
    rf"{_HURT_WORD}\b"
    # "killing a 17-year-old and wounding a woman", "a tué un homme et blessé une femme"
    rf"|\b(?:{_DEATH_WORD}|killing|tuant|matando)\b[^.\n]{{0,80}}?\s(?:and|et|y|und)\s+"
    r"(?:\w+\s+)?(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|shot|shooting|blessé|hirió"
    rf"|verletzte)\s+{_OTHER_ONE}\b"
    # one hurt first, then another one dead
    rf"|(?:^|[:;]\s+|\b(?:an?|one|his|her|un|une|uno|una|ein|eine)\s+)(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_SINGLE}(?:,\s*\d+,)?\s+(?:(?:was|is)\s+)?(?!fatally|mortally)(?:\w+\s+)?"
    r"(?:shot|wounded|injured|hurt)"
    rf"(?! (?:dead|to death|and killed|and died|at)\b)[^.\n;]{{0,40}}?[,;]\s*(?:(?:an?|his|her"
    rf"|their)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_SINGLE}(?:,\s*\d+,)?\s+(?:(?:was|is)\s+)?"
    r"(?:killed|dead|dies|died|slain)\b"
    # one wounded, then the killer's own death: "Suspect Wounds Officer Then Kills Himself"
    r"|\b(?:wound(?:s|ed)|injur(?:es|ed))\s+(?:(?:an?|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"{_SINGLE}\b[^.\n]{{0,40}}?\b(?:kill(?:s|ed|ing)|shot|shoots|shooting)\s+(?:him|her)self\b"
    # "un mort et un blessé", "ein Toter und ein Verletzter"
    r"|\b(?:one|un|uno|ein) (?:dead|mort|muerto|fallecido|Toter) (?:and|et|y|und) (?:one|un|uno"
    r"|ein) (?:injured|wounded|blessé|herido|Verletzter)\b",
    re.I | re.M,
)
# Several shootings told together ("in separate incidents", "South Shore shootings left one dead
# and another wounded"): the dead and the hurt are apart.
_SEPARATE = re.compile(
    r"\b(?:separate|unrelated|different|distincte?s|séparée?s|distint[oa]s|separad[oa]s"
    r"|getrennten|verschiedenen|shootings|fusillades|tiroteos|balaceras|Schießereien)\b",
    re.I,
)
BESIDE_RULE = "a death and one other person hurt told without a number: one injured"
# A count over a period, right after its figure ("64 homicides reported this year", "eight
# children have been wounded or killed this year", "12 morts depuis le début de l'année", "15
# muertos en lo que va del año", "20 Tote seit Jahresbeginn"): a place's tally, no one event's;
# never one event's rank ("five killed in the deadliest shooting this year").
_PERIOD_TALLY = re.compile(
    r"[^,;:.()]{0,45}?\b(?:(?:so far )?this year|year to date|since (?:the start of the year"
    r"|January)|cette année|depuis (?:le début de l['’]année|janvier)|este año|en lo que va del?"
    r" año|desde (?:principios de año|enero)|dieses Jahr|in diesem Jahr|seit Jahresbeginn"
    r"|seit Januar)\b",
    re.I,
)
# A rank among the period's events ("the deadliest shooting this year", "la plus meurtrière
# depuis janvier", "el tiroteo más mortífero del año", "die schlimmste Schießerei seit
# Jahresbeginn"): an English "-est" word is a superlative unless it is one of the common nouns and
# verbs that merely end so ("on the West Side", "l'ouest", "protest").
_RANK = re.compile(
    r"\b(?:(?!(?:(?:mid|north|south)?west|ouest|arrest|rest|interest|request|protest|forest|harvest"
    r"|contest|inquest|suggest|honest|modest|manifest|test|chest|guest|nest|vest)\b)\w{2,}est"
    r"|most|worst|first|premi[eè]re?|(?:le|la|les) plus|pire|peor|primer[oa]?"
    r"|m[aá]s (?:mort[ií]fer|sangrient|letal|grave)\w*|(?:der|die|das|den|dem) \w+ste[nmr]?"
    r"|erste[nmrs]?)\b",
    re.I,
)


@dataclass
class _Said:
    """One report's figure of a measure: stated (a source value) or read (``rule``)."""

    article_id: str
    low: float
    high: float
    value: float
    evidence: Evidence
    rule: str = ""
    authority: str | None = None  # whom the figure is credited to, by name
    order: int = 0  # the report's place in time among the event's reports
    fact: Fact | None = None  # the fact the stated figure belongs to
    words: str = ""  # the stated figure's own words ("2 seriously injured")


Stated = tuple[Fact, SourceValue]
_NONE = _Said("", 0, 0, 0, Evidence("", 0, ""))  # a report stating no figure


def _lead_reports(fact: Fact) -> int:
    return len(
        {
            v.article_id
            for v in fact.values
            if v.sentence_index is not None and v.sentence_index < LEAD_SENTENCES
        }
    )


def _sentence(
    article_id: str, index: int | None, fallback: str, sentences: dict[str, list[Sentence]]
) -> Evidence:
    """The sentence a figure is stated in (its evidence span when the sentence is unknown)."""
    found = next((s for s in sentences.get(article_id, []) if s.index == index), None)
    return Evidence(
        article_id, index if index is not None else 0, found.text if found else fallback
    )


def main_fact(facts: Sequence[Fact], measure: str) -> Fact | None:
    """The fact that is the event's own count of ``measure`` (rule in the module docstring)."""
    stated = [
        f
        for f in facts
        if f.measure == measure and f.best is not None and f.subject and _lead_reports(f)
    ]
    if not stated:
        return None
    return max(
        stated,
        key=lambda f: (
            f.parent_fact is None,  # a part ("civilians killed in air strikes") is no total
            _lead_reports(f),
            f.subject in GENERAL_SUBJECTS,
            f.independent_sources,
            -min(v.sentence_index for v in f.values if v.sentence_index is not None),
            -(f.best or 0),
        ),
    )


def _totals(facts: Sequence[Fact], measure: str) -> list[Fact]:
    """The facts that may state the event's total: its main fact first, then the other facts
    of the measure about people in general and no part of another, for the reports that do not
    state the first."""
    main = main_fact(facts, measure)
    rest = [
        f
        for f in facts
        if f.measure == measure
        and f is not main
        and f.parent_fact is None
        and f.subject in GENERAL_SUBJECTS
        and f.values
    ]
    return [main, *rest] if main is not None else rest


def _headline_deaths(
    facts: Sequence[Fact],
    totals: Sequence[Fact],
    titled: dict[str, str],
    lines: dict[tuple[str, int], str],
) -> dict[str, _Said]:
    """Each report's headline count of the dead of one kind ("Two Deputies Killed", "Two men shot
    and killed", "Deux policiers tués", "Dos agentes muertos", "Zwei Polizisten getötet") when it
    states none of the totals: the dead are at least those, never the one death its words would
    read without a number."""
    found: dict[str, _Said] = {}
    for fact in facts:
        if fact.measure != "killed" or fact in totals or fact.parent_fact is not None:
            continue
        for v in fact.values:
            # a number of them, never one named ("SC Senator killed": one of the dead), and no
            # tally of several shootings
            if _in_headline(v, titled) and v.low >= 2 and not _of_several(v, lines):
                title = lines.get((v.article_id, HEADLINE), v.evidence)
                found.setdefault(
                    v.article_id,
                    _Said(
                        v.article_id,
                        v.low,
                        v.high if v.high is not None else math.inf,
                        v.value if v.value is not None else v.low,
                        Evidence(v.article_id, HEADLINE, title),
                        authority=v.authority,
                        fact=fact,
                        words=v.evidence,
                    ),
                )
    return found


def _in_headline(v: SourceValue, titled: dict[str, str]) -> bool:
    """Whether a figure is stated in its report's headline: the title's own sentence, or the
    text's first when the text starts with its title (``titled``: those reports' titles), the
    figure's words being the title's."""
    if v.sentence_index == HEADLINE:
        return True
    return v.sentence_index == 0 and bool(v.evidence) and v.evidence in titled.get(v.article_id, "")


def _of_several(v: SourceValue, lines: dict[tuple[str, int], str]) -> bool:
    """Whether a figure's sentence counts over several shootings ("17 dead, 41 wounded in
    weekend shootings", "in separate incidents", "Cinq blessés dans deux fusillades", "en
    varios tiroteos", "bei mehreren Schießereien") or the figure over a period ("64 homicides
    reported this year"): a city's tally, no one event's count."""
    line = lines.get((v.article_id, v.sentence_index if v.sentence_index is not None else 0), "")
    if _SEPARATE.search(line or v.evidence):
        return True
    at = line.find(v.evidence) if v.evidence else -1
    period = _PERIOD_TALLY.match(line, at + len(v.evidence)) if at >= 0 else None
    return period is not None and not _RANK.search(period.group())


def _own_values(
    facts: Sequence[Fact],
    languages: dict[str, str],
    titled: dict[str, str],
    lines: dict[tuple[str, int], str],
) -> dict[str, Stated]:
    """Each report's own statement of a count: of the main fact (the first) when it states it,
    else of the others; the first it states with a number, its headline's first ("four people"
    before a "deadly shootings" read as at least one), else its first; a figure with no noun
    only in a headline ("8 Others Hurt", "Two Hunters Shot", also when the text repeats its
    title)."""
    own: dict[str, Stated] = {}

    def order(item: Stated) -> tuple[bool, bool, float]:
        v = item[1]
        index = v.sentence_index if v.sentence_index is not None else math.inf
        numbered = bool(find_numbers(v.evidence, languages.get(v.article_id, "en")))
        return not numbered, not _in_headline(v, titled), index

    first = {v.article_id for v in facts[0].values if not _of_several(v, lines)} if facts else set()
    stated = [
        (f, v)
        for i, f in enumerate(facts)
        for v in f.values
        if (f.subject or _in_headline(v, titled))
        and (i == 0 or v.article_id not in first)
        and not _of_several(v, lines)
    ]
    for fact, value in sorted(stated, key=order):
        own.setdefault(value.article_id, (fact, value))
    return own


def _stated(
    facts: Sequence[Fact],
    sentences: dict[str, list[Sentence]],
    languages: dict[str, str],
    titled: dict[str, str],
    lines: dict[tuple[str, int], str],
) -> dict[str, _Said]:
    said = {}
    for article_id, (fact, v) in _own_values(facts, languages, titled, lines).items():
        figure = v.value if v.value is not None else v.low
        said[article_id] = _Said(
            article_id,
            v.low,
            v.high if v.high is not None else math.inf,
            figure,
            _sentence(article_id, v.sentence_index, v.evidence, sentences),
            authority=v.authority,
            fact=fact,
            words=v.evidence,
        )
    return said


def _lead(article: Article) -> str:
    return f"{article.title}\n{article.text[:_LEAD_CHARS]}"


def _evidence_of(article: Article, pattern: re.Pattern[str], sentences) -> Evidence:
    """The headline when it tells of it, else the first sentence that does."""
    if pattern.search(article.title):
        return Evidence(article.id, HEADLINE, article.title)
    first = next((s for s in sentences.get(article.id, []) if pattern.search(s.text)), None)
    return (
        Evidence(article.id, first.index, first.text)
        if first
        else Evidence(article.id, 0, article.text[:_LEAD_CHARS])
    )


def _counts_hurt_only(article: Article) -> bool:
    """A headline counting the hurt and telling of no death ("Elgin shooting leaves 5 injured",
    "Cinq blessés dans une fusillade", "Tres heridos en un tiroteo", "Drei Verletzte")."""
    title = article.title
    hurt = _HURT.search(title)
    return bool(hurt and find_numbers(title, article.language or "en")) and not (
        _ONE_DEATH.search(title) or _KILLED.search(title) or _LIFE_TAKEN.search(title)
    )


def _tells_hurt_only(article: Article) -> bool:
    """A headline telling of people shot or hurt and of no death ("Child grazed by bullet", "Four
    People Shot at Bar", "Un enfant blessé par balle")."""
    title = article.title
    return bool(_ONE_HURT.search(title) or _HURT.search(title) or _SHOT.search(title)) and not (
        _ONE_DEATH.search(title) or _KILLED.search(title)
    )


def _tells_death(article: Article, sentences: dict[str, list[Sentence]]) -> bool:
    """Whether a report's headline or first ``_DEATH_LEAD`` sentences tell of a death."""
    lead = [article.title] + [
        s.text for s in sentences.get(article.id, []) if s.index < _DEATH_LEAD
    ]
    return any(_ONE_DEATH.search(t) or _KILLED.search(t) for t in lead)


def _victims_only(own: _Said, title: str) -> bool:
    """Whether a report's figure counts the killer's victims, the object of an active killing
    ("kills 4", "killed his two sons", "shot and killed three people", "a tué trois personnes",
    "mató a tres personas", "tötete drei Menschen"), so not the killer who died too (as "5 dead"
    may), unless its own words already name him ("killing 3, then himself", "kills woman, her
    son, himself")."""
    text = title if own.evidence.sentence_index == HEADLINE else own.evidence.text
    at = text.find(own.words) if own.words else -1
    return (
        at >= 0
        and bool(_KILLED_BY_HIM.search(text, max(0, at - 40), at))
        and not _SELF_WORD.search(own.words)
    )


def _his_victims(own: _Said, title: str) -> bool:
    """Whether a report's figure counts only those the killer killed: the object of his killing
    (``_victims_only``), murders ("a triple murder", "5 murdered"), or the dead told as killed by
    someone ("Four people were killed by a man", "tuées par un homme")."""
    if _victims_only(own, title) or _MURDERS.search(own.words):
        return True
    text = title if own.evidence.sentence_index == HEADLINE else own.evidence.text
    at = text.find(own.words) if own.words else -1
    return at >= 0 and bool(_KILLED_BY_ONE.match(text, at + len(own.words)))


def _suicide(lead: str) -> bool:
    """A lead telling of a murder-suicide or of the killer's suicide; not of an accident, where
    the one who shot himself is the one who died ("3-year-old boy accidentally shoots, kills
    himself", "Toddler dead after shooting self")."""
    if _MURDER_SUICIDE.search(lead):
        return True
    return (
        bool(_SUICIDE.search(lead))
        and not _ACCIDENT.search(lead)
        and bool(_ONE_DEATH.search(_SUICIDE.sub(" ", lead)))
    )


def _killer_dies(lead: str) -> bool:
    """A lead telling of a killing and the killer's own death, or of two found dead together."""
    return _suicide(lead) or bool(_TWO_DEAD.search(lead))


def _killer_died(lead: str) -> bool:
    """A lead telling the killer himself died, by his own hand or by police fire; never two
    people found dead, who may both be his victims."""
    return _suicide(lead) or bool(_ATTACKER_KILLED.search(lead))


def _read_killed(
    said: dict[str, _Said],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    injured: dict[str, _Said],
) -> None:
    """Fill what reports leave unsaid of the killed (readings in the module docstring)."""
    # the killer died, by his own hand or police fire, as a report's lead tells
    # no report's lead tells of a death: a death told far down is another story's (a page's
    # sidebar, an older killing recalled)
    far = not any(_tells_death(a, sentences) for a in articles)
    killer_dead = any(_killer_died(_lead(a)) for a in articles)
    for article in articles:
        lead = _lead(article)
        # a line telling of several shootings tells a tally, no death of this event's
        told = any(_ONE_DEATH.search(x) and not _SEPARATE.search(x) for x in lead.splitlines())
        death = told and not _NO_DEATH.search(lead) and not _MANY.search(lead)
        own = said.get(article.id)
        if article.id in injured and _counts_hurt_only(article):  # the headline's own count
            headline = Evidence(article.id, HEADLINE, article.title)
            said[article.id] = _Said(article.id, 0, 0, 0, headline, NO_DEATH_RULE)
            continue
        if (
            own is not None
            and _tells_hurt_only(article)
            and own.evidence.sentence_index > _HURT_LEAD
        ):
            del said[article.id]  # a death told past the lead of a report of the hurt: another's
            continue
        if far and own is not None and own.evidence.sentence_index >= _DEATH_LEAD:
            del said[article.id]  # a death told only far down a report of no death: another's
            continue
        if own is not None:
            victims = _victims_only(own, article.title)
            if own.low == own.high and (
                ((own.value == 1 or victims) and _killer_dies(lead))
                # his victims, told in the lead, when any report tells he died
                or (
                    killer_dead
                    and own.evidence.sentence_index < _DEATH_LEAD
                    and _his_victims(own, article.title)
                )
            ):
                own.value = own.low = own.high = own.value + 1
                own.rule = KILLER_RULE
            continue
        if death:
            n = 2 if _killer_dies(lead) else 1
            evidence = _evidence_of(article, _ONE_DEATH, sentences)
            said[article.id] = _Said(
                article.id, n, n, n, evidence, KILLER_RULE if n == 2 else UNNUMBERED_RULE
            )


def _read_injured(
    said: dict[str, _Said],
    shot: dict[str, _Said],
    killed: dict[str, _Said],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
) -> None:
    """Fill what reports leave unsaid of the injured (readings in the module docstring): one
    person hurt and no death, the shot minus the killed, one hurt beside a death."""
    counted = bool(said)  # a report states a count of the hurt
    languages = {a.id: a.language or "en" for a in articles}
    told = bool(said or shot) or any(k.value for k in killed.values())
    for article in [] if told else articles:
        lead = _lead(article)
        if _ONE_HURT.search(lead) and not (
            _ONE_DEATH.search(lead)
            or _KILLED.search(lead)
            or _MANY.search(lead)
            or _NOT_HURT.search(lead)
        ):
            evidence = _evidence_of(article, _ONE_HURT, sentences)
            said[article.id] = _Said(article.id, 1, 1, 1, evidence, ONE_HURT_RULE)
    for article_id, hit in shot.items():
        if hit.low != hit.high:
            continue
        # a report telling of no death: the toll of the reports after it (the one shot may have
        # died since)
        dead = _victims(killed[article_id]) if article_id in killed else 0
        later = [k for k in killed.values() if k.order > hit.order]
        dead = dead or (_victims(_best(later)) if later else 0)
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
        said[article_id] = _Said(article_id, n, n, n, hit.evidence, rule)
    if counted or any(s.value for s in said.values()) or not any(k.value for k in killed.values()):
        return  # a count of the hurt, or of the shot beyond the dead, is told
    for article in articles:
        if article.id not in said and _tells_one_beside(article):
            evidence = _evidence_of(article, _BESIDE, sentences)
            said[article.id] = _Said(article.id, 1, 1, 1, evidence, BESIDE_RULE)


def _read_treated(
    injured: dict[str, _Said],
    shot: dict[str, _Said],
    killed: dict[str, _Said],
    treated: dict[str, _Said],
) -> None:
    """When no report counts the hurt or those shot, nor tells of a death, each report's count of
    people taken to hospital or kept there in a grave state ("sent five people to the hospital",
    "a envoyé cinq personnes à l'hôpital", "dos en estado crítico") counts the hurt: mostly some
    of them, it is no count of its own beside one of the hurt, and beside a death those taken to
    hospital may be the dead ("the victim was taken to a hospital. He died on Monday")."""
    if injured or shot or any(k.value for k in killed.values()):
        return
    for article_id, own in treated.items():
        injured[article_id] = _Said(
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


def _victims(killed: _Said) -> float:
    """The dead among those shot: a count that takes in the killer's own death ("shoots 4
    relatives, killing 2, then himself", "tue deux enfants puis se suicide") counts one more dead
    than were shot."""
    return (
        killed.value - 1 if killed.value >= 2 and SELF_AFTER.search(killed.words) else killed.value
    )


def _some_of_them(own: _Said, language: str) -> bool:
    """Whether a report's count of the hurt tells only some of them: the gravely (or lightly)
    hurt ("2 seriously injured", "dont deux grièvement blessées"), or one person told without a
    number ("a 26-year-old was wounded on the arm", "Teenager injured during quadruple shooting",
    "une femme blessée"), one of those a count of the shot names."""
    return bool(_GRAVE.search(f"{own.words} {own.evidence.text}")) or _one_unnumbered(own, language)


def _one_unnumbered(own: _Said, language: str) -> bool:
    """Whether a report's figure is one person told without a number ("a 16-year-old boy was
    critically wounded", "un homme blessé"), read or stated."""
    if own.rule:
        return own.rule == ONE_HURT_RULE
    return own.value == 1 and not any(
        n.low == 1 and not n.article for n in find_numbers(own.words, language)
    )


def _died_since(
    injured: dict[str, _Said],
    killed: dict[str, _Said],
    articles: Sequence[Article],
) -> None:
    """Drop the one person hurt a report tells without a number and without any death ("a
    16-year-old boy was critically wounded", "un homme a été blessé") when a later report tells
    of a death and of no one hurt ("16-year-old killed"): the one hurt is the one who died since,
    no second victim (as the shot minus the killed takes the toll of later reports)."""
    leads = {a.id: _lead(a) for a in articles}
    languages = {a.id: a.language or "en" for a in articles}
    for article_id, own in list(injured.items()):
        lead = leads.get(article_id, "")
        if (
            _one_unnumbered(own, languages.get(article_id, "en"))
            and not (_ONE_DEATH.search(lead) or _KILLED.search(lead))
            and any(
                k.value >= 1 and k.order > own.order and k.article_id not in injured
                for k in killed.values()
            )
        ):
            del injured[article_id]


def _tells_one_beside(article: Article) -> bool:
    """Whether a line of the report's lead tells of a death and one other person hurt, and of no
    many."""
    for line in _lead(article).splitlines():
        if found := _BESIDE.search(line):
            return not (_MANY.search(found.group()) or _SEPARATE.search(line))
    return False


def _best(said: Sequence[_Said]) -> _Said:
    """The figure the most reports allow, then the most statements allow, then the latest
    report's (tolls grow as news comes in); at last the smaller. A bound allows a figure only
    of its own fact (the reconciliation tells "at least 255 killed" in the offensive from "more
    than half a million dead" in the war); a reading allows what it says."""

    def allows(s: _Said, x: float, fact: Fact | None) -> bool:
        return s.value == x or (s.fact is fact or s.fact is None) and s.low <= x <= s.high

    def support(item: _Said) -> tuple[int, int, float, float]:
        x, fact = item.value, item.fact
        stated = fact.values if fact is not None else []
        statements = sum(
            v.low <= x <= (v.high if v.high is not None else math.inf) for v in stated
        ) + sum(s.value == x for s in said if s.rule)
        latest = max(s.order for s in said if s.value == x)
        return sum(allows(s, x, fact) for s in said), statements, latest, -x

    return max(said, key=support)


def _count(measure: str, said: Sequence[_Said]) -> EventCount | None:
    if not said:
        return None
    winner = _best(said)
    best, fact = winner.value, winner.fact
    # the count's reports: those stating its fact, or its figure, and the readings
    said = [s for s in said if s.fact is fact or s.fact is None or s.value == best]
    readings = list(dict.fromkeys(s.rule for s in said if s.rule))
    stated = [s.value for s in said if not s.rule] or [s.value for s in said]
    return EventCount(
        measure=measure,
        subject=fact.subject or "people" if fact else "people",
        best=best,
        low=min(stated),
        high=max(stated),
        fact_id=fact.id if fact is not None else None,
        article_ids=[s.article_id for s in said],
        authorities=list(dict.fromkeys(s.authority for s in said if s.authority)),
        rule="; ".join([BEST_RULE, *readings]),
        evidence=[s.evidence for s in said],
    )


def _said_alike(part: Fact, whole: Fact | None) -> bool:
    """A part its words do not tell from its whole ("six of them in intensive care" read as
    "people injured" under "43 people injured"): shown, it would read as a second count."""
    return whole is not None and (part.subject, part.label) == (whole.subject, whole.label)


def event_counts(
    facts: Sequence[Fact],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
) -> list[EventCount]:
    """The event's counts: per measure its own count, then its parts stated by several sources."""
    languages = {a.id: a.language or "en" for a in articles}
    titled = {a.id: a.title for a in articles if title_leads(a.title, a.text)}
    totals = {m: _totals(facts, m) for m in (*MEASURES, "shot", "treated")}
    lines = {(s.article_id, s.index): s.text for ss in sentences.values() for s in ss}
    lines.update({(a.id, HEADLINE): a.title for a in articles})
    said = {m: _stated(totals[m], sentences, languages, titled, lines) for m in totals}
    for article_id, own in _headline_deaths(facts, totals["killed"], titled, lines).items():
        said["killed"].setdefault(article_id, own)
    position = {a.id: i for i, a in enumerate(articles)}  # the articles come in time order

    def place(by_report: dict[str, _Said]) -> None:
        for one in by_report.values():
            one.order = position.get(one.article_id, 0)

    _read_killed(said["killed"], articles, sentences, said["injured"])
    place(said["killed"])
    place(said["shot"])
    _read_treated(said["injured"], said["shot"], said["killed"], said["treated"])
    _read_injured(said["injured"], said["shot"], said["killed"], articles, sentences)
    for by_report in said.values():
        place(by_report)
    _died_since(said["injured"], said["killed"], articles)
    counts: list[EventCount] = []
    for measure in MEASURES:
        reports = sorted(said[measure].values(), key=lambda s: s.article_id)
        count = _count(measure, reports)
        if count is None:
            continue
        counts.append(count)
        whole = next((f for f in facts if f.id == count.fact_id), None)
        parts = [
            f
            for f in facts
            if f.measure == measure
            and f.best is not None
            and f.parent_fact is not None
            and f.parent_fact == count.fact_id
            and f.independent_sources >= PART_SOURCES
            and not _said_alike(f, whole)
        ]
        for part in sorted(parts, key=lambda f: -(f.best or 0)):
            own = sorted(
                _stated([part], sentences, languages, titled, lines).values(),
                key=lambda s: s.article_id,
            )
            if (found := _count(measure, own)) is not None:
                counts.append(found)
    return counts
