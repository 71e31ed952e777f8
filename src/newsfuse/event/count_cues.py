"""The words, in en/fr/es/de, that tell of a death, of the hurt, of the killer's own death or of
several shootings, which the readings of a count (``count_readings``) go by.
"""

from __future__ import annotations

import re

from ..extract.figures_lexicon import MONTHS
from ..extract.numbers import find_numbers
from ..records import HEADLINE, Article, Evidence, Sentence

# A count of the gravely (or lightly) hurt only, part of those shot: "5 shot, 2 seriously
# injured", "three of the victims suffered non-life-threatening injuries", "dont deux grièvement
# blessées", "dos heridos de gravedad", "zwei davon schwer verletzt", "drei leicht verletzt".
GRAVE = re.compile(
    r"\b(?:critical(?:ly)?|serious(?:ly)?|severe(?:ly)?|grave(?:ly)?|life[- ]threatening|minor"
    r"|grièvement|gravement|graves?|légèrement|gravemente|de gravedad|levemente|leves?|schwer"
    r"|lebensgefährlich|kritisch|leicht)\b",
    re.I,
)

# A death told without a number: "fatal shooting", "shot dead", "man dies", "tué", "muerto";
# never a death denied ("another child was not killed", "the wound was not fatal", "n'a pas été
# tué", "no murió", "wurde nicht getötet").
ONE_DEATH = re.compile(
    r"\b(?<!\bnot )(?<!n['’]t )(?<!\bnever )(?<!\bpas )(?<!\bpas été )(?<!\bno )(?<!\bno fue )"
    r"(?<!\bnicht )"
    r"(?:fatal(?:ly)?|shooting death|killed|kills|killing|dies|died|slain"
    r"|(?<!brain )(?<!brain-)dead"  # "brain dead" is alive
    r"|(?<!attempted )manslaughter"  # "charged with attempted manslaughter": no one died
    # "entre la vie et la mort": alive, gravely hurt
    r"|(?<!attempted )murder[- ]suicide|tué|tuée|(?<!entre la vie et la )mort(?!e? cérébrale)"
    r"|(?<!entre la vie et la )morte|décédé|muerto|muerta"
    r"|asesinad[oa]|falleci[óo]|murió|mató|matado|getötet|tötete|erschoss|erschossen|tot|Toter"
    r"|starb|shot to death"
    # "passed away", "succumbed to his injuries", "a succombé", "sucumbió", "erlag"
    r"|passed away|succumb(?:ed|s)|a succombé|sucumbió|erlag"
    # a deadly shooting, never a deadly weapon: "deadly gunfire", "fusillade mortelle", "tiroteo
    # mortal", "tödliche Schüsse"; a life taken by one's own hand: "takes own life"
    r"|deadly (?:shooting|shootout|gunfire|standoff|attack|rampage|incident|home invasion)"
    r"|(?:fusillade|attaque|agression) mortelle|tir mortel|(?:tiroteo|balacera|ataque) mortal"
    r"|tödliche[nrs]? (?:Schüsse|Schuss|Schießerei|Angriff)"
    r"|(?:took|takes|taking) (?:his |her |their )?own li(?:fe|ves)|s['’]est suicidée?|se suicidó"
    r"|nahm sich das Leben"
    r"|[\w-]+['’]s death|death (?:was |is )?ruled|death investigation"
    # "the death of a 16-year-old", "hunting death", "la mort d'un homme", "la muerte de un joven",
    # "der Tod eines Mannes"
    r"|(?:the |a )?death of (?:a|an|the|his|her|their|\d)|(?:hunting|gun|gunshot) death"
    r"|la mort d['’]un"
    r"|la muerte de (?:un|una)|(?:der|dem|den) Tod (?:eines|einer))\b",
    re.I,
)

NO_DEATH = re.compile(
    r"\b(?:non-?fatal|no one (?:was )?(?:killed|hurt|injured)|no deaths?|survived|no injuries"
    r"|aucun mort|sin muertos|keine toten)\b",
    re.I,
)

