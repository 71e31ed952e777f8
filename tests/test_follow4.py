"""Event identity (#17): weeks after an event, a report whose day is unknown on one side joins it
only when it tells of what followed (an arrest, a trial), whatever its words share with the
event's reports (an outlet's frame, the town's name); a site's name in its pages' titles tells
no event."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from newsfuse.cluster import WEEK_DAYS, ClusterConfig, Doc, EventClusterer
from newsfuse.features import article_features, extract_features
from newsfuse.late import told_late
from newsfuse.records import Article, ReportAnchor
from newsfuse.sitename import site_name, without_site

# The frame every page of one outlet carries, whatever its news.
FRAME = {
    "en": " Copyright 2016 Channel 7 News. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed. Download our app for breaking news alerts "
    "and weather updates from Toledo and Lucas County.",
    "fr": " Copyright 2016 Lyon Matin. Tous droits réservés. Reproduction interdite sans "
    "autorisation. Téléchargez notre application pour recevoir les alertes et la météo de Lyon "
    "et du Rhône.",
    "es": " Copyright 2016 Diario de Toledo. Todos los derechos reservados. Prohibida su "
    "reproducción total o parcial. Descargue nuestra aplicación para recibir alertas y el tiempo "
    "de Toledo y su provincia.",
    "de": " Copyright 2016 Aleppo Rundschau. Alle Rechte vorbehalten. Vervielfältigung nur mit "
    "Genehmigung. Laden Sie unsere App für Eilmeldungen und das Wetter aus Aleppo und der Region "
    "herunter.",
}
# A shooting, then another one in the same town weeks later; neither says on which day.
FIRST = {
    "en": (
        "Man shot dead outside Toledo bar",
        "A man was shot dead outside a bar in Toledo, police said.",
    ),
    "fr": (
        "Un homme tué par balle à Lyon",
        "Un homme a été tué par balle devant un bar à Lyon, selon la police.",
    ),
    "es": (
        "Un hombre muere a tiros en Toledo",
        "Un hombre murió a tiros frente a un bar de Toledo, según la policía.",
    ),
    "de": (
        "Mann in Aleppo erschossen",
        "Ein Mann wurde vor einer Bar in Aleppo erschossen, teilte die Polizei mit.",
    ),
}
OTHER = {
    "en": (
        "Teen shot in Toledo driveway",
        "A teenager was shot in a driveway in Toledo, police said.",
    ),
    "fr": (
        "Un adolescent blessé par balle à Lyon",
        "Un adolescent a été blessé par balle dans une cour à Lyon, selon la police.",
    ),
    "es": (
        "Un adolescente herido de bala en Toledo",
        "Un adolescente resultó herido de bala en un patio de Toledo, según la policía.",
    ),
    "de": (
        "Jugendlicher in Aleppo angeschossen",
        "Ein Jugendlicher wurde in einem Hof in Aleppo angeschossen, teilte die Polizei mit.",
    ),
}
# What followed the first shooting, weeks later.
ARREST = {
    "en": ("Man charged in Toledo bar killing", "Police arrested a man and charged him with murder in the killing outside a bar in Toledo."),
    "fr": ("Un suspect mis en examen après le meurtre devant un bar à Lyon", "Un homme a été arrêté et mis en examen pour le meurtre devant un bar à Lyon."),
    "es": ("Detenido un sospechoso por el crimen del bar de Toledo", "La policía ha detenido a un hombre por la muerte a tiros frente a un bar de Toledo."),
    "de": ("Festnahme nach tödlichen Schüssen vor Bar in Aleppo", "Die Polizei hat einen Mann nach den tödlichen Schüssen vor einer Bar in Aleppo festgenommen."),
}  # fmt: skip
START = datetime(2016, 8, 1, 9)


def report(name: str, words: tuple[str, str], language: str, days: int, **anchor: bool) -> Doc:
    """A report published ``days`` after the first, naming no day of its happening."""
    f = extract_features(words[1] + FRAME[language], words[0])
    tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
    published = START + timedelta(days=days)
    return Doc(name, f.terms, tf, np.zeros(0), language, published, ReportAnchor(name, **anchor))


def event_of_second(
    language: str, words: dict[str, tuple[str, str]], days: int, **anchor: bool
) -> str:
    clusterer = EventClusterer(ClusterConfig())
    clusterer.assign(report("first", FIRST[language], language, 0), "ev-first")
    return clusterer.assign(
        report("second", words[language], language, days, **anchor), "ev-second"
    ).event_id


@pytest.mark.parametrize("language", sorted(FRAME))
def test_another_shooting_weeks_later_is_another_event(language: str) -> None:
    """Its words (the outlet's frame, the town) would join it within days: weeks later, with
    no day to tell, they do not."""
    assert event_of_second(language, OTHER, 2) == "ev-first"
    assert event_of_second(language, OTHER, 21) == "ev-second"


@pytest.mark.parametrize("language", sorted(FRAME))
def test_what_followed_weeks_later_still_joins(language: str) -> None:
    assert event_of_second(language, ARREST, 21, aftermath=True) == "ev-first"


def test_a_report_late_is_judged_by_its_day_when_both_name_one() -> None:
    late = START + timedelta(days=WEEK_DAYS + 14)
    dated = ReportAnchor("late", day=date(2016, 8, 21), precision="day")
    undated = ReportAnchor("late")
    assert not told_late(late, dated, [START], date(2016, 8, 1), WEEK_DAYS)
    assert told_late(late, dated, [START], None, WEEK_DAYS)
    assert told_late(late, undated, [START], date(2016, 8, 1), WEEK_DAYS)
    assert not told_late(START + timedelta(days=WEEK_DAYS), undated, [START], None, WEEK_DAYS)
    # the nearest of the event's reports counts: one a day before makes it no late report
    assert not told_late(late, undated, [START, late - timedelta(days=1)], None, WEEK_DAYS)
    assert not told_late(None, undated, [START], None, WEEK_DAYS)


@pytest.mark.parametrize(
    ("title", "url", "headline"),
    [
        (
            "Five people shot in apartment complex - WMC Action News 5 - Memphis, Tennessee",
            "http://www.wmcactionnews5.com:80/story/33486517/five-people-shot",
            "Five people shot in apartment complex",
        ),
        (
            "Teen shot in Charlotte - | WBTV Charlotte",
            "http://www.wbtv.com/story/1",
            "Teen shot in Charlotte",
        ),
        (
            "Deux morts dans une fusillade à Lyon - Le Progrès",
            "https://www.leprogres.fr/faits-divers/2016/08/21/deux-morts",
            "Deux morts dans une fusillade à Lyon",
        ),
        (
            "Dos muertos en un tiroteo en Toledo | La Tribuna de Toledo",
            "https://www.latribunadetoledo.es/noticia/dos-muertos",
            "Dos muertos en un tiroteo en Toledo",
        ),
        (
            "Zwei Tote nach Schüssen in Aleppo - DER SPIEGEL",
            "https://www.spiegel.de/politik/ausland/zwei-tote",
            "Zwei Tote nach Schüssen in Aleppo",
        ),
        (
            "Man killed in drive-by - BBC News",
            "https://www.bbc.co.uk/news/uk-123",
            "Man killed in drive-by",
        ),
    ],
)
def test_a_title_without_its_sites_name(title: str, url: str, headline: str) -> None:
    assert without_site(title, url) == headline


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Shooting in Lyon - police say two dead", "https://www.bbc.co.uk/news/x"),  # no site's
        ("BBC - Shooting in Lyon", "https://www.bbc.co.uk/news/x"),  # nothing would be left
        ("Smith-Jones shot in drive-by", "https://www.smithjones.com/x"),  # no separator
        ("Teen shot - Channel 7 News", None),  # no address
        ("Teen shot - Channel 7 News", "http://localhost/x"),
    ],
)
def test_titles_that_stay_whole(title: str, url: str | None) -> None:
    assert without_site(title, url) == title


def test_the_name_an_address_was_registered_under() -> None:
    assert site_name("http://chicago.suntimes.com/news/x") == "suntimes"
    assert site_name("https://www.bbc.co.uk/news") == "bbc"
    assert site_name("https://elcomercio.com.pe/x") == "elcomercio"
    assert site_name("http://www.nu.nl/x") is None  # too short to tell
    assert site_name("not an address") is None
    assert site_name("http://[::1/x") is None  # unreadable: no site, no error


# Two shootings the same evening in one town, told by one site whose titles carry its name.
SITE_PAGES = {
    "en": (
        "https://www.wmcactionnews5.com/story/{}",
        " - WMC Action News 5 - Memphis, Tennessee",
        ("Five people shot at apartment complex", "Five people were shot at an apartment complex on Elvis Presley Boulevard late Sunday, police said."),
        ("Boy, 8, shoots himself while father sleeps", "An eight-year-old boy found a pistol under a mattress and wounded himself in the hand, officers said."),
    ),
    "fr": (
        "https://www.leprogres.fr/faits-divers/{}",
        " - Le Progrès - Lyon, Rhône",
        ("Cinq blessés par balle dans une cité", "Cinq personnes ont été blessées par balle dimanche soir au pied d'un immeuble de la Duchère, selon la police."),
        ("Un enfant de 8 ans se blesse avec l'arme de son père", "Un garçon de huit ans a trouvé un pistolet sous un matelas et s'est blessé à la main, ont indiqué les gendarmes."),
    ),
    "es": (
        "https://www.latribunadetoledo.es/noticia/{}",
        " | La Tribuna de Toledo | Castilla-La Mancha",
        ("Cinco heridos de bala en un bloque de pisos", "Cinco personas resultaron heridas de bala el domingo por la noche frente a un bloque de pisos del Polígono, según la policía."),
        ("Un niño de 8 años se hiere con la pistola de su padre", "Un niño de ocho años encontró una pistola bajo un colchón y se hirió en la mano, informaron los agentes."),
    ),
    "de": (
        "https://www.spiegel.de/panorama/{}",
        " - DER SPIEGEL - Aleppo, Syrien",
        ("Fünf Verletzte durch Schüsse vor Wohnblock", "Fünf Menschen wurden am Sonntagabend vor einem Wohnblock im Osten der Stadt angeschossen, teilte die Polizei mit."),
        ("Achtjähriger verletzt sich mit Pistole des Vaters", "Ein achtjähriger Junge fand eine Pistole unter einer Matratze und verletzte sich an der Hand, sagten die Beamten."),
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(SITE_PAGES))
def test_two_pages_of_one_site_on_two_shootings_are_two_events(language: str) -> None:
    """Read with their titles whole, the site's name and town joined them (the old features)."""
    url, tail, *pages = SITE_PAGES[language]
    clusterer = EventClusterer(ClusterConfig())
    events = []
    for k, (title, text) in enumerate(pages):
        page = Article(id=f"p{k}", title=title + tail, text=text, url=url.format(k))
        f = article_features(page)
        tf = 1.0 + np.log(np.maximum(f.counts, 1e-6))
        doc = Doc(page.id, f.terms, tf, np.zeros(0), language, START + timedelta(hours=k))
        events.append(clusterer.assign(doc, f"ev-{k}").event_id)
    assert events == ["ev-0", "ev-1"]
