"""Where an event happened: one method for every country, from what the reports themselves say.

Each report votes for places (``report_votes``): a dateline ("GAINESVILLE, Fla. -", "ALEPPO,
Syria (Reuters) -", "LYON (AFP) -") and "City, Region" pairs name the region too; a local force
names its town ("Albuquerque police", "la police de Lyon", "la policía de Toledo", "die Polizei in
Köln"); other capitalised names count when the gazetteer (GeoNames, plus the USPS town list for US
places under 500 people) knows them and they stand where a place stands ("shot in Chester",
"à Lyon", "en Culiacán", "in Aleppo province"); "a Helena man" / "un habitant de Nîmes" /
"Tyrone Tomman, 40, of Penn Hills" count half (where someone lives is not always the scene); a
surname after a name makes it a person's
("Chester Daniels"). The title weighs twice the lead, the lead twice the rest; a name said again in
one report adds up to a dateline's weight at most. Words the reports also write in lower case are
no names where a sentence or a title-case headline capitalises them ("Man", "More").

The event's place (``event_place``) is then the most supported town of the most supported country
(a town lying in a county the reports name takes that county's support; a name shared by towns of
several regions is read inside the region the reports name most; ties go to the larger town),
else its most supported first-level division: precision first, a division or a country is said
when no town is supported. A region's name ("Louisiana man", "Idlib province") votes for the
region, not for a small namesake town. A town beside the scene ("a suburb of Denver", "30 miles
west of Phoenix", "Medical Center in Oak Lawn") is no scene where another town is named, but says
its region. Further places are towns (or divisions) the reports name with at least half the top
place's support: an event in two towns names both.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from ..extract.dates import calendar_words
from ..extract.gazetteer import (
    AP_STATES,
    GeoEntry,
    distance_km,
    flat_key,
    gazetteer,
    name_key,
)
from ..extract.places import (
    COMMON_WORD_COUNT,
    candidates,
    commoner_than,
    dateline,
    function_words,
    phone_regions,
    region_of,
    state_code,
    word_count,
)
from ..extract.us_towns import USTown, counties_of, county_size, expand_abbreviation, us_towns
from ..records import HEADLINE, Article, Evidence, Sentence
from ..words import said

Region = tuple[str, str]  # (country code, first-level division code; "" for the whole country)

LEAD_CHARS = 1500  # "City, Region" pairs further down are mostly other stories
DATELINE_WEIGHT = 3
SCENE_WEIGHT = DATELINE_WEIGHT  # a town after a street address or "it happened in"
BUREAU_WEIGHT = 1  # "BEIRUT (Reuters) -": a wire agency's bureau city, often not the scene
PAIR_WEIGHT = 2  # "Gainesville, Fla.", "Alep (Syrie)"
FORCE_WEIGHT = 2  # "Albuquerque police", "la police de Lyon"
RESIDENT_WEIGHT = 0.5  # "a Helena man": where he lives, not always where he was shot
SUBURB_WEIGHT = 0.25  # "a suburb of Denver": the big town a suburb is placed by, not the scene
REST_WEIGHT = 0.5  # names past the lead
URL_WEIGHT = 0.5  # "...-shootings-in-johnstown/": mostly the title again
TAG_REGION_WEIGHT = 1  # a title's trailing tag "- Shreveport, LA": where the outlet is
NATIONAL_WEIGHT = 1  # "the 600 block of", "the sheriff's office": said in one country mostly
PHONE_WEIGHT = 1  # "call (217) 788-8427": a tip line's area, the report's region mostly
COUNTY_WEIGHT = 0.25  # a county is the place only when no town outweighs it
MENTIONED_COUNTY_WEIGHT = 1  # a county named where no place stands ("the Butts County coroner")
MENTIONED_TOWN_WEIGHT = 0.25  # a sizeable town said where no place stands ("Orlando Sentinel")
IN_COUNTY_WEIGHT = 1  # a town in a county the reports name gains that county's support
NEIGHBOURHOOD_KM = 25  # a part of a city lies this close to the town its mail goes to
NEIGHBOUR_KM = 40  # another town named this close to one namesake says it is the one meant
ARTICLE_CAP = DATELINE_WEIGHT  # no name said again outweighs a dateline
SEAT_POPULATION = 50_000  # a region's namesake town this big is its seat (Aleppo, New York)
ALTERNATE_POPULATION = 100_000  # other names of smaller places are mostly old or foreign ones
TRANSLITERATED_POPULATION = 100_000  # spelling variants only of places this big
FURTHER_SHARE = 0.5  # a further place needs half the top place's support
HOST_WORD_COUNT = 100  # a host's glued words are words said this often ("daily", "gazette")
MINOR_NAMESAKE = 0.5  # a name supports the regions of its much smaller namesakes by half
REGION_MARGIN = 2  # a region the reports name this many times more than any other is theirs
COMPARABLE_SIZE = 10  # namesakes within an order of magnitude of the largest are alike

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
TEASER_CHARS = 40  # a teaser's line said twice is this long at least
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


@dataclass
class PlaceVotes:
    """One report's (or a whole event's) evidence of places, with where each name was read."""

    places: Counter[tuple[str, Region | None]] = field(default_factory=Counter)
    regions: Counter[Region] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    parts: set[str] = field(default_factory=set)  # names used as a neighbourhood of some city
    towns: set[str] = field(default_factory=set)  # names given a local force ("Miami police")
    tags: set[tuple[str, Region]] = field(default_factory=set)  # a title tag's "City, Region"
    mentioned: set[str] = field(default_factory=set)  # names said anywhere, placed or not
    people: set[str] = field(default_factory=set)  # names read as a person's ("Henry Jackson")
    divisions: set[Region] = field(default_factory=set)  # divisions called so ("X province")
    sure: set[Region] = field(default_factory=set)  # divisions some evidence names alone (not
    # only a county name several of them share: "Greene County" is no vote for Missouri)
    cities: set[str] = field(default_factory=set)  # names called a city ("the city of X")
    townships: set[str] = field(default_factory=set)  # "Ross Township", no township known
    beside: Counter[str] = field(default_factory=Counter)  # names said beside the scene ("30
    # miles west of Phoenix", "Medical Center in Oak Lawn"): the weight their town vote lacks,
    # which they still give their region
    languages: set[str] = field(default_factory=set)  # the reports' languages
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def add(self, other: PlaceVotes) -> None:
        self.places.update(other.places)
        self.regions.update(other.regions)
        self.countries.update(other.countries)
        self.parts |= other.parts
        self.towns |= other.towns
        self.tags |= other.tags
        self.mentioned |= other.mentioned
        self.people |= other.people
        self.divisions |= other.divisions
        self.sure |= other.sure
        self.cities |= other.cities
        self.townships |= other.townships
        self.beside.update(other.beside)
        self.languages |= other.languages
        for name, evidence in other.evidence.items():
            self.evidence.setdefault(name, evidence)


class _Report:
    """Collects one report's votes; a name said again adds up to ``ARTICLE_CAP``."""

    def __init__(self, article: Article, sentences: Sequence[Sentence]) -> None:
        self.votes = PlaceVotes()
        self.article = article
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self._starts = [s.start for s in self.sentences]

    def evidence(self, name: str, where: int | None) -> None:
        if name in self.votes.evidence or where is None:
            return
        if where < 0:  # the title
            self.votes.evidence[name] = Evidence(self.article.id, HEADLINE, self.article.title)
            return
        i = bisect_right(self._starts, where) - 1
        if 0 <= i < len(self.sentences):
            s = self.sentences[i]
            self.votes.evidence[name] = Evidence(self.article.id, s.index, s.text)

    def place(self, name: str, hint: Region | None, weight: float, where: int | None) -> None:
        key = (name, hint)
        self.votes.places[key] = min(weight + self.votes.places[key], ARTICLE_CAP)
        if hint:
            self.region(hint, weight)
        self.evidence(name, where)

    def region(self, region: Region, weight: float, shared: bool = False) -> None:
        """A vote for ``region``; ``shared`` when the name is as much another region's."""
        if region[1]:
            self.votes.regions[region] = max(weight, self.votes.regions[region])
            if not shared:
                self.votes.sure.add(region)
        self.votes.countries[region[0]] = max(weight, self.votes.countries[region[0]])


