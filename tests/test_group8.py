"""Event identity (#17): a report whose words find no earlier report (a headline-only page, a
video page, in a town whose shootings fill the news with the same words) is still compared with
the reports of its town and day (``scene_mates``); found that way only, it joins when its words
match as any candidate's must, so two shootings of one town and one day stay apart."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from newsfuse.cluster import MAX_DF, ClusterConfig, Doc, EventClusterer, StoredDoc, scene_terms
from newsfuse.features import SCENE_BIT, extract_features
from newsfuse.records import EventPlace, PlacePrecision, ReportAnchor

TOWNS = {
    "en": EventPlace("Toledo", "US", PlacePrecision.TOWN, "Ohio", "", 5174035, 41.66, -83.56),
    "fr": EventPlace("Lyon", "FR", PlacePrecision.TOWN, "Auvergne-Rhône-Alpes", "", 2996944, 45.75, 4.85),
    "es": EventPlace("Toledo", "ES", PlacePrecision.TOWN, "Castilla-La Mancha", "", 2510409, 39.86, -4.03),
    "de": EventPlace("Aleppo", "SY", PlacePrecision.TOWN, "Aleppo", "", 170063, 36.20, 37.16),
}  # fmt: skip
# The first report of a shooting, its headline-only page (a video page, a paywall: its body is
# gone).
FIRST = {
    "en": ("Man shot dead outside bar in Toledo", "A man was shot dead outside a bar in Toledo on Saturday night, police said. Officers found the man lying on the sidewalk near the bar and he died at the scene. Police said they are looking for a gunman who fled in a car."),
    "fr": ("Un homme tué par balle devant un bar à Lyon", "Un homme a été tué par balle samedi soir devant un bar à Lyon, selon la police. Les policiers ont trouvé l'homme sur le trottoir près du bar et il est mort sur place. La police recherche un tireur qui a pris la fuite en voiture."),
    "es": ("Un hombre muere a tiros frente a un bar de Toledo", "Un hombre murió a tiros el sábado por la noche frente a un bar de Toledo, según la policía. Los agentes encontraron al hombre en la acera junto al bar y murió en el lugar. La policía busca a un pistolero que huyó en un coche."),
    "de": ("Mann vor Bar in Aleppo erschossen", "Ein Mann wurde am Samstagabend vor einer Bar in Aleppo erschossen, teilte die Polizei mit. Die Beamten fanden den Mann auf dem Gehweg vor der Bar, er starb noch am Tatort. Die Polizei sucht einen Schützen, der mit einem Auto floh."),
}  # fmt: skip
HEADLINE = {
    "en": "Man shot dead outside Toledo bar",
    "fr": "Un homme tué par balle devant un bar de Lyon",
    "es": "Muere un hombre a tiros frente a un bar de Toledo",
    "de": "Mann vor Bar in Aleppo erschossen",
}
# Another shooting that day in the same town: its headline shares the town and common words.
OTHER = {
    "en": "Teen wounded in Toledo driveway",
    "fr": "Un adolescent blessé dans une cour à Lyon",
    "es": "Un adolescente herido en un patio de Toledo",
    "de": "Jugendlicher in Hof in Aleppo verletzt",
}

DAY = date(2016, 8, 6)


def report(name: str, title: str, text: str, language: str, day: date) -> Doc:
    """A report of ``day`` in the language's town, published the next morning."""
    f = extract_features(text, title)
    tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
    anchor = ReportAnchor(name, day=day, precision="day", place=TOWNS[language])
    published = datetime.combine(day, datetime.min.time()) + timedelta(days=1, hours=8)
    return Doc(name, f.terms, tf, np.zeros(0), language, published, anchor)


def busy_town(language: str) -> EventClusterer:
    """A clusterer that met more than ``MAX_DF`` reports of the town's shootings of other days,
    in the same words: those words find nothing any more (too common to block)."""
    clusterer = EventClusterer(ClusterConfig())
    title, text = FIRST[language]
    for k in range(MAX_DF + 10):
        day = DAY - timedelta(days=30 + 2 * k)
        clusterer.assign(report(f"old{k}", title, text, language, day), f"ev-old{k}")
    clusterer.assign(report("first", title, text, language, DAY), "ev-first")
    return clusterer


