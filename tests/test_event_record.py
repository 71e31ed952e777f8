"""The event record on real-style sentences in en, fr, es, de: datelines, local forces, home
towns, counties, relative weekdays across a month end, a place named like a person, two towns;
and the seed reports' record."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsfuse.event.how_many import event_counts
from newsfuse.event.place import event_places
from newsfuse.event.when import event_when, report_days, stamp_day
from newsfuse.event.where import PlaceVotes, common_words, event_place, report_votes
from newsfuse.language import split_sentences
from newsfuse.records import (
    HEADLINE,
    Article,
    EventType,
    Fact,
    PlacePrecision,
    Qualifier,
    SourceValue,
)


def _article(title: str, text: str, lang: str = "en", published: str | None = "2016-05-01"):
    when = datetime.fromisoformat(published) if published else None
    return Article(
        id=f"a{abs(hash((title, text))) % 10**8}",
        text=text,
        title=title,
        language=lang,
        published=when,
    )


def _when(text: str, lang: str, published: str | None):
    """The record's day of one report titled "Report"."""
    article = _article("Report", text, lang, published)
    return event_when(report_days(article, split_sentences(text, article.id, lang)))


def _places(*articles: Article):
    votes = PlaceVotes()
    common = common_words([t for a in articles for t in (a.title, a.text)])
    for a in articles:
        votes.add(report_votes(a, split_sentences(a.text, a.id, a.language), common))
    return event_places(event_place(votes), votes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town", "admin1", "country"),
    [
        # a US dateline with its state
        (
            "Man shot",
            "GAINESVILLE, Fla. - One person was killed on Sunday.",
            "en",
            "Gainesville",
            "Florida",
            "US",
        ),
        # a dateline of another country
        (
            "Blast kills 16",
            "ALEPPO, Syria (Reuters) - A blast killed 16 people on Sunday.",
            "en",
            "Aleppo",
            "Aleppo",
            "SY",
        ),
        # the local force names its town, in English, French, Spanish and German
        (
            "Man shot",
            "Albuquerque police said a man was shot on Friday.",
            "en",
            "Albuquerque",
            "New Mexico",
            "US",
        ),
        (
            "Un homme blessé par balle",
            "Un homme a été blessé samedi, a indiqué la police de Lyon.",
            "fr",
            "Lyon",
            None,
            "FR",
        ),
        (
            "Un muerto en un tiroteo",
            "Un hombre murió el sábado, informó la policía de Culiacán.",
            "es",
            "Culiacán",
            "Sinaloa",
            "MX",
        ),
        (
            "Mann angeschossen",
            "Ein Mann wurde am Samstag verletzt, teilte die Polizei in Köln mit.",
            "de",
            "Köln",
            None,
            "DE",
        ),
        # where someone lives weighs less than where it happened: "a Helena man", "habitant de"
        (
            "Man shot",
            "A Helena man was shot in Great Falls, Mont., on Sunday.",
            "en",
            "Great Falls",
            "Montana",
            "US",
        ),
        (
            "Fusillade",
            "Un habitant de Nîmes a été tué à Marseille dimanche soir.",
            "fr",
            "Marseille",
            None,
            "FR",
        ),
        # a place named like a person: "Chester Daniels" is a man, Kingsport the town
        (
            "Vigil held",
            "The family of Chester Daniels said he was kind. Friends of Chester"
            " Daniels gathered on Sunday. Police in Kingsport are investigating.",
            "en",
            "Kingsport",
            "Tennessee",
            "US",
        ),
        # the county named tells the town from a bigger namesake
        (
            "Man shot",
            "A man was shot on Lavender Road in Jefferson, Jackson County deputies said.",
            "en",
            "Jefferson",
            "Georgia",
            "US",
        ),
        # a function word is no place; a town after "en" is
        (
            "Balacera",
            "Más de diez personas murieron en Culiacán, Sinaloa, el lunes.",
            "es",
            "Culiacán",
            "Sinaloa",
            "MX",
        ),
    ],
)
def test_the_town_is_read_where_a_place_stands(title, text, lang, town, admin1, country):
    place = _places(_article(title, text, lang))[0]
    assert place.precision is PlacePrecision.TOWN
    assert (place.name, place.country) == (town, country)
    if admin1:
        assert place.admin1 == admin1
    assert place.evidence


