"""Multilingual cue lexicons of the figures stage (en/fr/es/de/pt/it), compiled once.

Each table maps a canonical English key to surface patterns in all six languages; patterns are
regex fragments matched case-insensitively on word boundaries, longest first.
"""

from __future__ import annotations

import re

from newsfuse.records import Qualifier

# Words before a number that hedge it. "some"/"unos" are "about" only right before a number.
QUALIFIERS: dict[Qualifier, list[str]] = {
    Qualifier.AT_LEAST: [
        "at least",
        "no fewer than",
        "no less than",
        "a minimum of",
        "au moins",
        "au minimum",
        "pas moins de",
        "al menos",
        "por lo menos",
        "como mínimo",
        "mindestens",
        "wenigstens",
        "zumindest",
        "pelo menos",
        "ao menos",
        "no mínimo",
        "almeno",
        "per lo meno",
        "quanto meno",
    ],
    Qualifier.MORE_THAN: [
        "more than",
        "over",
        "upwards of",
        "in excess of",
        "above",
        "plus de",
        "plus d'",
        "au-delà de",
        "más de",
        "mas de",
        "mehr als",
        "über",
        "ueber",
        "mais de",
        "acima de",
        "più di",
        "piu di",
        "oltre",
        "sopra",
    ],
    Qualifier.NEARLY: [
        "nearly",
        "almost",
        "close to",
        "just under",
        "près de",
        "presque",
        "quasiment",
        "pas loin de",
        "casi",
        "cerca de",
        "fast",
        "beinahe",
        "nahezu",
        "knapp",
        "quase",
        "perto de",
        "quasi",
        "vicino a",
        "vicino ai",
    ],
    Qualifier.ABOUT: [
        "about",
        "around",
        "some",
        "roughly",
        "approximately",
        "an estimated",
        "estimated",
        "an approximate",
        "circa",
        "environ",
        "quelque",
        "quelques",
        "approximativement",
        "aux alentours de",
        "autour de",
        "unos",
        "unas",
        "alrededor de",
        "aproximadamente",
        "en torno a",
        "rund",
        "etwa",
        "ungefähr",
        "ca.",
        "zirka",
        "cerca di",
        "circa",
        "aproximadamente",
        "em torno de",
        "cerca de",
        "intorno a",
        "all'incirca",
        "~",
        "≈",
        # an average is no single exact count ("averaged 7.3 points", "a marqué en moyenne")
        "averaged",
        "averaging",
        "averages",
        "en moyenne",
        "promedió",
        "promediando",
        "durchschnittlich",
        "im Schnitt",
        "in media",
        "em média",
        # "barely 6.5 times earnings": hardly more than
        "barely",
        "à peine",
        "apenas",
        "kaum",
        "a malapena",
    ],
    Qualifier.LESS_THAN: [
        "less than",
        "sub-",
        "fewer than",
        "under",
        "below",
        "moins de",
        "moins d'",
        "menos de",
        "weniger als",
        "unter",
        "abaixo de",
        "meno di",
        "sotto",
    ],
    Qualifier.UP_TO: [
        "up to",
        "as many as",
        "within",
        "jusqu'à",
        "jusqu'a",
        "hasta",
        "bis zu",
        "até",
        "fino a",
        "sino a",
    ],
}