def common_words(texts: Sequence[str]) -> frozenset[str]:
    """Words these texts also write in lower case: capitalised, they start a sentence or a
    title-case headline ("Man", "Shot", "More"), and are no place names there."""
    return frozenset(w for t in texts for w in re.findall(r"\b[^\W\d_A-Z][\w'’-]+\b", t))


@lru_cache(maxsize=8)
def _never_names(lang: str) -> frozenset[str]:
    """Words never part of a place name: function words, institution words, holidays, calendar
    words ("shot on Christmas in Southgate": Christmas, Fla., is a town)."""
    return function_words(lang) | _INSTITUTION_WORDS | _HOLIDAYS | calendar_words(lang)


def proper_runs(text: str, common: frozenset[str], lang: str = "en") -> Iterator[tuple[int, int]]:
    """Spans of up to four capitalised words that are no common words. After a lower-case word
    a capital is a name's even if the word is also common ("in Hope Mills")."""
    never = _never_names(lang)
    start = end = count = 0
    previous = "."
    for match in [*_TOKEN.finditer(text), None]:
        token = match.group() if match else "."
        word = token.lower()
        proper = (
            token[0].isupper()
            and not token.isupper()
            and word not in never
            # asked last: a reading that asked of no word the event's reports make common is
            # reused by the event record (``anchor.ReportVotes``)
            and (previous[0].islower() or count > 0 or word not in common)
        )
        previous = token
        if proper and 0 < count < 4:
            end, count = match.end(), count + 1
            continue
        if count:
            yield start, end
        start, end, count = (match.start(), match.end(), 1) if proper else (0, 0, 0)