@pytest.mark.parametrize("language", sorted(TOWNS))
def test_a_headline_only_page_joins_by_its_town_and_day(language: str) -> None:
    """Its words are all common ones: without its scene it met no candidate (old code)."""
    page = report("page", HEADLINE[language], HEADLINE[language], language, DAY)
    assert busy_town(language).assign(page, "ev-page").event_id == "ev-first"


@pytest.mark.parametrize("language", sorted(TOWNS))
def test_another_shooting_of_the_same_town_and_day_stays_apart(language: str) -> None:
    """Found by its scene, it is judged by its words as any candidate is."""
    page = report("other", OTHER[language], OTHER[language], language, DAY)
    assert busy_town(language).assign(page, "ev-other").event_id == "ev-other"


@pytest.mark.parametrize("language", sorted(TOWNS))
def test_a_headline_of_another_day_is_not_its_scene(language: str) -> None:
    later = DAY + timedelta(days=3)
    page = report("page", HEADLINE[language], HEADLINE[language], language, later)
    assert busy_town(language).assign(page, "ev-page").event_id == "ev-page"


def test_scene_terms() -> None:
    place = TOWNS["en"]
    anchor = ReportAnchor("a", day=DAY, precision="day", place=place)
    (own,) = scene_terms(anchor)
    assert own & SCENE_BIT
    around = scene_terms(anchor, 1)
    assert len(around) == 3 and around[1] == own
    assert scene_terms(ReportAnchor("a", day=DAY, precision="day")) == []  # no town
    assert scene_terms(ReportAnchor("a", place=place)) == []  # no day
    state = EventPlace("Ohio", "US", PlacePrecision.ADMIN1, "Ohio")
    assert scene_terms(ReportAnchor("a", day=DAY, precision="day", place=state)) == []
    assert scene_terms(None) == []


class Stored:
    """The stored corpus (``cluster.StoredCorpus``) of an earlier run, from its ``rows``."""

    def __init__(self, earlier: EventClusterer) -> None:
        added, _ = earlier.rows()
        self.rows = {doc.id: (doc, weights, n) for doc, weights, n in added}
        self.event = {a: earlier.event_of[a] for a in self.rows}
        self.size = len(self.rows)
        self.held: dict[int, list[str]] = {}
        for doc, _, _ in added:
            for term in doc.terms.tolist():
                self.held.setdefault(term, []).append(doc.id)

    def df(self, terms: np.ndarray) -> np.ndarray:
        return np.array([len(self.held.get(t, ())) for t in terms.tolist()], dtype=np.float32)

    def postings(self, terms: list[int]) -> dict[int, list[str]]:
        return {t: found for t in terms if len(found := self.held.get(t, [])) <= MAX_DF}

    def nearest(self, vector: np.ndarray, k: int, min_cosine: float) -> list[tuple[str, float]]:
        return []

    def docs(self, article_ids: list[str]) -> list[StoredDoc]:
        rows = [self.rows[a] for a in article_ids]
        return [StoredDoc(d, self.event[d.id], w, n) for d, w, n in rows]

    def latest(self, event_id: str, n: int) -> list[str]:
        return self.members(event_id)[-n:]

    def members(self, event_id: str) -> list[str]:
        return [a for a, e in self.event.items() if e == event_id]

    def event_of(self, article_id: str) -> str | None:
        return self.event.get(article_id)

    def anchors(self, event_id: str) -> list[tuple[ReportAnchor, datetime | None]]:
        docs = [self.rows[m][0] for m in self.members(event_id)]
        return [(d.anchor, d.time) for d in docs if d.anchor is not None]

    def story(self, event_id: str) -> str:
        return event_id


@pytest.mark.parametrize("language", sorted(TOWNS))
def test_a_later_run_finds_the_stored_reports_of_its_scene(language: str) -> None:
    """The scene term is stored with the report's terms: the next run's page finds it there."""
    clusterer = EventClusterer(ClusterConfig(), stored=Stored(busy_town(language)))
    page = report("page", HEADLINE[language], HEADLINE[language], language, DAY)
    assert clusterer.assign(page, "ev-page").event_id == "ev-first"
