"""How many (en/fr/es/de): of those shot, the part "killing four of them" or "two of them
fatally" counts the dead, not more people shot; a killer who killed others "and himself" is one
more dead in every language ("and himself", "et s'est suicidé", "y se suicidó", "und sich
selbst"); people "shot at" were fired at, hit or not."""

from __future__ import annotations

import pytest
from test_event_record import _article, _counts, _fact

from newsfuse.extract.figures import extract_claims
from newsfuse.records import HEADLINE


def _read(text: str, lang: str) -> list[tuple[str | None, float, str | None]]:
    return [(c.measure, c.low, c.role) for c in extract_claims(text, lang, article_id="x")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Six people were shot early Sunday, two of them fatally.", "en"),
        ("A gunman shot six people at the party, killing two of them.", "en"),
        ("Six personnes ont été touchées par balles, deux d'entre eux mortellement.", "fr"),
        ("Seis personas fueron baleadas, dos de ellas murieron en el hospital.", "es"),
        ("Sechs Menschen wurden angeschossen, zwei von ihnen tödlich.", "de"),
    ],
)
def test_the_dead_among_those_shot_are_killed(text, lang):
    assert ("killed", 2, "part") in _read(text, lang)
    assert ("shot", 6, "total") in _read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Five people were wounded, three of them critically.", "en"),
        ("Cinq personnes ont été blessées, dont trois grièvement.", "fr"),
        ("Four people were shot, including two children.", "en"),
    ],
)
def test_other_parts_of_those_shot_stay_shot_or_hurt(text, lang):
    assert all(m != "killed" for m, _, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The gunman killed four classmates and himself on Friday.", "en"),
        ("Il a tué quatre personnes et s'est suicidé.", "fr"),
        ("Mató a cuatro personas y se suicidó.", "es"),
        ("Er tötete vier Menschen und sich selbst.", "de"),
    ],
)
def test_the_killer_who_killed_himself_too_is_one_more_dead(text, lang):
    assert ("killed", 5, "total") in _read(text, lang)


def test_himself_as_a_subject_adds_no_death():
    assert ("killed", 4, "total") not in _read(
        "Police said he killed three people and himself was wounded.", "en"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said the suspect shot at seven people before he fled.", "en"),
        ("The gunman shot at a dozen people before killing himself.", "en"),
        ("Un homme a tiré sur sept personnes avant de s'enfuir.", "fr"),
        ("El hombre disparó contra siete personas antes de huir.", "es"),
        ("Der Mann schoss auf sieben Menschen und floh.", "de"),
    ],
)
def test_people_shot_at_were_fired_at_not_hit(text, lang):
    assert all(m not in ("shot", "injured", "killed") or v < 7 for m, v, _ in _read(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "Four people were shot at a party on Main Street.",
        "He shot at least four people outside the bar.",
    ],
)
def test_shot_at_a_place_or_at_least_is_still_shot(text):
    assert ("shot", 4, None) in _read(text, "en")


_FILLER = {
    "en": "Police were called to the street. Officers searched the area. A car was towed. "
    "Neighbours gathered. The road reopened.",
    "fr": "La police a été appelée. Les agents ont fouillé le quartier. Une voiture a été "
    "remorquée. Des voisins se sont rassemblés. La route a rouvert.",
    "es": "La policía fue llamada. Los agentes registraron la zona. Un coche fue remolcado. "
    "Los vecinos se reunieron. La calle se reabrió.",
    "de": "Die Polizei wurde gerufen. Beamte durchsuchten das Viertel. Ein Auto wurde "
    "abgeschleppt. Nachbarn versammelten sich. Die Straße wurde wieder geöffnet.",
}
_FAR = {
    "en": ("Suspect arrested after Toledo chase", "Last month, a woman was killed nearby."),
    "fr": (
        "Un suspect arrêté après une course-poursuite à Lyon",
        "Le mois dernier, une femme a été tuée.",
    ),
    "es": (
        "Detenido un sospechoso tras una persecución en Toledo",
        "El mes pasado, una mujer fue asesinada.",
    ),
    "de": (
        "Verdächtiger nach Verfolgungsjagd in Köln festgenommen",
        "Letzten Monat wurde eine Frau getötet.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_a_death_told_only_far_down_of_an_event_without_death_is_no_toll(lang):
    title, recalled = _FAR[lang]
    article = _article(title, f"{_FILLER[lang]} {recalled}", lang)
    facts = [_fact("killed", (article.id, 5, 1, recalled))]
    assert _counts(facts, article).get("killed") is None


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_a_death_told_far_down_stands_when_a_lead_tells_of_one(lang):
    title, recalled = _FAR[lang]
    article = _article(title, f"{_FILLER[lang]} {recalled}", lang)
    other = _article(recalled, _FILLER[lang], lang)
    facts = [_fact("killed", (article.id, 5, 1, recalled))]
    assert _counts(facts, article, other).get("killed") == 1


@pytest.mark.parametrize(
    ("text", "lang", "dead", "hit"),
    [
        ("One of four women wounded in the shooting in Lexington has died.", "en", 1, 4),
        ("Two of the five shooting victims had died by Monday.", "en", 2, 5),
        ("L'un des quatre blessés de la fusillade est mort.", "fr", 1, 4),
        ("Uno de los cuatro heridos en el tiroteo murió.", "es", 1, 4),
        ("Zwei der vier Verletzten sind gestorben.", "de", 2, 4),
    ],
)
def test_some_of_those_hit_died_since(text, lang, dead, hit):
    found = _read(text, lang)
    assert ("killed", dead, "part") in found and ("shot", hit, "total") in found


@pytest.mark.parametrize(
    "text",
    [
        "He was one of the two people who died.",
        "One of the 10 people arrested died in custody.",
    ],
)
def test_the_whole_that_died_or_was_arrested_is_no_count_of_the_hit(text):
    assert all(m != "shot" for m, _, _ in _read(text, "en"))


@pytest.mark.parametrize(
    ("title", "text", "lang", "words"),
    [
        (
            "Father kills his two sons in Toledo",
            "He then took his own life, police said.",
            "en",
            "two sons",
        ),
        (
            "Un père a tué ses deux fils à Lyon",
            "Il s'est suicidé ensuite, selon la police.",
            "fr",
            "deux fils",
        ),
        (
            "Un padre mató a sus dos hijos en Toledo",
            "Luego se suicidó, según la policía.",
            "es",
            "dos hijos",
        ),
        (
            "Vater tötete seine zwei Söhne in Köln",
            "Der Mann tötete sich dann selbst.",
            "de",
            "zwei Söhne",
        ),
    ],
)
def test_the_killers_victims_and_his_own_death(title, text, lang, words):
    article = _article(title, text, lang)
    facts = [_fact("killed", (article.id, HEADLINE, 2, words))]
    facts[0].values[0].evidence = words
    assert _counts(facts, article).get("killed") == 3


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Three dead in Toledo murder-suicide", "Three dead"),
        ("Man kills two, then himself, in Toledo", "two, then himself"),
    ],
)
def test_a_count_of_all_the_dead_takes_no_killer_more(title, words):
    article = _article(title, "He then took his own life, police said.")
    value = 3 if words.startswith("Three") else 2
    facts = [_fact("killed", (article.id, HEADLINE, value, words))]
    assert _counts(facts, article).get("killed") == value


def test_a_list_of_victims_naming_the_killer_takes_no_killer_more():
    article = _article("Man kills woman, her son, himself in Toledo", "Police said.")
    facts = [_fact("killed", (article.id, HEADLINE, 3, "woman, her son, himself"))]
    assert _counts(facts, article).get("killed") == 3
