"""Figures stage: qualifiers, measures, subjects, part-whole, attribution, not-claims."""

from __future__ import annotations

import pytest

from newsfuse.extract.figures import extract_claims, extract_headline_claims, title_leads
from newsfuse.records import HEADLINE, ClaimKind, Qualifier


def counts(text: str, lang: str = "en") -> list:
    return [c for c in extract_claims(text, lang, article_id="t") if c.kind is not ClaimKind.OTHER]


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("At least 12 people died.", "en", Qualifier.AT_LEAST),
        ("More than 40 houses burned.", "en", Qualifier.MORE_THAN),
        ("Nearly 300 families fled.", "en", Qualifier.NEARLY),
        ("Some 20 villages were captured.", "en", Qualifier.ABOUT),
        ("Fewer than 10 soldiers were wounded.", "en", Qualifier.LESS_THAN),
        ("Up to 500 residents were evacuated.", "en", Qualifier.UP_TO),
        ("Plus de 14 000 personnes ont fui.", "fr", Qualifier.MORE_THAN),
        ("Au moins 31 civils ont été tués.", "fr", Qualifier.AT_LEAST),
        ("Près de 70 blessés.", "fr", Qualifier.NEARLY),
        ("Más de 25 muertos.", "es", Qualifier.MORE_THAN),
        ("Mindestens 9 Tote.", "de", Qualifier.AT_LEAST),
        ("Pelo menos 8 mortos.", "pt", Qualifier.AT_LEAST),
        ("Almeno 15 morti.", "it", Qualifier.AT_LEAST),
        ("Une vingtaine de morts.", "fr", Qualifier.ABOUT),
    ],
)
def test_qualifiers(text: str, lang: str, qualifier: Qualifier) -> None:
    assert counts(text, lang)[0].qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "lang", "measure", "subject"),
    [
        ("Twelve civilians were killed on Monday.", "en", "killed", "civilians"),
        ("The blast claimed 27 civilian lives.", "en", "killed", "civilians"),
        ("Trois soldats ont perdu la vie.", "fr", "killed", "soldiers"),
        ("Quarante étudiants ont été blessés.", "fr", "injured", "students"),
        ("Murieron 14 personas.", "es", "killed", "people"),
        ("Die Polizei meldete 5 verletzte Kinder.", "de", "injured", "children"),
        ("Cerca de 800 famílias foram desalojadas.", "pt", "displaced", "families"),
        ("Sono stati arrestati 6 giornalisti.", "it", "arrested", "journalists"),
        ("More than 2,000 people fled their homes.", "en", "displaced", "people"),
        ("The rebels captured 12 towns.", "en", "captured", "towns"),
    ],
)
def test_measure_and_subject(text: str, lang: str, measure: str, subject: str) -> None:
    claim = counts(text, lang)[0]
    assert (claim.measure, claim.subject) == (measure, subject)


def test_same_subject_key_across_languages() -> None:
    en = counts("Forty rebel fighters were killed.")[0]
    fr = counts("Quarante combattants de l'opposition ont été tués.", "fr")[0]
    assert en.subject == fr.subject == "rebel_fighters"


def test_total_and_parts() -> None:
    text = "At least 40 people were killed: 25 rebels and 10 soldiers, in addition to 5 civilians."
    total, *parts = counts(text)
    assert total.role == "total" and total.low == 40
    assert [p.low for p in parts] == [25, 10, 5]
    assert all(p.role == "part" and p.parent == total.id for p in parts)
    assert [p.subject for p in parts] == ["rebel_fighters", "soldiers", "civilians"]


def test_including_and_elided_noun() -> None:
    text = "Thirty civilians were killed, including 12 in air strikes."
    total, part = counts(text)
    assert part.parent == total.id and part.subject == "civilians" and part.measure == "killed"


def test_attribution_in_sentence_and_paragraph() -> None:
    text = (
        "According to the Health Ministry, 14 people died. Another 30 were injured.\n"
        "Rescuers said 3 children were missing."
    )
    claims = counts(text)
    assert [c.attribution for c in claims] == ["the Health Ministry"] * 2 + ["Rescuers"]