@pytest.mark.slow
def test_a_county_alone_is_the_place_and_a_state_name_is_the_state():
    place = _places(_article("Teen hurt in Cowley County", "A Cowley County teen was hurt."))[0]
    assert (place.name, place.admin1) == ("Cowley County", "Kansas")
    # Louisiana, Mo. exists; "a Louisiana man" names the state
    place = _places(_article("Louisiana man shot", "A Louisiana man was shot on Friday."))[0]
    assert (place.precision, place.name) == (PlacePrecision.ADMIN1, "Louisiana")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "lang", "town", "country"),
    [
        # a street, a business's possessive are no towns
        (
            "Shooting",
            "The shooting happened at Second Street and Todd Place, Sarasota police said.",
            "en",
            "Sarasota",
            "US",
        ),
        ("Shooting", "It happened at Kay's Lounge, Sarasota police said.", "en", "Sarasota", "US"),
        (
            "Fusillade",
            "Un homme a été blessé rue de Lyon, a indiqué la police de Nîmes.",
            "fr",
            "Nîmes",
            "FR",
        ),
        (
            "Tiroteo",
            "Un hombre murió en la calle Toledo, informó la policía de Culiacán.",
            "es",
            "Culiacán",
            "MX",
        ),
        (
            "Schüsse",
            "Ein Mann wurde an der Kölner Straße verletzt, teilte die Polizei in Bonn mit.",
            "de",
            "Bonn",
            "DE",
        ),
        # "Miami's Overtown": a part of Miami (Overtown is also a Scottish village)
        (
            "Five shot in Miami's Overtown",
            "Five people were shot in Overtown on Sunday.",
            "en",
            "Miami",
            "US",
        ),
        # names agree on a country: Chester with Delaware County is Pennsylvania's, not England's
        (
            "Cops consider link between Chester shootings",
            "CHESTER — Two men were shot on Sunday. Delaware County detectives are investigating.",
            "en",
            "Chester",
            "US",
        ),
    ],
)
def test_streets_businesses_and_parts_are_no_towns(title, text, lang, town, country):
    place = _places(_article(title, text, lang))[0]
    assert (place.name, place.country) == (town, country)


@pytest.mark.slow
def test_the_names_of_the_reports_agree_on_a_region():
    # Brooklyn (New York) and East New York, whatever a digression says of Iowa
    places = _places(
        _article("Brooklyn baby shot", "A baby was shot in Brooklyn, police said."),
        _article("Baby shot in East New York", "The shooting happened in East New York."),
        _article("Baby shot", "A baby was shot in Brooklyn. In Iowa, a hunter was hurt."),
    )
    assert (places[0].name, places[0].admin1) == ("Brooklyn", "New York")


@pytest.mark.slow
def test_an_event_in_two_towns_names_both():
    places = _places(
        _article(
            "Deux attaques", "Des tirs ont fait deux morts à Marseille et à Toulon samedi.", "fr"
        ),
        _article(
            "Two attacks", "Gunmen killed two people in Marseille and in Toulon on Saturday.", "en"
        ),
    )
    assert {p.name for p in places} >= {"Marseille", "Toulon"}


@pytest.mark.parametrize(
    ("text", "lang", "published", "day"),
    [
        # relative weekdays across a month end: published Friday 2 Dec, "on Wednesday" = 30 Nov
        ("The offensive began on Wednesday, the monitor said.", "en", "2016-12-02", "2016-11-30"),
        ("L'offensive a commencé mercredi soir, selon l'ONG.", "fr", "2016-12-02", "2016-11-30"),
        (
            "La ofensiva comenzó el miércoles, según el observatorio.",
            "es",
            "2016-12-02",
            "2016-11-30",
        ),
        (
            "Die Offensive begann am Mittwoch, teilte die Beobachtungsstelle mit.",
            "de",
            "2016-12-02",
            "2016-11-30",
        ),
        ("Un homme a été tué hier à Lyon.", "fr", "2016-03-01", "2016-02-29"),
        ("A man was shot last night in Toledo.", "en", "2016-03-01", "2016-02-29"),
        # the day it was told ("police said Tuesday") weighs less than the day it reports
        (
            "A man was shot on Monday night. Police said on Tuesday that he is recovering.",
            "en",
            "2016-01-05",
            "2016-01-04",
        ),
    ],
)
def test_the_day_is_the_happenings_not_the_publications(text, lang, published, day):
    when = _when(text, lang, published)
    assert (str(when.start), when.precision) == (day, "day")
    assert when.evidence


