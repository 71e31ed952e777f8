"""Mentions and entity linking across articles and languages."""

from __future__ import annotations

import json

import pytest

from newsfuse.errors import InputError
from newsfuse.extract.entities import (
    content_stems,
    extract_mentions,
    initials,
    link_entities,
    load_kb,
    normalize,
)
from newsfuse.language import split_sentences
from newsfuse.records import Mention


def corpus(docs: dict[str, tuple[str, str, list[tuple[str, str]]]]):
    """Articles {id: (lang, text, [(name, label)])} -> mentions, sentences, languages."""
    mentions, sentences, languages = [], {}, {}
    for aid, (lang, text, names) in docs.items():
        sentences[aid] = split_sentences(text, aid, lang)
        languages[aid] = lang
        for name, label in names:
            start = text.index(name)
            sentence = next(s for s in sentences[aid] if s.start <= start < s.end)
            mentions.append(Mention(aid, sentence.index, start, start + len(name), name, label))
    return mentions, sentences, languages


def groups(mentions: list[Mention]) -> dict[str, set[str]]:
    by_entity: dict[str, set[str]] = {}
    for m in mentions:
        by_entity.setdefault(m.entity_id, set()).add(m.text)
    return {min(names): names for names in by_entity.values()}


def test_normalisation_drops_case_accents_articles_and_arabic_article():
    assert normalize("The Levant") == normalize("levant")
    assert normalize("L'Observatoire") == "observatoire"
    assert normalize("Bashar al-Assad’s") == normalize("Bashar Assad")
    assert content_stems("Organisation de libération du Levant") == content_stems(
        "Levant Liberation Agency"
    )
    assert initials("Syrian Observatory for Human Rights") == "SOHR"


def test_acronym_defined_in_text_links_across_languages():
    mentions, sentences, languages = corpus(
        {
            "en": (
                "en",
                "Reports said the Syrian Observatory for Human Rights (OSDH) counted 255 dead.",
                [("Syrian Observatory for Human Rights", "ORG"), ("OSDH", "ORG")],
            ),
            "fr": ("fr", "Selon l'OSDH, les combats continuent.", [("OSDH", "ORG")]),
            "en2": ("en", "The SOHR is based in Britain.", [("SOHR", "ORG")]),
        }
    )
    entities = link_entities(mentions, sentences, languages)
    assert len({m.entity_id for m in mentions}) == 1
    (entity,) = [e for e in entities if e.mention_count == 4]
    assert entity.name == "Syrian Observatory for Human Rights" and entity.kb_id == "sohr"
    assert entity.aliases["fr"] == ["OSDH"]


@pytest.mark.slow  # loads the multilingual sentence encoder
def test_translated_names_merge_without_the_knowledge_base():
    mentions, sentences, languages = corpus(
        {
            "fr": (
                "fr",
                "Le Front de libération nationale a gagné.",
                [("Front de libération nationale", "ORG")],
            ),
            "en": (
                "en",
                "The National Liberation Front won; the NLF celebrated.",
                [("National Liberation Front", "ORG"), ("NLF", "ORG")],
            ),
            "de": (
                "de",
                "Die Nationale Befreiungsfront feierte.",
                [("Nationale Befreiungsfront", "ORG")],
            ),
        }
    )
    link_entities(mentions, sentences, languages, kb=load_kb())
    found = groups(mentions)
    assert {"Front de libération nationale", "National Liberation Front", "NLF"} in found.values()


def test_no_over_merging_of_related_names():
    mentions, sentences, languages = corpus(
        {
            "a": (
                "en",
                "The Syrian army fought the Free Syrian Army and the Syrian National Army. "
                "The Syrian Observatory said so. Turkish-backed rebels advanced.",
                [
                    ("Syrian army", "ORG"),
                    ("Free Syrian Army", "ORG"),
                    ("Syrian National Army", "ORG"),
                    ("Syrian Observatory", "ORG"),
                    ("Turkish-backed rebels", "MISC"),
                ],
            ),
        }
    )
    link_entities(mentions, sentences, languages)
    assert len({m.entity_id for m in mentions}) == 5


def test_surname_joins_the_one_full_name():
    mentions, sentences, languages = corpus(
        {
            "a": (
                "en",
                "Envoy Geir Pedersen spoke. Pedersen warned of escalation.",
                [("Geir Pedersen", "PER"), ("Pedersen warned", "PER")],
            ),
        }
    )
    mentions[1].end, mentions[1].text = mentions[1].start + 8, "Pedersen"
    link_entities(mentions, sentences, languages)
    assert mentions[0].entity_id == mentions[1].entity_id


