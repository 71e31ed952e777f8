"""How many killed (en/fr/es/de): when as many reports allow each figure, the one a report
states as a count in its lead ("Two men were shot and killed", "deux hommes", "dos hombres",
"zwei Männer") wins over a later report's death told without a number ("the fatal shooting",
"the death of 21-year-old ...": a report of one victim tells of a death, not how many died);
one told with the number one ("one person was killed") is a count as well, and a later report
still wins between two counts (tolls grow as news comes in). A death told in the title of another
clip of a page's video player ("1:21 Man charged in deadly crash") is no death of the report's; a
killer "taking his own life" ("se donner la mort", "quitarse la vida", "nahm sich dann das
Leben") died too.
"""

from __future__ import annotations

import pytest
from test_event_record import _article, _counts, _fact

_REPORTS = {
    "en": (
        (
            "Two men killed in Toledo shooting",
            "Two men were shot and killed on Saturday night.",
            "Two men",
        ),
        (
            "Police identify victim of fatal Toledo shooting",
            "Police on Monday identified the victim of the fatal shooting as John Miller.",
        ),
    ),
    "fr": (
        (
            "Deux hommes tués par balle à Lyon",
            "Deux hommes ont été tués par balle samedi soir.",
            "Deux hommes",
        ),
        (
            "Fusillade mortelle à Lyon : la victime identifiée",
            "La police a identifié lundi la victime de la fusillade mortelle.",
        ),
    ),
    "es": (
        (
            "Dos hombres muertos a tiros en Toledo",
            "Dos hombres murieron a tiros el sábado por la noche.",
            "Dos hombres",
        ),
        (
            "Identifican a la víctima del tiroteo mortal en Toledo",
            "La policía identificó el lunes a la víctima del tiroteo mortal.",
        ),
    ),
    "de": (
        (
            "Zwei Männer in Köln erschossen",
            "Zwei Männer wurden am Samstagabend erschossen.",
            "Zwei Männer",
        ),
        (
            "Tödliche Schüsse in Köln: Opfer identifiziert",
            "Die Polizei hat am Montag das Opfer der tödlichen Schüsse identifiziert.",
        ),
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_a_count_in_the_lead_over_a_later_death_told_without_a_number(lang: str) -> None:
    """Fails on the old code (1: the later report's death read without a number won the tie)."""
    (title, text, words), (later_title, later_text) = _REPORTS[lang]
    first, later = _article(title, text, lang), _article(later_title, later_text, lang)
    facts = [_fact("killed", (first.id, 0, 2, words))]
    assert _counts(facts, first, later)["killed"] == 2


def test_a_count_in_the_lead_over_one_victim_named_by_age() -> None:
    """Fails on the old code (1: the later report's "death of 21-year-old" won the tie)."""
    first = _article("Two men killed in Toledo", "Two men were shot and killed on Saturday night.")
    later = _article(
        "Man charged in Toledo killing",
        "A man was charged Wednesday in the death of 21-year-old Eric Miller, police said.",
    )
    facts = [
        _fact("killed", (first.id, 0, 2, "Two men"), (later.id, 0, 1, "21-year-old")),
    ]
    assert _counts(facts, first, later)["killed"] == 2


def test_between_two_counts_the_later_report_wins() -> None:
    """Holds on the old code too: "one person was killed" is a count, and tolls change."""
    first = _article("Two killed in Toledo shooting", "Two people were killed on Saturday night.")
    later = _article("One dead in Toledo shooting", "Police now say one person was killed.")
    facts = [_fact("killed", (first.id, 0, 2, "Two people"), (later.id, 0, 1, "one person"))]
    assert _counts(facts, first, later)["killed"] == 1


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Boy, 7, wounded in Macon shooting",
            "5:35 Fatal confrontation caught on store camera Pause  1:21 Man charged in deadly "
            "crash  0:26 School bus driver accused  A 7-year-old boy was shot in the leg on "
            "Sunday in Macon, police said.",
            "en",
        ),
        (
            "Un garçon de 7 ans blessé par balle à Lyon",
            "5:35 Fusillade mortelle filmée par une caméra Pause  1:21 Un homme inculpé  0:26 "
            "Météo du week-end  Un garçon de 7 ans a été blessé par balle à la jambe dimanche à "
            "Lyon.",
            "fr",
        ),
        (
            "Un niño de 7 años herido de bala en Toledo",
            "5:35 Tiroteo mortal grabado por una cámara Pausa  1:21 Detenido un hombre  0:26 El "
            "tiempo  Un niño de 7 años resultó herido de bala en la pierna el domingo en Toledo.",
            "es",
        ),
        (
            "Siebenjähriger in Köln angeschossen",
            "5:35 Tödliche Schüsse von Kamera gefilmt Pause  1:21 Mann festgenommen  0:26 Wetter "
            "am Wochenende  Ein siebenjähriger Junge wurde am Sonntag in Köln angeschossen.",
            "de",
        ),
    ],
)
def test_a_death_in_the_title_of_another_clip_of_the_page_is_no_death(title, text, lang):
    """Fails on the old code (1: the clip title's death was read as this report's)."""
    assert not _counts([], _article(title, text, lang)).get("killed")


