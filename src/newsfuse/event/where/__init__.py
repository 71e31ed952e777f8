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

The package reads this in steps, a module each: ``names`` (the places a capitalised run can
name, and persons' names), ``context`` (how a name stands in its sentence), ``sources`` (a
page's address, host and title tag), ``report`` (one report's votes: ``report_votes``),
``support`` (each country's and region's support) and ``choice`` (the event's place:
``event_place``); ``votes`` holds the evidence (``PlaceVotes``), ``cues`` the patterns read
around names and ``weights`` what each kind of vote weighs. Names with an underscore are the
package's own.
"""

from .choice import Placed, event_place
from .names import places_named, proper_runs
from .report import report_votes
from .sources import source_url
from .votes import PlaceVotes, Region, common_words
from .weights import FURTHER_SHARE

__all__ = [
    "FURTHER_SHARE",
    "PlaceVotes",
    "Placed",
    "Region",
    "common_words",
    "event_place",
    "places_named",
    "proper_runs",
    "report_votes",
    "source_url",
]