@pytest.mark.parametrize(
    ("text", "lang", "published", "day"),
    [
        # the page's stamp and a weekday naming a calendar date are no vote of their own
        (
            "Man shot Posted: Tuesday, January 28, 2014. A man was shot on Sunday night.",
            "en",
            "2014-01-28",
            "2014-01-26",
        ),
        (
            "Mis à jour le 28 janvier 2014. Un homme a été tué dimanche soir.",
            "fr",
            "2014-01-28",
            "2014-01-26",
        ),
        # a plan is no happening: "the funeral will be Saturday", "aura lieu samedi"
        (
            "A man was shot Friday night. His funeral will be held Saturday.",
            "en",
            "2014-02-11",
            "2014-02-07",
        ),
        (
            "Un homme a été tué vendredi soir. Les obsèques auront lieu samedi.",
            "fr",
            "2014-02-11",
            "2014-02-07",
        ),
        # the happening's day outweighs an arrest's or a hearing's
        (
            "The shooting happened Sunday night. A suspect was arrested Monday and arraigned"
            " Tuesday.",
            "en",
            "2014-03-05",
            "2014-03-02",
        ),
        (
            "El hombre murió el domingo. El sospechoso fue detenido el lunes.",
            "es",
            "2014-03-05",
            "2014-03-02",
        ),
        (
            "Der Mann wurde am Sonntag erschossen. Der Verdächtige wurde am Montag festgenommen.",
            "de",
            "2014-03-05",
            "2014-03-02",
        ),
        # a page's stamp naming its weekday ("Posted: Monday, November 3, 2014") is no vote
        (
            "Teen's death under investigation Posted: Monday, November 3, 2014 4:20 PM EST. A teen"
            " was shot and killed on Saturday night.",
            "en",
            "2014-11-03",
            "2014-11-01",
        ),
        (
            "Mis à jour le lundi 3 novembre 2014. Un adolescent a été tué samedi soir.",
            "fr",
            "2014-11-03",
            "2014-11-01",
        ),
        (
            "Actualizado el lunes, 3 de noviembre de 2014. Un joven murió el sábado.",
            "es",
            "2014-11-03",
            "2014-11-01",
        ),
        # the day the authorities acted on it is no day of the happening
        (
            "Authorities Monday identified a man who was killed in a shooting Saturday night.",
            "en",
            "2014-11-03",
            "2014-11-01",
        ),
        # a trial report months later dates the happening by its calendar date
        ("Toledo man found guilty in the May 25 fatal shooting.", "en", "2014-11-18", "2014-05-25"),
    ],
)
def test_what_a_date_expression_dates(text, lang, published, day):
    when = _when(text, lang, published)
    assert str(when.start) == day and not when.estimated


_LATER = {
    "en": "Background. More background. Troops had entered the town on Tuesday during an offensive.",
    "fr": "Contexte. Autre contexte. Les troupes étaient entrées dans la ville mardi lors d'une"
    " offensive.",
    "es": "Contexto. Más contexto. Las tropas entraron en la ciudad el martes durante una ofensiva.",
    "de": "Hintergrund. Mehr Hintergrund. Die Truppen waren am Dienstag bei einer Offensive in die"
    " Stadt eingerückt.",
}


@pytest.mark.parametrize(
    ("text", "lang", "published", "day"),
    [
        # the publication day itself, when the report says its happening was that day, outweighs
        # a day further down (Sunday 22 Feb 2015; "Tuesday" is the 17th)
        (
            "A suicide bomber killed four people in a hospital on Sunday.",
            "en",
            "2015-02-22",
            "2015-02-22",
        ),
        (
            "Un kamikaze a tué quatre personnes dimanche dans un hôpital.",
            "fr",
            "2015-02-22",
            "2015-02-22",
        ),
        (
            "Un suicida mató a cuatro personas el domingo en un hospital.",
            "es",
            "2015-02-22",
            "2015-02-22",
        ),
        (
            "Ein Selbstmordattentäter hat am Sonntag vier Menschen getötet.",
            "de",
            "2015-02-22",
            "2015-02-22",
        ),
        # the start of a span is no day of a happening
        (
            "Fighters were killed on Sunday. Toll rises to 132 killed since Tuesday.",
            "en",
            "2015-02-22",
            "2015-02-22",
        ),
        (
            "Des combattants ont été tués dimanche. 132 tués depuis mardi.",
            "fr",
            "2015-02-22",
            "2015-02-22",
        ),
        (
            "Combatientes murieron el domingo. 132 muertos desde el martes.",
            "es",
            "2015-02-22",
            "2015-02-22",
        ),
        (
            "Kämpfer wurden am Sonntag getötet. 132 Tote seit Dienstag.",
            "de",
            "2015-02-22",
            "2015-02-22",
        ),
    ],
)
def test_the_reports_own_day_and_a_spans_start(text, lang, published, day):
    text = f"{text} {_LATER[lang]}"
    when = _when(text, lang, published)
    assert str(when.start) == day and not when.estimated


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Air strikes killed 15 people on Monday. The area came under a massive attack on"
            " Thursday after rebels fired rockets.",
            "en",
        ),
        (
            "Des frappes aériennes ont tué 15 personnes lundi. La zone avait subi une attaque"
            " jeudi après des tirs de roquettes.",
            "fr",
        ),
        (
            "Bombardeos mataron a 15 personas el lunes. La zona sufrió un ataque el jueves tras"
            " disparos de cohetes.",
            "es",
        ),
        (
            "Luftangriffe haben am Montag 15 Menschen getötet. Das Gebiet war am Donnerstag nach"
            " Schüssen Ziel eines Angriffs.",
            "de",
        ),
    ],
)
def test_a_report_tells_one_happening_first(text, lang):
    """Two days dated alike: the one the report says first is its happening's, the other is
    background (published Monday 9 Feb 2015; "Thursday" is the 5th)."""
    article = _article("Report", text, lang, "2015-02-09")
    votes = report_days(article, split_sentences(text, article.id, lang))
    assert event_when(votes).start == date(2015, 2, 9)
    assert votes.days[date(2015, 2, 5)] < votes.days[date(2015, 2, 9)]


