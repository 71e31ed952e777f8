"""What stands around a name in a sentence: patterns and word lists, in en, fr, es, de, pt, it."""

from __future__ import annotations

import re

from ...extract.gazetteer import (
    AP_STATES,
)

# A word; an elided article is a word of its own ("d'Idlib", "l'Alep": Idlib, Alep).
_TOKEN = re.compile(
    r"(?:St|Mt|Ft|Pt)\.|(?<!\w)(?:[dlDL]|qu|Qu)['’](?=[^\W\d_])"
    r"|[^\W\d_][\w'’-]*[^\W\d_](?:(?<!['’]s)|(?=\s+County\b))|\S"
)
# Lower-case words inside a place's name (en, fr, es, de, pt, it): "Caroline du Nord",
# "Carolina del Norte", "Rio de Janeiro", "Castilla y León", "District of Columbia".
_NAME_LINKS = frozenset(
    {"of", "de", "del", "du", "des", "la", "las", "los", "le", "y", "et", "und", "di", "da", "do"}
    | {"dos", "das", "d'", "d’"}
)
# A name stands where a place stands after these words (en, fr, es, de, pt, it).
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|from|of|across|around|à|au|aux|dans|près\s+de|vers|en|cerca\s+de"
    r"|a\s+las\s+afueras\s+de|desde|bei|nahe|nahe\s+bei|im|aus|em|perto\s+de|vicino\s+a)\s+"
    r"(?:(?:the|an?|la|le|les|el|los|der|die|dem|den)\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|"
    r"eastern|western|downtown|central|rural|suburban)\s+)?\Z",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"['’]s\s+(?:(?:(?:north|south|east|west)(?:east|west)?\s+)?side\b"
    r"|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+neighbou?rhood\b"
    r"|(?:police|officers?|cops?|mayor|downtown|suburbs?|outskirts|streets)\b)"
    r"|\s+(?:toddler|child|baby|infant|home|house|apartment|police|officers?|cops?|"
    r"deputies|sheriff|shooting|area|school|elementary|bar|club|park|provinces?|governorates?|"
    r"countryside|suburbs?)\b",
    re.I,
)
# A school, a hospital or a club named after a person or a town: "Kimball High School",
# "Harmony Grove Elementary", "the Bonanza nightclub"; "le lycée Carnot", "el colegio Cervantes",
# "das Gymnasium Kimball" (no preposition: "l'hôpital de Lyon" is Lyon's).
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:(?:High|Middle|Elementary|Junior High|Intermediate|Primary|Grade|Charter)\s+School"
    r"|HS\b|H\.S\.|Elementary|Academy|College|University|Hospital|Medical Center"
    r"|(?i:nightclub|night club|lounge|bar and grill|tavern|saloon|motel|hotel))\b"
)
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:lycée|collège|école|université|hôpital|clinique|colegio|escuela|instituto|liceo"
    r"|universidad|hospital|Gymnasium|Schule|Realschule|Gesamtschule|Universität|Klinikum"
    r"|Krankenhaus|boîte de nuit|discothèque|discoteca|Diskothek|Nachtclub)\s+\Z",
    re.I,
)
# "Kay's Lounge", "an Elk's Lodge", "Spike's apartment": a possessive names a business or a
# person (places' own possessives are read by ``_PLACE_AFTER``: "Detroit's west side").
_POSSESSIVE = re.compile(r"['’]s\b")
_PART_NAME = re.compile(r"['’]s\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
# A street is no town: "Second Street", "Owens Avenue", "Kölner Straße"; "rue de Lyon",
# "calle Toledo", "avenida de Madrid".
_STREET_AFTER = re.compile(
    r"\s+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Drive|Dr\.|Lane|Ln\.|Boulevard|Blvd\.?|Way|"
    r"Highway|Parkway|Pike|Trail|Terrace|Circle|Place|Square|Straße|Strasse|Platz|Allee|Weg)\b"
)
_STREET_BEFORE = re.compile(
    r"\b(?:rue|avenue|boulevard|bd|chemin|allée|place|quai|calle|avenida|paseo|plaza|viale"
    r"|rua)\s+(?:(?:de|du|des|de la|del|de los|d['’])\s*)?\Z",
    re.I,
)
# "the 500 block of S. Linwood", "the 1400 block of West Chester": a street, as US police say it
_BLOCK_OF = re.compile(r"\bblock of\s+(?:(?:[NSEW]|North|South|East|West|Old)\.?\s+)?\Z", re.I)
_STREET_WORDS = frozenset(
    {"street", "avenue", "road", "drive", "lane", "boulevard", "highway", "parkway", "straße"}
)
# "a Helena man", "two Brockton men", "un habitant de Nîmes", "des originaires de Lyon", "un
# vecino de Toledo", "naturales de Toledo", "ein Mann aus Köln", "zwei Männer aus Köln"; "a
# resident of Penn Hills", "domicilié à Villeurbanne", "residente en Toledo", "wohnhaft in Hürth".
_RESIDENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:man|men|woman|women|boys?|girls?|teens?|teenagers?|resident|family"
    r"|families|couples?|mother|father|natives?|\d{1,3}-year-old)\b",
    re.I,
)
_RESIDENT_BEFORE = re.compile(
    r"\b(?:(?:habitante?s?|originaires?|vecin[oa]s?|residente?s?|natural(?:es)?"
    r"|Einwohner(?:in(?:nen)?)?|Mann|Männer|Frau(?:en)?)\s+(?:de|d['’]|du|aus|von)"
    r"|(?:domiciliée?s?|demeurant|résidant|domiciliad[oa]s?|residente?s?|wohnhaft)\s+(?:à|en|in)"
    r"|residents?\s+of)\s*\Z",
    re.I,
)
# "a suburb of Denver", "suburban Denver", "the Denver suburb", "Denver's suburbs", "la banlieue
# de Lyon", "las afueras de Toledo", "un suburbio de Toledo", "am Stadtrand von Köln", "ein Vorort
# von Köln": the big town the scene lies outside of.
_SUBURB_OF = re.compile(
    r"(?:\b(?:suburbs?|outskirts|banlieue|périphérie|afueras|suburbios?|periferia|Vororte?"
    r"|Stadtrand)\s+(?:of|de|d['’]|du|del|von)\s*(?:the\s+|la\s+)?|\bsuburban\s+)\Z",
    re.I,
)
_SUBURB_AFTER = re.compile(r"(?:['’]s)?\s+(?:suburbs?|outskirts)\b", re.I)
# "30 miles west of Phoenix", "two miles from Aleppo", "à 20 km au nord de Lyon", "a 30 km de
# Toledo", "20 Kilometer nördlich von Köln", and without a distance "au nord de Lyon", "al norte
# de Toledo", "nördlich von Köln": a town the scene is placed by, outside it. "The rebel-held
# east of Aleppo", "dans le nord de Lyon", "en el norte de Toledo", "im Norden von Köln" are
# parts of it; English says "east of Aleppo" of both.
_EN_SIDE = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_FR_SIDE = r"(?:nord|sud|est|ouest)(?:-(?:est|ouest))?"
_ES_SIDE = r"(?:norte|sur|este|oeste|noreste|nordeste|noroeste|sureste|sudeste|suroeste)"
_DE_SIDE = r"(?:nördlich|südlich|(?:nord|süd)?(?:östlich|westlich))"
_OUTSIDE_OF = re.compile(
    r"(?:\b(?:miles?|mi\.|kilometers?|kilometres?|km|kilomètres?|kilómetros?|Kilometern?|Meilen)"
    rf"\s+(?:\([^)]{{1,20}}\)\s+)?(?:{_EN_SIDE}\s+of|(?:away\s+)?from|de|d['’]|du|del|von)"
    rf"|\bau\s+{_FR_SIDE}\s+(?:de|d['’]|du)|\bal\s+{_ES_SIDE}\s+del?|\b{_DE_SIDE}\s+von)\s*\Z",
    re.I,
)
# "taken to Advocate Christ Medical Center in Oak Lawn", "a hospital in Marshfield", "transporté
# à l'hôpital Édouard-Herriot, à Lyon", "trasladado al Hospital Virgen de la Salud, en Toledo",
# "in ein Krankenhaus in Köln gebracht": where the wounded were taken, not the scene.
_HOSPITAL_IN = re.compile(
    r"\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re)|health cent(?:er|re)|infirmary"
    r"|hôpital|clinique|CHU|clínica|Krankenhaus|Klinik(?:um)?|Uniklinik)"
    r"(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|of|the|de|del|la|du|des|and|&)){0,6}"
    r",?\s+(?:in|à|en)\s+\Z",
    re.I,
)
# "a Boise area hospital": the hospital of the big town the scene lies near, as English says it.
_AREA_HOSPITAL = re.compile(
    r"\s+area\s+(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re))\b", re.I
)
# "State police at Lehighton", "troopers from the Welch detachment", "une brigade basée à Lyon",
# "la unidad con sede en Toledo", "die Einheit mit Sitz in Köln": where a force covering a wide
# area is stationed, not where it was called to (GVC: 9 of 9 such towns are no scene); "shot
# by state police in Toledo" is the scene.
_STATIONED_IN = re.compile(
    r"(?:(?<!\bby\s)(?<!\bby\sthe\s)\b(?:state\s+police|troopers?|highway\s+patrol)"
    r"(?:\s+(?:barracks|post|troop|station))?\s+(?:in|at|from|out\s+of)\s+(?:the\s+)?"
    r"|\bbased\s+(?:in|at|out\s+of)\s+"
    r"|\bbasée?s?\s+à\s+|\bcon\s+sede\s+en\s+|\bmit\s+Sitz\s+in\s+|\bstationiert\s+in\s+)\Z",
    re.I,
)
# "Ross Township", "Noble Twp.": a township, a division of a county that many states' counties
# name alike; it is no namesake town elsewhere.
_TOWNSHIP_AFTER = re.compile(r"\s+(?:Township|Twp\.?)(?!\w)")
# "the Denver suburb of Wheat Ridge": the suburb itself, named after its big town.
_NAMED_SUBURB = re.compile(r"\b(?!(?:The|A|An)\s)[A-Z][\w'’-]*\s+suburbs?\s+of\s+\Z")
# "Jacob Bennett, 26, of Crab Orchard, Tenn.", "a man from Paragould, Ark.": a home town.
_HOME_BEFORE = re.compile(r"\b(?:of|from)\s+\Z")
# "Tyrone Tomman, 40, of Penn Hills", "Hugo Martinez, of Beloit", "Hans M. (32) aus Hürth",
# "ein 32-Jähriger aus Hürth": where a person named with an age (or a name and a comma) lives,
# as police identify victims and suspects (GVC: 160 of 282 towns after an age and "of" are no
# scene, against 571 of 1,360 after "shot/killed in"); "the city of X" has no age nor name.
_HOME_OF = re.compile(
    r"(?:,\s*(?:age\s+|aged\s+)?\d{1,3}\s*,?|\b(?-i:[A-Z])[\w'’-]+,|\(\d{1,3}\)"
    r"|\b\d{1,3}-[Jj]ährige[rn]?)\s+(?:of|from|aus)\s+\Z",
    re.I,
)
# The address police give is the scene; so is where "it happened".
_SCENE_BEFORE = re.compile(
    r"(?:(?:\bblock of [^.;\n]{0,40}|\b(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|"
    r"Ln\.|Boulevard|Blvd\.|Court|Ct\.|Way|Place|Circle|Highway \d+|Parkway|Pike|Trail|rue|calle|"
    r"avenida|Straße|Strasse))"
    r"(?:,\s*| in\s+| à\s+| en\s+)"
    r"|\b(?:happened|occurred|took place|unfolded|s['’]est produit|a eu lieu|ocurrió|tuvo lugar"
    r"|ereignete sich)\s+(?:[\w.:]+\s+){0,4}?(?:in|near|outside|at|à|en|dans|bei)\s+"
    r"(?:the\s+|la\s+|el\s+)?)\Z",
    re.I,
)
# A local force names its town: "Albuquerque police", "the Elgin Police Department".
_FORCE_AFTER = re.compile(
    r"\b(?:The )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?:[Pp]olice|officers|[Ss]heriff|deputies)\b"
)
_SHERIFF = re.compile(r"\b(?:[Ss]heriff|deputies)\Z")
_SHERIFF_AFTER = re.compile(r"\s+(?:[Ss]heriff|deputies)\b")
_COUNTY_END = re.compile(r"\b(?:County|Parish|Borough)\Z")
# ... or is named after it: "la police de Lyon", "la policía de Toledo", "die Polizei in Köln".
_FORCE_BEFORE = re.compile(
    r"\b(?:police|gendarmerie|pompiers|policía|Policía|Polizei|polícia|polizia|carabinieri)"
    r"(?:\s+(?i:municipale?|nationale?|local|judiciaire|nacional|estatal))?"
    r"\s+(?:de|d['’]|du|in|von|da|di)\s*([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
)
# A wire agency's bare-city dateline names its bureau ("BEIRUT (Reuters) -", "BOSTON (AP) —")
# more often than the scene ("CAMERON, W.Va. (AP) —" names the scene): the world's agencies.
_WIRE_DATELINE = re.compile(
    r"[^\n(]{2,60}\((?:AP|The Associated Press|Associated Press|Reuters|Thomson Reuters|AFP"
    r"|Agence France-Presse|dpa|DPA|EFE|Agencia EFE|ANSA|UPI|Xinhua|Anadolu|AA|Bloomberg|Kyodo"
    r"|Yonhap|TASS|Interfax|PTI|IANS|Europa Press|Belga|APA|Notimex)\)\s*(?:--|[-—–:])"
)
# "the city of Aleppo", "Aleppo city", "la ville d'Alep", "la ciudad de Toledo", "die Stadt Köln".
_CITY_BEFORE = re.compile(
    r"\b(?:city|town|ville|ciudad|cidade|città|Stadt)\s+(?:of|de|d['’]|di|da)?\s*\Z", re.I
)
_CITY_AFTER = re.compile(r"\s+city\b")
# A state's dotted abbreviation ("D.C.", "N.J.", "Calif."): a capitalised run never reads it.
_STATE_ABBREVIATION = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
    + r")\.(?!\w)"
)
# Words of one country's (or two's, the first saying them most) addresses and forces: a
# namesake abroad is not meant
# ("York" with "the 600 block of West Princess Street": Pennsylvania's, not England's).
_NATIONAL_WORDS = (
    (re.compile(r"\b\d{0,3}00 block of\b"), ("US", "CA")),
    (re.compile(r"\b[Ss]heriff['’]s (?:[Oo]ffice|[Dd]epartment|[Dd]eput(?:y|ies))\b"), ("US",)),
    (re.compile(r"\bGuardia Civil\b"), ("ES",)),
    (re.compile(r"\b[Cc]arabinieri\b"), ("IT",)),
)
# A name a verb of saying follows is a speaker's ("Street, Diez said", "Diez a déclaré").
_SPEAKER_AFTER = re.compile(
    r"\s+(?:said|says|told|added|a\s+(?:déclaré|dit|indiqué|précisé)|dijo|declaró|afirmó"
    r"|explicó|sagte|erklärte|teilte)\b"
)
# "9th", "3rd", "21st", "9e", "9ème", "9º": a numbered part of a city's name follows (not "9.",
# which ends a sentence as often: "He was 25. Chester police said")
_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th|e|ème|er|º|ª)\s+\Z")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?]\s+|[.!?][\"”»]\s+)\Z")
_CLAUSE_START = re.compile(r"(?:^|\n|[,.;:!?\"”»]\s*)\Z")
# "Miami's Overtown", "Chicago's Englewood": the second is a part of the first.
_PART_OF = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)['’]s\s+\Z")
# "the Englewood neighborhood": a part of a city, not the city the gold names.
_NEIGHBOURHOOD = re.compile(r"\s+(?:neighbou?rhood|section|quartier|barrio)\b", re.I)
# "the Englewood neighborhood", "the South Side Chatham neighborhood": "the" and the city's
# side before the name (not "a Chicago neighborhood", some part of Chicago).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}\Z")
# "le quartier de la Croix-Rousse", "el barrio de Triana", "im Kölner Stadtteil Ehrenfeld": a
# named part of a city ("un quartier de Lyon", "un barrio de Toledo" name the city: no article).
_NAMED_PART = re.compile(
    r"\b(?:(?:le|du|au)\s+quartier(?:\s+(?:de\s+la|de|du|des|d['’]))?"
    r"|(?:el|del|al)\s+barrio(?:\s+(?:de\s+la|de|del))?"
    r"|(?:im|der|den|dem)\s+(?:([A-ZÄÖÜ]\w+)er\s+)?(?:Stadtteil|Stadtviertel|Viertel|Ortsteil))"
    r"\s*([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})"
)
# "Idlib province", "Aleppo and Idlib provinces", "the province of Idlib", "les provinces d'Alep
# et d'Idlib", "las provincias de Alepo e Idlib", "den Provinzen Aleppo und Idlib".
_AND = r"(?:and|et|y|e|und)\s+(?:d['’]\s*|de\s+)?"
_DIVISION_AFTER = re.compile(
    r"\s+(?:provinces?|governorates?|regions?|states?|county)\b|\s*(?:countryside)\b"
    rf"|\s+{_AND}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:provinces|governorates|regions)\b",
    re.I,
)
_DIVISION_BEFORE = re.compile(
    r"\b(?:(?:province|governorate|region|state|région|provincia|estado|Provinz|Gouvernement)s?"
    r"|Provinzen)\s+(?:of|de|d['’]|du|del|des)?\s*"
    rf"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+{_AND})?\Z",
    re.I,
)
_INSTITUTION_WORDS = frozenset(
    {"state", "police", "department", "metropolitan", "metro", "university", "hospital"}
)
# Kinds of places and their words, in en, fr, es, de, pt, it: part of a name ("Panama City"),
# never a name alone.
_PLACE_KINDS = frozenset(
    {
        *("city", "town", "village", "county", "state", "capital", "province", "region"),
        *("district", "federal", "downtown", "township", "borough"),
        *("ville", "commune", "capitale", "departement", "etat"),
        *("ciudad", "municipio", "provincia", "estado", "region", "distrito"),
        *("stadt", "dorf", "gemeinde", "hauptstadt", "bezirk", "kreis"),
        *("cidade", "citta", "comune", "regione"),
    }
)


# "Woman Living With Dead Husband Woman Living With Dead Husband A heartbreaking story ...":
# a teaser's headline said twice, then its summary, on one line
_HEADLINE_TWICE = re.compile(r"\s*([A-Z][^.!?\n]{15,150}?) \1\b")
# "0:34 Savannah police cleared in Tyrie Cuyler shooting": a video list's item, its length first
_VIDEO_TEASER = re.compile(r"\s*\d{1,2}:\d{2} (?!\s*[ap]\.?m\b|\s*[Uuh]\b)[^\W\d_]", re.I)
_TRUNCATED = re.compile(r"\s*(?:\.\.\.|…)\s*(?:more\b.*)?$", re.I)
# "ESTILL COUNTY, KY (WAVE) –", "CLEVELAND, OH (WOIO) -": an outlet's dateline inside a page
_INNER_DATELINE = re.compile(
    r"\b[A-Z][A-Z.'’ -]{2,40}, [A-Z][A-Za-z.]{1,15} \([^)]{2,30}\)\s*[-–—]"
)
_HOLIDAYS = frozenset(
    {"christmas", "easter", "thanksgiving", "halloween", "noël", "navidad", "day", "día", "jour"}
)
# "Independence Day", "Valentine's Day", "Memorial Day": a holiday's name, no town's
_HOLIDAY_AFTER = re.compile(r"(?:['’]s)?\s+Day\b")
# A name that goes on past a place's name with a link word and a capital ("Mas du Taureau",
# "Santa María de Benquerencia", "Jackson of Memphis") is no place the gazetteer knows (a known
# whole was joined by ``_linked_runs``): its start names none. "and"-like links list places.
_NAME_GOES_ON = re.compile(
    r"\s+(?:(?:of|de|del|du|des|di|da|do|dos|das)\s+(?:(?:la|las|los|le|les)\s+)?|d['’])"
    r"[A-ZÀ-ÖØ-Þ]"
)
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
_DIRECTION_WORDS = _DIRECTIONS | {"northern", "southern", "eastern", "western", "central"}
# The compass in en, fr, es, de: a city's sides or sectors, never a town's name before a region.
_COMPASS = _DIRECTIONS | frozenset(
    {
        *("nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"),
        *("norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste"),
        *("süd", "ost", "nordost", "nordwest", "südost", "südwest"),
    }
)
# Capitalised words after a place name that keep it a place (see ``_surname_follows``).
_PLACE_WORDS = frozenset(
    {
        "county",
        "city",
        "township",
        "borough",
        "valley",
        "central",
        "high",
        "sheriff",
        "province",
        "governorate",
        "countryside",
        "region",
        # a site's sections, no surname: "Utah News, Sports, Weather", "Toledo Noticias"
        *("news", "weather", "sports", "nachrichten", "noticias", "actualités", "notizie"),
    }
)
_URL_PLACE = re.compile(r"\b(?:in|near|outside)\s+(?=((?:[a-z]+\s+){0,2}[a-z]+))")
# "Gainesville, Fla.", "Compton, CA", "Aleppo, Syria", "Alep (Syrie)": a town, then its region.
_PAIR = re.compile(
    r"\b([A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})(?:,\s+|\s+\()"
    r"((?:[A-Z][a-z]{0,3}\.){1,2}|[A-Z]{2}\b|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
