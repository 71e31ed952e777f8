"""Work the anchor stage and the event record no longer do (#22), with the same answers: names
are found in a report without a regular expression compiled for each name (``words``): a
person's (``where.names._person``), an authority's (``who._named``)."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse import store, words
from newsfuse.event import who
from newsfuse.event.where import names as where_names
from newsfuse.records import Entity

REPORTS = [
    # en, fr, es, de: a place name that starts a person's name, said again alone or not
    "Henry Jackson, 34, was shot Sunday. Jackson said he saw the car. Henry Jackson's son ran.",
    "Paris Hilton était à Lyon. Selon Hilton, rien. Paris  Hilton est repartie; Hiltons.",
    "Toledo Ruiz, de 40 años, murió en Toledo. Ruiz dijo que Toledo\tRuiz_2 huyó. Ruíz no.",
    "Köln Müller (45) wurde in Köln verletzt. Müller sagte: Köln\nMüller, Müllers Frau, floh.",
    "O'Brien Street: O'Brien said; St. Louis St.Louis St. Louis's; _Jackson Jackson_ 9Jackson",
]


def _findall(text: str, words: list[str]) -> int:
    """What ``where.names._person`` counted before: ``re.findall`` of a pattern compiled per name."""
    pattern = r"\s+".join(re.escape(w) for w in words)
    return len(re.findall(rf"\b{pattern}\b", text))


def test_said_counts_what_the_per_name_pattern_counted() -> None:
    cases = [
        ("Henry", "Jackson"),
        ("Paris", "Hilton"),
        ("Toledo", "Ruiz"),
        ("Toledo", "Ruiz_2"),
        ("Köln", "Müller"),
        ("O'Brien", "said;"),
        ("St.", "Louis"),
        ("St. Louis", "St."),
        ("Jackson", "Jackson_"),
    ]
    for text in REPORTS:
        for first, rest in cases:
            for run in ([rest], [first, rest], [first]):
                assert words.said(text, run) == _findall(text, run), (text, run)


def test_person_keeps_the_first_name_only_when_the_surname_is_said_alone() -> None:
    text = REPORTS[0]
    assert where_names._person(text, "Henry", ["Jackson"]) == {"Henry", "Jackson"}
    assert where_names._person(
        "Henry Jackson was shot. Henry Jackson died.", "Henry", ["Jackson"]
    ) == {"Jackson"}
    assert where_names._person(REPORTS[3], "Köln", ["Müller"]) == {"Köln", "Müller"}


def test_said_compiles_no_pattern() -> None:
    re.purge()
    before = len(re._cache)  # type: ignore[attr-defined]
    where_names._person(REPORTS[2], "Toledo", ["Ruiz"])
    assert len(re._cache) == before  # type: ignore[attr-defined]


_CHARS = st.sampled_from(list("ab _-.'’\t\n\u00a0éß9") + ["ab", "a b", "b.a"])


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(_CHARS, max_size=30).map("".join),
    run=st.lists(st.sampled_from(["a", "ab", "b.", "é", "_a", "a'", "ß9"]), min_size=1, max_size=2),
)
def test_said_matches_findall_on_any_text(text: str, run: list[str]) -> None:
    assert words.said(text, run) == _findall(text, run)


def _searched(text: str, name: str) -> bool:
    """What ``who._named`` asked before: ``re.search`` of a pattern compiled per name."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def test_says_finds_what_the_per_name_pattern_found() -> None:
    names = [
        "Jackson",
        "Henry Jackson",
        "Hilton",
        "Ruiz",
        "Ruiz_2",
        "Müller",
        "O'Brien",
        "St.",
        "St. Louis",
        "Köln",
        "Louis",
        "ackson",
        "Jackson_",
        "9Jackson",
    ]
    for text in REPORTS:
        for name in names:
            assert words.says(text, name) == _searched(text, name), (text, name)


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(_CHARS, max_size=30).map("".join),
    name=st.sampled_from(["a", "ab", "b.", "é", "_a", "a'", "ß9", ".a", "a b"]),
)
def test_says_matches_search_on_any_text(text: str, name: str) -> None:
    assert words.says(text, name) == _searched(text, name)


def test_named_authority_is_the_entity_named_whole() -> None:
    police = Entity(
        id="e1", name="Toledo Police", type="ORG", aliases={"es": ["Policía de Toledo"]}
    )
    polizei = Entity(id="e2", name="Polizei Köln", type="ORG", aliases={})
    entities = [police, polizei]
    assert who._named("la Policía de Toledo", entities) is police
    assert who._named("Toledo Police Department", entities) is police
    assert who._named("die Polizei Kölns", entities) is None
    assert who._named("die Polizei Köln", entities) is polizei
    re.purge()
    who._named("la police de Lyon", entities)
    assert not re._cache  # type: ignore[attr-defined]


def test_store_encodes_plain_values_as_they_are_and_the_rest_as_before() -> None:
    class Kind(StrEnum):
        KILLED = "killed"

    when = datetime(2015, 3, 12, 7, 26)
    assert store._encode(Kind.KILLED) == "killed"
    assert store._encode(when) == "2015-03-12T07:26:00"
    assert store._encode(["Köln", 2]) == '["Köln", 2]'
    assert store._encode({"a": None}) == '{"a": null}'
    for value in ("Aleppo", 3, 1.5, None, True):
        assert store._encode(value) is value