# The killer dies too: "murder-suicide", "turned the gun on himself", "kills wife, self",
# "fatally turning the gun on himself", "kills self after shooting" (never "self-defense"),
# "then taking his own life", "avant de se suicider", "avant de se donner la mort", "y luego se
# suicidó", "antes de quitarse la vida", "und tötete sich dann selbst", "nahm sich dann das Leben".
# never an attempted one ("attempted murder-suicide", "tentative de meurtre-suicide", "intento de
# homicidio-suicidio", "versuchter erweiterter Suizid"): the killer, or his victim, lived
_MURDER_SUICIDE = re.compile(
    r"(?<!attempted )(?<!tentative de )(?<!intento de )(?<!versuchter )(?<!versuchten )"
    r"(?:murder[- ]suicide|meurtre[- ]suicide|homicidio[- ]suicidio|erweiterte[nr]? (?:Suizid"
    r"|Selbstmord))",
    re.I,
)

_SUICIDE = re.compile(
    r"\b(?:(?:fatally )?turn(?:ed|ing|s)? (?:the )?gun on (?:himself|herself)|(?:killed|killing|kills)"
    r" (?:himself|herself|self)|(?:took|taking) (?:his|her) own life"
    r"|(?:committed|commits) suicide"
    r"|,\s*(?:then\s+)?(?:himself|herself|self)\b(?!-)|se suicider|s['’]est suicidé|(?:se )?suicidó"
    r"|se donner la mort|s['’]est donnée? la mort|quit(?:ó|arse) la vida"
    r"|tötete sich(?: \w+)? selbst|nahm sich(?: \w+)? das Leben)",
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
MANY = re.compile(
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

KILLED = re.compile(
    r"\b(?:dead|deadly|deaths?|murders?|homicides?|(?<!entre la vie et la )morts?|mortelle?s?"
    r"|meurtrière?s?|muertos?"
    r"|mortal(?:es)?|Tote\w*|tödlich\w*)\b",
    re.I,
)

KILLED_BY_HIM = re.compile(
    r"\b(?:kill(?:s|ed|ing)|murder(?:s|ed|ing)|shoots? and kill(?:s|ed)|shot and killed"
    r"|gun(?:s|ned|ning) down"
    r"|fatally shot|fatally shooting|tue|tué|tuant|mató(?: a)?|matando(?: a)?|asesinó(?: a)?"
    r"|tötete|erschoss)\s+(?:(?:his|her|their|sa|son|ses|su|sus|seine|ihre)\s+)?$",
    re.I,
)

# Police as the killers, right before the killing verb ("Officers shot and killed two men", "la
# police a tué deux hommes", "la policía mató a dos hombres", "Polizisten erschossen zwei Männer"):
# the dead are those police shot, no attacker's victims.
POLICE_KILLING = re.compile(
    r"\b(?:police|cops?|officers?|deputies|deputy|troopers?|SWAT(?: team)?|policiers|gendarmes"
    r"|policía|agentes|Polizei|Polizisten|Beamte)\s+(?:(?:who|that|\w+ly|later|then|also|had|have|has"
    r"|a|ont|han|ha|hat|haben)\s+)?$",
    re.I,
)

SELF_WORD = re.compile(r"\b(?:him|her|them)?sel(?:f|ves)\b|suicid|\bselbst\b", re.I)

# A count of murders ("a triple murder", "double homicide", "5 murdered", "un double meurtre",
# "un doble homicidio", "ein Doppelmord", "fünf Ermordete"): the killer's victims, never his own
# death.
MURDERS = re.compile(
    r"(?:double|triple|quadruple|quintuple|doble|cuádruple|doppel|dreifach)[\s-]?(?:murders?"
    r"|homicides?|killings?|meurtres?|homicidios?|asesinatos?|mord(?:e)?)\b"
    r"|\b(?:murder(?:ed|s)?|homicides|assassinée?s|asesinad[oa]s|ermordete?)\b",
    re.I,
)

# The dead told as victims, or as others than someone ("two victims", "left two others dead",
# "deux victimes", "les deux autres", "dos víctimas", "otras dos", "zwei Opfer", "zwei andere"):
# those the killer hit, never the killer himself.
VICTIMS = re.compile(
    r"\b(?:victims|others|victimes|autres|víctimas|otr[oa]s|Opfer|anderen?)\b",
    re.I,
)

# The dead killed by someone, told after the count: "Four people were killed by a man", "two
# girls shot, killed by father", "tuées par un homme", "asesinadas por su padre", "von einem Mann
# getötet"; never by police ("killed by police": the dead are those police shot).
_NOT_POLICE = (
    r"(?!(?:the\s+|les?\s+|la\s+|el\s+|los\s+|der\s+|den\s+|einem\s+)?(?:police|cops?|officers?"
    r"|deputies|troopers?|policiers?|gendarmes|policía|agentes|Polizei|Polizisten|Beamten)\b)"
)

KILLED_BY_ONE = re.compile(
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
# "el atacante fue abatido", "der Täter wurde von der Polizei erschossen"; someone killed by police
# ("Teen who shot 4 is killed by cops", "before being fatally shot himself by police", "abattu par
# les gendarmes", "abatido por la policía", "von der Polizei erschossen"), whom the toll counts
# as the attacker's victims never take him in; the dead told as taking him in ("5 dead, including
# the gunman", "Seven people, including the shooter, were killed", "dont le tireur", "incluido el
# atacante", "darunter der Täter"); the dead attacker named so ("the slain suspect", "the dead
# gunman", "der getötete Täter").
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
    r"|\b(?:police|cops?|officers?|deputies|deputy|troopers?|agents?|SWAT|policiers|gendarmes"
    r"|policía|agentes|Polizei|Polizisten|Beamte)\s+(?:\w+\s+){0,2}?(?:shot and killed|kill(?:ed|s)?"
    r"|fatally shot|shot dead|ont abattu|a abattu|abatió|abatieron|mató|erschoss(?:en)?)\s+"
    rf"(?:the |a |an |l['’]|le |el |al |den |einen )?(?:\w+\s+)?{_ATTACKER}\b"
    r"|\b(?:police|officers?|deputies|troopers?)\s+(?:\w+\s+){0,2}?(?:shoot|shoots|shot)\s+(?:him"
    r"|her)\s+dead\b|\bbefore\s+(?:he|she)(?:['’]s|\s+was|\s+is)\s+(?:fatally shot|shot dead|shot and killed"
    r"|killed)\b"
    r"|\breturned fire,?\s+(?:\w+\s+){0,2}?killing\s+(?:him|her|the\s+(?:\w+\s+)?"
    rf"{_ATTACKER})\b"
    # he, the attacker, killed by police (never someone else police killed, the dead of a police
    # shooting)
    rf"|(?:\b{_ATTACKER}|\b(?:he|she|il|elle|él|ella|er|sie))\b[^.;\n]{{0,60}}?(?:"
    r"\b(?:shot and killed|killed|shot dead|fatally shot|shot to death)\s+(?:(?:him|her)self\s+)?"
    r"by\s+(?:\w+\s+){0,2}?(?:police|cops?|officers?|deputies|deputy|troopers?|SWAT)\b"
    r"|\b(?:tuée?|abattue?)\s+par\s+(?:les\s+|la\s+|des\s+|un\s+|une\s+)?(?:policiers?|gendarmes?"
    r"|police|forces de l['’]ordre)\b"
    r"|\b(?:abatid[oa]|muert[oa]|asesinad[oa])\s+(?:a tiros\s+)?por\s+(?:la\s+|los\s+|un\s+"
    r"|una\s+)?(?:policía|agentes?|policías?|guardias?)\b"
    r"|\bvon\s+(?:der\s+|einem\s+|den\s+)?(?:Polizei|Polizisten|Beamten)\s+(?:\w+\s+)?"
    r"(?:erschossen|getötet)\b)"
    # the dead taking him in
    r"|\b(?:dead|killed|died|deaths|morts|tués|muertos|fallecidos|Tote|getötet)\b[^.;\n]{0,40}?"
    r"\b(?:including|among them|y compris|dont|incluido|incluyendo|entre ellos|darunter"
    r"|einschließlich)\s+(?:the\s+|le\s+|l['’]|el\s+|der\s+|des\s+)?(?:(?:suspected|alleged"
    rf"|presumed|présumé|presunto|mutmaßlichen?)\s+)?{_ATTACKER}\b(?!['’])"
    r"|\b(?:including|y compris|incluido|incluyendo|darunter|einschließlich)\s+(?:the\s+|le\s+"
    rf"|l['’]|el\s+|der\s+|des\s+)?(?:\w+\s+)?{_ATTACKER},?\s+(?:were|ont été|sont|fueron|wurden)"
    r"\s+(?:\w+\s+)?(?:killed|tués|morts|muertos|asesinados|getötet)\b"
    # the dead attacker
    rf"|\b(?:slain|dead|deceased|getötete[nr]?|erschossene[nr]?)\s+{_ATTACKER}\b(?!['’])",
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
DEATH_LEAD = 5

HURT_LEAD = 2  # a report of the hurt tells of a death of its own within its first sentences

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

ONE_HURT = re.compile(
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
NOT_HURT = re.compile(
    r"\b(?:no one (?:was |were )?(?:hurt|injured|shot|wounded)|nobody (?:was )?(?:hurt|injured"
    r"|shot|wounded)|no injuries|personne n['’]a été (?:blessée?|touchée?)|aucun blessé"
    r"|nadie (?:resultó|fue|quedó) herido|sin heridos|niemand wurde verletzt|keine Verletzten)\b",
    re.I,
)

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

BESIDE = re.compile(
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
    # the killer's own death after he wounded one: "took his own life after he shot a deputy",
    # "s'est suicidé après avoir blessé un policier", "se suicidó tras herir a un agente", "nahm
    # sich das Leben, nachdem er einen Mann angeschossen hatte"
    r"|\b(?:kill(?:s|ed)\s+(?:him|her)self|(?:took|takes)\s+(?:his\s+|her\s+)?own\s+life"
    r"|s['’]est\s+suicidée?|se\s+suicidó|tötete\s+sich(?:\s+\w+)?\s+selbst|nahm\s+sich\s+das\s+Leben)"
    r"[^.\n]{0,30}?\b(?:(?:after|après avoir|tras|después de)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:he|she)\s+)?"
    r"(?:shot|shooting|wounded|wounding|injured|injuring|blessé|herir|herido)\s+(?:a\s+)?"
    rf"(?:{_ONE}\s+)?(?:[\w'’-]+\s+){{0,2}}?{_SINGLE}\b"
    rf"|nachdem\s+(?:er|sie)\s+(?:{_ONE}\s+|einen\s+)?(?:\w+\s+)?{_SINGLE}\s+(?:angeschossen|verletzt"
    r"|verwundet))"
    # "un mort et un blessé", "ein Toter und ein Verletzter"
    r"|\b(?:one|un|uno|ein) (?:dead|mort|muerto|fallecido|Toter) (?:and|et|y|und) (?:one|un|uno"
    r"|ein) (?:injured|wounded|blessé|herido|Verletzter)\b",
    re.I | re.M,
)

# The dead told right after their number ("2 dead", "Two men shot and killed", "Three fatally
# shot", "4 killed", "deux morts", "dos muertos", "zwei Tote", "drei Menschen getötet"): the
# number counts them.
DEAD_AFTER = re.compile(
    # a few words of the dead between ("two men", "3 officers"), never a clause's or a date's
    # ("on November 18 has died", "le 18 novembre est mort")
    rf"\s+(?:(?!(?:has|had|have|who|that|which|after|before|and|or|when|on|in|at|of|since|leaves?"
    rf"|left|leaving"
    rf"|{MONTHS})\b)[\w'’-]+\s+){{0,3}}?(?:(?:were|are|have been)\s+)?(?:dead|killed|slain|died"
    r"|shot dead|shot to death|fatally shot|shot and killed|morte?s|tuée?s|muert[oa]s"
    r"|fallecid[oa]s|asesinad[oa]s|Tote|getötet)\b",
    re.I,
)

# Several shootings told together ("in separate incidents", "South Shore shootings left one dead
# and another wounded"): the dead and the hurt are apart.
SEPARATE = re.compile(
    r"\b(?:separate|unrelated|different|distincte?s|séparée?s|distint[oa]s|separad[oa]s"
    r"|getrennten|verschiedenen|shootings|fusillades|tiroteos|balaceras|Schießereien)\b",
    re.I,
)

# A line that opens with its date, as an item of a list or timeline of shootings does ("August
# 1982: Eight people killed ...", "Nov 26, 2009 - Four killed", "12 août 1982 : huit morts",
# "Agosto de 1982: ocho muertos", "August 1982: Acht Tote"); ``year``: the date's.
DATED_ITEM = re.compile(
    rf"\s*(?:(?:\d{{1,2}}\.?\s+(?:de\s+)?)?(?:{MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:de\s+)?)?(?P<year>1[89]\d\d|20\d\d)\s*(?::|[-–—]\s)",
    re.I,
)

# A count over a period, right after its figure ("64 homicides reported this year", "eight
# children have been wounded or killed this year", "12 morts depuis le début de l'année", "15
# muertos en lo que va del año", "20 Tote seit Jahresbeginn"): a place's tally, no one event's;
# never one event's rank ("five killed in the deadliest shooting this year").
PERIOD_TALLY = re.compile(
    r"[^,;:.()]{0,45}?\b(?:(?:so far )?this year|year to date|since (?:the start of the year"
    r"|January)|cette année|depuis (?:le début de l['’]année|janvier)|este año|en lo que va del?"
    r" año|desde (?:principios de año|enero)|dieses Jahr|in diesem Jahr|seit Jahresbeginn"
    r"|seit Januar"
    # a city's or a span's tally: "41 other people were wounded in gun violence citywide", "in the
    # past 17 months", "dans toute la ville", "en los últimos seis meses", "in den letzten Monaten"
    r"|city-?wide|across the city|in (?:the )?(?:past|last) (?:[\w-]+ )?(?:weeks|months|years)"
    r"|dans toute la ville|(?:depuis|au cours des) (?:[\w-]+ )?derni[eè]re?s (?:semaines|mois|années)"
    r"|en toda la ciudad|en (?:los|las) últim[oa]s (?:[\w-]+ )?(?:semanas|meses|años)"
    r"|in der ganzen Stadt|in den letzten (?:[\w-]+ )?(?:Wochen|Monaten|Jahren))\b",
    re.I,
)

# A rank among the period's events ("the deadliest shooting this year", "la plus meurtrière
# depuis janvier", "el tiroteo más mortífero del año", "die schlimmste Schießerei seit
# Jahresbeginn"): an English "-est" word is a superlative unless it is one of the common nouns and
# verbs that merely end so ("on the West Side", "l'ouest", "protest").
RANK = re.compile(
    r"\b(?:(?!(?:(?:mid|north|south)?west|ouest|arrest|rest|interest|request|protest|forest|harvest"
    r"|contest|inquest|suggest|honest|modest|manifest|test|chest|guest|nest|vest)\b)\w{2,}est"
    r"|most|worst|first|premi[eè]re?|(?:le|la|les) plus|pire|peor|primer[oa]?"
    r"|m[aá]s (?:mort[ií]fer|sangrient|letal|grave)\w*|(?:der|die|das|den|dem) \w+ste[nmr]?"
    r"|erste[nmrs]?)\b",
    re.I,
)


# A page's video player lists other clips, each its running time and its title, the one playing
# marked by the player's "Pause" ("5:35 New details emerge at hearing Pause 1:21 His number was
# the last one in a dead man's phone."; "Pause" in French and German too, "Pausa" in Spanish):
# a line of such a page that starts with a running time is another clip's title, never a time of
# day ("10:30 p.m.", "22:15 Uhr", "10 h 30").
_PLAYER = re.compile(r"(?<![\d:])\d{1,2}:\d\d\s+\S[^\n]{0,160}?\s(?:Pause|Pausa)\s+\d{1,2}:\d\d\s")
_CLIP_TITLE = re.compile(r"\W{0,3}\d{1,2}:\d\d\s+(?!(?:[ap]\.?\s?m\b|Uhr\b|h\b|hrs?\b))\S")


def clip_title(article: Article, line: str) -> bool:
    """Whether a line of a report is the title of another clip of its page's video player."""
    return bool(_CLIP_TITLE.match(line)) and bool(_PLAYER.search(article.text))


# The dead told by their rank in a headline ("5th person dies after July murder-suicide", "4th
# victim of shooting dies", "Third man dies after shooting", "Troisième victime décédée", "La
# cuarta víctima murió", "Drittes Opfer gestorben"): the toll is that many (a first is no rank).
_RANKS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
    "sixième": 6, "segunda": 2, "segundo": 2, "tercera": 3, "tercer": 3, "tercero": 3,
    "cuarta": 4, "cuarto": 4, "quinta": 5, "quinto": 5, "sexta": 6, "sexto": 6, "zweites": 2,
    "drittes": 3, "viertes": 4, "fünftes": 5, "sechstes": 6,
}  # fmt: skip
_NTH_DEATH = re.compile(
    rf"\b(?:(?P<digits>\d{{1,2}})(?:st|nd|rd|th|e|ème|[ºª]|\.)|(?P<word>{'|'.join(_RANKS)}))\s+"
    r"(?:person|victim|man|woman|boy|girl|child|teen|student|officer|personne|victime|homme"
    r"|femme|persona|víctima|hombre|mujer|Opfer|Todesopfer|Mensch|Mann|Frau)\b"
    # the one ranked is the one dead: nothing told of him between ("2nd man charged in shooting
    # where victim died" ranks the accused)
    r"(?:(?!\b(?:charged|arrested|custody|sought|accused|suspect|held|sentenced|pleads|convicted"
    r"|inculpé|arrêté|detenido|acusado|festgenommen|angeklagt)\b)[^.;:|]){0,60}?"
    r"\b(?:dies|died|has died|succumbs|succumbed|(?:is|was|found) dead|décède|décédée?|meurt"
    r"|morte?|succombe|muere|murió|fallece|falleció|fallecida|gestorben|stirbt|starb|erlegen)\b",
    re.I,
)


def nth_death(title: str) -> int | None:
    """The rank of a death a headline tells ("5th person dies ..."): the dead are that many."""
    found = _NTH_DEATH.search(title)
    if found is None:
        return None
    rank = int(found["digits"]) if found["digits"] else _RANKS[found["word"].lower()]
    return rank if rank >= 2 else None


def lead_of(article: Article) -> str:
    return f"{article.title}\n{article.text[:_LEAD_CHARS]}"


def evidence_of(article: Article, pattern: re.Pattern[str], sentences) -> Evidence:
    """The headline when it tells of it, else the first sentence that does."""
    if pattern.search(article.title):
        return Evidence(article.id, HEADLINE, article.title)
    first = next((s for s in sentences.get(article.id, []) if pattern.search(s.text)), None)
    return (
        Evidence(article.id, first.index, first.text)
        if first
        else Evidence(article.id, 0, article.text[:_LEAD_CHARS])
    )


def counts_hurt_only(article: Article) -> bool:
    """A headline counting the hurt and telling of no death ("Elgin shooting leaves 5 injured",
    "Cinq blessés dans une fusillade", "Tres heridos en un tiroteo", "Drei Verletzte")."""
    title = article.title
    hurt = _HURT.search(title)
    return bool(hurt and find_numbers(title, article.language or "en")) and not (
        ONE_DEATH.search(title) or KILLED.search(title) or _LIFE_TAKEN.search(title)
    )


def tells_hurt_only(article: Article) -> bool:
    """A headline telling of people shot or hurt and of no death ("Child grazed by bullet", "Four
    People Shot at Bar", "Un enfant blessé par balle")."""
    title = article.title
    return bool(ONE_HURT.search(title) or _HURT.search(title) or _SHOT.search(title)) and not (
        ONE_DEATH.search(title) or KILLED.search(title)
    )


def tells_death(article: Article, sentences: dict[str, list[Sentence]]) -> bool:
    """Whether a report's headline or first ``DEATH_LEAD`` sentences tell of a death."""
    lead = [article.title] + [s.text for s in sentences.get(article.id, []) if s.index < DEATH_LEAD]
    return any(ONE_DEATH.search(t) or KILLED.search(t) for t in lead)


def _suicide(lead: str) -> bool:
    """A lead telling of a murder-suicide or of the killer's suicide; not of an accident, where
    the one who shot himself is the one who died ("3-year-old boy accidentally shoots, kills
    himself", "Toddler dead after shooting self")."""
    if _MURDER_SUICIDE.search(lead):
        return True
    return (
        bool(_SUICIDE.search(lead))
        and not _ACCIDENT.search(lead)
        and bool(ONE_DEATH.search(_SUICIDE.sub(" ", lead)))
    )


def killer_dies(lead: str) -> bool:
    """A lead telling of a killing and the killer's own death, or of two found dead together."""
    return _suicide(lead) or bool(_TWO_DEAD.search(lead))


def killer_died(lead: str) -> bool:
    """A lead telling the killer himself died, by his own hand or by police fire; never two
    people found dead, who may both be his victims."""
    return _suicide(lead) or bool(_ATTACKER_KILLED.search(lead))


def tells_one_beside(article: Article) -> bool:
    """Whether a line of the report's lead tells of a death and one other person hurt, and of no
    many."""
    for line in lead_of(article).splitlines():
        if found := BESIDE.search(line):
            return not (MANY.search(found.group()) or SEPARATE.search(line))
    return False