def test_the_event_happened_by_its_first_report_else_it_is_estimated():
    first = _article(
        "Five hurt", "Five people were injured early this morning.", "en", "2014-01-12"
    )
    later = _article(
        "Teen charged", "A teen was charged after a dispute Wednesday.", "en", "2014-01-24"
    )
    votes = report_days(first, split_sentences(first.text, first.id, "en"))
    votes.add(report_days(later, split_sentences(later.text, later.id, "en")))
    assert event_when(votes).start == date(2014, 1, 12)  # not the later report's Wednesday
    silent = _article("Five hurt", "Five people were injured in a shooting.", "en", "2014-01-12")
    when = event_when(report_days(silent, split_sentences(silent.text, silent.id, "en")))
    assert (when.start, when.estimated) == (date(2014, 1, 12), True)
    assert when.evidence[0].text == "reported on 2014-01-12"


def test_an_undated_report_takes_its_date_stamp_else_no_day():
    text = "Sun 10 Jul 2016 29 rebels dead in fighting. They were killed overnight on Saturday."
    article = _article("29 dead", text, "en", None)
    when = event_when(report_days(article, split_sentences(text, article.id, "en")))
    assert when.start == date(2016, 7, 9)
    text = "The offensive began on Wednesday."
    article = _article("Offensive", text, "en", None)
    when = event_when(report_days(article, split_sentences(text, article.id, "en")))
    assert (when.start, when.precision) == (None, "unknown")
    assert "Wednesday" in when.evidence[0].text  # the reports' own words, never a file's mtime


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two died in a fire. [Downloaded on 3 May 2015]", "en"),
        ("Deux morts dans un incendie. Consulté le 3 mai 2015.", "fr"),
        ("Dos muertos en un incendio. Consultado el 3 de mayo de 2015.", "es"),
        ("Zwei Tote bei einem Brand. Abgerufen am 3. Mai 2015.", "de"),
    ],
)
def test_the_day_a_copy_was_saved_never_dates_the_happening(text, lang):
    article = _article("Fire", text, lang, "2015-05-10")
    when = event_when(report_days(article, split_sentences(text, article.id, lang)))
    assert (when.start, when.estimated) == (date(2015, 5, 10), True)  # only its report's day


@pytest.mark.slow
def test_the_seed_reports_record(seeds_dir, tmp_path):
    from newsfuse.pipeline import Pipeline
    from newsfuse.store import Store

    with Store(tmp_path / "seeds.db") as store:
        Pipeline(store).run([seeds_dir])
        (record,) = store.records()
    assert record.what is EventType.ARMED_CLASH
    assert [(p.name, p.admin1, p.country) for p in record.where[:2]] == [
        ("Aleppo", "Aleppo", "SY"),
        ("Idlib", "Idlib", "SY"),
    ]
    killed = record.how_many[0]
    # the war's "half a million dead" is another fact: no figure of this count
    assert (killed.measure, killed.best, killed.low, killed.high) == ("killed", 255, 240, 255)
    assert "Syrian Observatory for Human Rights" in killed.authorities
    civilians = next(c for c in record.how_many if c.subject == "civilians")
    assert (civilians.low, civilians.high) == (24, 27)
    actors = {(a.name, a.role.value) for a in record.who}
    assert ("Hayat Tahrir al-Sham", "perpetrator") in actors
    assert ("Syrian Arab Army", "target") in actors
    # an actor is on one side: never both perpetrator and target of the same event
    sides = {name for name, role in actors if role == "perpetrator"}
    assert not sides & {name for name, role in actors if role == "target"}
    # the monitor the reports cite is an authority, never a perpetrator ("SOHR reported ...")
    assert ("Syrian Observatory for Human Rights", "authority") in actors
    assert ("Syrian Observatory for Human Rights", "perpetrator") not in actors
    # "the province of Idlib", "Aleppo and Idlib provinces", never "Idlib city": the governorate
    assert record.where[1].precision is PlacePrecision.ADMIN1
    # the seeds carry no publication date: "began on Wednesday" cannot be a calendar day
    assert record.when.start is None and record.when.evidence


