"""How many killed: children a killing names by their ages, one age each ("killed his sons, ages
3 and 4", "kills sons, 10 and 12", "shot and killed his 12- and 10-year-old sons"), are that many
dead, with the killer when he took his own life too; an age in such a list is never a count (the
12 of "12- and 10-year-old sons" is no twelve dead); ages told with no killing count no one."""

from __future__ import annotations

import pytest

from newsfuse.extract.figures import extract_claims


def _killed(text: str, lang: str = "en") -> list[float]:
    claims = extract_claims(text, lang, article_id="x")
    return [c.low for c in claims if c.measure == "killed" and c.role != "part"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Shawn Fuller, 31, shot and killed his sons, ages 3 and 4, on Saturday.", 2),
        ("A Toledo father kills sons, 10 and 12, before turning the gun on himself", 3),
        ("He fatally shot his daughters, 6, 8 and 11, police said.", 3),
        ("A father shot and killed his 12- and 10-year-old sons Friday morning.", 2),
    ],
)
def test_children_named_by_their_ages_are_that_many_dead(text, dead):
    """Fails on the old code: no count, or the first age read as the dead."""
    assert dead in _killed(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The gunman wounded a father and his 12- and 10-year-old sons.", "en"),
        ("Deux hommes, 17 et 23 ans, ont été tués à Lyon.", "fr"),
        ("Dos jóvenes, de 17 y 23 años, murieron en Toledo.", "es"),
        ("Zwei Männer, 17 und 23 Jahre alt, wurden in Köln getötet.", "de"),
    ],
)
def test_an_age_in_a_list_of_ages_is_no_count(text, lang):
    """Fails on the old code for the English line: "12- and 10-year-old" read as 12 hurt."""
    claims = extract_claims(text, lang, article_id="x")
    assert not [c for c in claims if c.low in (12, 17) and c.kind.name == "COUNT"]


@pytest.mark.parametrize(
    "text",
    [
        "He is survived by his sons, ages 3 and 4.",
        "Officers found his daughters, ages 6 and 9, unharmed in a bedroom.",
    ],
)
def test_ages_with_no_killing_count_no_dead(text):
    assert _killed(text) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A man fatally shot his partner and their two children, prosecutors said.", 3),
        ("Police said he shot and killed his roommate early Sunday.", 1),
        ("The gunman killed his fiancée and her mother before fleeing.", 2),
    ],
)
def test_a_partner_or_housemate_killed_is_a_victim_named(text, dead):
    """Fails on the old code: no kin word, no count."""
    assert dead in _killed(text)
