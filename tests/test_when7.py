"""When (en/fr/es/de): a victim's death follows the happening ("shot about 10:30 p.m. Saturday",
"died Sunday": the happening's day is Saturday); a gunshot heard dates the happening; an update's
heading ("UPDATE 4:15 p.m. Friday:", "MISE À JOUR vendredi à 16 h 15 :") is the page's stamp, not
the happening; a page stamp moves the report's day only from the report's head, not from a
sidebar further down ("Posted: Monday, May 2, 2011" of another story); a dateline's date ("JAY
COUNTY, Ind. (Nov. 18, 2015) —", "LYON (18 novembre 2015) –") is the report's day, not the
happening's; a call-out timed to the minute ("officers responded just after 4:30 p.m. Tuesday",
"les secours sont intervenus mardi vers 16 h 30") dates the happening; the day a victim is identified
("identified Sunday as", "identifié dimanche") follows it."""

from __future__ import annotations

from datetime import date

import pytest
from test_event_record import _when


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A teenager who was hit in a drive-by during his birthday party died Sunday at the"
            " hospital, the sheriff's office said on Monday. His family gathered outside. Friends"
            " left flowers at the house. The shooting was reported at about 10:30 p.m. Saturday"
            " at a home on Kingsland Avenue.",
            "en",
        ),
        (
            "Un adolescent atteint lors de son anniversaire est mort dimanche à l'hôpital, a"
            " indiqué lundi le bureau du shérif. Sa famille s'est réunie devant la maison. Des"
            " amis ont déposé des fleurs. Les tirs ont éclaté samedi vers 22 h 30 devant une"
            " maison de l'avenue Kingsland.",
            "fr",
        ),
        (
            "Un adolescente alcanzado durante su cumpleaños murió el domingo en el hospital,"
            " informó el lunes la oficina del sheriff. Su familia se reunió frente a la casa."
            " Unos amigos dejaron flores. Los disparos se produjeron el sábado hacia las 22.30"
            " frente a una casa de la avenida Kingsland.",
            "es",
        ),
        (
            "Ein Jugendlicher, der bei seiner Geburtstagsfeier getroffen worden war, starb am"
            " Sonntag im Krankenhaus, teilte das Büro des Sheriffs am Montag mit. Seine Familie"
            " versammelte sich vor dem Haus. Freunde legten Blumen nieder. Die Schüsse fielen am"
            " Samstag gegen 22.30 Uhr vor einem Haus in der Kingsland Avenue.",
            "de",
        ),
    ],
)
def test_a_death_dates_not_the_happening_it_followed(text, lang):
    assert _when(text, lang, "2016-10-24").start == date(2016, 10, 22)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a death told alone dates its happening: nothing else is dated
        ("A man died Sunday after a shooting on Elm Street, police said.", "2016-10-24", 23),
        # a happening more than a week before the death is another story
        (
            "A man died Sunday at the hospital. Police said an unrelated shooting took place on"
            " Oct. 8 near the school.",
            "2016-10-24",
            23,
        ),
    ],
)
def test_a_death_alone_or_long_after_keeps_its_day(text, published, day):
    assert _when(text, "en", published).start == date(2016, 10, day)


def test_a_gunshot_heard_dates_the_happening():
    text = (
        "A three-year-old died early Monday morning hours after police say he found a gun and"
        " accidentally shot himself. The sound of a gunshot woke the couple about 10:30 p.m."
        " Sunday."
    )
    assert _when(text, "en", "2016-09-12").start == date(2016, 9, 11)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "UPDATE 4:15 p.m. Friday: The wounded officer is in good spirits. A police officer was"
            " shot during a traffic stop Thursday night.",
            "en",
        ),
        (
            "MISE À JOUR vendredi à 16 h 15 : le policier blessé va mieux. Un policier a été blessé"
            " par balle jeudi soir lors d'un contrôle routier.",
            "fr",
        ),
        (
            "ACTUALIZACIÓN viernes 16.15: el policía herido se recupera. Un policía resultó herido"
            " de bala el jueves por la noche durante un control de tráfico.",
            "es",
        ),
        (
            "AKTUALISIERUNG Freitag, 16.15 Uhr: Der bei den Schüssen verletzte Polizist ist"
            " wohlauf. Ein Polizist wurde am Donnerstag spätabends bei einer Verkehrskontrolle"
            " durch Schüsse verletzt.",
            "de",
        ),
    ],
)
def test_an_updates_heading_dates_no_happening(text, lang):
    assert _when(text, lang, "2016-12-30").start == date(2016, 12, 29)