def test_attribution_after_verb_and_background() -> None:
    claims = counts("Cinq civils sont morts, a rapporté l'Observatoire.", "fr")
    assert claims[0].attribution == "l'Observatoire"
    claims = counts("Officials said 4 people died.\nThe war has killed 1,000 people since 2011.")
    assert claims[-1].attribution is None


def test_quantities_with_units() -> None:
    (claim,) = counts("The rebels are within 10 kilometers of the city.")
    assert claim.kind is ClaimKind.QUANTITY and claim.unit == "kilometre"
    assert claim.qualifier is Qualifier.UP_TO
    money = counts("The company lost $2.5 billion.")[0]
    assert (money.unit, money.low) == ("dollar", 2.5e9)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The 46th Regiment moved north.", 46),
        ("They cut the M5 highway.", 5),
        ("The regime has been in power since 1970.", 1970),
        ("A 23-year-old man was arrested.", 23),
        ("It was bombed for the first time in four years.", 4),
        ("The meeting started at 11:40 p.m.", 11),
        ("The ceasefire of 5 March held.", 5),
        ("Sales of the iPhone 11 rose.", 11),
        ("The page ran alert(7) twice.", 7),
        ("Shooting kills father of 3 outside a bar.", 3),
        ("A man called 911 after he was shot.", 911),
        ("He lived in the 4100 block of West Avenue and died.", 4100),
        ("Call detectives at (219) 755-3855 about the killing.", 219),
        ("Call detectives at (219) 755-3855 about the killing.", 755),
        ("He faces four counts of attempted murder.", 4),
        ("He faces four counts each of homicide and assault.", 4),
        ("Kenneth Mills, 22 - The Homicide Report", 22),
        ("CBS 58 - Police identify man fatally shot", 58),
    ],
)
def test_not_claims(text: str, number: float) -> None:
    assert all(number not in (c.low, c.high) for c in counts(text))


def test_singular_victim_is_one() -> None:
    (claim,) = counts("A 23-year-old man was arrested.")
    assert (claim.low, claim.measure) == (1, "arrested")


def test_offsets_ids_and_idempotence() -> None:
    text = "Intro line.\nAt least 255 people have been killed."
    first = extract_claims(text, "en", article_id="a1")
    assert first == extract_claims(text, "en", article_id="a1")
    claim = first[0]
    assert claim.id == "a1:c0"
    assert text[claim.number_start : claim.number_end] == "255"
    assert text[claim.start : claim.end] == claim.evidence


def test_scope() -> None:
    claim = counts("Since Wednesday, 26 civilians have been killed in Idlib.")[0]
    assert "Since Wednesday" in claim.scope and "in Idlib" in claim.scope


def test_spacy_component() -> None:
    spacy = pytest.importorskip("spacy")
    import newsfuse.extract.figures_spacy  # noqa: F401  (registers the factory)

    nlp = spacy.blank("fr")
    nlp.add_pipe("newsfuse_claims")
    doc = nlp("Au moins 255 personnes sont mortes.")
    assert [c.low for c in doc._.claims] == [255]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Según la ONU, al menos 30 civiles murieron.", "es", "la ONU"),
        ("Laut der Polizei wurden mindestens 4 Menschen getötet.", "de", "der Polizei"),
        ("Pelo menos 20 pessoas morreram, segundo o Observatório.", "pt", "o Observatório"),
        (
            "Almeno 50 persone sono state uccise, ha detto la Protezione civile.",
            "it",
            "la Protezione civile",
        ),
        ("Dix personnes ont été blessées, a indiqué le ministère.", "fr", "le ministère"),
    ],
)
def test_attribution_across_languages(text: str, lang: str, source: str) -> None:
    assert counts(text, lang)[0].attribution == source


def test_multiples() -> None:
    murder, shooting = counts("Police investigate a double murder and a triple shooting.")
    assert (murder.low, murder.measure) == (2, "killed")
    assert (shooting.low, shooting.measure) == (3, "shot")


