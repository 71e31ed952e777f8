"""Which sentences the entity recogniser reads: names are capitalised, so a sentence whose only
capital opens it on a function word holds none, and the model's spans there are debris."""

import pytest

from newsfuse.extract.entities import extract_mentions, may_name
from newsfuse.language import read_language
from newsfuse.records import Article


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The man was shot twice in the leg."),
        ("en", "80 people showed up to the house party."),
        ("en", '"It\'s chaos out here," one lawman said.'),
        ("fr", "Il a été blessé par balle dans la nuit."),
        ("fr", "Ça nous détruit."),
        ("es", "El hombre murió en el hospital horas después."),
        ("de", "Er wurde schwer verletzt."),
    ],
)
def test_no_name_without_a_capital_past_an_opening_function_word(lang: str, text: str) -> None:
    assert not may_name(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chicago police said the man was shot twice."),  # a name opens it
        ("en", "The man was taken to Mercy Hospital."),
        ("en", "He said I was lucky."),  # "I" is no name, but the model reads it
        ("fr", "Les membres de l’Assemblée prendront la décision finale."),  # elided article
        ("fr", "Des centaines de manifestants anti-Erdogan ont défilé."),
        ("es", "La policía de Toledo investiga el tiroteo."),
        ("de", "Die Polizei in Lyon sucht noch nach dem Täter."),
        ("de", "Die Polizei sucht noch nach dem Täter."),  # German nouns are capitalised: read
    ],
)
def test_a_capital_past_the_opening_word_may_be_a_name(lang: str, text: str) -> None:
    assert may_name(text, lang)


def _mentions(lang: str, text: str) -> list[tuple[str, str]]:
    _, sentences = read_language(Article(id="a", text=text, language=lang))
    return [(m.text, m.label) for m in extract_mentions(sentences, lang)]


@pytest.mark.slow
def test_the_recogniser_debris_of_lowercase_sentences_is_gone() -> None:
    # The old run gave ORG "the house party", ORG "examiner", PER "marijuana", MISC "ça".
    assert (
        _mentions(
            "en",
            "80 people showed up to the house party. The state medical examiner’s office will "
            "perform an autopsy. They also found drug paraphernalia, marijuana and unmarked pills.",
        )
        == []
    )
    assert _mentions("fr", "Je prévoyais plus, mais c’est comme ça que ça s’est passé.") == []


@pytest.mark.slow
def test_names_beside_skipped_sentences_are_still_read() -> None:
    found = _mentions(
        "en",
        "The man was shot twice in the leg. Chicago police said John Smith, 24, was arrested.",
    )
    assert ("Chicago", "LOC") in found and ("John Smith", "PER") in found
