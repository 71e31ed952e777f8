"""Event identity (#16, #17): a fresh report of another shooting in the same town names an
earlier one's day in passing ("two days after a man was shot dead outside a bar on Saturday").
A day named that way links the report to the earlier shooting's event only when its words agree
as they must for a report placed beyond the event's area, twice over (``cluster._in_passing``):
a fresh report telling the event's own victim and scene still joins."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import numpy as np
import pytest

from newsfuse.cluster import Doc, EventClusterer
from newsfuse.features import extract_features
from newsfuse.records import EventPlace, PlacePrecision, ReportAnchor

TOWNS = {
    "en": EventPlace("Toledo", "US", PlacePrecision.TOWN, "Ohio", "", 5174035, 41.66, -83.56),
    "fr": EventPlace("Lyon", "FR", PlacePrecision.TOWN, "Auvergne-Rhône-Alpes", "", 2996944, 45.75, 4.85),
    "es": EventPlace("Toledo", "ES", PlacePrecision.TOWN, "Castilla-La Mancha", "", 2510409, 39.86, -4.03),
    "de": EventPlace("Köln", "DE", PlacePrecision.TOWN, "Nordrhein-Westfalen", "", 2886242, 50.93, 6.95),
}  # fmt: skip
SATURDAY = date(2016, 8, 6)
MONDAY = SATURDAY + timedelta(days=2)

# The first report of Saturday's shooting, published on Monday morning.
FIRST = {
    "en": ("Man shot dead outside bar in Toledo", "Marcus Hill, 24, was shot dead outside the Blue Note bar on Elm Street in Toledo on Saturday night, police said Monday. Officers found Hill on the sidewalk near the bar and he died at the scene. Police are looking for a gunman who fled in a silver car."),
    "fr": ("Un homme tué par balle devant un bar à Lyon", "Karim Benali, 24 ans, a été tué par balle samedi soir devant le bar Le Comptoir, rue Garibaldi à Lyon, a indiqué la police lundi. Les policiers ont trouvé Benali sur le trottoir près du bar et il est mort sur place. La police recherche un tireur qui a pris la fuite dans une voiture grise."),
    "es": ("Un hombre muere a tiros frente a un bar de Toledo", "Javier Ruiz, de 24 años, murió a tiros el sábado por la noche frente al bar El Rincón, en la calle Real de Toledo, informó la policía el lunes. Los agentes encontraron a Ruiz en la acera junto al bar y murió en el lugar. La policía busca a un pistolero que huyó en un coche gris."),
    "de": ("Mann vor Bar in Köln erschossen", "Jonas Weber, 24, wurde am Samstagabend vor der Bar Zum Anker in der Lindenstraße in Köln erschossen, teilte die Polizei am Montag mit. Die Beamten fanden Weber auf dem Gehweg vor der Bar, er starb noch am Tatort. Die Polizei sucht einen Schützen, der in einem grauen Auto floh."),
}  # fmt: skip
# Another shooting in the same town on Monday, whose report names Saturday's in passing.
OTHER = {
    "en": ("Teen wounded in Toledo shooting", "A 15-year-old boy was shot and wounded on Monday afternoon in a driveway on Maple Avenue in Toledo, police said. The shooting came two days after a man was shot dead outside a bar on Saturday. The boy was taken to hospital in stable condition. Police have no suspect."),
    "fr": ("Un adolescent blessé par balle à Lyon", "Un garçon de 15 ans a été blessé par balle lundi après-midi dans une cour de l'avenue Berthelot à Lyon, selon la police. Les tirs sont survenus deux jours après qu'un homme a été tué par balle devant un bar samedi. Le garçon a été transporté à l'hôpital, son état est stable. La police n'a aucun suspect."),
    "es": ("Un adolescente herido de bala en Toledo", "Un chico de 15 años resultó herido de bala el lunes por la tarde en un patio de la avenida de Europa en Toledo, según la policía. El tiroteo se produjo dos días después de que un hombre muriera a tiros frente a un bar el sábado. El chico fue trasladado al hospital en estado estable. La policía no tiene sospechosos."),
    "de": ("Jugendlicher in Köln angeschossen", "Ein 15-jähriger Junge wurde am Montagnachmittag in einer Einfahrt in der Bergstraße in Köln angeschossen, teilte die Polizei mit. Die Schüsse fielen zwei Tage nachdem ein Mann am Samstag vor einer Bar erschossen worden war. Der Junge kam in stabilem Zustand ins Krankenhaus. Die Polizei hat keinen Verdächtigen."),
}  # fmt: skip
# Saturday's victim named on Monday: a fresh report too, but of the event's own victim and scene.
NAMED = {
    "en": ("Victim of Toledo bar shooting identified", "Police on Monday identified the man shot dead outside the Blue Note bar on Elm Street in Toledo on Saturday night as Marcus Hill, 24. Hill died at the scene. The gunman fled in a silver car and police are still looking for him."),
    "fr": ("La victime de la fusillade devant un bar de Lyon identifiée", "La police a identifié lundi l'homme tué par balle samedi soir devant le bar Le Comptoir, rue Garibaldi à Lyon: Karim Benali, 24 ans. Benali est mort sur place. Le tireur a pris la fuite dans une voiture grise et la police le recherche toujours."),
    "es": ("Identificada la víctima del tiroteo frente a un bar de Toledo", "La policía identificó el lunes al hombre que murió a tiros el sábado por la noche frente al bar El Rincón, en la calle Real de Toledo: Javier Ruiz, de 24 años. Ruiz murió en el lugar. El pistolero huyó en un coche gris y la policía sigue buscándolo."),
    "de": ("Opfer der Schüsse vor Kölner Bar identifiziert", "Die Polizei hat am Montag den Mann identifiziert, der am Samstagabend vor der Bar Zum Anker in der Lindenstraße in Köln erschossen wurde: Jonas Weber, 24. Weber starb noch am Tatort. Der Schütze floh in einem grauen Auto, die Polizei sucht ihn weiter."),
}  # fmt: skip


def report(
    name: str, story: tuple[str, str], language: str, day: date, named: list[date], hours: int
) -> Doc:
    """A report of ``day`` in the language's town, naming ``named``, published ``hours`` after
    that day's midnight."""
    title, text = story
    f = extract_features(text, title)
    tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
    anchor = ReportAnchor(name, day=day, precision="day", place=TOWNS[language], named=named)
    published = datetime.combine(day, time()) + timedelta(hours=hours)
    return Doc(name, f.terms, tf, np.zeros(0), language, published, anchor)


def saturdays(language: str) -> EventClusterer:
    """A clusterer holding the event of Saturday's shooting."""
    clusterer = EventClusterer()
    first = report("first", FIRST[language], language, SATURDAY, [SATURDAY], 57)
    clusterer.assign(first, "ev-first")
    return clusterer


@pytest.mark.parametrize("language", sorted(TOWNS))
def test_a_fresh_report_naming_an_earlier_shootings_day_stays_apart(language: str) -> None:
    """Old code: it names the event's day, so it joined on words any report of the town shares."""
    other = report("other", OTHER[language], language, MONDAY, [SATURDAY, MONDAY], 20)
    assert saturdays(language).assign(other, "ev-other").event_id == "ev-other"


@pytest.mark.parametrize("language", sorted(TOWNS))
def test_a_fresh_report_telling_the_events_victim_and_scene_joins(language: str) -> None:
    """Its anchor reads Monday (the day it names the victim), but its words are the event's."""
    named = report("named", NAMED[language], language, MONDAY, [SATURDAY, MONDAY], 20)
    assert saturdays(language).assign(named, "ev-named").event_id == "ev-first"