def test_cue_right_before_the_number_wins() -> None:
    killed, injured = counts("The gunman killed two people and wounded three others.")
    assert (killed.low, killed.measure) == (2, "killed")
    assert (injured.low, injured.measure) == (3, "injured")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The death toll from the landslide climbed to 58 on Friday.", "en"),
        ("La cifra de muertos por el terremoto, en el norte del país, ascendió a 58.", "es"),
        ("Le bilan de l'incendie s'est alourdi à 58 vendredi.", "fr"),
        ("Nach dem Erdrutsch stieg die Zahl der Todesopfer auf 58.", "de"),
        ("O número de mortos no deslizamento subiu para 58.", "pt"),
        ("Il bilancio delle vittime della frana è salito a 58.", "it"),
    ],
)
def test_death_toll_nouns(text: str, lang: str) -> None:
    assert counts(text, lang)[0].measure == "killed"


def test_toll_update_parts_and_earlier_value() -> None:
    text = (
        "The toll from the ferry sinking rose to 58, including 11 children, the coast guard "
        "said, up from 40 on Monday."
    )
    total, part, earlier = counts(text)
    assert (total.measure, part.measure, part.role, part.parent) == (
        "killed",
        "killed",
        "part",
        total.id,
    )
    assert earlier.measure == "killed" and earlier.subject is None
    assert {c.attribution for c in (total, part, earlier)} == {"the coast guard"}


def test_part_of_spanish_total_is_children() -> None:
    text = "El balance de víctimas subió a 58, entre ellos once menores, según la guardia costera."
    total, part = counts(text, "es")
    assert (part.measure, part.subject, part.parent) == ("killed", "children", total.id)


def test_part_named_after_its_number() -> None:
    claims = counts("Some 70 people were hurt, nine of them seriously.")
    assert (claims[1].role, claims[1].parent, claims[1].measure) == (
        "part",
        claims[0].id,
        "injured",
    )


def test_hospital_treatment_is_injured() -> None:
    claim = counts("Sixty-two people were being treated in hospitals across the province.")[0]
    assert (claim.measure, claim.subject) == ("injured", "people")


@pytest.mark.parametrize(
    ("text", "lang", "measures"),
    [
        ("Twelve people were injured and 30 more are missing.", "en", ["injured", "missing"]),
        (
            "Huit personnes ont été blessées et trente sont portées disparues.",
            "fr",
            ["injured", "missing"],
        ),
        (
            "Ocho personas resultaron heridas y 30 siguen desaparecidas.",
            "es",
            ["injured", "missing"],
        ),
        ("The blast killed 7 people and injured at least 30.", "en", ["killed", "injured"]),
        ("At least 7 people were killed and at least 30 injured.", "en", ["killed", "injured"]),
        (
            "Au moins 7 personnes ont été tuées et au moins 30 blessées.",
            "fr",
            ["killed", "injured"],
        ),
        ("The gunmen killed 30 civilians and 12 soldiers.", "en", ["killed", "killed"]),
    ],
)
def test_each_number_takes_its_own_clause_cue(text: str, lang: str, measures: list[str]) -> None:
    assert [c.measure for c in counts(text, lang) if c.role != "total"] == measures


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        ("The gunmen killed 30 civilians and 12 soldiers.", 42, [30, 12]),
        ("A shooting left two adults and four children dead.", 6, [2, 4]),
        ("Two men and a woman were killed on Sunday.", 3, [2, 1]),
    ],
)
def test_people_counts_joined_by_and_add_up(text: str, total: int, parts: list[int]) -> None:
    claims = counts(text)
    (whole,) = [c for c in claims if c.role == "total"]
    assert (whole.low, whole.high, whole.measure) == (total, total, "killed")
    assert [c.low for c in claims if c.parent == whole.id] == parts


