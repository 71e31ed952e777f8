"""Language identification and sentence splitting in the six main languages."""

from __future__ import annotations

import pytest

from newsfuse.language import detect_language, split_sentences, split_spans

SENTENCES = {
    "en": "The government announced on Monday that the new railway line will open next spring.",
    "fr": "Le gouvernement a annoncé lundi que la nouvelle ligne de chemin de fer ouvrira au "
    "printemps prochain.",
    "es": "El gobierno anunció el lunes que la nueva línea de ferrocarril se abrirá la próxima "
    "primavera.",
    "de": "Die Regierung hat am Montag angekündigt, dass die neue Bahnstrecke im nächsten "
    "Frühjahr eröffnet wird.",
    "pt": "O governo anunciou na segunda-feira que a nova linha ferroviária será inaugurada na "
    "próxima primavera.",
    "it": "Il governo ha annunciato lunedì che la nuova linea ferroviaria sarà aperta la "
    "prossima primavera.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_detects_main_languages(lang: str) -> None:
    assert detect_language(SENTENCES[lang]) == lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rescue teams searched the flooded houses for missing residents all night."),
        (
            "fr",
            "Les secours ont fouillé toute la nuit les maisons inondées à la recherche de "
            "disparus.",
        ),
        (
            "es",
            "Los equipos de rescate buscaron toda la noche a los desaparecidos en las casas "
            "inundadas.",
        ),
        (
            "de",
            "Die Rettungskräfte suchten die ganze Nacht in den überfluteten Häusern nach "
            "Vermissten.",
        ),
        (
            "pt",
            "As equipes de resgate procuraram os desaparecidos nas casas inundadas durante "
            "toda a noite.",
        ),
        (
            "it",
            "Le squadre di soccorso hanno cercato i dispersi nelle case allagate per tutta la "
            "notte.",
        ),
    ],
)
def test_detects_other_sentences(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "ok", "12345678901234567890", "!!! ??? ..."])
def test_too_short_or_no_letters_gives_default(text: str) -> None:
    assert detect_language(text) is None
    assert detect_language(text, default="fr") == "fr"


def texts(text: str, lang: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, "a1", lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Mr. Smith met Dr. Jones in St. Louis on Monday. They talked for an hour.",
            ["Mr. Smith met Dr. Jones in St. Louis on Monday.", "They talked for an hour."],
        ),
        (
            "fr",
            "M. Dupont a rencontré Mme Martin à Lyon. Ils ont parlé pendant une heure.",
            ["M. Dupont a rencontré Mme Martin à Lyon.", "Ils ont parlé pendant une heure."],
        ),
        (
            "es",
            "El Sr. García llegó ayer a Madrid. La Sra. López llegó también.",
            ["El Sr. García llegó ayer a Madrid.", "La Sra. López llegó también."],
        ),
        (
            "de",
            "Es gibt z.B. Berlin und Hamburg. Dort lebt Dr. Müller seit Jahren.",
            ["Es gibt z.B. Berlin und Hamburg.", "Dort lebt Dr. Müller seit Jahren."],
        ),
        (
            "pt",
            "O Sr. Silva chegou ontem a Lisboa. A Dra. Costa também veio.",
            ["O Sr. Silva chegou ontem a Lisboa.", "A Dra. Costa também veio."],
        ),
        (
            "it",
            "Il dott. Rossi è arrivato a Roma. Il Sig. Bianchi no.",
            ["Il dott. Rossi è arrivato a Roma.", "Il Sig. Bianchi no."],
        ),
    ],
)
def test_abbreviations_do_not_end_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert texts(text, lang) == expected


def test_abbreviations_known_when_language_unknown() -> None:
    assert texts("Mr. Smith met Dr. Jones. They talked.") == [
        "Mr. Smith met Dr. Jones.",
        "They talked.",
    ]


def test_initials_do_not_end_sentences() -> None:
    assert texts("The book by J. R. R. Tolkien sold well. George W. Bush read it.", "en") == [
        "The book by J. R. R. Tolkien sold well.",
        "George W. Bush read it.",
    ]


def test_decimal_numbers_do_not_end_sentences() -> None:
    text = "It sold 2.5 million copies. Prices rose 3.7% in 2024. Then it stopped."
    assert texts(text, "en") == [
        "It sold 2.5 million copies.",
        "Prices rose 3.7% in 2024.",
        "Then it stopped.",
    ]


def test_number_can_end_a_sentence() -> None:
    assert texts("The toll rose to 255. Officials said 12 more were missing.", "en") == [
        "The toll rose to 255.",
        "Officials said 12 more were missing.",
    ]


def test_quotes() -> None:
    text = 'He said "It is over." Then he left. “We won,” she said. ‘Fine.’ It ended!'
    assert texts(text, "en") == [
        'He said "It is over."',
        "Then he left.",
        "“We won,” she said.",
        "‘Fine.’",
        "It ended!",
    ]


def test_question_exclamation_and_ellipsis() -> None:
    assert texts("Is it over? Yes! Really… Maybe... Who knows.", "en") == [
        "Is it over?",
        "Yes!",
        "Really…",
        "Maybe...",
        "Who knows.",
    ]


def test_lowercase_after_period_is_not_a_boundary() -> None:
    assert texts("The U.S. army said the attack, etc. was over.", "en") == [
        "The U.S. army said the attack, etc. was over."
    ]


def test_french_guillemets_with_spaces() -> None:
    assert texts("Il a dit : « Nous avons gagné. » Puis il est parti.", "fr") == [
        "Il a dit : « Nous avons gagné. »",
        "Puis il est parti.",
    ]


def test_paragraphs_always_end_sentences() -> None:
    text = "First paragraph without a stop\n\nSecond paragraph. With two sentences.\nThird one"
    sentences = split_sentences(text, "a1", "en")
    assert [s.text for s in sentences] == [
        "First paragraph without a stop",
        "Second paragraph.",
        "With two sentences.",
        "Third one",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_offsets_point_into_the_text() -> None:
    text = "  Mr. Smith arrived.   He said “Yes.” \n\n Then 2.5 km later, he stopped!  "
    sentences = split_sentences(text, "art", "en")
    assert len(sentences) == 3
    for s in sentences:
        assert s.article_id == "art"
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)


def test_spans_skip_punctuation_only_chunks() -> None:
    assert split_spans("... \n . . .\n") == []


def test_each_sentence_gets_its_own_language() -> None:
    text = f"{SENTENCES['en']} {SENTENCES['fr']}\nOk."
    sentences = split_sentences(text, "a1", "en")
    assert [s.language for s in sentences] == ["en", "fr", "en"]


def test_german_day_ordinal_before_a_month_ends_no_sentence() -> None:
    text = "Der Damm brach am 11. März gegen 3.40 Uhr. Bis Mai starben 27. Juni brachte Regen."
    assert [s.text for s in split_sentences(text, "a", "de")] == [
        "Der Damm brach am 11. März gegen 3.40 Uhr.",
        "Bis Mai starben 27. Juni brachte Regen.",  # the rare real end before a month is lost
    ]
