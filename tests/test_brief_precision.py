"""Each defect the brief must never show, pinned on real-style sentences in en, fr, es, de.

Vague quantities are no figures, a year is no count, background tolls stay apart from the
event's own, a rising toll is an update, a time scope is a time expression, an authority is a
named source cut at its name and counted once across languages, a nationality or a creed is no
entity, a sentence is quoted without the debris glued to it, outlets are named only by what
names them, and the timeline holds the event's days with background years apart.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsfuse.brief.records import Brief, BriefSource
from newsfuse.brief.render import header, render_html, render_markdown
from newsfuse.brief.sources import sources_of
from newsfuse.brief.summary import adds_something, clean
from newsfuse.brief.who import places_of
from newsfuse.event_entities import link_attributions
from newsfuse.extract.dates import resolve_dates
from newsfuse.extract.entities import is_creed, is_demonym
from newsfuse.extract.figures import extract_claims
from newsfuse.extract.timeline import build_timeline, clause_around
from newsfuse.language import split_sentences
from newsfuse.outlets import outlet_name
from newsfuse.reconcile import reconcile_event
from newsfuse.reconcile.authority import cut_at_name
from newsfuse.reconcile.explain import is_time_scope
from newsfuse.records import (
    ActorRole,
    Article,
    ClaimKind,
    Entity,
    EventActor,
    EventCount,
    EventPlace,
    EventRecord,
    EventType,
    EventWhen,
    Evidence,
    FactStatus,
    Place,
    PlacePrecision,
)


def figures(text: str, lang: str) -> list[tuple[str, float, ClaimKind]]:
    return [(c.surface, c.low, c.kind) for c in extract_claims(text, lang)]


# -- vague words are kept as words, never a midpoint ------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "vague"),
    [
        ("en", "Hundreds of people were injured and dozens more are missing.", 2),
        ("en", "The war has displaced millions of people.", 1),
        ("fr", "Des centaines de blessés et des dizaines de morts ont été recensés.", 2),
        ("es", "Decenas de personas murieron y cientos resultaron heridas.", 2),
        ("de", "Dutzende Menschen wurden getötet, Hunderte verletzt.", 2),
    ],
)
def test_plurals_without_a_number_are_vague_never_figures(lang: str, text: str, vague: int):
    found = figures(text, lang)
    assert sum(kind is ClaimKind.VAGUE for _, _, kind in found) == vague
    assert not any(kind.is_figure for _, _, kind in found)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Les rebelles ont pris une cinquantaine de villes.", 45),  # about 50: a number
        ("en", "More than half a million people have died.", 500_000),
    ],
)
def test_a_collective_with_its_number_stays_a_figure(lang: str, text: str, value: float):
    assert any(low == value and kind.is_figure for _, low, kind in figures(text, lang))


def test_vague_counts_enter_no_fact():
    text = "Hundreds of people were injured. At least 40 people were injured."
    claims = extract_claims(text, "en", article_id="a")
    rec = reconcile_event(
        "e", claims, {"a": Article("a", text, published=datetime(2024, 1, 1))}, []
    )
    assert [v.value for f in rec.facts for v in f.values] == [40]


# -- a year is never a count -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Syria was hit by unrest in 2013 rebel fighters took the town."),
        ("en", "Before the 2011 civil war the city was the country's industrial hub."),
        ("en", "June 12 2016 Civil defence members carry the body of a child."),
        ("en", "15-09-2013 Militants attack Idlib."),
        ("fr", "Depuis 2011 rebelles et soldats s'affrontent dans la région."),
        ("es", "Desde 2013 civiles han huido de la ciudad."),
        ("de", "Seit 2011 Menschen aus der Stadt fliehen."),
    ],
)
def test_a_year_is_never_a_count(lang: str, text: str):
    assert not any(kind.is_figure and 1900 <= low <= 2100 for _, low, kind in figures(text, lang))


def test_a_year_sized_count_with_a_qualifier_is_a_count():
    found = figures("Russian jets destroyed more than 2000 oil tankers.", "en")
    assert ("2000", 2000, ClaimKind.COUNT) in found


# -- background figures are set apart --------------------------------------------------------
def reconcile(reports: list[tuple[str, str, datetime | None]]):
    articles, claims = {}, []
    for n, (lang, text, published) in enumerate(reports):
        aid = f"a{n}"
        articles[aid] = Article(aid, text, language=lang, published=published)
        claims += extract_claims(text, lang, article_id=aid)
    return reconcile_event("e", claims, articles, [])


NOV = datetime(2024, 11, 29, 12)


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("en", "Since the beginning, the conflict has left more than half a million people dead.",
         500_000),
        ("en", "More than 100000 people have been killed in the conflict so far.", 100_000),
        ("fr", "La guerre a fait plus de 500 000 morts depuis 2011.", 500_000),
        ("es", "El conflicto ha dejado más de 500.000 muertos desde 2011.", 500_000),
        ("de", "Der Krieg hat seit 2011 mehr als 500.000 Menschen getötet.", 500_000),
        ("en", "The region is inhabited by over four million displaced people.", 4_000_000),
        ("fr", "Environ 4 500 des 7 000 habitants de la ville ont été évacués.", 7_000),
        ("es", "La zona, habitada por más de 40.000 desplazados, sigue sin ayuda.", 40_000),
        ("en", "Rebels said over 80 civilians had been killed this year in drone strikes.", 80),
        ("fr", "L'attaque du mois dernier avait fait 20 morts.", 20),
        ("en", "The flood is the deadliest since floods in 1987 killed 19 people.", 19),
        ("en", "More than 250,000 people have been killed across the war-battered country.",
         250_000),
        ("fr", "Plus de 10 000 personnes ont été déplacées dans tout le pays.", 10_000),
    ],
)  # fmt: skip
def test_background_figures_are_not_the_events_own(lang: str, sentence: str, value: float):
    text = f"At least 24 people were killed on Friday. {sentence}"
    rec = reconcile([(lang, text, NOV)])
    by_value = {v.value: f for f in rec.facts for v in f.values}
    assert by_value[value].background, by_value[value]
    assert by_value[24].background is None


def test_a_comparison_with_the_war_leaves_the_toll_the_events_own():
    rec = reconcile([("en", "The attack, the deadliest since the war began in 2011, killed 58 "
                            "people.", NOV)])  # fmt: skip
    assert [(f.background, v.value) for f in rec.facts for v in f.values] == [(None, 58)]


def test_a_figure_dated_weeks_before_its_report_is_an_earlier_events():
    text = "The attack on 19 March killed 30 people. On Wednesday, 200 people were killed."
    sentences = split_sentences(text, "a0", "en")
    article = Article("a0", text, language="en", published=datetime(2013, 8, 23))
    claims = extract_claims(text, "en", article_id="a0", sentences=sentences)
    dates = resolve_dates(sentences, article.published, "en")
    rec = reconcile_event("e", claims, {"a0": article}, [], dates)
    by_value = {v.value: f for f in rec.facts for v in f.values}
    assert by_value[30].background.startswith("an earlier event")
    assert by_value[200].background is None


# -- a rising toll is an update over time, the latest figure leads ----------------------------
def test_a_rising_toll_across_languages_is_an_update():
    rec = reconcile(
        [
            ("en", "At least 24 people were killed, officials said.", datetime(2025, 3, 11, 8)),
            ("fr", "Le bilan s'élève désormais à 26 morts.", datetime(2025, 3, 11, 18)),
            ("es", "La cifra de muertos ascendió a 31.", datetime(2025, 3, 12, 9)),
            ("de", "Die Zahl der Toten ist auf 31 gestiegen.", datetime(2025, 3, 13, 6)),
        ]
    )
    (toll,) = [f for f in rec.facts if f.measure == "killed"]
    assert toll.status is FactStatus.UPDATED and toll.best == 31
    assert [p.value for p in rec.history[toll.id]] == [24, 26, 31, 31]
    update = next(e for e in toll.details if e.kind == "update")
    assert update.text.index("24") < update.text.index("26") < update.text.index("31")


def test_a_falling_count_of_missing_is_an_update_and_a_jumping_one_is_not():
    falling = reconcile(
        [
            ("fr", "Une trentaine de personnes sont toujours portées disparues.",
             datetime(2025, 3, 11, 18)),
            ("en", "27 people were still missing.", datetime(2025, 3, 12, 15)),
            ("de", "Die Suche nach den noch 19 Vermissten geht weiter.", datetime(2025, 3, 13, 6)),
        ]
    )  # fmt: skip
    (missing,) = falling.facts
    assert missing.status is FactStatus.UPDATED and missing.best == 19
    jumping = reconcile(
        [
            ("en", "58 people were killed.", datetime(2017, 4, 4, 9)),
            ("en", "100 people were killed.", datetime(2017, 4, 4, 12)),
            ("en", "72 people were killed.", datetime(2017, 4, 4, 18)),
        ]
    )
    assert jumping.facts[0].status is FactStatus.DISAGREE


def test_an_earlier_figure_in_the_same_report_holds_on_its_own_day():
    text = (
        "The death toll rose to 31 on Wednesday, the authority said, up from 24 reported on "
        "Tuesday morning."
    )
    sentences = split_sentences(text, "a0", "en")
    article = Article("a0", text, language="en", published=datetime(2025, 3, 12, 15))
    dates = resolve_dates(sentences, article.published, "en")
    claims = extract_claims(text, "en", article_id="a0", sentences=sentences)
    rec = reconcile_event("e", claims, {"a0": article}, [], dates)
    (toll,) = rec.facts
    assert toll.status is FactStatus.UPDATED and toll.best == 31
    assert [(p.value, p.time.date()) for p in rec.history[toll.id]] == [
        (24, date(2025, 3, 11)),
        (31, date(2025, 3, 12)),
    ]


# -- a time scope is a time expression ---------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    ["on Wednesday", "Since the start of the offensive", "ce vendredi", "jusqu'à présent",
     "este miércoles", "hasta ahora", "am Mittwoch", "bisher", "this year", "today"],
)  # fmt: skip
def test_time_expressions_are_time_scopes(phrase: str):
    assert is_time_scope(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["in Russian", "in the United Kingdom", "en Syrie", "in Syria", "a UK-based", "à Idlib"],
)
def test_places_and_languages_are_no_time_scopes(phrase: str):
    assert not is_time_scope(phrase)


# -- an authority is a named source, cut at its name, counted once ----------------------------
@pytest.mark.parametrize(
    ("attribution", "name"),
    [
        ("des Nations Unies pour la coordination des affaires humanitaires (OCHA) publié hier",
         "OCHA"),
        ("l'ARU dans un communiqué", "ARU"),
        ("la Autoridad Regional de Emergencias (ARE)", "Autoridad Regional de Emergencias (ARE)"),
        ("nach Angaben der Regionalen Notfallbehörde REA", "Regionalen Notfallbehörde REA"),
        ("for a publication of the ruling Baath party state-run news agency SANA", "SANA"),
        ("OSDH director Rami Abdel Rahmane", "OSDH director Rami Abdel Rahmane"),
        ("humanitarian organizations", None),
        ("der Behörde weiterhin in Lebensgefahr", None),
        ("Syrian state TV", None),
        ("the UN", "UN"),
    ],
)  # fmt: skip
def test_an_authority_is_cut_at_its_name(attribution: str, name: str | None):
    assert cut_at_name(attribution) == name


def test_one_authority_under_its_names_in_two_languages_is_one_source():
    sohr = Entity(
        "e1", "Syrian Observatory for Human Rights", "ORG",
        {"en": ["Syrian Observatory for Human Rights", "SOHR"], "fr": ["OSDH", "Observatoire syrien"]},
    )  # fmt: skip
    text_en = "According to the Syrian Observatory for Human Rights, 24 civilians were killed."
    text_fr = "Selon l'OSDH, 26 civils ont été tués."
    claims = extract_claims(text_en, "en", article_id="a") + extract_claims(
        text_fr, "fr", article_id="b"
    )
    link_attributions(claims, [sohr])
    articles = {
        "a": Article("a", text_en, language="en"),
        "b": Article("b", text_fr, language="fr"),
    }
    (fact,) = reconcile_event("e", claims, articles, []).facts
    assert {v.authority for v in fact.values} == {"Syrian Observatory for Human Rights"}
    assert fact.independent_sources == 1
    assert "authority" not in {e.kind for e in fact.details}


def test_a_place_in_an_attribution_is_no_authority():
    mirelhaven = Entity("p", "Mirelhaven", "LOC", {"en": ["Mirelhaven"]})
    mayor = Entity("m", "Anselm Prekovy", "PER", {"en": ["Anselm Prekovy"]})
    (claim,) = extract_claims(
        "The collapse killed 31 people, Mirelhaven mayor Anselm Prekovy said.", "en"
    )
    link_attributions([claim], [mirelhaven, mayor])
    assert claim.attribution_entity == "Anselm Prekovy"


# -- nationalities and creeds are no entities -------------------------------------------------
@pytest.mark.parametrize(
    "word",
    ["Syrian", "Russian", "Turkish", "Iranian", "Lebanese", "Iraqi", "Israeli", "Syriens",
     "Syrer", "Russen", "Mexican", "Ukrainian"],
)  # fmt: skip
def test_demonyms_are_recognised(word: str):
    assert is_demonym(word)


@pytest.mark.parametrize("word", ["Islamist", "jihadistes", "yihadistas", "Salafisten"])
def test_creeds_are_recognised(word: str):
    assert is_creed(word)


@pytest.mark.parametrize(
    "word", ["Jordan", "Kurdistan", "Aleppo", "Christian", "Adrian", "Marten", "Salvany", "Hama"]
)
def test_places_and_first_names_are_no_demonyms(word: str):
    assert not is_demonym(word) and not is_creed(word)


# -- summary sentences are clean and each adds something --------------------------------------
def test_debris_glued_to_a_sentence_is_cut_off():
    glued = (
        "Rebels captured around 50 towns in three days, reports said Friday. the Syrian "
        "Observatory for Human Rights (OSDH). ."
    )
    assert clean(glued) == "Rebels captured around 50 towns in three days, reports said Friday."
    assert clean("Les combats se concentrent aux portes d'Alep , selon l'ONG.") is None
    assert clean("the rebels advanced.") is None
    assert clean("U.S. officials said 12 people died.") == "U.S. officials said 12 people died."


def test_a_sentence_adds_a_new_figure_or_new_words():
    picked = ["Rebels captured some 50 towns and killed at least 240 people."]
    assert not adds_something("Rebels captured some 50 towns, killing at least 240 people.", picked)
    assert adds_something("At least 255 people were killed, a monitor said.", picked)


# -- outlets are named by what names them, never by a file name -------------------------------
def test_outlets_are_named_only_by_what_names_them():
    site = Article("a", "Text.", outlet="Northern Wire", source_path="x/northern.rss")
    page = Article(
        "b", "Text.", url="https://www.kestrataler-rundschau.example/x", source_path="d.html"
    )
    wire = Article("c", "DAMASCUS (Reuters) - Shells hit the city.", source_path="wire.txt")
    plain = Article("d", "Shells hit the city.", source_path="000_7a262ddd1a6e0b66.txt",
                    original_source="www.bbc.com")  # fmt: skip
    assert outlet_name(site) == ("Northern Wire", "site")
    assert outlet_name(page) == ("kestrataler-rundschau.example", "url")
    assert outlet_name(wire) == ("Reuters", "credit")
    assert outlet_name(plain) == (None, None)
    sources = sources_of([site, page, wire, plain], [])
    assert [s.name for s in sources] == [
        "Northern Wire", "kestrataler-rundschau.example", "Reuters", "source 4"
    ]  # fmt: skip
    line = header(Brief("brief", "e", "t", ["en"], None, None, sources[3:]))
    assert "no outlet named" in line and "rewritten from www.bbc.com" in line


# -- the timeline: the event's days, background apart -----------------------------------------
def test_timeline_places_weekdays_in_the_event_window_and_years_apart():
    text = (
        "The war began in 2011. Rebels cut the road to Aleppo on Thursday. "
        "The offensive began on Wednesday night. 24 civilians were killed on Friday."
    )
    sentences = split_sentences(text, "a", "en")
    refs = resolve_dates(sentences, None, "en")  # an undated report
    loose = build_timeline(refs, sentences, None, {"a": "en"})
    assert [(e.weekday, e.background) for e in loose] == [
        (2, False), (3, False), (4, False), (None, True)
    ]  # fmt: skip
    anchored = build_timeline(refs, sentences, (date(2024, 11, 26), date(2024, 12, 3)), {"a": "en"})
    assert [e.date for e in anchored if not e.background] == [
        "2024-11-27", "2024-11-28", "2024-11-29"
    ]  # fmt: skip
    assert loose[-1].date == "2011-01-01"


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("fr", "L'Observatoire a constaté ce vendredi un déplacement massif des habitants.", 4),
        ("es", "La cifra de muertos ascendió este miércoles a 31.", 2),
        ("de", "Am Mittwoch hatte die Behörde noch 27 Vermisste gemeldet.", 2),
    ],
)
def test_timeline_reads_weekdays_in_each_language(lang: str, text: str, day: int):
    sentences = split_sentences(text, "a", lang)
    (entry,) = build_timeline(resolve_dates(sentences, None, lang), sentences, None, {"a": lang})
    assert entry.weekday == day and not entry.background


def test_timeline_keeps_no_day_after_its_report():
    text = "La ministre est attendue mercredi sur les lieux. Le barrage a cédé mardi."
    sentences = split_sentences(text, "a", "fr")
    published = datetime(2025, 3, 11, 18)
    refs = resolve_dates(sentences, published, "fr")
    refs[0].value = "2025-03-12"  # as a date reader would give a future "mercredi"
    entries = build_timeline(refs, sentences, None, {"a": "fr"}, published={"a": published.date()})
    assert [e.date for e in entries] == ["2025-03-11"]


def test_a_timeline_entry_quotes_the_clause_of_its_day():
    text = (
        "According to the monitor, based in the United Kingdom, 24 civilians were killed on "
        "Friday, including 19 in air strikes."
    )
    at = text.index("Friday")
    assert clause_around(text, at, at + 6) == "24 civilians were killed on Friday"


# -- the event record opens the brief when the record stage stored one -------------------------
def record() -> EventRecord:
    evidence = [Evidence("a", 2, "Since the start of the offensive which began on Wednesday")]
    return EventRecord(
        event_id="e",
        what=EventType.ARMED_CLASH,
        what_evidence=evidence[0],
        when=EventWhen(date(2024, 11, 27), date(2024, 11, 29), "day", evidence),
        where=[
            EventPlace(
                "Aleppo",
                "SY",
                PlacePrecision.TOWN,
                "Aleppo Governorate",
                "Syria",
                170005,
                36.2,
                37.16,
                evidence,
            )
        ],  # fmt: skip
        who=[EventActor("Hayat Tahrir al-Sham", ActorRole.PERPETRATOR)],
        how_many=[EventCount("killed", "people", 255, 240, 255, authorities=["SOHR"])],
    )


def test_the_brief_opens_with_the_event_record():
    sources = [BriefSource(1, "a", "source 1", None, language="en")]
    brief = Brief("newsfuse.brief/2", "e", "Offensive", ["en"], None, None, sources, record())
    markdown = render_markdown(brief)
    opening = markdown.split("## Event", 1)[1].split("##", 1)[0]
    for part in (
        "armed clash [1]",
        "2024-11-27 – 2024-11-29",
        "Aleppo, Aleppo Governorate, Syria",
        "people killed 255 (240–255) per SOHR",
    ):
        assert part in opening, part  # fmt: skip
    who = markdown.split("## Who", 1)[1].split("##", 1)[0]
    assert "Other actors:** Hayat Tahrir al-Sham [perpetrator]" in who  # its role, said once
    html = render_html(brief)
    assert "<strong>When:</strong> 2024-11-27 – 2024-11-29" in html


def test_the_record_places_are_the_briefs_places():
    stored = [Place("a", 0, 0, 6, "Alep", 170005, "Aleppo", "SY", "09", 36.2, 37.16)]
    (place,) = places_of(record(), stored)
    assert (place.name, place.admin1, place.names) == ("Aleppo", "Aleppo Governorate", ["Alep"])


def test_without_a_record_only_the_reports_country_and_named_places_are_shown():
    def at(text: str, name: str, country: str, gid: int) -> Place:
        return Place("a", 0, 0, len(text), text, gid, name, country, "09")

    stored = [at("Aleppo", "Aleppo", "SY", 1), at("Alep", "Aleppo", "SY", 1),
              at("Idlib", "Idlib", "SY", 2), at("UK", "Uk", "RU", 3),
              at("More", "Mora", "CM", 4), at("Observatoire", "Paris 14", "FR", 5)]  # fmt: skip
    shown = places_of(None, stored)
    assert [(p.name, p.admin1, p.names) for p in shown] == [
        ("Aleppo", "", ["Aleppo", "Alep"]), ("Idlib", "", ["Idlib"])
    ]  # fmt: skip


def test_the_event_window_holds_the_build_up_and_the_aftermath_of_a_one_day_event():
    """A dam bursts on Tuesday 11 March: the seepage flagged on Sunday and the toll revised on
    Wednesday are the event's own days, not background (a one-day record is no one-day window)."""
    from types import SimpleNamespace

    from newsfuse.brief.build import event_window
    from newsfuse.records import EventWhen

    day = SimpleNamespace(when=EventWhen(date(2025, 3, 11), date(2025, 3, 11), "day"))
    assert event_window(day, []) == (date(2025, 3, 8), date(2025, 3, 17))
    span = SimpleNamespace(when=EventWhen(date(2024, 11, 27), date(2024, 12, 8), "day"))
    assert event_window(span, []) == (date(2024, 11, 24), date(2024, 12, 8))
    assert event_window(SimpleNamespace(when=EventWhen()), []) is None