# Outcome cues: what happened to what is counted.
MEASURES: dict[str, list[str]] = {
    "killed": [
        r"shot and killed",
        r"shot dead",
        r"shot to death",
        r"found dead",
        r"found (?:shot (?:to death|dead)|fatally shot)",  # "Man and boy found shot to death"
        r"fatally (?:shot|wounded|injured|stabbed)",
        r"gunned down",
        r"killed",
        r"(?<!\bto )kills?",  # not "trying to kill 2 officers"
        r"killing",
        r"dead",
        r"died",
        r"dies",
        r"deaths?",
        r"death toll",
        r"fatalit(?:y|ies)",
        r"fatally",
        r"lives(?!\s+(?:in|at|on|with|near|nearby|around|across|next|alone|just)\b)",  # not "one lives in"
        # "claimed the life of", "lost his life", "took her own life"; not "fighting for his
        # life", "life support"
        r"(?:claim(?:ed|s|ing)?|t(?:ook|akes?|aking)|cost(?:ing|s)?|los(?:t|es?|ing))\s+"
        r"(?:(?:the|his|her|their|a|one|young|own)\s+){0,2}life\b",
        r"committed suicide",
        r"perished",
        r"passed away",  # "A 5-year-old girl has passed away from her injuries": no one hurt
        r"slain",
        r"murdered",
        # not a modifier of those who look into or stand accused of one ("two homicide suspects",
        # "homicide detectives"); "two homicide victims" stays a count of the dead
        r"homicides?(?!\s+(?:suspects?|detectives?|investigat\w+|charges?|cases?|units?|squads?"
        r"|division|trials?|warrants?|counts?|officers?))",
        r"lost their lives",
        r"morts?",
        r"mortes",
        r"tués?",
        r"tuées?",
        r"tuant",
        r"décès",
        r"décédée?s?",
        r"perdu la vie",
        r"victimes mortelles",
        r"muertos?",
        r"muertas?",
        r"murieron",
        r"murió",
        r"fallecidos?",
        r"fallecieron",
        r"asesinados?",
        r"mató",
        r"mataron",
        r"matando",
        r"perdieron la vida",
        r"víctimas mortales",
        r"muertes?",
        r"tote",
        r"toten",
        r"getötet",
        r"tötete[n]?",
        r"starben",
        r"ums leben",
        r"todesopfer",
        r"mortos?",
        r"mortas?",
        r"morreram",
        r"morreu",
        r"mortes",
        r"perderam a vida",
        r"vítimas fatais",
        r"morti",
        r"uccis[ie]",
        r"hanno perso la vita",
        r"deceduti",
        r"vittime",
    ],
    "injured": [
        r"injured",
        r"injures?",
        r"injuring",
        r"injuries",
        r"wounded",
        r"wounding",
        # by a bullet, in a body part; never cattle "grazed in the field"
        r"grazed(?=\s+by\s|\s+(?:in|on)\s+(?:the|his|her)\s+(?:head|face|neck|arm|leg|foot|hand"
        r"|back|shoulder|chest|hip|side|knee|thigh|ankle|buttocks?)\b|\s*[.,;]|\s*$)",
        r"hurt",
        r"hospitali[sz]ed",
        r"(?:being |were |was )?treated (?:in|at) (?:\w+ )?hospitals?",
        r"hospitalisée?s",
        r"hospitalizad[oa]s",
        r"hospitalisiert",
        r"ricoverat[ie]",
        r"internad[oa]s",
        r"blessée?s?",
        r"blessant",
        r"heridos?",
        r"heridas?",
        r"hirió",
        r"hirieron",
        r"hiriendo",
        r"lesionados?",
        r"verletzte?n?",
        r"verwundet",
        r"feridos?",
        r"feridas?",
        r"feriti",
        r"ferite",
    ],
    # taken to hospital, or kept there in a grave state: "sent five people to the hospital",
    # "two were taken to area hospitals", "five people in the hospital", "two remain in critical
    # condition", "a envoyé cinq personnes à l'hôpital", "dans un état critique", "trasladados al
    # hospital", "en estado grave", "ins Krankenhaus gebracht", "in kritischem Zustand"; never one
    # who died there ("taken to a hospital, where he died": the death is the outcome) nor a visit
    # ("to the hospital to see"). Mostly some of the hurt: the count of the hurt only when no one
    # counts them (``event.how_many``)
    "treated": [
        r"(?:(?:to|in) (?:the |a |an )?(?:area |local |nearby |several |various |different )?"
        r"hospitals?(?! (?:to|for) (?:see|visit|meet)\b)"
        r"|to (?:the )?(?-i:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|at)){0,5}\s+"
        r"(?:Hospitals?|Medical Cent(?:er|re)))"
        r"|(?:à|vers) l['’]hôpital|(?:al|a un|a los) hospital(?:es)?|ins Krankenhaus)"
        r"(?![^.;]*\b(?:died|dies|dead|succumbed|morte?s?|décédée?s?|succombé|muri(?:ó|eron)"
        r"|falleci(?:ó|eron)|muert[oa]s?|starb(?:en)?|gestorben|erlag(?:en)?)\b)"
        # "taken to hospital with non-life-threatening injuries": the injuries tell the hurt
        r"(?![^.;]*\b(?:injur(?:y|ies|ed)|wounds|wounded|blessures|heridas|Verletzungen)\b)",
        r"(?:in|listed in|remains? in|remained in) (?:(?:very|extremely|a|an)\s+)?"
        r"(?:critical|serious|stable|grave|fair|guarded)(?: but stable)? condition",
        r"fighting for (?:his|her|their) li(?:fe|ves)",
        r"dans un état (?:critique|grave|sérieux)",
        r"en urgence absolue",
        r"entre la vie et la mort",
        r"en estado (?:crítico|grave|delicado)",
        r"entre la vida y la muerte",
        r"in (?:kritischem|ernstem|lebensbedrohlichem) Zustand",
        r"in Lebensgefahr",
    ],
    "shot": [
        r"shot",
        r"shoots",
        r"shooting victims",
        # hit by the gunfire: "4 hit in shooting", "were struck by gunfire"; never a bare "hit"
        # (a song, a home run)
        r"(?:hit|struck) (?:by|in) (?:the |a )?(?:gunfire|bullets?|shots|shooting|drive-by)",
        r"gunshot wounds?",
        r"touchée?s? par (?:des )?balles?",
        r"atteinte?s? par (?:des )?balles?",
        r"baleados?",
        r"baleadas?",
        r"alcanzad[oa]s? por (?:las |los )?(?:balas|disparos)",
        r"angeschossen",
        r"von (?:Schüssen|Kugeln) getroffen",
    ],
    "displaced": [
        r"displaced",
        r"displacement",
        # people who fled the scene ("fled on foot", "ont fui à pied", "zu Fuß geflohen")
        # escaped; they were not driven from their homes
        r"fled(?! (?:on foot|the scene|in (?:a|an|his|her|their|the) |by car|before"
        r"|from (?:the )?(?:police|officers|deputies|scene)))(?: their homes)?",
        r"forced to flee",
        r"(?:left|lost|abandoned|forced from) their homes",
        r"homeless",
        r"quitter leurs? (?:logements?|domiciles?|maisons?|foyers?)",
        r"sans[- ]abris?",
        r"abandonar sus (?:casas|hogares|viviendas)",
        r"sin hogar",
        r"ihre (?:häuser|wohnungen|heimat) verlassen",
        r"obdachlos",
        r"deixar (?:suas|as suas) casas",
        r"desabrigad[oa]s",
        r"lasciare le (?:loro )?case",
        r"déplacée?s?",
        r"déplacement",
        r"ont fui(?! (?:à pied|les lieux|en voiture|avant))",
        r"desplazad[oa]s",
        r"huyeron(?! (?:a pie|del lugar|en (?:un|una|su|el) |antes))",
        r"vertriebene?n?",
        r"(?<!Fuß )(?<!Tatort )geflohen",
        r"geflüchtet",
        r"deslocad[oa]s",
        r"desalojad[oa]s",
        r"sfollati",
        r"sfollate",
    ],
    "evacuated": [r"evacuated", r"évacuée?s", r"evacuad[oa]s", r"evakuiert", r"evacuati"],
    "captured": [
        r"captured",
        r"capturing",
        r"seized",
        r"seizing",
        r"took control of",
        # not "a pris la fuite" (fled), "pris en charge" (cared for), "pris part" (took part)
        r"pris(?:es)?(?!\s+(?:la\s+fuite|en\s+charge|part|pour\s+cible)\b)",
        r"capturée?s",
        r"conquis",
        r"tomaron",
        r"capturaron",
        r"eingenommen",
        r"erobert",
        r"tomaram",
        r"conquistaram",
        r"conquistat[oiae]",
    ],
    "arrested": [
        r"arrested",
        r"charged",
        r"detained",
        r"arrests",
        r"arrêtée?s",
        r"interpellée?s",
        r"detenid[oa]s",
        r"arrestad[oa]s",
        r"festgenommen",
        r"verhaftet",
        r"pres[oa]s",
        r"detid[oa]s",
        r"arrestat[ie]",
        r"fermat[ie]",
    ],
    "missing": [
        r"missing",
        r"unaccounted for",
        r"disparue?s",
        r"desaparecid[oa]s",
        r"vermisst",
        r"vermisste[n]?",
        r"dispersi",
    ],
    # Sent somewhere, not hurt: "350 soldiers were deployed" is no casualty count.
    "deployed": [
        r"deployed",
        r"dispatched",
        r"mobili[sz]ed",
        r"sent to(?! (?:a |the )?hospitals?)",
        r"déployée?s",
        r"dépêchée?s",
        r"mobilisée?s",
        r"desplegad[oa]s",
        r"movilizad[oa]s",
        r"eingesetzt",
        r"entsandt",
        r"angefordert",
        r"mobilisiert",
        r"destacad[oa]s",
        r"mobilizad[oa]s",
        r"dispiegat[ie]",
        r"schierat[ie]",
    ],
    "suspended": [
        r"suspended",
        r"suspendu",
        r"suspendue?s",
        r"suspendieron",
        r"suspendid[oa]s",
        r"eingestellt",
        r"suspenderam",
        r"sospes[oie]",
    ],
    "affected": [
        r"affected",
        r"touchée?s",
        r"sinistrée?s",
        r"afectad[oa]s",
        r"betroffen",
        r"afetad[oa]s",
        r"colpit[ie]",
    ],
    "rescued": [
        r"rescued",
        r"secourue?s",
        r"rescatad[oa]s",
        r"gerettet",
        r"resgatad[oa]s",
        r"salvat[ie]",
    ],
}

