"""When (en/fr/es/de): a clock time told with a day ("at 11:40 p.m. Wednesday", "mercredi vers
23 h 40", "el miércoles hacia las 23.40", "am Mittwoch gegen 23.40 Uhr") in a sentence telling of
the happening dates it, wherever it stands, unless a follow-up dates it ("arraigned at 2 p.m.
Monday"), or it is a schedule's ("plays at Seattle on Sunday at 3:30 p.m.") or a page's stamp
("March 12, 2015 7:26 AM"); the happening a follow-up verb's day is about is not dated by
that day ("pleaded guilty Monday to killing", "condamné lundi pour la fusillade"); a page's own
stamp in the text ("Created: 08/09/2014 5:14 AM", "Publié le 9 août 2014") is the day the report
was written, which its publication date (the day a copy was crawled) may follow by years."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _when


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Early Thursday morning, police went to a home on Northwest Fourth Place. Neighbors"
            " heard the noise from their homes. Several people ran into the street. The gunmen"
            " opened fire on the family gathering from the doorway of the small home on Northwest"
            " Fourth Place at 11:40 p.m. Wednesday.",
            "en",
        ),
        (
            "Jeudi matin, la police s'est rendue dans une maison de la rue des Lilas. Les voisins"
            " ont entendu le bruit. Plusieurs personnes se sont enfuies dans la rue. La fusillade"
            " a éclaté parmi les invités réunis pour l'anniversaire devant l'entrée de la petite"
            " maison de la rue des Lilas mercredi vers 23 h 40.",
            "fr",
        ),
        (
            "El jueves por la mañana, la policía acudió a una casa de la calle Olmo. Los vecinos"
            " oyeron el ruido. Varias personas huyeron a la calle. El tiroteo estalló entre los"
            " invitados reunidos para el cumpleaños frente a la entrada de la pequeña casa de la"
            " calle Olmo el miércoles hacia las 23.40.",
            "es",
        ),
        (
            "Am Donnerstag früh fuhr die Polizei zu einem Haus in der Ulmenstraße. Die Nachbarn"
            " hörten den Lärm. Mehrere Menschen flohen auf die Straße. Die Schüsse fielen unter"
            " den zur Geburtstagsfeier versammelten Gästen vor dem Eingang des kleinen Hauses in"
            " der Ulmenstraße am Mittwoch gegen 23.40 Uhr.",
            "de",
        ),
    ],
)
def test_a_clock_time_dates_the_happening(text, lang):
    # far from the cue, past the lead: Wednesday night, not the Thursday of the report
    assert _when(text, lang, "2016-07-28").start == date(2016, 7, 27)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a schedule timed to the minute tells of no happening, nor does a follow-up
        (
            "A man was shot and killed on Saturday. New Orleans plays at Seattle on Sunday at"
            " 3:30 p.m. in the playoffs.",
            "2015-04-27",
            date(2015, 4, 25),
        ),
        (
            "A man was shot and killed on Saturday. The suspect was arraigned at 2 p.m. Monday.",
            "2015-04-27",
            date(2015, 4, 25),
        ),
        # a page's stamp with its time is no happening: the night before it
        (
            "March 12, 2015 7:26 AM\n\nA man was shot and killed late Wednesday on the east side.",
            "2015-03-12",
            date(2015, 3, 11),
        ),
    ],
)
def test_a_clock_time_of_a_follow_up_or_a_stamp_dates_no_happening(text, published, day):
    assert _when(text, "en", published).start == day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A Beaumont man pleaded guilty Monday to killing his three siblings. The shooting"
            " happened on March 16 at their home.",
            "en",
        ),
        (
            "Le tribunal l'a condamné lundi pour la fusillade. La fusillade a eu lieu le 16 mars"
            " dans leur maison.",
            "fr",
        ),
        (
            "Un juez lo condenó el lunes por el tiroteo. El tiroteo ocurrió el 16 de marzo en su"
            " casa.",
            "es",
        ),
        (
            "Das Gericht verurteilte ihn am Montag wegen der Schüsse auf seine Geschwister. Die"
            " Schüsse fielen am 16. März in ihrem Haus.",
            "de",
        ),
    ],
)
def test_a_follow_ups_day_dates_not_the_happening_it_is_about(text, lang):
    assert _when(text, lang, "2015-11-30").start == date(2015, 3, 16)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Minneapolis police are investigating a shooting inside a downtown nightclub, which"
            " injured nine people early Saturday.\n\nCreated: 08/09/2014 5:14 AM",
            "en",
        ),
        (
            "Publié le 9 août 2014 à 05h14\n\nNeuf personnes ont été blessées samedi dans une"
            " fusillade dans une boîte de nuit du centre-ville.",
            "fr",
        ),
        (
            "Publicado el 9 de agosto de 2014\n\nNueve personas resultaron heridas el sábado en un"
            " tiroteo en una discoteca del centro.",
            "es",
        ),
        (
            "Veröffentlicht am 09.08.2014\n\nNeun Menschen wurden am Samstag bei Schüssen in einer"
            " Diskothek in der Innenstadt verletzt.",
            "de",
        ),
    ],
)
def test_a_page_stamp_goes_before_a_later_publication_date(text, lang):
    when = _when(text, lang, "2017-01-28")  # the day a copy was crawled, a Saturday too
    assert (when.start, when.estimated) == (date(2014, 8, 9), False)


def test_a_captions_stamp_is_no_page_stamp():
    # a video's caption dates the video, often of another story
    text = (
        "Four teenagers were shot at a park Wednesday, police said. An earlier story's video."
        " (Published Wednesday, May 4, 2011)"
    )
    assert _when(text, "en", "2013-03-14").start == date(2013, 3, 13)