def test_only_counts_of_people_hurt_add_up() -> None:
    claims = counts("Work was suspended by 30 aid organizations and 24 medical centers.")
    assert [c.measure for c in claims] == ["suspended", "suspended"]
    assert all(c.role != "total" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Environ 5 000 familles ont dû quitter leur logement après la crue.", "fr", "families"),
        ("Unos 9.000 vecinos han tenido que abandonar sus casas por el fuego.", "es", "residents"),
        (
            "Hundreds of residents were killed and 8,000 families lost their homes.",
            "en",
            "families",
        ),
    ],
)
def test_leaving_home_is_displaced(text: str, lang: str, subject: str) -> None:
    claim = counts(text, lang)[-1]
    assert (claim.measure, claim.subject) == ("displaced", subject)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The army said 400 soldiers had been deployed and warned the death toll would rise.",
            "en",
        ),
        ("L'armée a indiqué que 400 soldats avaient été déployés.", "fr"),
        ("Dazu seien 400 Soldaten angefordert worden.", "de"),
    ],
)
def test_deployed_troops_are_no_casualties(text: str, lang: str) -> None:
    assert counts(text, lang)[0].measure == "deployed"


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        (
            "The minister announced 80 million dinars in emergency aid after 12 died.",
            "en",
            "dinars",
        ),
        (
            "Die Regierung hat 80 Millionen Taler Soforthilfe zugesagt, 12 Menschen starben.",
            "de",
            "taler",
        ),
    ],
)
def test_aid_sums_are_money_not_deaths(text: str, lang: str, unit: str) -> None:
    money, dead = counts(text, lang)
    assert (money.kind, money.measure, money.unit) == (ClaimKind.QUANTITY, "money", unit)
    assert dead.measure == "killed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It is the worst disaster since the 1998 floods killed 40 people.", "en"),
        ("C'est le pire drame depuis les crues de 1998, qui avaient fait 40 morts.", "fr"),
    ],
)
def test_background_toll_is_scoped_to_its_year(text: str, lang: str) -> None:
    claim = counts(text, lang)[0]
    assert claim.measure == "killed" and "1998" in claim.scope


def test_dated_count_has_no_year_scope() -> None:
    claim = counts("On March 3, 2024, at least 40 people were killed in the blast.")[0]
    assert not any("2024" in scope for scope in claim.scope)


def test_source_in_sentence_wins_and_is_never_a_figure() -> None:
    text = (
        "La Croix-Rouge a recensé 30 morts. La police, qui dirige l'enquête, faisait état de son "
        "côté de 28 morts. Le bilan a été confirmé par la Croix-Rouge."
    )
    first, second = counts(text, "fr")
    assert first.attribution == "La Croix-Rouge"
    assert second.attribution == "La police"
    text = "The toll rose to 12 on Friday, police said, up from 9 reported on Thursday."
    assert {c.attribution for c in counts(text)} == {"police"}


def test_figure_sentence_is_not_a_source_fragment() -> None:
    text = "The agency said in a statement. Forty people were still missing."
    claim = counts(text)[0]
    assert claim.attribution == "The agency" and claim.measure == "missing"


def test_clock_time_with_spaces_is_not_a_count() -> None:
    assert counts("Le barrage a cédé vers 4 h 15 dans la nuit.", "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot and killed during the robbery.",
        "Two brothers were shot dead on Friday.",
        "Police said 3 men were fatally shot.",
    ],
)
def test_shot_and_killed_is_killed(text: str) -> None:
    assert counts(text)[0].measure == "killed"


def test_age_after_common_noun_is_no_count() -> None:
    assert all(c.low != 44 for c in counts("The victim, 44, was shot and killed."))


def test_headline_list_keeps_each_outcome() -> None:
    """Title case and a shared clause: each number takes the outcome right before it."""
    claims = counts("Drive-by Shooter Kills 1, Injures 3")
    assert [(c.low, c.measure) for c in claims] == [(1, "killed"), (3, "injured")]


def test_in_addition_sentence_adds_a_part_to_the_breakdown_before() -> None:
    text = (
        "At least 40 people died: 22 miners and 15 guards. "
        "In addition, three drivers were killed on the road. "
        "Also, 9 trucks burned."
    )
    claims = extract_claims(text, "en", article_id="a")
    total = next(c for c in claims if c.low == 40)
    drivers = next(c for c in claims if c.low == 3)
    assert (drivers.parent, drivers.measure) == (total.id, total.measure)
    assert next(c for c in claims if c.low == 9).parent is None  # not an addition opener


def test_addition_opener_without_a_breakdown_before_links_nothing() -> None:
    claims = extract_claims("Five people died. In addition, two were hurt.", "en", article_id="a")
    assert all(c.parent is None for c in claims)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Four victims were taken to hospital with non-life-threatening injuries.", 4, "injured"),
        ("He is accused of trying to kill 2 officers.", 2, None),
        ("The feud has already claimed two lives.", 2, "killed"),
        ("Gunman kills 3 at a mall.", 3, "killed"),
        ("Said one woman who lives nearby.", 1, None),
        ("Three people were charged on Monday.", 3, "arrested"),
    ],
)
def test_outcome_cues_in_context(text: str, value: float, measure: str | None) -> None:
    (claim,) = [c for c in counts(text) if c.low == value]
    assert claim.measure == measure