# What is counted -> canonical English key. Longer phrases first (so "rebel fighters" wins).
SUBJECTS: dict[str, list[str]] = {
    "rebel_fighters": [
        r"rebel fighters?",
        r"opposition fighters?",
        r"rebels?",
        r"insurgents?",
        r"combattants? de l'opposition",
        r"combattants? rebelles",
        r"rebelles?",
        r"insurgés",
        r"rebeldes?",
        r"insurgentes",
        r"combatientes rebeldes",
        r"rebellen",
        r"aufständische",
        r"combatentes rebeldes",
        r"ribelli",
        r"insorti",
    ],
    "combatants": [
        r"combatants?",
        r"fighters?",
        r"militants?",
        r"jihadists?",
        r"combattants?",
        r"djihadistes",
        r"combatientes",
        r"yihadistas",
        r"kämpfer",
        r"dschihadisten",
        r"combatentes",
        r"jihadistas",
        r"combattenti",
        r"miliziani",
    ],
    "soldiers": [
        r"soldiers?",
        r"troops",
        r"servicemen",
        r"service members",
        r"marines",
        r"sailors",
        r"soldats?",
        r"militaires",
        r"soldados?",
        r"militares",
        r"soldaten",
        r"soldati",
        r"militari",
    ],
    "police_officers": [
        r"police officers?",
        r"policemen",
        r"officers",
        r"deputies",
        r"troopers",
        r"policiers",
        r"gendarmes",
        r"policías",
        r"agentes",
        r"polizisten",
        r"policiais",
        r"poliziotti",
        r"agenti",
    ],
    "civilians": [
        r"civilian victims",
        r"victimes civiles",
        r"víctimas civiles",
        r"civilians?",
        r"civils?",
        r"civiles",
        r"zivilisten",
        r"civis",
        r"civili",
    ],
    "children": [
        r"children",
        r"child",
        r"kids",
        r"minors",
        r"babies",
        r"enfants?",
        r"mineurs",
        r"niños",
        r"niñas",
        r"menores",
        r"kinder",
        r"crianças",
        r"menores",
        r"bambini",
        r"minori",
    ],
    "women": [r"women", r"woman", r"femmes?", r"mujeres", r"frauen", r"mulheres", r"donne"],
    "men": [r"men", r"man", r"hommes", r"hombres", r"männer", r"homens", r"uomini"],
    "students": [
        r"students?",
        r"pupils",
        r"étudiants?",
        r"élèves",
        r"estudiantes",
        r"alumnos",
        r"studenten",
        r"schüler",
        r"estudantes",
        r"alunos",
        r"studenti",
    ],
    "victims": [r"victims?", r"victimes", r"víctimas", r"opfer", r"vítimas", r"vittime"],
    "families": [r"families", r"familles", r"familias", r"familien", r"famílias", r"famiglie"],
    "towns": [
        r"towns?",
        r"villages?",
        r"cities",
        r"localities",
        r"villes",
        r"localités",
        r"ciudades",
        r"pueblos",
        r"localidades",
        r"städte",
        r"orte",
        r"dörfer",
        r"cidades",
        r"vilas",
        r"aldeias",
        r"città",
        r"paesi",
        r"villaggi",
    ],
    "organizations": [
        r"humanitarian organi[sz]ations",
        r"aid organi[sz]ations",
        r"aid groups",
        r"organi[sz]ations",
        r"ngos",
        r"ong",
        r"ongs",
        r"organizaciones",
        r"organisationen",
        r"hilfsorganisationen",
        r"organizações",
        r"organizzazioni",
    ],
    "medical_centers": [
        r"medical cent(?:er|re)s",
        r"health (?:facilities|centers|centres)",
        r"hospitals",
        r"centres médicaux",
        r"centres de santé",
        r"hôpitaux",
        r"centros médicos",
        r"centros de salud",
        r"hospitales",
        r"krankenhäuser",
        r"kliniken",
        r"centros de saúde",
        r"hospitais",
        r"ospedali",
        r"centri medici",
    ],
    "homes": [
        r"houses",
        r"homes",
        r"buildings",
        r"maisons",
        r"bâtiments",
        r"logements",
        r"casas",
        r"viviendas",
        r"edificios",
        r"häuser",
        r"gebäude",
        r"edifícios",
        r"case",
        r"edifici",
    ],
    "journalists": [
        r"journalists?",
        r"journalistes?",
        r"periodistas",
        r"journalisten",
        r"jornalistas",
        r"giornalisti",
    ],
    "refugees": [r"refugees", r"réfugiés", r"refugiados", r"flüchtlinge", r"rifugiati"],
    "migrants": [r"migrants", r"migrantes", r"migranten", r"migranti"],
    "residents": [
        r"residents",
        r"inhabitants",
        r"neighbou?rs",
        r"vecinos",
        r"vecinas",
        r"riverains",
        r"habitants",
        r"residentes",
        r"habitantes",
        r"einwohner",
        r"bewohner",
        r"moradores",
        r"abitanti",
        r"residenti",
    ],
    "patients": [r"patients", r"pacientes", r"patienten", r"pazienti"],
    "passengers": [
        r"passengers",
        r"passagers",
        r"pasajeros",
        r"passagiere",
        r"passageiros",
        r"passeggeri",
    ],
    "prisoners": [
        r"prisoners",
        r"detainees",
        r"prisonniers",
        r"détenus",
        r"prisioneros",
        r"detenidos",
        r"gefangene",
        r"häftlinge",
        r"prisioneiros",
        r"prigionieri",
        r"detenuti",
    ],
    "workers": [
        r"workers",
        r"employees",
        r"travailleurs",
        r"employés",
        r"trabajadores",
        r"empleados",
        r"arbeiter",
        r"beschäftigte",
        r"mitarbeiter",
        r"trabalhadores",
        r"lavoratori",
        r"dipendenti",
    ],
    "people": [
        r"people",
        r"persons?",
        r"individuals",
        r"family members",
        r"members of (?:an? |the |one )?(?:[\w'’-]+ ){0,2}family",
        r"personnes?",
        r"gens",
        r"personas?",
        r"menschen",
        r"personen",
        r"pessoas?",
        r"persone",
        r"dead",
        r"morts",
        r"muertos",
        r"tote",
        r"toten",
        r"mortos",
        r"morti",
        r"injured",
        r"wounded",
        r"blessés",
        r"heridos",
        r"verletzte",
        r"feridos",
        r"feriti",
        r"lives",
        r"vies",
        r"vidas",
        r"leben",
        r"vite",
    ],
}