def _linked_runs(text: str, runs: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Runs joined across a name's lower-case link words when the whole is a place's name
    ("Caroline du Nord", "Carolina del Norte", "Rio de Janeiro", "Castilla y León", "District
    of Columbia"): read apart, their parts are other places or none."""
    pending: tuple[int, int] | None = None
    for start, end in runs:
        if pending is not None:
            link = text[pending[1] : start].split()
            linked = 0 < len(link) <= 2 and all(w.lower() in _NAME_LINKS for w in link)
            if linked and gazetteer().lookup(text[pending[0] : end]):
                pending = (pending[0], end)
                continue
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


@lru_cache(maxsize=50_000)
def places_named(name: str) -> tuple[GeoEntry, ...]:
    """Towns, counties, divisions and countries a name denotes exactly (spelling variants only of
    places of ``TRANSLITERATED_POPULATION`` people: "Deir Ezzor"; else mostly other places),
    primary names first; other names only of sizeable places
    ("Alep", "Halab": Aleppo) or of several words; USPS towns GeoNames lacks ("Kinloch"). A
    kind of place alone names none ("City police", "Capital murder": no "City" of Kazakhstan)."""
    if name_key(name) in _PLACE_KINDS:
        return ()
    full = expand_abbreviation(name)
    found = _gazetteer_places(full) if full != name else ()
    found += tuple(e for e in _gazetteer_places(name) if e not in found)
    if any(e.kind == "admin1" and e.country == "US" for e in found):
        return found  # "New York", a post office name of Manhattan's, is the state's
    known = {e.admin1 for e in found if e.kind == "city" and e.country == "US"}
    towns = dict.fromkeys(t for n in (full, name) for t in us_towns(n) if t.state not in known)
    return found + tuple(t.entry() for t in towns)


def _gazetteer_places(name: str) -> tuple[GeoEntry, ...]:
    found, covered, fuzzy = candidates(name)
    if covered != len(name.strip()):
        return ()
    if fuzzy:  # a transliteration ("Deir Ezzor", "Deir El-Zour"): only of a big place
        return tuple(e for e in found if e.population >= TRANSLITERATED_POPULATION)
    key = name_key(name)
    primary = tuple(
        e
        for e in found
        if name_key(e.name).removeprefix("the ") == key
        or (e.kind == "admin1" and gazetteer().own_name(e, name))  # "Pennsylvanie"
    )
    if " " in name.strip():
        return primary + tuple(e for e in found if e not in primary)
    return primary + tuple(
        e
        for e in found
        if e not in primary and e.country != "US" and e.population >= ALTERNATE_POPULATION
    )


def _longest_place(text: str, start: int, end: int, lang: str) -> tuple[int, tuple[GeoEntry, ...]]:
    """The longest start of a run that names places ("Chester" of "Chester Shooting"); a word of
    the language that only resembles a town's name names none ("Triple shooting": no Tripoli)."""
    for last in reversed(list(_TOKEN.finditer(text, start, end))):
        name = text[start : last.end()]
        found = places_named(name) if name.lower() not in _COMPASS else ()
        if found and candidates(name)[2]:
            found = tuple(
                e for e in found if e.kind == "country" or not commoner_than(name, e.name, lang)
            )  # a country's people ("Syrian") do speak of their country
        if found:
            return last.end(), found
    return end, ()


def _surname_follows(text: str, end: int, run_end: int, common: frozenset[str]) -> bool:
    """A place name a rare capitalised word follows is a person's ("Chester Daniels"), unless the
    word is a date ("Aleppo Tuesday") or a place's own word ("Saginaw County")."""
    if end >= run_end or text[end] != " ":
        return False
    word = _TOKEN.match(text, end + 1).group().lower()
    return word not in _PLACE_WORDS and word not in calendar_words("en") and word not in common


def _person(text: str, first: str, rest: list[str]) -> set[str]:
    """The names of a person's a place name starts ("Henry Jackson"): the words after it, and
    the first too where the next is said without it ("Henry Jackson ... Jackson said"), as
    reports name a person again; "Kankakee Banquet Hall" is no one's."""
    alone = said(text, [rest[0]]) > said(text, [first, rest[0]])
    return {*rest, first} if alone else set(rest)


def _placed(text: str, start: int, end: int) -> float:
    """How much a name stands where a place stands: after an address or "happened in" (scene),
    after "in"/"à"/"en" or before "'s west side", "province" (1), a resident's home (half); an
    institution's name does not stand there ("at Kimball High School in Dallas", "dans le
    lycée Kimball"): named so only, it is a town said anyhow."""
    if _INSTITUTION_AFTER.match(text, end) or _INSTITUTION_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return 0
    return _place_weight(text, start, end)


def _place_weight(text: str, start: int, end: int) -> float:
    """``_placed`` for a name no institution's; a suburb's big town weighs little (a suburb
    named after it is the place: "the Denver suburb of Wheat Ridge")."""
    if _NAMED_SUBURB.search(text, max(0, start - 40), start):
        return 1
    if _beside(text, start, end):
        return SUBURB_WEIGHT
    if _SCENE_BEFORE.search(text, max(0, start - 80), start):
        return SCENE_WEIGHT
    if _RESIDENT_BEFORE.search(text, max(0, start - 30), start) or _HOME_OF.search(
        text, max(0, start - 40), start
    ):
        return RESIDENT_WEIGHT  # "ein Mann aus Köln": "aus" alone would place Köln
    if _PLACE_BEFORE.search(text, max(0, start - 40), start) or _PLACE_AFTER.match(text, end):
        return 1
    if _DIVISION_BEFORE.search(text, max(0, start - 30), start):
        return 1
    if _RESIDENT_AFTER.match(text, end):
        return RESIDENT_WEIGHT
    return 0


def _beside(text: str, start: int, end: int) -> bool:
    """A town beside the scene: one it lies outside of, which places it for readers ("a suburb
    of Denver", "Denver's suburbs", "30 miles west of Phoenix", "à 20 km au nord de Lyon"), or
    where the wounded were taken ("Medical Center in Oak Lawn", "a Boise area hospital"), or
    where the force called to it is stationed ("State police at Lehighton"). Mostly another
    town is the scene, named too (GVC: 82 of 96 towns after "N miles west of", 257 of 285
    after "Hospital in", 6 of 6 before "area hospital" are no scene)."""
    before = max(0, start - 40)
    return bool(
        _SUBURB_OF.search(text, before, start)
        or _SUBURB_AFTER.match(text, end)
        or _OUTSIDE_OF.search(text, before, start)
        or _HOSPITAL_IN.search(text, max(0, start - 80), start)
        or _AREA_HOSPITAL.match(text, end)
        or _STATIONED_IN.search(text, before, start)
    )


def _home_pair(text: str, start: int, end: int) -> bool:
    """A "City, Region" pair that says where someone lives or comes from, not where it
    happened: after "of" or "from" ("Jacob Bennett, 26, of Crab Orchard, Tenn.", "a man from
    Paragould, Ark."; not "the city of Lyon, France"), or as a resident's home ("a Marietta, Ga.
    teen", "un habitant de Nîmes (Gard)", "un vecino de Toledo (España)", "ein Mann aus Kassel
    (Hessen)")."""
    before = text[max(0, start - 30) : start]
    if _CITY_BEFORE.search(before) or _SUBURB_OF.search(before):
        return False
    return bool(
        _HOME_BEFORE.search(before)
        or _RESIDENT_BEFORE.search(before)
        or _RESIDENT_AFTER.match(text, end)
    )


def _business(text: str, end: int) -> bool:
    """A name whose possessive names no part of a place ("Kay's Lounge", "Elk's Lodge",
    "Spike's apartment"), unlike "Detroit's west side" or "Miami's Overtown"."""
    if not _POSSESSIVE.match(text, end) or _PLACE_AFTER.match(text, end):
        return False
    after = _PART_NAME.match(text, end)
    return not (
        after
        and after.group(1).split(" ")[0].lower() not in _INSTITUTION_WORDS
        and places_named(after.group(1))
    )


def _street(text: str, start: int, end: int) -> bool:
    """A street's name, not a town's: "Second Street", "Owens Avenue", "rue de Lyon"."""
    last = text[start:end].rsplit(" ", 1)[-1].lower()
    return (
        last in _STREET_WORDS
        or bool(_STREET_AFTER.match(text, end))
        or bool(_STREET_BEFORE.search(text, max(0, start - 20), start))
        or bool(_BLOCK_OF.search(text, max(0, start - 20), start))
    )


def _pair_place(name: str) -> str:
    """The longest end of a "City, Region" match's first part that names a place ("Cleveland"
    of "News Cleveland, OH")."""
    words = name.split(" ")
    return next(
        (" ".join(words[i:]) for i in range(len(words)) if places_named(" ".join(words[i:]))),
        name,
    )


def _town_in(name: str, region: Region) -> bool:
    """A pair's first part is a town of its second: no region itself ("Syria, Lebanon" lists
    two), unless a town of the division bears the name ("Lebanon, Ohio", "Mexico, Mo.")."""
    if region_of(name) is None:
        return True
    return bool(region[1]) and any(
        e.kind == "city" and (e.country, e.admin1) == region for e in places_named(name)
    )


def _pair_region(words: str) -> Region | None:
    """The region of a "City, Region" pair's second part, which may run on into a word of its
    own ("Baton Rouge, Louisiana News"): the two words, else a US state's name first."""
    region = region_of(words)
    if region is None and " " in words and name_key(words.split(" ")[1]) not in _PLACE_KINDS:
        code = state_code(words.split(" ")[0])  # not "Chester, Delaware County": a county
        region = ("US", code) if code else None
    return region


def source_url(url: str | None) -> str:
    """A page's own address (an archive copy's ends with it); "" when it is no URL."""
    url = url or ""
    url = url[url.rfind("http") :] if url.count("http") > 1 else url
    try:
        urlsplit(url)
    except ValueError:
        return ""
    return url


def _url_places(url: str, common: frozenset[str]) -> list[str]:
    """Towns a page's address names where a place stands ("...-shootings-in-johnstown/"); its
    words are all lower case, so one the reports also write in lower case is no name
    ("...-outside-downtown-bar")."""
    words = " ".join(re.split(r"[-_/.]+", urlsplit(url).path)).lower()
    found = []
    for match in _URL_PLACE.finditer(words):
        tokens = match.group(1).split()
        if tokens[0] in common or tokens[0] in _DIRECTION_WORDS:  # "-shot-in-north-county-"
            continue
        for n in range(len(tokens), 0, -1):
            name = " ".join(tokens[:n]).title()
            key = name_key(name)  # lower-case words: only a place's own name, no other name
            if any(
                e.kind in ("city", "county") and name_key(e.name) == key for e in places_named(name)
            ):
                found.append(name)
                break
    return found


def _host_regions(url: str, lang: str) -> set[Region]:
    """Regions a page's host names by a word of its own ("macon.com", "fox5atlanta.com",
    "ksl.com" none), or glued to words of the language ("buffalonews.com", "kansascity.com",
    "delawareonline.com", "lyonmag.fr" none: "mag" is no word): where the outlet is, and mostly
    its report's region; a region's own name or a sizeable town's (``SEAT_POPULATION``), the
    largest namesake's. A word of the language names none ("northern-wire.example": no
    Northern Region of Ghana)."""
    return _host_name_regions(urlsplit(url).hostname or "", lang)


@lru_cache(maxsize=4096)
def _host_name_regions(host: str, lang: str) -> set[Region]:
    found = set()
    for token in re.split(r"[^a-z]+", host.lower()):
        if len(token) < 4 or token in _DIRECTION_WORDS or _common_word(token, {lang}):
            continue
        name = _glued_place(token, lang)
        if name:
            found |= _named_regions(name, lang)
    return found


def _glued_place(token: str, lang: str) -> str | None:
    """The place name a host's word is, or is glued from with words of the language around
    ("kansascity": Kansas City; "goldsborodailynews": Goldsboro; "tamatoledonews": none, "tama"
    being no word): the first and longest, a space restored where its name has one ("newyork"
    is New York, not York)."""
    for i in range(len(token)):
        if not _words_only(token[:i], lang):
            continue
        for j in range(len(token), i + 3, -1):
            if not _words_only(token[j:], lang):
                continue
            glued = token[i:j]
            for name in (glued, *(f"{glued[:k]} {glued[k:]}" for k in range(3, len(glued) - 2))):
                key = name_key(name)
                if _common_word(name, {lang}) or name in _DIRECTION_WORDS:
                    break  # "centralillinoisproud": no Central region, a word
                if gazetteer().lookup(name) and any(  # the exact look-up first: it is cheap
                    name_key(e.name) == key for e in places_named(name.title())
                ):
                    return name.title()
    return None


@lru_cache(maxsize=50_000)
def _words_only(text: str, lang: str) -> bool:
    """``text`` is words of the language written together ("dailynews"), or nothing; words of
    three letters at least, as shorter ones glue up most anything ("to-le-do")."""
    return not text or any(
        word_count(text[:k], lang) >= HOST_WORD_COUNT and _words_only(text[k:], lang)
        for k in range(3, len(text) + 1)
    )


def _named_regions(name: str, lang: str) -> set[Region]:
    """The region a name in a host names: a region's own name, else that of its largest
    sizeable namesake town (``SEAT_POPULATION``), one in a country of the page's language
    first where of comparable size ("toledodiario.es": Spain's Toledo; "toledoblade.com":
    Ohio's); a region's name no town bears, the region ("New York": the post office's name of
    Manhattan is the state's)."""
    named = [e for e in places_named(name) if gazetteer().own_name(e, name)]
    regions = [e for e in named if e.kind == "admin1" and _region_name(e.name)]
    towns = [e for e in named if e.kind == "city" and e.population >= SEAT_POPULATION]
    if towns and not regions:
        top = max(t.population for t in towns)

        def rank(t: GeoEntry) -> tuple[bool, int]:
            alike = t.population * COMPARABLE_SIZE >= top
            return alike and lang in _languages_of(t.country), t.population

        regions = [max(towns, key=rank)]
    if not regions and not any(e.kind == "city" for e in named):  # "New York": the state's
        regions = [e for e in named if e.kind == "admin1"]
    return {(e.country, e.admin1) for e in regions}


def _title_tag(title: str) -> int:
    """Where a title's trailing tag starts (" - Shreveport, LA", " | Site name"): the last part
    after a separator when it has no lower-case word of its own; else the title's length."""
    parts = list(re.finditer(r" [-|–—] ", title))
    if parts:
        tail = title[parts[-1].end() :]
        if not re.search(r"\b[a-z]{4,}\b", tail):
            return parts[-1].start()
    return len(title)


def _tag_regions(tag: str) -> set[Region]:
    """Regions a title's trailing tag names by their own name, a direction word before and a
    site's section words after ("WALB.com, South Georgia News, Weather, Sports", "WSIL-TV 3
    Southern Illinois"): where the outlet is, and mostly its report's region. Names of sizeable
    towns too ("Washington Post") and acronyms ("WI" only after a town) name none."""
    found = set()
    for run in re.finditer(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", tag):
        words = [w for w in run.group().split(" ") if w.lower() not in _DIRECTION_WORDS]
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if not name.isupper() and _region_name(name) and (region := region_of(name)):
                    found.add(region)
                    break
    return found


def report_votes(
    article: Article, sentences: Sequence[Sentence], common: frozenset[str] | None = None
) -> PlaceVotes:
    """What one report says of where its event happened."""
    lang = article.language or "en"
    body = article.text
    common = common if common is not None else common_words([article.title, body])
    report = _Report(article, sentences)
    votes = report.votes
    votes.languages.add(lang)
    title_end = _title_tag(article.title)
    title = article.title[:title_end]
    for match in _PAIR.finditer(article.title, title_end):
        region = _pair_region(match.group(2))
        if region:  # the outlet's home ("- KTBS.com - Shreveport, LA"): its region, weakly
            report.region(region, TAG_REGION_WEIGHT)
            votes.tags.add((_pair_place(match.group(1)), region))
            votes.mentioned.add(_pair_place(match.group(1)))
    for region in _tag_regions(article.title[title_end:]):
        report.region(region, TAG_REGION_WEIGHT)
    for region in _host_regions(source_url(article.url), lang):
        report.region(region, TAG_REGION_WEIGHT)
    for name in _url_places(source_url(article.url), common):
        report.place(name, None, URL_WEIGHT, None)
    line = dateline(body)
    if line:
        name, region_text = line
        bureau = region_text is None and _WIRE_DATELINE.match(body.lstrip())
        weight = BUREAU_WEIGHT if bureau else DATELINE_WEIGHT
        report.place(name, region_of(region_text) if region_text else None, weight, 0)
    body, lead = _without_teasers(body)
    # the title is read with offsets below 0 so that its evidence is the headline
    for weight, text, offset in (
        (2, title, None),
        (1, body[:lead], 0),
        (REST_WEIGHT, body, lead),
    ):
        _read(report, text, offset, weight, common, lang)
    for region in phone_regions(body, _likely_countries(votes)):
        report.region(region, PHONE_WEIGHT)
    for pattern, countries in _NATIONAL_WORDS:
        if pattern.search(body[:lead]) or pattern.search(title):
            for i, country in enumerate(countries):  # the first says it most
                report.region((country, ""), NATIONAL_WEIGHT / (i + 1))
    return votes


def _teaser_lines(lines: list[str]) -> set[int]:
    """Lines of a page's list of other stories: each teaser says its headline or summary twice
    in a row ("A Massachusetts woman says ..." / "A Massachusetts woman says ... her seat."),
    and a dateline of another outlet next to them starts another story's lead ("CLEVELAND, OH
    (WOIO) - It was ..."). A list has two teasers at least: a report's lead said twice (a
    summary above it) is no list. A teaser's headline may also be said twice on one line; a
    video list's items say their length first ("0:34 Savannah police cleared in ...")."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    teasers = [{i} for i in shown if _HEADLINE_TWICE.match(lines[i])]
    teasers += [{i} for i in shown if _VIDEO_TEASER.match(lines[i])]
    for i, j in zip(shown, shown[1:], strict=False):
        a, b = (_TRUNCATED.sub("", lines[k].strip()) for k in (i, j))
        if min(len(a), len(b)) >= TEASER_CHARS and (a.startswith(b) or b.startswith(a)):
            teasers.append({i, j})
    if len(teasers) < 2:
        return set()
    pairs = set().union(*teasers)
    for i in sorted(pairs):  # a dateline line next to a teaser is another story's too
        for j in (i - 1, i + 1, i + 2):
            if 0 <= j < len(lines) and _INNER_DATELINE.search(lines[j]):
                pairs.add(j)
    return pairs


def _without_teasers(body: str) -> tuple[str, int]:
    """The body with its teaser lines blanked (offsets kept, so evidence still points right)
    and where its lead ends: after ``LEAD_CHARS`` characters of the report's own lines."""
    lines = body.split("\n")
    teasers = _teaser_lines(lines)
    if not teasers:
        return body, LEAD_CHARS
    at = own = 0
    lead = len(body)
    for i, line in enumerate(lines):
        if i not in teasers:
            if own + len(line) + 1 >= LEAD_CHARS:
                lead = min(lead, at + LEAD_CHARS - own)
            own += len(line) + 1
        at += len(line) + 1
    blanked = "\n".join(" " * len(line) if i in teasers else line for i, line in enumerate(lines))
    return blanked, lead


def _read(
    report: _Report,
    text: str,
    offset: int | None,
    weight: float,
    common: frozenset[str],
    lang: str,
) -> None:
    votes = report.votes
    first = offset or 0

    def at(i: int) -> int:
        return -1 if offset is None else i

    paired: set[int] = set()  # where a pair's town ends: that name has had its vote
    if weight >= 1:  # past the lead "City, Region" pairs are mostly other stories
        for match in _PAIR.finditer(text, first):
            region = _pair_region(match.group(2))
            if match.group(1).lower() in _COMPASS:
                continue  # "the North, Northwest and West sides", "secteurs Nord, Ouest": no town
            if region and _town_in(_pair_place(match.group(1)), region):
                home = _home_pair(text, match.start(), match.end())
                report.region(region, PAIR_WEIGHT)  # a home town lies mostly in the region
                town = RESIDENT_WEIGHT if home else PAIR_WEIGHT
                if _beside(text, match.start(), match.end(1)):
                    town = SUBURB_WEIGHT  # "30 miles south of Gainesville, Fla."
                report.place(_pair_place(match.group(1)), region, town, at(match.start()))
                paired.add(match.end(1))
    for pattern in (_FORCE_AFTER, _FORCE_BEFORE):
        for match in pattern.finditer(text, first):
            name = _force_place(match.group(1), lang)
            if name:
                at_name = match.start(1) + match.group(1).find(name.split("-")[0])
                if _SHERIFF.search(match.group(0)):
                    name = _sheriff_county(name)
                report.place(name, None, FORCE_WEIGHT * min(weight, 1), at(at_name))
                votes.towns.add(name)
    for match in _NAMED_PART.finditer(text, first):  # "im Stadtteil Griesheim": no run's start
        votes.parts.add(match.group(2))
        city = match.group(1)  # "im Hamburger Stadtteil Wilhelmsburg": a part of Hamburg
        if city and any(e.kind == "city" for e in places_named(city)):
            report.place(city, None, weight, at(match.start(1)))
    for match in _STATE_ABBREVIATION.finditer(text, first):  # "in Southeast D.C.", "N.J. police"
        placed = _placed(text, match.start(), match.end())
        if placed:
            report.region(("US", AP_STATES[match.group(1)]), weight * min(placed, 1))
    rest = text[first:]
    for start, run_end in _linked_runs(rest, proper_runs(rest, common, lang)):
        start, run_end = start + first, run_end + first
        end, found = _longest_place(text, start, run_end, lang)
        if not found:
            continue
        run = text[start:end]
        if _street(text, start, end) or _business(text, end) or _HOLIDAY_AFTER.match(text, end):
            continue  # "Second Street", "rue de Lyon", "Kay's Lounge", "Independence Day"
        if end == run_end and _NAME_GOES_ON.match(text, end):
            continue
        if (
            end == run_end
            and all(e.kind == "city" for e in found)
            and _SPEAKER_AFTER.match(text, end)
            and _CLAUSE_START.search(text, max(0, start - 5), start)
        ):
            continue  # "Street, Diez said" (not "the mayor of Lyon said"): a person
        if _ORDINAL_BEFORE.search(text, max(0, start - 8), start):
            continue  # "the Lower 9th Ward", "the 3rd Precinct": a city's numbered part
        if _SENTENCE_START.search(text, max(0, start - 3), start) and _common_word(run, {lang}):
            continue  # "Young child killed", "Man shot": a sentence's capital, no "Young, Ariz."
        votes.mentioned.add(run)
        if _surname_follows(text, end, run_end, common):
            if all(e.kind == "city" for e in found):  # not "Vanderburgh County Coroner"
                votes.people |= _person(text, run, text[end:run_end].split())
            continue  # "Chester Daniels", "Chad Smith": a person
        if not any(e.kind == "admin1" for e in found):  # "Georgia" may be the state
            for e in found:
                if e.kind == "country":
                    votes.countries[e.country] += weight
        _region_votes(report, run, found, weight)
        whole = _PART_OF.search(text, max(0, start - 40), start)
        if whole and places_named(whole.group(1)):  # "Miami's Overtown": a part of Miami
            votes.parts.add(run)
        if _NEIGHBOURHOOD.match(text, end) and _THE_BEFORE.search(text, max(0, start - 40), start):
            votes.parts.add(run)
        elif any(e.kind != "country" for e in found) and (placed := _placed(text, start, end)):
            if _DIVISION_AFTER.match(text, end) or _DIVISION_BEFORE.search(
                text, max(0, start - 30), start
            ):
                for e in found:
                    if e.kind == "admin1":
                        report.region((e.country, e.admin1), weight * placed)
                        votes.divisions.add((e.country, e.admin1))
                report.evidence(run, at(start))
                continue
            if _CITY_BEFORE.search(text, max(0, start - 20), start) or _CITY_AFTER.match(text, end):
                votes.cities.add(run)
            if _TOWNSHIP_AFTER.match(text, end):
                votes.townships.add(run)
            if _SHERIFF_AFTER.match(text, end) and _sheriff_county(run) != run:
                continue  # "the Los Angeles Sheriff's Department": its county's force vote
            if end not in paired:  # "from San Carlos, Calif.": one vote, with its region
                report.place(run, None, weight * placed, at(start))
                # beside the scene, not "the Denver suburb of X"; a home keeps half its region too:
                # "a Florida man" is also Florida, New York, whose region is then no scene's
                if placed < 1 and _beside(text, start, end):
                    beside = votes.beside[run] + weight * (1 - placed)
                    votes.beside[run] = min(beside, ARTICLE_CAP)


def _force_place(words: str, lang: str) -> str | None:
    """The place a force is named after: its longest end naming one, without the institution's
    own words ("Las Vegas Metropolitan police": Las Vegas; "Kentucky State Police": Kentucky;
    "Sunday Chicago police": Chicago); a joint force's first town ("Savannah-Chatham police",
    "Charlotte-Mecklenburg police": Savannah, Charlotte)."""
    names = words.split(" ")
    while len(names) > 1 and names[-1].lower() in _INSTITUTION_WORDS:
        names.pop()
    never = _never_names(lang)
    for i in range(len(names)):
        name = " ".join(names[i:])
        if name.lower() not in never and places_named(name):
            return name
    first = names[-1].split("-")[0]
    if len(names) == 1 and first != names[0] and first.lower() not in never:
        return first if places_named(first) else None
    return None


def _sheriff_county(name: str) -> str:
    """A sheriff serves a county: "the Los Angeles Sheriff's Department" names the county of
    that name, not its namesake town (Compton's sheriff), where one state only has a county of
    that name ("Sumter deputies" may be those of four states: then it stays the town's)."""
    if _COUNTY_END.search(name):
        return name
    county = f"{name} County"
    states = {(e.country, e.admin1) for e in places_named(county) if e.kind == "county"}
    return county if len(states) == 1 else name


def _region_votes(report: _Report, name: str, found: tuple[GeoEntry, ...], weight: float) -> None:
    """A division's or county's name votes for its region; a county name of several US states
    for each by its size ("Harris County": Texas's, 241 ZIP codes to Georgia's 8). A division
    only by its own name ("St. Louis" is no "Saint-Louis" region of Senegal)."""
    town = max((e.population for e in found if e.kind == "city"), default=0)
    sizes = {
        (e.country, e.admin1): (county_size(e.name, e.admin1) + 1 if e.kind == "county" else 1)
        for e in found
        if e.kind == "county"
        or (e.kind == "admin1" and gazetteer().own_name(e, name) and _division_named(e, town))
    }
    total = sum(sizes.values())
    for region in sorted(sizes):
        report.region(region, weight * sizes[region] / total, shared=len(sizes) > 1)
    for country in {c for c, _ in sizes}:  # "Delaware County" is in the US, whichever state
        report.region((country, ""), weight)


def _division_named(division: GeoEntry, town: int) -> bool:
    """A division is what its name means when no namesake town is bigger ("Portland" is the
    Oregon city, not Jamaica's parish); US states always (the gazetteer counts no people)."""
    return division.country == "US" or division.population >= town


# -- the event's place -------------------------------------------------------------------------

Counties = dict[tuple[str, str], float]  # (flat key, state) of a county named -> its votes


def _named_counties(votes: PlaceVotes) -> Counties:
    """The counties the reports name: where a place stands with its votes, anywhere else ("by
    the Butts County coroner") with a lead mention's weight, so that a bare "Jackson" lying in
    Butts County is that county's Jackson (Georgia's), not a bigger namesake elsewhere."""
    counties: Counties = Counter()
    for (name, hint), weight in votes.places.items():
        for e in places_named(name):
            if e.kind == "county" and hint in (None, ("US", e.admin1)):
                counties[(flat_key(e.name), e.admin1)] += weight
    for name in votes.mentioned:
        for e in places_named(name):
            if e.kind == "county" and (flat_key(e.name), e.admin1) not in counties:
                counties[(flat_key(e.name), e.admin1)] = MENTIONED_COUNTY_WEIGHT
    return counties


def _county_named(name: str, counties: Counties) -> bool:
    """The reports name a county of this name too ("DeKalb" and "DeKalb County")."""
    key = flat_key(f"{name} County")
    return any(k == key for k, _ in counties)


def _county_short(name: str, counties: Counties) -> bool:
    """A bare name the reports also give a county ("DeKalb police" beside "DeKalb County",
    "Henry cops" beside "Henry County") is that county's, of whichever state their other names
    point to, not its namesake small town elsewhere; a sizeable town's name ("Dallas" beside
    "Dallas County") stays the town's."""
    return _county_named(name, counties) and not any(
        e.kind == "city" and e.population >= SEAT_POPULATION for e in places_named(name)
    )


def _county_support(town: GeoEntry, counties: Counties) -> float:
    if town.kind != "city" or town.country != "US" or not counties:
        return 0
    return sum(counties.get((c, town.admin1), 0) for c in counties_of(town.name, town.admin1))


def _region_name(name: str, country: str | None = None) -> bool:
    """A division's name (of ``country`` when given) whose namesake towns are small
    ("Louisiana", "Vermont"): the region; a division of another country is no region of the
    event's ("Douglas" in Georgia's reports is a town, not the Isle of Man's parish)."""
    found = places_named(name)
    if not any(e.kind == "admin1" and country in (None, e.country) for e in found):
        return False
    return not any(e.kind == "city" and e.population >= SEAT_POPULATION for e in found)


def _division_meant(name: str, votes: PlaceVotes) -> bool:
    """A division's name whose namesake seat the reports never call a city: where they say
    "Idlib province" or "the region of Idlib" and never "Idlib city", a bare "Idlib" is the
    province ("the city of Aleppo" keeps Aleppo a town)."""
    if name in votes.cities or not votes.divisions:
        return False
    return any(
        (e.country, e.admin1) in votes.divisions and gazetteer().own_name(e, name)
        for e in places_named(name)
        if e.kind == "admin1"
    )


def _inside(e: GeoEntry, region: Region | None) -> bool:
    return region is not None and e.country == region[0] and region[1] in ("", e.admin1)


def _entry(
    name: str,
    hint: Region | None,
    region: Region | None,
    country: str | None,
    counties: Counties,
) -> GeoEntry | None:
    """The town or county a name denotes: one in a county the reports name, else inside the
    region named with it (else none), else inside the event's region, then its country, one of
    that very name before one it is another name of, the larger town first."""
    found = tuple(e for e in places_named(name) if e.kind in ("city", "county"))
    if hint:
        found = tuple(e for e in found if _inside(e, hint))
    in_counties = tuple(e for e in found if _county_support(e, counties))
    found = in_counties or found

    key = name_key(name)

    def rank(e: GeoEntry) -> tuple[bool, bool, bool, bool, int]:
        own = name_key(e.name) == key  # "Liberty City" is that town, not Liberty's other name
        return _inside(e, region), e.country == country, own, e.kind == "city", e.population

    return max(found, key=rank, default=None)


def _post_office_town(town: GeoEntry) -> bool:
    """A US town the post office knows in its state by ZIP codes of its own, or a populated
    place GeoNames lists (Wilkinsburg, a borough Pittsburgh's codes serve), not a name the post
    office alone gives as another name of one town's codes ("Homewood" of Pittsburgh's);
    elsewhere every town counts."""
    return town.country != "US" or any(
        t.state == town.admin1 and (t.mail_town is None or town.geonameid > 0)
        for t in _us_towns_of(town)
    )


def _us_towns_of(town: GeoEntry) -> tuple[USTown, ...]:
    return us_towns(expand_abbreviation(town.name).removeprefix("The "))


def _mail_town(part: GeoEntry) -> str | None:
    """The town whose ZIP codes a US part's name is only another name of (Homewood's: Pittsburgh)."""
    return next((t.mail_town for t in _us_towns_of(part) if t.state == part.admin1), None)


def _fold_neighbourhoods(
    votes: Counter[GeoEntry], said: Sequence[GeoEntry] = (), paired: frozenset[str] = frozenset()
) -> None:
    """A GeoNames place no post office bears the name of (a neighbourhood: "Rogers Park") gives
    its votes to the nearest named post office town of its state within ``NEIGHBOURHOOD_KM``:
    one supported, or one the reports name anywhere ("Morgan Park" with "the Chicago Fire
    Department": Chicago). A name the post office gives only as another name of one town's
    ZIP codes, and no GeoNames place, gives its votes to that town alone, when named ("in Ybor
    City" with "Tampa police": Tampa), unless a report names it with its region as a town of
    its own (a dateline "YBOR CITY, Fla.": ``paired`` name keys)."""
    supported = [c for c in votes if c.kind == "city" and _post_office_town(c)]
    named = [c for c in said if c.kind == "city" and _post_office_town(c)]
    for part in [c for c in votes if c.kind == "city" and c not in supported]:
        mail = _mail_town(part)
        if mail and name_key(part.name) in paired:
            continue
        for towns in (supported, named):  # a supported town before one only named
            near = [
                (distance_km(part, t), t)
                for t in towns
                if t.admin1 == part.admin1 and (mail is None or name_key(t.name) == name_key(mail))
            ]
            distance, town = min(near, key=lambda pair: pair[0], default=(math.inf, None))
            if distance <= NEIGHBOURHOOD_KM:
                votes[town] += votes.pop(part)
                break


def _common_word(name: str, languages: set[str]) -> bool:
    """A word the reports' languages use often ("Man", "Young", "Hope"): said where no place
    stands, at a sentence's or title's start mostly, it names no town."""
    word = name.lower()
    return " " not in word and any(
        word_count(word, lang) >= COMMON_WORD_COUNT for lang in languages
    )


def _towns_said(votes: PlaceVotes, support: Counter[GeoEntry]) -> list[GeoEntry]:
    """Towns the reports name anywhere in the states of the supported places."""
    states = {(e.country, e.admin1) for e in support}
    return [
        e
        for name in votes.mentioned
        for e in places_named(name)
        if e.kind == "city" and (e.country, e.admin1) in states and e not in support
    ]


def _town_mentioned_in(county: GeoEntry, mentioned: set[str]) -> GeoEntry:
    """The largest town of a county the reports name anywhere, else the county."""
    key = flat_key(county.name)
    towns = [
        e
        for name in mentioned
        for e in places_named(name)
        if e.kind == "city"
        and e.country == "US"
        and e.admin1 == county.admin1
        and key in counties_of(e.name, e.admin1)
    ]
    return max(towns, key=lambda e: e.population, default=county)


@dataclass
class Placed:
    """The event's places, most supported first, each with the name it was read under."""

    places: list[tuple[GeoEntry, str]]
    region: Region | None
    country: str | None


def _parts(votes: PlaceVotes) -> set[str]:
    """Names used as a part of a city ("the Englewood neighborhood", "Miami's Overtown"), unless
    the reports give them a local force: then it is the city itself ("Miami police", "in the
    Miami neighborhood": a neighbourhood of Miami). A station's dateline may name a
    neighbourhood ("BLOOMFIELD (KDKA) -" of Pittsburgh's Bloomfield)."""
    return votes.parts - votes.towns


def _region_evidence(votes: PlaceVotes) -> Counter[tuple[str, Region | None]]:
    """The place votes with the weight names beside the scene lack as towns: "30 miles west of
    Phoenix" and "Medical Center in Oak Lawn" say the region as fully as the scene's name."""
    beside = Counter({(name, None): weight for name, weight in votes.beside.items()})
    return votes.places + beside


def _country_support(votes: PlaceVotes) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Each country's support, that of the larger namesakes (see ``_event_country``), and that
    of the namesakes in a language the reports speak and of comparable size to the largest."""
    countries = Counter(votes.countries)
    parts = _parts(votes)
    for (country, _), weight in votes.regions.items():
        countries[country] += weight
    larger: Counter[str] = Counter()
    spoken: Counter[str] = Counter()
    for (name, hint), weight in _region_evidence(votes).items():
        found = places_named(name)
        if name in parts and not hint:
            continue
        if hint:
            countries[hint[0]] += weight
            continue
        key = name_key(name)
        own = {e.country for e in found if name_key(e.name) == key}
        for country in {e.country for e in found}:  # another name of a place: "Santa Cruz"
            countries[country] += weight if country in own or not own else weight * MINOR_NAMESAKE
        likeliest = max(
            found,
            key=lambda e: (name_key(e.name) == name_key(name), e.kind == "city", e.population),
            default=None,
        )
        if likeliest is not None:
            larger[likeliest.country] += weight
            for e in found:
                if (
                    e.population * COMPARABLE_SIZE >= likeliest.population
                    and _languages_of(e.country) & votes.languages
                ):
                    spoken[e.country] = max(spoken[e.country], weight)
    return countries, larger, spoken


def _likely_countries(votes: PlaceVotes) -> list[str]:
    """The countries the names lie in, most supported first; among equals, one whose language
    the reports speak where its namesake is of comparable size ("Toledo" in Spanish: Spain's;
    in English: Ohio's, the larger; "Lyon" in English: still France's), then the country of
    the larger namesakes."""
    countries, larger, spoken = _country_support(votes)

    def rank(c: str) -> tuple[float, float, float]:
        return countries[c], spoken[c], larger[c]

    return sorted(sorted(countries), key=rank, reverse=True)


@lru_cache(maxsize=512)
def _languages_of(country: str) -> frozenset[str]:
    """The languages a country speaks officially or in fact (Babel's territory data)."""
    from babel.languages import get_official_languages  # a dependency, loaded when first asked

    return frozenset(get_official_languages(country, de_facto=True))


def _event_country(votes: PlaceVotes) -> str | None:
    """The country most supported: regions and countries named vote for theirs, a town named
    with its region for that region's country, and a bare town name for every country it can
    name, so that the names of one report agree ("Chester" and "Delaware County": the US, not
    England). Ties go to the country of the larger namesakes ("Lyon" alone: France)."""
    return next(iter(_likely_countries(votes)), None)


def _event_region(votes: PlaceVotes, country: str | None) -> Region | None:
    """The first-level division most supported inside the country, read like the country: the
    divisions named, and every division a town's name can lie in, the divisions of its largest
    namesake and of namesakes of comparable size (within ``COMPARABLE_SIZE``) fully, so that the
    other names decide between Wilmington, N.C., and Wilmington, Del.; the much smaller ones' by
    ``MINOR_NAMESAKE`` ("Brooklyn" and "East New York": New York's Brooklyn, not Iowa's, even
    where a digression names Iowa)."""
    regions = Counter({r: w for r, w in votes.regions.items() if r[0] == country})
    larger: Counter[Region] = Counter()  # ties: the region of the largest namesake
    parts = _parts(votes)
    counties = _named_counties(votes)
    for (name, hint), weight in _region_evidence(votes).items():
        if hint or name in parts or name in votes.townships or _region_name(name, country):
            continue  # a township's name says no region: "Ross Township" lies in many states
        if _county_short(name, counties):
            name = f"{name} County"
        twin = _region_given(name, votes, country)
        if twin:  # "Davidson County, North Carolina", then "Davidson County": the same
            regions[twin] += weight
            continue
        sizes: dict[Region, int] = {}
        own: set[Region] = set()
        key = flat_key(name)
        for e in places_named(name):
            if e.kind in ("city", "county") and e.country == country:
                region = (e.country, e.admin1)
                sizes[region] = max(sizes.get(region, 0), e.population)
                if flat_key(e.name) == key:  # "Leflore County" is Le Flore's own name
                    own.add(region)
        top = max(sizes.values(), default=0)
        alike_regions = set()
        for region, size in sizes.items():
            alike = size * COMPARABLE_SIZE >= top  # Wilmington, N.C., and Wilmington, Del.
            alike = alike and (region in own or not own)  # no town's former name: "Harmony Grove"
            regions[region] += weight if alike else weight * MINOR_NAMESAKE
            larger[region] = max(larger[region], size)
            if alike:
                alike_regions.add(region)
        if len(alike_regions) > 1:
            for region in _neighbours_near(name, alike_regions, votes, parts):
                regions[region] += MENTIONED_TOWN_WEIGHT
    for region in _towns_mentioned(votes, country, parts):
        regions[region] += MENTIONED_TOWN_WEIGHT
    best = max(sorted(regions), key=lambda r: (regions[r], larger[r]), default=None)
    said = _region_said(votes, _region_named(votes, country))
    if said and said != best and _namesake_in(votes, said):
        return said  # "Monroe" in reports that name Connecticut: Connecticut's Monroe
    return best


def _neighbours_near(
    name: str, alike: set[Region], votes: PlaceVotes, parts: set[str]
) -> set[Region]:
    """Of the regions of a name's namesakes of comparable size, those where another town the
    reports name lies within ``NEIGHBOUR_KM`` of the namesake: the reports' other places say
    which one is meant ("Columbus" with "Phenix City police": Georgia's Columbus, across the
    river, not Ohio's; "Columbia" with "Mount Pleasant" near it: Tennessee's)."""
    others = {n for n, _ in votes.places} | (votes.mentioned - votes.people)
    others -= {name} | parts
    towns = [
        e
        for other in sorted(others)
        if name_key(other) != name_key(name) and not _common_word(other, votes.languages)
        for e in places_named(other)
        if e.kind == "city"
    ]
    return {
        (e.country, e.admin1)
        for e in places_named(name)
        if e.kind == "city"
        and (e.country, e.admin1) in alike
        and any(0 < distance_km(e, t) <= NEIGHBOUR_KM for t in towns)
    }


def _towns_mentioned(votes: PlaceVotes, country: str | None, parts: set[str]) -> list[Region]:
    """The regions of sizeable towns (``SEAT_POPULATION``, the largest namesake) the reports
    name where no place stands ("the Orlando Sentinel", "a Youngstown hospital", "l'hôpital de
    Lyon"): the report's surroundings, which decide between namesakes of a shared name
    ("Orange County": Florida's, not California's) when nothing else does."""
    placed = {name for name, _ in votes.places}
    found = []
    for name in sorted(votes.mentioned - placed - parts - votes.people):
        if _region_name(name, country) or _common_word(name, votes.languages):
            continue
        towns = [e for e in places_named(name) if e.kind == "city" and e.country == country]
        town = max(towns, key=lambda e: e.population, default=None)
        if town and town.population >= SEAT_POPULATION:
            found.append((town.country, town.admin1))
    return found


def _region_named(votes: PlaceVotes, country: str | None) -> Region | None:
    """The division of ``country`` the reports name most by themselves, more than an outlet's
    home tag alone says (its own name, a pair's; not a share of a county name several
    divisions bear)."""
    named = {r: w for r, w in votes.regions.items() if r[0] == country and r in votes.sure}
    region = max(sorted(named), key=lambda r: named[r], default=None)
    return region if region and named[region] > TAG_REGION_WEIGHT else None


def _namesake_in(votes: PlaceVotes, region: Region) -> bool:
    """The name the reports place most, said bare, is that of a town or county of ``region``
    too: the region they name decides between its namesakes, whatever their sizes ("Toledo"
    with "Iowa" named is Iowa's Toledo; with "Castilla-La Mancha", Spain's)."""
    parts = _parts(votes)
    bare = {
        name: weight
        for (name, hint), weight in votes.places.items()
        if not hint and name not in parts and not _region_name(name, region[0])
    }
    top = max(bare.values(), default=0)
    return any(
        _inside(e, region) and e.kind in ("city", "county")
        for name, weight in bare.items()
        if weight == top
        for e in places_named(name)
    )


def _region_given(name: str, votes: PlaceVotes, country: str | None) -> Region | None:
    """The region the reports name with this name where they name one ("Davidson County, North
    Carolina", "Toledo, Ohio"; most often so): a bare "Davidson County" elsewhere in them is the
    same place, not a namesake of another region."""
    given = Counter(
        {h: w for (n, h), w in votes.places.items() if n == name and h and h[0] == country}
    )
    lying = {(e.country, e.admin1) for e in places_named(name) if e.kind in ("city", "county")}
    return max(sorted(given.keys() & lying), key=lambda r: given[r], default=None)


def _region_said(votes: PlaceVotes, region: Region | None) -> Region | None:
    """The event's region when the reports themselves name it, far more than any other
    ("Ouachita County", "Arkansas high school"; an outlet's "Shreveport, LA"): a bare name
    no town of that region bears, that towns of several other regions bear, is then none of
    them, but a place the gazetteer lacks, a club's or a person's ("Harmony Grove")."""
    if region is None or not region[1]:
        return None
    said = votes.regions.get(region, 0)
    others = [w for r, w in votes.regions.items() if r != region and r[0] == region[0]]
    if said < TAG_REGION_WEIGHT or any(w * REGION_MARGIN > said for w in others):
        return None
    return region


def _namesake_apart(name: str, town: GeoEntry) -> bool:
    """A small town (under ``SEAT_POPULATION``) whose name towns of other regions of its
    country bear too: which one is meant, the reports must say ("Harmony Grove"; not
    "Damascus" nor "Harasta", named beside "Aleppo" as further places)."""
    regions = {
        e.admin1 for e in places_named(name) if e.kind == "city" and e.country == town.country
    }
    return town.population < SEAT_POPULATION and len(regions) > 1


def _township_elsewhere(
    name: str, entry: GeoEntry | None, region: Region | None, votes: PlaceVotes
) -> bool:
    """A township's name ("Ross Township", which the gazetteer lacks) whose namesake town lies
    outside the region the reports' other names point to: townships of one name lie in many
    states and contain no town of it, so the reports' region decides, else none is meant."""
    return name in votes.townships and not (entry and _inside(entry, region))


def _town_elsewhere(entry: GeoEntry | None, said: Region | None) -> bool:
    """A town outside the region the reports name by themselves: said where no place stands
    (a street's, a part's or a person's name: "Greenway Rd." in a report that names Arizona,
    "West Price" of Cincinnati's "West Price Hill, Ohio"), it is no town of another region;
    the region itself is then the place said best."""
    return (
        said is not None and entry is not None and entry.kind == "city" and not _inside(entry, said)
    )


def event_place(votes: PlaceVotes) -> Placed:
    """The event's town (or county), its region and country, and further towns it spans."""
    country = _event_country(votes)
    region = _event_region(votes, country)
    counties = _named_counties(votes)
    parts = _parts(votes)
    named = _region_said(votes, region)
    said = _region_said(votes, _region_named(votes, country))
    support: Counter[GeoEntry] = Counter()
    names: dict[GeoEntry, str] = {}
    for (name, hint), weight in votes.places.items():
        if name in parts and not any(n == name and h for n, h in votes.places):
            continue  # "the Englewood neighborhood", unless a dateline names it too
        if not hint and _region_name(name, country):
            continue  # "Louisiana man", "Vermont police": the state, not its namesake towns
        if not hint and _division_meant(name, votes):
            continue  # "Idlib" where the reports say "Idlib province", never "Idlib city"
        twin = None if hint else _region_given(name, votes, country)
        entry = _entry(name, hint or twin, region, country, counties)
        if not hint and entry and not _inside(entry, region) and _county_named(name, counties):
            entry = _entry(f"{name} County", None, region, country, counties)  # "Anson sheriff"
        if entry is None or (country and entry.country != country):
            continue
        if not hint and named and not _inside(entry, named) and _namesake_apart(name, entry):
            continue  # "Harmony Grove" in an Arkansas report: no West Virginia town
        if not hint and _township_elsewhere(name, entry, region, votes):
            continue  # "Ross Township" in a Pennsylvania report: no Ross, Ohio
        support[entry] += weight * (1 if entry.kind == "city" else COUNTY_WEIGHT)
        names.setdefault(entry, name)
    for town in list(support):
        support[town] += IN_COUNTY_WEIGHT * min(_county_support(town, counties), ARTICLE_CAP)
    paired = frozenset(name_key(name) for name, hint in votes.places if hint)
    _fold_neighbourhoods(support, _towns_said(votes, support), paired)
    if not support:  # no name stands where a place stands: a town said anyhow, or the tag's;
        # never where nothing names a country, not even a title's name: "Obama administration
        # overturns rule" is no Obama, Japan, nor "Saints place Thomas on injured reserve" France
        for name, hint in sorted({*votes.tags, *((n, None) for n in votes.mentioned)}, key=str):
            if hint or not (
                _region_name(name, country)
                or _division_meant(name, votes)
                or _common_word(name, votes.languages)
                or name in votes.people  # "Jackson" of "Constable Henry Jackson"
            ):
                entry = _entry(name, hint, region, country, counties)
                if hint is None and _township_elsewhere(name, entry, region, votes):
                    continue
                if hint is None and _town_elsewhere(entry, said):
                    continue  # "Greenway" in a report that names Arizona: no Virginia town
                if entry is not None and entry.country == country:
                    support[entry] += 1 if entry.kind == "city" else COUNTY_WEIGHT
                    names.setdefault(entry, name)

    def strength(c: GeoEntry) -> tuple[float, int]:
        return support[c] + votes.regions.get((c.country, c.admin1), 0) / 2, c.population

    def said_support(c: GeoEntry) -> float:
        """A further place's support: a town beside the scene is named as fully as it is said
        ("Rankus, 30 km north of Damascus" names both), though it is not the scene."""
        return strength(c)[0] + votes.beside.get(names.get(c, c.name), 0)

    ranked = sorted(support, key=strength, reverse=True)
    if ranked and ranked[0].kind == "county":  # a town named in its state is the scene
        top = ranked[0]
        towns = [c for c in ranked if c.kind == "city" and c.admin1 == top.admin1]
        town = towns[0] if towns else _town_mentioned_in(top, votes.mentioned)
        ranked = [town, *(c for c in ranked if c != town)]
        names.setdefault(town, town.name)
    if ranked:
        top = strength(ranked[0])[0]
        ranked = [ranked[0], *(c for c in ranked[1:] if said_support(c) >= FURTHER_SHARE * top)]
        region = (ranked[0].country, ranked[0].admin1)
    return Placed([(e, names.get(e, e.name)) for e in ranked], region, country)
