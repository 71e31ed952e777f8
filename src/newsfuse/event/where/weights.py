"""The weights and thresholds of reading places: what a vote of each kind is worth."""

from __future__ import annotations

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
EXONYM_POPULATION = 500_000  # a city this big is known abroad by names of other languages ...
VILLAGE_POPULATION = 10_000  # ... which name it, not villages called so ("Damasco": Damascus)


TEASER_CHARS = 40  # a teaser's line said twice is this long at least