# Verbs and nouns of change right before an amount: "rose 5%", "was up 19 cents", "fell by 2",
# "une hausse de 2,7 %", "descendieron un 4,8 %", "sanken um 4,8 Prozent", "Umsatzwachstum von".
CHANGE_UP = (
    r"\bup|rose|rises?|rising|risen|gained|gains?|increased?|increasing|climbed|jumped|advanced"
    r"|surged?|surging|grow|grows|growing|grew|grown|higher|added|boost(?:ed)?|growth|upwards?|\+"
    r"|hausse|augmentation|progression|croissance|(?:a |ont )?(?:augmenté|progressé|grimpé|bondi)"
    r"|augmente|progresse|aumento|subida|alza|crecimiento|incremento|aument(?:ó|aron|aban)"
    r"|increment(?:ó|aron)|subi(?:ó|eron)|creci(?:ó|eron)|\w*(?:anstieg|zuwachs|wachstum|steigerung)(?:en)?"
    r"|stiegen?|wuchsen?|gestiegen|zugelegt|legten? um|subiu|subiram|cresceu|cresceram|alta"
    r"|rialzo|crescita|salit[oa]|cresciut[oa]|aumentat[oa]"
)
CHANGE_DOWN = (
    r"\bdown|fell|falls?|falling|dropped|drops?|lost|loses|declined?|declining|decreased?"
    r"|slipped|slid|plunged|plummet(?:ed|ing)?|tumbled|sank|shed|lower|cut|decline|downwards?"
    r"|baisse|diminution|recul|chute|repli|(?:a |ont )?(?:baissé|diminué|reculé|chuté)"
    r"|descenso|caída|disminución|baj(?:ó|aron)|cay(?:ó|eron)|descendi(?:ó|eron)"
    r"|disminuy(?:ó|eron)|retroced(?:ió|ieron)|\w*(?:rückgang|verlust)|sanken?|fielen?"
    r"|gesunken|gefallen|queda|caiu|caíram|recuou|diminuiu|calo|ribasso|diminuzione|calat[oa]"
    r"|sces[oa]|diminuit[oa]"
)
# What may stand between a change word and its amount: "by", "de", "um", "un", "of"...
CHANGE_LINK = r"by|of|de|d'|d’|du|um|von|un|en|del|di|em|da|por"
# Words that make the next number a level, not a change: "rose to 31", "up from 24".
CHANGE_LEVEL = r"to|from|at|à|au|a|sur|auf|hasta|hacia|até|para|a quota|su"

MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli"
    r"|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro"
    r"|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda-feira|terça-feira"
    r"|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato"
    r"|domenica"
)

# Reporting verbs: "X said", "said X", "selon X"...
REPORT_VERBS = (
    r"said|says|reported|reports|told|announced|stated|indicated|indicate|indicates|confirmed"
    r"|claimed|estimated|warned|noted|expressed|added|counted|recorded|documented"
    r"|a rapporté|rapporte|a indiqué|indique|a déclaré|déclare|a annoncé|annonce|a affirmé"
    r"|a fait état|faisait état|fait état|a ajouté|ajoute|añadió|agregó|fügte hinzu"
    r"|acrescentou|ha aggiunto"
    r"|affirme|a précisé|précise|a estimé|estime|a constaté|a recensé|recense"
    r"|informó|ha informado|informa|dijo|ha dicho|declaró|indicó|ha indicado|señaló|afirmó"
    r"|reportó|precisó|sagte|berichtete|berichtet|teilte mit|erklärte|meldete|meldet"
    r"|disse|informou|afirmou|relatou|declarou|indicou|ha detto|ha riferito|riferisce"
    r"|ha dichiarato|ha reso noto|ha comunicato"
)
ACCORDING_TO = (
    r"according to|citing|selon|d'après|según|de acuerdo con|laut|nach angaben|zufolge"
    r"|segundo|de acordo com|secondo|stando a|reports from|figures from|data from"
)
PRONOUNS = r"they|he|she|it|ils|elles|il|elle|ellos|ellas|él|ella|sie|er|es|eles|elas|ele|ela|loro"
ANAPHORS = (
    r"the group|the monitor|the organi[sz]ation|the agency|le groupe|l'organisation|l'ong"
    r"|el grupo|la organización|die gruppe|die organisation|o grupo|a organização|il gruppo"
    r"|l'organizzazione"
)