def test_ages_listed_after_ages_are_no_counts() -> None:
    claims = extract_claims("The two men, ages 20 and 22, were hurt.", "en")
    assert {c.low for c in claims if c.kind is ClaimKind.COUNT} == {2}


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Jayden Norton, 7, died after an accidental shooting.", "Jayden Norton", "killed"),
        ("Ann Lee, 71, of Sanford, was fatally shot at home.", "Ann Lee", "killed"),
        ("Mark Lee, 24, was arrested Friday.", "Mark Lee", "arrested"),
        ("Police are investigating the fatal shooting of a man in Tulsa.", "a", "killed"),
        ("A juvenile was killed on Friday.", "A", "killed"),
        ("An 8-year-old girl has died in hospital.", "An", "killed"),
        ("A 90-year-old man was accidentally shot to death on Monday.", "A", "killed"),
        ("A 5-year-old boy who died over the weekend was shot by a sibling.", "A", "killed"),
        ("A father shot and killed his own 14-year-old son.", "his own 14-year-old son", "killed"),
        ("2-year-old killed in accidental shooting", "2-year-old", "killed"),
        ("A hunter shot and killed a Rusk County man on Sunday.", "a Rusk County man", "killed"),
        (
            "He is tried for the deadly shooting of a 15-year-old boy.",
            "a 15-year-old boy",
            "killed",
        ),
        (
            "A shooting claimed the life of 20-year-old Jose Sanchez.",
            "20-year-old Jose Sanchez",
            "killed",
        ),
        ("One man lost his life in the shooting.", "One", "killed"),
        ("On Tuesday an 11-year-old girl took her own life.", "an", "killed"),
        ("A man committed suicide after the standoff.", "A", "killed"),
        (
            "A shooting on Friday killed 24-year-old Alex Doe of Dorchester.",
            "24-year-old Alex Doe",
            "killed",
        ),
        (
            "Police are investigating the fatal shooting of 15-year-old Ben Roe.",
            "15-year-old",
            "killed",
        ),
    ],
)
def test_one_person_named_or_described(text: str, surface: str, measure: str) -> None:
    (claim,) = counts(text)
    assert (claim.surface, claim.low, claim.high, claim.measure) == (surface, 1, 1, measure)


def test_the_subject_of_an_active_killing_is_the_killer() -> None:
    claims = counts("Police say a man shot and killed his wife on Sunday.")
    assert [(c.surface, c.measure) for c in claims] == [("his wife", "killed")]
    claims = counts("Police say a 17-year-old killed another 17-year-old.")
    assert [(c.surface, c.measure) for c in claims] == [("another 17-year-old", "killed")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A man killed his 4-year-old son and then himself on Sunday.", 2),
        ("Man kills 4-year-old, then himself", 2),
        ("He shot and killed his mother, stepfather, and grandmother.", 3),
        (
            "A woman killed her daughter and two young grandchildren before turning the gun on herself.",
            4,
        ),
        ("Police: Woman kills husband, infant son, then attempts suicide", 2),
        ("He was charged with killing her father and daughter in July.", 2),
        ("The shooting killed his girlfriend, their unborn child, her mother and her brother.", 4),
        ("Wyoming man kills infant son, self", 2),
        ("He killed his wife and ten children.", 11),
        ("Father, daughter, 9, found dead at their home", 2),
        ("The shooting killed 31-year-old Bo Lee and 28-year-old Ty Roe.", 2),
        ("An eight-month-old baby and a man were shot and killed on Sunday.", 2),
        ("Jose Garcia III, 20, and Feliberto Ponce, 17, were gunned down at a party.", 2),
        ("A man and his two kids were found dead inside of their home.", 3),
        ("Police investigate the shooting deaths of a mother, son and little girl.", 3),
        ("The shooting deaths of a husband, wife and their two children are investigated.", 4),
        ("He is charged in the deaths of his aunt and uncle.", 2),
        ("A shooting claimed the lives of a boy and his adopted mother.", 2),
        ("Accidental shooting claims life of 15-year-old; friend is charged", 1),
    ],
)
def test_victims_listed_after_the_killing_verb_add_up(text: str, value: int) -> None:
    (claim,) = counts(text)
    assert (claim.low, claim.high, claim.measure) == (value, value, "killed")