def _fact(measure: str, *values: tuple[str, int | None, float, str]) -> Fact:
    """A reconciled fact of (article id, sentence index, figure, evidence) statements."""
    stated = [
        SourceValue(f"c{i}", aid, None, x, x, Qualifier.EXACT, ev, value=x, sentence_index=index)
        for i, (aid, index, x, ev) in enumerate(values)
    ]
    best = stated[0].value if stated else None
    return Fact(f"f-{measure}", "e", measure, "people", None, stated, best=best)


def _counts(facts: list[Fact], *articles: Article) -> dict[str, float | None]:
    sentences = {a.id: split_sentences(a.text, a.id, a.language) for a in articles}
    return {c.measure: c.best for c in event_counts(facts, articles, sentences) if c.subject}


@pytest.mark.parametrize(
    ("title", "text", "lang", "killed"),
    [
        ("Man kills wife, then himself", "A man shot and killed his wife, then himself.", "en", 2),
        (
            "Drame familial",
            "Un homme a tué sa femme avant de se suicider, selon la police.",
            "fr",
            2,
        ),
        ("Tragedia", "Un hombre mató a su esposa y luego se suicidó.", "es", 2),
        ("Familiendrama", "Ein Mann erschoss seine Frau und tötete sich dann selbst.", "de", 2),
        ("Student dies", "A student died after a shooting on campus.", "en", 1),
        # deaths told as many without a number are no single death
        ("Fusillade", "Plusieurs personnes ont été tuées dans la nuit.", "fr", None),
    ],
)
def test_a_death_told_without_a_number(title, text, lang, killed):
    assert _counts([], _article(title, text, lang)).get("killed") == killed


def test_each_report_says_its_own_figure_and_a_headline_of_the_hurt_tells_no_death():
    # the headline's toll, not the victims the text goes on to count one by one
    family = _article("5 dead after officer kills family", "He killed his wife, two children.")
    killed = _fact(
        "killed", (family.id, HEADLINE, 5, "5 dead"), (family.id, 0, 3, "his wife, two children")
    )
    assert _counts([killed], family)["killed"] == 5
    # "Elgin shooting leaves 5 injured": no one died, whatever the page goes on with
    elgin = _article("Elgin shooting leaves 5 injured", "A boy killed in a crash was mourned.")
    hurt = _fact("injured", (elgin.id, HEADLINE, 5, "5 injured"))
    dead = _fact("killed", (elgin.id, 0, 1, "A boy"))
    assert _counts([hurt, dead], elgin) == {"killed": 0, "injured": 5}
    for title, lang in (("Cinq blessés dans une fusillade", "fr"), ("Drei Verletzte", "de")):
        report = _article(title, "Texte.", lang)
        counts = _counts([_fact("injured", (report.id, HEADLINE, 5, title))], report)
        assert counts["killed"] == 0


@pytest.mark.parametrize(
    ("title", "measure", "lang"),
    [
        ("Two Hunters Shot in Hunting Accident", "shot", "en"),
        ("Deux chasseurs blessés lors d'une battue", "injured", "fr"),
        ("Dos cazadores heridos en una cacería", "injured", "es"),
        ("Zwei Jäger bei Treibjagd verletzt", "injured", "de"),
    ],
)
def test_a_headline_figure_with_no_noun_counts_also_when_the_text_repeats_the_title(
    title, measure, lang
):
    # a figure the subject words cannot name ("Two Hunters") counts only in a headline: the
    # title's own sentence, or the text's first when the page repeats its title there
    number = title.split()[0]
    repeated = _article(title, f"{title}\nThe sheriff said both were taken to a hospital.", lang)
    elsewhere = _article("Hunting season opens", f"{title}.\nMore follows.", lang)
    for report, injured in ((repeated, 2), (elsewhere, None)):
        value = SourceValue(
            "c0", report.id, None, 2, 2, Qualifier.EXACT, number, value=2, sentence_index=0
        )
        fact = Fact(f"f-{measure}", "e", measure, "", None, [value], best=2)
        sentences = {report.id: split_sentences(report.text, report.id, lang)}
        counts = {c.measure: c.best for c in event_counts([fact], [report], sentences)}
        assert counts.get("injured") == injured