# Nouns of a death toll: a number they rise or fall to counts the dead ("the death toll rose to
# 31", "la cifra de muertos ascendió a 31", "le bilan s'est alourdi à 31").
# People an age is given for in French, Spanish, Portuguese and Italian: "une femme de 34 ans",
# "el acusado de 29 años", "uma mulher de 35 anos", "una donna di 34 anni" (not "une peine de
# 20 ans", a duration).
AGE_PERSONS = [
    r"hommes?", r"femmes?", r"filles?", r"garçons?", r"enfants?", r"bébés?", r"jeunes?",
    r"adolescent(?:e|s|es)?", r"victimes?", r"accusé(?:e|s|es)?", r"suspect(?:e|s|es)?",
    r"prévenu(?:e|s|es)?", r"mères?", r"pères?", r"fils", r"étudiant(?:e|s|es)?",
    r"retraité(?:e|s|es)?", r"personnes?", r"individus?", r"conduct(?:eur|rice)s?",
    r"tireurs?", r"assaillant(?:e|s|es)?", r"patient(?:e|s|es)?", r"joueu(?:r|se)s?",
    r"ressortissant(?:e|s|es)?", r"habitant(?:e|s|es)?",
    r"hombres?", r"mujer(?:es)?", r"niñ[oa]s?", r"joven", r"jóvenes", r"adolescentes?",
    r"víctimas?", r"acusad[oa]s?", r"sospechos[oa]s?", r"detenid[oa]s?", r"madres?",
    r"padres?", r"hij[oa]s?", r"estudiantes?", r"ancian[oa]s?", r"personas?", r"individuos?",
    r"conductor(?:a|es|as)?", r"agresor(?:a|es|as)?", r"pacientes?", r"jugador(?:a|es|as)?",
    r"chic[oa]s?", r"muchach[oa]s?", r"vecin[oa]s?",
    r"homem", r"homens", r"mulher(?:es)?", r"menin[oa]s?", r"jovem", r"jovens", r"vítimas?",
    r"suspeit[oa]s?", r"mãe", r"pai", r"filh[oa]s?", r"pessoas?", r"crianças?",
    r"uomo", r"uomini", r"donna", r"donne", r"ragazz[oaie]", r"bambin[oaie]", r"giovani?",
    r"vittim[ae]", r"accusat[oaie]", r"sospettat[oaie]", r"figli[oae]?", r"person[ae]",
]  # fmt: skip