def test_a_time_of_day_starts_no_clip_title() -> None:
    """Holds on the old code too: "10:30 p.m." is when, and the page has no video player."""
    article = _article(
        "Man killed in Toledo shooting",
        "10:30 p.m. A man was shot and killed outside a bar on Main Street, police said.",
    )
    assert _counts([], article).get("killed") == 1


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Standoff in Toledo ends",
            "A 20-hour standoff ended with a man killing his 2-year-old son and then taking his "
            "own life, police said.",
            "en",
        ),
        (
            "Drame à Lyon",
            "Un homme a tué son fils de 2 ans avant de se donner la mort, selon la police.",
            "fr",
        ),
        (
            "Tragedia en Toledo",
            "Un hombre mató a su hijo de 2 años antes de quitarse la vida, según la policía.",
            "es",
        ),
        (
            "Familiendrama in Köln",
            "Ein Mann tötete seinen zweijährigen Sohn und nahm sich dann das Leben.",
            "de",
        ),
    ],
)
def test_a_killing_and_the_killer_taking_his_own_life(title, text, lang) -> None:
    """Fails on the old code (1: "taking his own life", "se donner la mort", "quitarse la vida",
    "nahm sich dann das Leben" were no suicide)."""
    assert _counts([], _article(title, text, lang)).get("killed") == 2


@pytest.mark.parametrize(
    ("title", "text", "lang", "killed"),
    [
        (
            "5th person dies after July murder-suicide in Toledo",
            "A fifth person has died after a shooting at a home in July, the sheriff said.",
            "en",
            5,
        ),
        (
            "4th victim of Toledo shooting dies after several days in hospital",
            "A woman shot at a Toledo home last week died on Sunday at a hospital.",
            "en",
            4,
        ),
        (
            "Troisième victime décédée après la fusillade de Lyon",
            "Une femme blessée lors de la fusillade est morte dimanche à l'hôpital.",
            "fr",
            3,
        ),
        (
            "La cuarta víctima del tiroteo de Toledo murió",
            "Una mujer herida en el tiroteo murió el domingo en el hospital.",
            "es",
            4,
        ),
        (
            "Drittes Opfer der Schüsse in Köln gestorben",
            "Eine bei den Schüssen verletzte Frau ist am Sonntag im Krankenhaus gestorben.",
            "de",
            3,
        ),
    ],
)
def test_the_dead_told_by_their_rank_in_a_headline(title, text, lang, killed) -> None:
    """Fails on the old code (1 or 2: the one death read without a number)."""
    assert _counts([], _article(title, text, lang)).get("killed") == killed


def test_a_rank_of_the_accused_is_no_toll() -> None:
    """Holds on the old code too: the second man charged is no second death."""
    article = _article(
        "2nd man charged in Toledo shooting where teen died",
        "A second man was charged Monday in the shooting that killed a teenager, police said.",
    )
    assert _counts([], article).get("killed") == 1