def test_equally_supported_tolls_go_to_the_latest_report():
    early = _article("3 shot in van", "Three wounded people arrived.", published="2016-05-01")
    late = _article("Four injured", "Four were wounded.", published="2016-05-02")
    hurt = _fact("injured", (early.id, 0, 3, "three wounded"), (late.id, 0, 4, "Four"))
    assert _counts([hurt], early, late)["injured"] == 4


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Air strikes kill 20 Monitor AFP Monday 22 Sep 2014 Air strikes killed 20.",
            "en",
            "2014-09-22",
        ),
        ("14-05-2016 Syria Five Civilians Killed in Qamishli.", "en", "2016-05-14"),
        ("Publié le 10 juillet 2016. Cinq civils ont été tués samedi.", "fr", "2016-07-10"),
        ("10 de julio de 2016. Cinco civiles murieron el sábado.", "es", "2016-07-10"),
        ("Veröffentlicht am 10. Juli 2016. Fünf Zivilisten wurden getötet.", "de", "2016-07-10"),
        ("The offensive began on Wednesday.", "en", None),  # no stamp: no day, never an mtime
        # the day a copy was saved is no stamp: the next dated one is, else none
        ("Posted 1 year ago [downloaded on 2 October 2013]\nThe director quit.", "en", None),
        ("[Accessed on 3 May 2015] Published 1 May 2015. Two died.", "en", "2015-05-01"),
        ("Consulté le 2 octobre 2013. Le maire a démissionné mardi.", "fr", None),
        ("Consultado el 2 de octubre de 2013. 10 de julio de 2013.", "es", "2013-07-10"),
        ("Abgerufen am 2. Oktober 2013. Der Bürgermeister trat zurück.", "de", None),
    ],
)
def test_an_undated_reports_stamp(text, lang, day):
    article = _article("Report", text, lang, None)
    assert str(stamp_day(article)) == str(day)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army killed over 100 fighters in Deir Ezzor on Sunday.", "en"),
        ("L'armée a tué plus de 100 combattants à Deir Ezzor dimanche.", "fr"),
        ("El ejército mató a más de 100 combatientes en Deir Ezzor el domingo.", "es"),
        ("Die Armee tötete am Sonntag in Deir Ezzor mehr als 100 Kämpfer.", "de"),
    ],
)
def test_a_big_places_transliteration_is_that_place(text, lang):
    place = _places(_article("Report", text, lang))[0]
    assert (place.name, place.country) == ("Deir ez-Zor", "SY")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("BEIRUT (Reuters) - Air strikes killed 20 people in Idlib on Sunday.", "en"),
        ("BEYROUTH (AFP) - Des frappes ont tué 20 personnes à Idlib dimanche.", "fr"),
        ("BEIRUT (EFE) - Los bombardeos mataron a 20 personas en Idlib el domingo.", "es"),
        ("BEIRUT (dpa) - Luftangriffe töteten am Sonntag in Idlib 20 Menschen.", "de"),
    ],
)
def test_a_wire_agencys_bureau_dateline_is_not_the_scene(text, lang):
    place = _places(_article("Report", text, lang))[0]
    assert (place.name, place.country) == ("Idlib", "SY")


@pytest.mark.slow
def test_an_abbreviated_saint_is_the_town_not_a_foreign_region():
    text = "ST. LOUIS (KMOX) – Three armed men walked into a south St. Louis bar late Tuesday."
    place = _places(_article("Bar robbery", text))[0]
    assert (place.name, place.admin1, place.country) == ("St. Louis", "Missouri", "US")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "precision"),
    [
        ("Fighting raged across Idlib province. Strikes hit Idlib on Sunday.", "en", "admin1"),
        (
            "Les combats font rage dans la province d'Idlib. Des frappes ont visé Idlib.",
            "fr",
            "admin1",
        ),
        (
            "Rebels seized towns across Aleppo and Idlib provinces. Idlib was shelled.",
            "en",
            "admin1",
        ),
        (
            "Los combates siguen en la provincia de Idlib. Bombardearon Idlib el domingo.",
            "es",
            "admin1",
        ),
        # called a city too: the town
        ("Rebels reached the city of Idlib. Fighting spread across Idlib province.", "en", "town"),
        ("Die Rebellen erreichten die Stadt Idlib in der Provinz Idlib.", "de", "town"),
    ],
)
def test_a_division_is_meant_unless_its_seat_is_called_a_city(text, lang, precision):
    places = _places(_article("Report", text, lang))
    idlib = next(p for p in places if p.admin1 == "Idlib")
    assert idlib.precision.value == precision