def test_a_named_speaker_is_no_count() -> None:
    assert counts("Police Chief John Smith, 54, said the area was safe.") == []


def test_headline_figures_cite_the_title() -> None:
    title = "Shooting Leaves 2 Dead, 3 Injured In Riverton"
    claims = extract_headline_claims(title, "Police were called on Monday.", "en", "a")
    assert [(c.id, c.low, c.measure) for c in claims] == [
        ("a:h0", 2, "killed"),
        ("a:h1", 3, "injured"),
    ]
    assert all(c.sentence_index == HEADLINE for c in claims)
    assert [title[c.number_start : c.number_end] for c in claims] == ["2", "3"]


def test_a_title_the_text_repeats_gives_no_headline_figures() -> None:
    text = "Storm kills 3 in the valley\n\nThe storm hit on Monday."
    assert extract_headline_claims("Storm kills 3 in the valley", text, "en", "a") == []


def test_a_headline_figure_the_body_states_is_not_counted_twice() -> None:
    text = "At least 24 people were killed on Tuesday. Rescuers found 3 survivors."
    body = extract_claims(text, "en", article_id="a")
    title = "Dam collapse kills at least 24, 40 hurt"
    claims = extract_headline_claims(title, text, "en", "a", body)
    assert [(c.low, c.measure) for c in claims] == [(40, "injured")]


def test_a_body_figure_the_headline_states_takes_its_subject() -> None:
    text = "Police were called to the apartments. Five people were shot and one was killed."
    body = extract_claims(text, "en", article_id="a")
    assert [(c.low, c.measure, c.subject) for c in body] == [
        (5, "shot", "people"),
        (1, "killed", None),
    ]
    title = "1 dead, 4 injured in South Memphis shooting"
    claims = extract_headline_claims(title, text, "en", "a", body)
    assert [(c.low, c.measure) for c in claims] == [(4, "injured")]
    assert body[1].subject == "people"


def test_the_one_who_kills_is_not_counted_dead() -> None:
    assert [(c.low, c.measure) for c in counts("Suspect kills 2 in bar")] == [(2, "killed")]
    assert counts("A man kills his neighbour.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police are investigating an apparent murder-suicide in Kent.", 2),
        ("Boy, 3, killed by father in double murder-suicide", 3),
        ("A double murder shocked the town.", 2),
        ("Teens identified in double fatal shooting", 2),
    ],
)
def test_a_murder_suicide_counts_its_dead(text: str, value: int) -> None:
    (claim,) = counts(text)
    assert (claim.low, claim.measure) == (value, "killed")
    # the killer may have taken more lives than the word says; "double murder" says two
    suicide = "suicide" in text
    assert claim.qualifier is (Qualifier.AT_LEAST if suicide else Qualifier.EXACT)


@pytest.mark.parametrize(
    "text",
    [
        "Call Crime Stoppers toll-free at 1-877-903-STOP about the killing.",
        "He barely missed killing a 1-year-old boy sleeping in his crib.",
        "He tried to kill his wife on Sunday.",
        "Some were shot in the arm and one victim is fighting for his life.",
        "Two children were released with non-life threating wounds.",
        "Little boy who shot himself is on life support 1 / 4 Back to Gallery",
        "It was an attempted murder-suicide, police said.",
    ],
)
def test_no_one_died_here(text: str) -> None:
    assert [c for c in counts(text) if c.measure == "killed"] == []