def test_user_knowledge_base_extends_the_shipped_one(tmp_path):
    extra = tmp_path / "kb.json"
    extra.write_text(
        json.dumps(
            {
                "entities": [
                    {
                        "id": "mdm",
                        "name": "Médecins du Monde",
                        "type": "ORG",
                        "aliases": {"en": ["Doctors of the World"], "fr": ["Médecins du Monde"]},
                    },
                    {"id": "sohr", "aliases": {"en": ["Syrian rights monitor"]}},
                ]
            }
        )
    )
    kb = load_kb(extra)
    assert kb.match("Doctors of the World").id == "mdm"
    assert kb.match("the Syrian rights monitor").id == "sohr"
    assert kb.match("OSDH").id == "sohr"  # shipped aliases are kept
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(InputError):
        load_kb(bad)


@pytest.fixture(scope="module")
def gazetteer_index():
    """Build the cached place index (once per machine, ~25 s) outside the timed test."""
    from newsfuse.extract.gazetteer import gazetteer

    return gazetteer()


@pytest.mark.slow
def test_mentions_in_languages_with_and_without_a_model(gazetteer_index):
    texts = {
        "en": "Rebels led by Hayat Tahrir al-Sham (HTS) entered Aleppo, the SOHR said.",
        "fr": "Les combats touchent la province voisine Idlebconsidéré comme le dernier bastion.",
        "es": "El enviado Geir Pedersen visitó Alepo con la ONU el martes.",
        "de": "Am Donnerstag meldete die Syrische Beobachtungsstelle für Menschenrechte Kämpfe in Idlib.",
    }
    found = {}
    for lang, text in texts.items():
        mentions = extract_mentions(split_sentences(text, lang, lang), lang)
        for m in mentions:
            assert text[m.start : m.end] == m.text
            assert m.label in {"PER", "ORG", "LOC", "MISC"}
        found[lang] = {(m.text, m.label) for m in mentions}
    assert {("Hayat Tahrir al-Sham", "ORG"), ("HTS", "ORG"), ("Aleppo", "LOC")} <= found["en"]
    assert ("Idleb", "LOC") in found["fr"]
    assert {("Geir Pedersen", "PER"), ("Alepo", "LOC"), ("ONU", "ORG")} <= found["es"]
    assert ("Syrische Beobachtungsstelle für Menschenrechte", "ORG") in found["de"]
    assert ("Idlib", "LOC") in found["de"]
    assert not any(text in {"Donnerstag", "Am", "Kämpfe"} for text, _ in found["de"])


@pytest.mark.parametrize(
    ("text", "span", "lang", "kept"),
    [
        ("Port Asselin beat Quarnessa 2-1 on Wednesday.", "Quarnessa 2-1", "en", "Quarnessa"),
        ("Lyon a battu Nantes 3-0 samedi soir.", "Nantes 3-0", "fr", "Nantes"),
        ("El Toledo venció al Getafe 2-1 el domingo.", "Getafe 2-1", "es", "Getafe"),
        ("Köln schlug Gladbach 1:0 am Sonntag.", "Gladbach 1:0", "de", "Gladbach"),
        ("The 1-0 winner came late.", "1-0", "en", None),
    ],
)
def test_a_person_s_name_holds_no_figure(text, span, lang, kept):
    from newsfuse.extract.entities import _sentence_mentions, default_kb

    (sentence,) = split_sentences(text, "a1", lang)
    start = text.index(span)
    mentions = _sentence_mentions(sentence, [(start, start + len(span), "PER")], default_kb(), lang)
    assert [m.text for m in mentions if m.label == "PER"] == ([kept] if kept else [])


@pytest.mark.parametrize(
    ("text", "lang", "linked"),
    [
        ("A 39-YEAR-OLD WOMAN IS IN CRITICAL CONDITION AFTER SHE WAS SHOT.", "en", False),
        ("IS fighters attacked the town on Sunday.", "en", True),
    ],
)
def test_a_shouted_word_is_no_acronym(text, lang, linked):
    from newsfuse.extract.entities import _sentence_mentions, default_kb

    (sentence,) = split_sentences(text, "a1", lang)
    names = [m.text for m in _sentence_mentions(sentence, [], default_kb(), lang)]
    assert ("IS" in names) is linked
