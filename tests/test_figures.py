"""Figures stage: qualifiers, measures, subjects, part-whole, attribution, not-claims."""

from __future__ import annotations

import pytest

from newsfuse.extract.figures import extract_claims
from newsfuse.records import ClaimKind, Qualifier


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