@pytest.mark.parametrize(
    ("title", "qualifier"),
    [
        ("Lodi 8th-grader dies in accidental shooting", Qualifier.EXACT),
        ("Mother shot in head by 4-year-old son dies", Qualifier.EXACT),
        ("Officials identify man killed by apparent accidental gunshot", Qualifier.EXACT),
        ("Third person charged in fatal shooting at Winchester apartment", Qualifier.AT_LEAST),
    ],
)
def test_a_headline_death_without_a_number_is_one(title: str, qualifier: Qualifier) -> None:
    claims = extract_headline_claims(title, "Police were called on Monday.", "en", "a")
    (claim,) = [c for c in claims if c.measure == "killed"]
    assert (claim.low, claim.high, claim.qualifier) == (1, 1, qualifier)
    assert title[claim.number_start : claim.number_end] == claim.surface


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The man dies at the scene.", 1),
        ("Police are investigating a deadly shooting on Main Street.", 1),
        ("Two killed in fatal shooting on Main Street.", 2),  # the stated count, once
    ],
)
def test_a_body_death_without_a_number(text: str, value: int) -> None:
    assert [c.low for c in counts(text) if c.measure == "killed"] == [value]


@pytest.mark.parametrize(
    "title",
    [
        "Teen nearly killed in shooting",
        "Brothers killed in crash",  # how many is not said
        "Police investigate non-fatal shooting",
        "Man charged with attempted murder in fatal stabbing plot",
    ],
)
def test_no_lone_death_is_read_here(title: str) -> None:
    claims = extract_headline_claims(title, "Police were called on Monday.", "en", "a")
    assert [c for c in claims if c.measure == "killed"] == []


def test_a_body_killed_without_a_number_is_not_read_as_one() -> None:
    # outside a headline only "dies" and a fatal event are read: "the man killed" may be a recap
    assert counts("The man killed in the crash was identified on Monday.") == []


def test_victims_named_after_the_toll_are_among_its_dead() -> None:
    text = (
        "Three people were found shot to death in a home on Sunday. Police said the man killed"
        " his brother before the standoff. A woman was also shot."
    )
    toll, brother, woman = extract_claims(text, "en", article_id="a")
    assert (toll.low, toll.measure, toll.role) == (3, "killed", None)
    assert (brother.surface, brother.role, brother.parent) == ("his brother", "member", toll.id)
    assert woman.measure == "shot" and woman.parent is None  # another outcome


def test_another_victim_after_the_toll_is_one_more_not_one_of_them() -> None:
    text = "Two civilians were killed on Monday. Another civilian died under artillery fire."
    toll, more = extract_claims(text, "en", article_id="a")
    assert (toll.low, more.low, more.role, more.parent) == (2, 1, None, None)


def test_a_headline_count_of_no_one_named_counts_people() -> None:
    title = "1 dead, 4 injured in South Memphis shooting"
    claims = extract_headline_claims(title, "Police were called on Monday.", "en", "a")
    assert [(c.low, c.measure, c.subject) for c in claims] == [
        (1, "killed", "people"),
        (4, "injured", "people"),
    ]
    # in a body the same elided noun stays unknown: often a tally of other events
    (body,) = counts("By Sunday, 10 had died across the city.")
    assert (body.low, body.measure, body.subject) == (10, "killed", None)


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("One teen killed, another arrested in Lincoln County", "people"),
        ("3 Chicago teens shot in drive-by", "people"),
        ("Shooting leaves 2 dead", "people"),
        ("2 suspects killed in shootout", None),  # someone named, no group the words know
    ],
)
def test_a_headline_count_takes_people_only_where_no_one_else_is_named(
    title: str, subject: str | None
) -> None:
    (claim,) = extract_headline_claims(title, "Police were called on Monday.", "en", "a")
    assert claim.subject == subject


def test_a_title_the_text_starts_with_is_read_as_a_headline() -> None:
    title = "6 shot to death in Spring"
    text = f"{title}\n\nBy Sunday, 10 had died across the city."
    claims = extract_claims(text, "en", article_id="a", titled=title_leads(title, text))
    assert [(c.low, c.measure, c.subject) for c in claims] == [
        (6, "killed", "people"),
        (10, "killed", None),
    ]
    # not titled: the first sentence is body text, whose elided noun stays unknown
    assert [c.subject for c in extract_claims(text, "en", article_id="a")] == [None, None]


def test_people_nouns_outside_the_group_words() -> None:
    claims = counts("Four Marines were killed; six members of a Spring family died.")
    assert [(c.low, c.subject) for c in claims] == [(4, "soldiers"), (6, "people")]