@pytest.mark.parametrize(
    ("title", "text", "lang", "injured"),
    [
        ("Boy, 5, shot with shotgun by brother", "The boy was airlifted to a hospital.", "en", 1),
        ("Accident", "A 10-year-old boy is recovering after he was accidentally shot.", "en", 1),
        ("Fusillade", "Un jeune homme a été grièvement blessé par balle dimanche soir.", "fr", 1),
        ("Tiroteo", "Un joven resultó herido de bala el domingo por la noche.", "es", 1),
        ("Schüsse", "Ein junger Mann wurde am Sonntagabend angeschossen.", "de", 1),
        ("Police: teen shot", "A 17-year-old was shot in the leg on Sunday night.", "en", 1),
        ("Boy doing fine", "The boy shot by his father last week is doing fine.", "en", 1),
        ("Stray bullet", "A bystander was struck by a stray bullet on Main Street.", "en", 1),
        ("Shooting", "A man suffered non-life-threatening injuries in the shooting.", "en", 1),
        ("Accident de chasse", "Un chasseur a été touché par balle samedi.", "fr", 1),
        ("Tiroteo", "Una mujer fue herida de bala en la calle Mayor.", "es", 1),
        ("Schüsse", "Eine Frau wurde bei dem Streit verletzt.", "de", 1),
        # someone else "was not injured": the one shot still was
        ("Boy shoots self", "A 4-year-old shot himself. His brother was not injured.", "en", 1),
        # a death in the lead: the hurt one may be the dead one, no reading
        ("Man shot", "A man was shot and later died at the hospital.", "en", None),
        # shot at, or no one hurt: no one injured
        ("Man shot at", "A man was shot at while driving home.", "en", None),
        ("Shooting", "A man was shot in the leg, police said. No one was hurt.", "en", None),
        (
            "Fusillade",
            "Des tirs ont visé un homme dimanche, mais personne n'a été blessé.",
            "fr",
            None,
        ),
        # many hurt without a number: no single one
        (
            "Fusillade",
            "Plusieurs personnes ont été blessées, dont un homme blessé par balle.",
            "fr",
            None,
        ),
    ],
)
def test_one_hurt_told_without_a_number(title, text, lang, injured):
    counts = _counts([], _article(title, text, lang))
    assert counts.get("injured") == injured


def test_one_hurt_yields_to_a_count_of_the_hurt_and_to_a_death():
    # another report counts the hurt: the one a report tells of is one of them
    one = _article("Boy, 8, shot", "A boy was shot in the arm on Tuesday.")
    four = _article("4 wounded in shooting", "Four people were wounded on Tuesday.")
    hurt = _fact("injured", (four.id, HEADLINE, 4, "4 wounded"))
    assert _counts([hurt], one, four)["injured"] == 4
    # another report tells of a death: the one shot may be the one who died
    shot = _article("Teen shot by friend", "A teen is in critical condition after he was shot.")
    dead = _article("Teen dies", "A teen died after a shooting on Friday.")
    assert _counts([], shot, dead).get("injured") is None


@pytest.mark.parametrize(
    ("text", "lang", "measure", "value"),
    [
        # an outcome verb's object counts people: "injured three others", "a blessé trois"
        ("The gunman killed one man and injured three others.", "en", "injured", 3),
        ("Le tireur a tué deux personnes et a blessé trois autres.", "fr", "injured", 3),
        ("El pistolero mató a dos personas e hirió a tres.", "es", "injured", 3),
        ("Der Schütze tötete zwei Menschen und verletzte drei weitere.", "de", "injured", 3),
        ("Der Schütze tötete zwei Menschen und verletzte drei weitere.", "de", "killed", 2),
        # a cue after the next number is that number's: four shot, one of them fatally
        ("Police said four teens, one fatally, were shot outside a club.", "en", "shot", 4),
        ("Police: Man shoots 4 relatives, killing 2, then himself.", "en", "shot", 4),
    ],
)
def test_whom_an_outcome_counts(text, lang, measure, value):
    from newsfuse.extract.figures import extract_claims

    found = {
        (c.measure, c.low) for c in extract_claims(text, lang) if c.subject or measure == "shot"
    }
    assert (measure, value) in found


@pytest.mark.parametrize(
    ("lang", "reports", "army_role"),
    [
        # two reports name the army as the target, one as the attacker: a target
        (
            "en",
            [
                "Rebels launched an offensive against the Northern Army near the dam.",
                "The militia launched an assault against the Northern Army.",
                "The Northern Army shelled the villages.",
            ],
            "target",
        ),
        (
            "fr",
            [
                "Les rebelles ont lancé une offensive contre l'Armée du Nord.",
                "La milice a attaqué sur l'Armée du Nord.",
                "L'Armée du Nord a bombardé les villages.",
            ],
            "target",
        ),
        # one report each way: which side it is on is unclear, so neither
        (
            "es",
            ["La milicia atacó contra el Ejército del Norte.", "El Ejército del Norte atacó."],
            None,
        ),
        (
            "de",
            [
                "Die Miliz startete eine Offensive gegen die Nordarmee.",
                "Die Nordarmee startete Angriffe.",
            ],
            None,
        ),
    ],
)
def test_an_actor_is_on_one_side(lang, reports, army_role):
    from newsfuse.event.who import event_actors
    from newsfuse.records import Entity, Mention

    names = {"en": "Northern Army", "fr": "Armée du Nord", "es": "Ejército del Norte",
             "de": "Nordarmee"}  # fmt: skip
    army = Entity("army", names[lang], "ORG")
    sentences, mentions = {}, []
    for k, text in enumerate(reports):
        (sentence,) = split_sentences(text, f"r{k}", lang)
        sentences[f"r{k}"] = [sentence]
        at = text.index(names[lang])
        mentions.append(
            Mention(
                f"r{k}",
                0,
                sentence.start + at,
                sentence.start + at + len(names[lang]),
                names[lang],
                "ORG",
                "army",
            )  # fmt: skip
        )
    roles = [a.role.value for a in event_actors([army], mentions, sentences, [])]
    assert roles == ([army_role] if army_role else [])