TOLL_NOUNS = [
    r"death toll",
    r"toll",
    r"number of (?:the )?dead",
    r"bilan(?: humain| provisoire| des morts| des victimes)?",
    r"nombre de (?:morts|victimes|décès)",
    r"cifra de (?:muertos|fallecidos|víctimas mortales|víctimas)",
    r"número de (?:muertos|fallecidos|víctimas|mortos|vítimas)",
    r"balance de (?:muertos|víctimas|fallecidos)",
    r"zahl der (?:toten|todesopfer|opfer)",
    r"opferzahl",
    r"totenzahl",
    r"bilancio(?: delle vittime| dei morti)?",
    r"numero (?:dei morti|delle vittime)",
]
# Words right after a number that make it a part of the count before it ("six of them").
PART_AFTER = (
    r"of them|of whom|d'entre eux|d'entre elles|de ellos|de ellas|von ihnen|deles|delas"
    r"|di loro|di essi|tra loro"
)

# A sentence opening that adds its count to the breakdown just before it: "In addition, 26
# civilians died" after "255 killed: 144 fighters and 87 soldiers".
ADDITION_OPENERS = (
    r"in addition|additionally|besides|en outre|de plus|par ailleurs|además|asimismo"
    r"|außerdem|zudem|darüber hinaus|além disso|inoltre|in aggiunta"
)