def test_a_named_victim_before_any_toll_stands_alone() -> None:
    text = "A man was killed on Sunday. Two people were killed in a second shooting."
    one, two = extract_claims(text, "en", article_id="a")
    assert (one.role, one.parent, two.low) == (None, None, 2)


@pytest.mark.parametrize(
    ("text", "victims", "dead"),
    [
        ("Father kills two children, then fatally shoots self in a standoff.", 2, 3),
        ("The gunman killed one and injured three before shooting himself.", 1, 2),
        ("Gunman kills 3 bandmates, self after being kicked out of rock group", 3, 4),
        ("He was the man in a shooting that left him and his two daughters dead.", 2, 3),
        ("Police: 3 members of family fatally shot; suspect killed", 3, 4),
        ("A gunman killed two people and then himself in the lobby.", 2, 3),
        ("Two bailiffs and the shooter are dead after a courthouse shooting.", 2, 3),
    ],
)
def test_the_killer_who_dies_after_counted_victims_adds_one(
    text: str, victims: int, dead: int
) -> None:
    killed = [c for c in counts(text) if c.measure == "killed"]
    part, total = sorted(killed, key=lambda c: c.low)
    assert (part.low, part.role, part.parent) == (victims, "part", total.id)
    assert (total.low, total.role) == (dead, "total")


def test_attackers_counted_dead_after_the_victims_are_parts_of_the_total() -> None:
    text = "14 dead, 21 injured in mass shooting; 2 suspects killed"
    killed = sorted((c for c in counts(text) if c.measure == "killed"), key=lambda c: c.low)
    assert [(c.low, c.role) for c in killed] == [(2, "part"), (14, "part"), (16, "total")]
    assert {c.parent for c in killed[:2]} == {killed[2].id}
    # an attacker arrested, or victims only wounded, add no death to a toll
    assert [c.low for c in counts("Two men were killed; the suspect was arrested.")] == [2]


def test_an_accident_where_the_victim_shot_himself_adds_no_one() -> None:
    text = "A 16-year-old boy died after accidentally shooting himself."
    assert [c.low for c in counts(text) if c.measure == "killed"] == [1]


def test_a_capitalised_number_word_inside_a_name_counts_nothing() -> None:
    text = "A woman was found dead in a hotel room near Six Flags St. Louis."
    assert [c.low for c in counts(text) if c.measure == "killed"] == [1]


@pytest.mark.parametrize(
    ("title", "lang", "counts"),
    [
        # the outlet's tag after the headline names a station, never a toll
        ("One dead in accidental shooting - WTRF 7 News Sports Weather", "en", {("killed", 1)}),
        ("Child shot in Marion County - WDAM-TV 7-News, Weather", "en", {("shot", 1)}),
        # a part after a separator that tells of an outcome keeps its figure
        ("Shooting at a party - 3 injured", "en", {("injured", 3)}),
        ("Fusillade à Lyon - 3 blessés | Le Progrès 69", "fr", {("injured", 3)}),
        ("Tiroteo en Toledo - 2 heridos | Canal 4", "es", {("injured", 2)}),
        ("Schüsse in Köln - 2 Verletzte | Radio 1", "de", {("injured", 2)}),
    ],
)
def test_a_headlines_outlet_tag_counts_nothing(title, lang, counts):
    found = extract_headline_claims(title, "", lang, "a")
    assert {(c.measure, c.low) for c in found if c.kind is ClaimKind.COUNT} == counts


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        ("Police seek two homicide suspects after the shooting.", "en", None),
        ("Two homicide detectives were at the scene on Monday.", "en", None),
        ("Two homicide victims were identified on Monday.", "en", "killed"),
        ("The city has recorded 45 homicides this year.", "en", "killed"),
        ("La police recherche deux suspects après l'homicide.", "fr", None),
        ("La policía busca a dos sospechosos de homicidio.", "es", None),
        ("Die Polizei sucht zwei Tatverdächtige nach dem Tötungsdelikt.", "de", None),
    ],
)
def test_a_death_word_naming_suspects_or_detectives_counts_no_dead(text, lang, measure) -> None:
    (claim,) = counts(text, lang)
    assert claim.measure == measure