@pytest.mark.parametrize(
    ("lang", "text", "attribution", "authority"),
    [
        ("en", "Six remain in critical condition, the authority said.", "the authority", None),
        (
            "de",
            "Sechs schweben nach Angaben der Behörde weiterhin in Lebensgefahr.",
            "der Behörde weiterhin in Lebensgefahr",
            None,
        ),
        ("fr", "Six blessés, selon la Croix-Rouge.", "la Croix-Rouge", "Croix-Rouge"),
        ("es", "Seis heridos, según la ARE.", "la ARE", "ARE"),
    ],
)
def test_a_count_credits_named_authorities_never_the_words_after_a_citation(
    lang, text, attribution, authority
):
    """The record's authorities are names (the figure's ``authority``), never the raw words an
    attribution runs on with ("der Behörde weiterhin in Lebensgefahr")."""
    report = _article("Dam burst", text, lang)
    hurt = _fact("injured", (report.id, 0, 6, text))
    hurt.values[0].attribution, hurt.values[0].authority = attribution, authority
    sentences = {report.id: split_sentences(report.text, report.id, lang)}
    (count,) = [c for c in event_counts([hurt], [report], sentences) if c.measure == "injured"]
    assert count.authorities == ([authority] if authority else [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rebels were killed in clashes overnight trying to reopen the road which troops"
            " severed on Thursday.",
            "en",
        ),
        (
            "Des rebelles ont été tués cette nuit près de la route où l'armée était entrée jeudi.",
            "fr",
        ),
        (
            "Rebeldes murieron esta madrugada cerca de la carretera donde el ejército entró el"
            " jueves.",
            "es",
        ),
        (
            "Rebellen wurden heute Nacht an der Straße getötet, wo die Armee am Donnerstag"
            " eingerückt war.",
            "de",
        ),
    ],
)
def test_a_cue_dates_no_day_of_another_clause(text, lang):
    """Published Sunday 10 Jul 2016: the deaths are the night's, not Thursday's (the 7th), which
    dates another clause's deed."""
    article = _article("Report", text, lang, "2016-07-10")
    votes = report_days(article, split_sentences(text, article.id, lang))
    assert event_when(votes).start == date(2016, 7, 10)
    assert date(2016, 7, 7) not in votes.happening


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an offensive spans days: the day of one of its moves is no happening's of its own
        (
            "An army offensive cut the road on Thursday. Rebels were killed on Sunday trying to"
            " reopen it.",
            "en",
        ),
        (
            "Une offensive de l'armée a coupé la route jeudi. Des rebelles ont été tués dimanche"
            " en tentant de la rouvrir.",
            "fr",
        ),
        (
            "Una ofensiva del ejército cortó la carretera el jueves. Rebeldes murieron el domingo"
            " al intentar reabrirla.",
            "es",
        ),
        (
            "Eine Offensive der Armee schnitt am Donnerstag die Straße ab. Rebellen wurden am"
            " Sonntag getötet.",
            "de",
        ),
    ],
)
def test_an_offensive_dates_no_happening(text, lang):
    """Published Sunday 26 Jun 2016."""
    article = _article("Report", text, lang, "2016-06-26")
    votes = report_days(article, split_sentences(text, article.id, lang))
    assert event_when(votes).start == date(2016, 6, 26)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # a wire dateline with its date dates an undated report (Thursday 3 Nov 2016)
        ("DAMASCUS, Nov 3, 2016 (Reuters) - Air strikes killed 20 people on Wednesday.", "en", 2),
        ("BEYROUTH, 3 novembre 2016 (AFP) - Des frappes ont tué 20 personnes mercredi.", "fr", 2),
        (
            "DAMASCO, 3 de noviembre de 2016 (EFE) - Los bombardeos mataron a 20 personas el"
            " miércoles.",
            "es",
            2,
        ),
        (
            "DAMASKUS, 3. November 2016 (dpa) - Luftangriffe töteten am Mittwoch 20 Menschen.",
            "de",
            2,
        ),
        # without its year a dateline dates nothing: the day is unknown, not guessed
        ("DAMASCUS, Nov 3 (Reuters) - Air strikes killed 20 people on Wednesday.", "en", None),
    ],
)
def test_a_datelines_date_dates_an_undated_report(text, lang, day):
    article = _article("Report", text, lang, None)
    when = event_when(report_days(article, split_sentences(text, article.id, lang)))
    assert when.start == (date(2016, 11, day) if day else None)