@pytest.mark.parametrize(
    ("stamp", "lang", "story"),
    [
        (
            "Posted: Monday, May 2, 2011 8:00 AM",
            "en",
            "A man was shot and killed Thursday night on Elm Street. Neighbours heard the noise."
            " Police closed the street. Officers searched the area. Related stories: Man hurt on"
            " Oak Street",
        ),
        (
            "Publié le lundi 2 mai 2011",
            "fr",
            "Un homme a été tué par balle jeudi soir rue des Ormes. Les voisins ont entendu le"
            " bruit. La police a fermé la rue. Les agents ont fouillé le quartier. À lire aussi :"
            " un homme blessé rue des Chênes",
        ),
        (
            "Publicado el lunes 2 de mayo de 2011",
            "es",
            "Un hombre murió tiroteado el jueves por la noche en la calle Olmo. Los vecinos oyeron"
            " el ruido. La policía cerró la calle. Los agentes registraron la zona. Noticias"
            " relacionadas: un herido en la calle Roble",
        ),
        (
            "Veröffentlicht am Montag, 2. Mai 2011",
            "de",
            "Ein Mann wurde am Donnerstag in der Ulmenstraße erschossen. Die Nachbarn hörten den"
            " Lärm. Die Polizei sperrte die Straße. Beamte durchsuchten die Gegend. Mehr zum"
            " Thema: Ein Verletzter in der Eichenstraße",
        ),
    ],
)
def test_a_sidebars_stamp_is_not_the_reports_own(stamp, lang, story):
    # far below the report's head: another story's day, which must not move the report's own
    assert _when(f"{story} {stamp}", lang, "2016-05-06").start == date(2016, 5, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "JAY COUNTY, Ind. (Nov. 18, 2015) — A 15-year-old boy was accidentally shot by his"
            " friend while they were hunting deer. The boy was hit in the leg Tuesday afternoon.",
            "en",
        ),
        (
            "LYON (18 novembre 2015) – Un garçon de 15 ans a été blessé par balle par un ami lors"
            " d'une partie de chasse. Il a été blessé à la jambe mardi après-midi.",
            "fr",
        ),
        (
            "TOLEDO (18 de noviembre de 2015) – Un chico de 15 años resultó herido de bala por un"
            " amigo durante una cacería. Fue herido en la pierna el martes por la tarde.",
            "es",
        ),
        (
            "KÖLN (18. November 2015) – Ein 15-Jähriger wurde bei einer Jagd von einem Freund"
            " durch Schüsse verletzt. Er wurde am Dienstag am Bein verletzt.",
            "de",
        ),
    ],
)
def test_a_datelines_date_is_the_reports_not_the_happenings(text, lang):
    assert _when(text, lang, "2015-11-18").start == date(2015, 11, 17)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "SAVANNAH, GA (August 2, 2015): An argument ended in a shooting that injured five"
            " bystanders early this morning.",
            "en",
        ),
        (
            "LYON (2 août 2015) : Une dispute a fini en fusillade, faisant cinq blessés ce matin.",
            "fr",
        ),
        (
            "TOLEDO (2 de agosto de 2015): Una pelea terminó en un tiroteo que hirió a cinco"
            " personas esta mañana.",
            "es",
        ),
        (
            "KÖLN (2. August 2015): Ein Streit endete mit Schüssen, bei denen heute morgen fünf"
            " Menschen verletzt wurden.",
            "de",
        ),
    ],
)
def test_a_datelines_date_goes_before_a_later_publication_date(text, lang):
    assert _when(text, lang, "2017-01-05").start == date(2015, 8, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police said Wednesday a boy, 12, was wounded at his home on Elm Street. Neighbours"
            " gathered outside. The family declined to comment. Officers responded to the home"
            " just after 4:30 p.m. Tuesday.",
            "en",
        ),
        (
            "La police a indiqué mercredi qu'un garçon de 12 ans avait été blessé chez lui rue des"
            " Ormes. Les voisins se sont rassemblés. La famille n'a pas souhaité s'exprimer. Les"
            " secours sont intervenus mardi vers 16 h 30 au domicile.",
            "fr",
        ),
        (
            "La policía informó el miércoles que un niño de 12 años resultó herido en su casa de la"
            " calle Olmo. Los vecinos se reunieron afuera. La familia no quiso hacer"
            " declaraciones. Los agentes acudieron a la vivienda el martes hacia las 16.30.",
            "es",
        ),
        (
            "Die Polizei teilte am Mittwoch mit, dass ein 12-Jähriger in seiner Wohnung in der"
            " Ulmenstraße verletzt wurde. Nachbarn versammelten sich vor dem Haus. Die Familie"
            " wollte sich nicht äußern. Die Polizei wurde am Dienstag gegen 16.30 Uhr alarmiert.",
            "de",
        ),
    ],
)
def test_a_timed_call_out_dates_the_happening(text, lang):
    assert _when(text, lang, "2015-11-18").start == date(2015, 11, 17)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A man killed in a shooting outside a bar was identified Sunday as Dejuan Gladney, 18."
            " The shooting happened early Saturday outside the clubhouse.",
            "en",
        ),
        (
            "Un homme tué lors d'une fusillade devant un bar a été identifié dimanche : il s'agit"
            " de Dejuan Gladney, 18 ans. La fusillade a eu lieu samedi devant le club.",
            "fr",
        ),
        (
            "Un hombre muerto en un tiroteo frente a un bar fue identificado el domingo como"
            " Dejuan Gladney, de 18 años. El tiroteo ocurrió el sábado frente al club.",
            "es",
        ),
        (
            "Ein bei Schüssen vor einer Bar getöteter Mann wurde am Sonntag als der 18-jährige"
            " Dejuan Gladney identifiziert. Die Schüsse fielen am Samstag vor dem Club.",
            "de",
        ),
    ],
)
def test_the_day_a_victim_is_identified_follows_the_happening(text, lang):
    assert _when(text, lang, "2013-10-07").start == date(2013, 10, 5)