# Words that put a part under a total: "including 8 children", "dont 19", "darunter".
PART_CUES = (
    r"including|included|among them|among whom|of whom|of which|of them|dont|parmi eux|parmi"
    r"|parmi lesquels|incluidos|incluidas|incluyendo|entre ellos|entre ellas|de ellos|darunter"
    r"|davon|incluindo|entre eles|entre elas|dos quais|das quais|tra cui|di cui|tra loro"
)

SCOPES = [
    rf"(?:since|depuis|desde|seit|da)\s+(?:the\s+|le\s+|la\s+|el\s+|o\s+|a\s+|dem\s+|der\s+)?"
    rf"(?:start|beginning|début|inicio|comienzo|beginn|início|inizio|onset|{WEEKDAYS})"
    r"(?:\s+(?:of|de|du|del|des|der|do|da|della|dell')\s*(?:the\s+|l')?\w+)?",
    rf"(?:on|le|el|am|na|no|il|ce|cette|este|esta|diesen|questo|questa)\s+(?:{WEEKDAYS})",
    r"(?:this|ce|cette|este|esta|dieses|diese|neste|nesta|quest'|quest[oa])\s+"
    r"(?:year|week|month|morning|année|an|semaine|mois|matin|año|semana|mes|jahr|woche|monat"
    r"|ano|mês|anno|settimana|mese|mattina)",
    r"(?:in|over|en|sur|durante|in den|em|nei|negli)\s+(?:the\s+)?(?:last|past|recent|ces"
    r"|derniers|últimos|letzten|ultimi)?\s*(?:\w+\s+)?(?:days|jours|días|tagen|dias|giorni)",
    r"so far|to date|jusqu'à présent|jusqu'ici|hasta ahora|hasta el momento|bisher|bislang"
    r"|até agora|até o momento|finora|fino ad ora",
    r"today|yesterday|aujourd'hui|hier|hoy|ayer|heute|gestern|hoje|ontem|oggi|ieri",
    r"(?:in|à|en|au|dans|em|no|na|nel|nella|a)\s+(?:the\s+)?(?:province\s+of\s+|la province"
    r"\s+d'|la ville d'|the city of\s+)?[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+)?",
]


# Words that may stand inside a name between its capitalised words: "Office for the Coordination
# of Humanitarian Affairs", "Bureau des Nations Unies pour la coordination", "Autoridad Regional
# de Emergencias", "Amt für Statistik".
NAME_JOINERS = frozenset(
    [
        "of",
        "for",
        "the",
        "and",
        "de",
        "des",
        "du",
        "la",
        "le",
        "l'",
        "d'",
        "del",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "für",
        "von",
        "do",
        "da",
        "dos",
        "di",
        "della",
        "pour",
        "para",
        "per",
        "y",
        "et",
        "e",
        "und",
    ]
)


def alternation(phrases: list[str], escape: bool = False) -> str:
    """A regex alternation, longest first, of phrases (escaped when they are plain text)."""
    items = [re.escape(p) if escape else p for p in phrases]
    return "|".join(sorted(set(items), key=len, reverse=True))
