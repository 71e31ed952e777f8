"""The seeds brief states each figure-related finding of the gold.

Expected figures are read from ``claims.gold.json`` (never typed here); the test then looks for
them in the brief that ``newsfuse run`` wrote to disk, in both its JSON and its Markdown form.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.brief.render import number
from newsfuse.cli import app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gold(eval_dir: Path) -> dict:
    return json.loads((eval_dir / "seeds" / "claims.gold.json").read_text())


@pytest.fixture(scope="module")
def brief(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    work = tmp_path_factory.mktemp("seeds-brief")
    result = CliRunner().invoke(
        app, ["run", str(seeds_dir), "--db", str(work / "db.sqlite"), "--out", str(work / "out")]
    )
    assert result.exit_code == 0, result.output
    index = json.loads((work / "out" / "index.json").read_text())
    assert len(index) == 1, "the five seed reports are one event"
    event = index[0]["id"]
    data = json.loads((work / "out" / f"{event}.json").read_text())
    markdown = (work / "out" / f"{event}.md").read_text()
    return data, markdown


def gold_claims(gold: dict, fact_id: str) -> list[dict]:
    return next(f for f in gold["facts"] if f["id"] == fact_id)["claims"]


def doc_of(data: dict, article_id: str) -> str:
    return next(
        Path(s["source_path"]).name for s in data["sources"] if s["article_id"] == article_id
    )


def facts_stating(data: dict, claims: list[dict]) -> list[dict]:
    """Brief facts holding every (document, value) pair of these gold claims."""
    wanted = {(c["doc"], float(c["value"])) for c in claims}
    found = []
    for fact in data["figures"]:
        stated = {(doc_of(data, v["article_id"]), v["value"]) for v in fact["values"]}
        if wanted <= stated:
            found.append(fact)
    return found


@pytest.mark.parametrize(
    ("fact_id", "status"),
    [
        ("killed_civilians", "disagree"),
        ("killed_total", "compatible"),
        ("distance_to_aleppo", "compatible"),
    ],
)
def test_disputed_figure_is_lined_up_with_its_status(brief, gold, fact_id, status) -> None:
    data, markdown = brief
    claims = gold_claims(gold, fact_id)
    facts = facts_stating(data, claims)
    assert facts, f"no fact states {[(c['doc'], c['value']) for c in claims]}"
    assert facts[0]["status"] == status
    assert facts[0]["explanations"], "a differing figure comes with its explanation"
    for claim in claims:
        assert number(claim["value"]) in markdown


def test_civilian_toll_differences_name_their_causes(brief, gold) -> None:
    data, _ = brief
    fact = facts_stating(data, gold_claims(gold, "killed_civilians"))[0]
    kinds = {d["kind"] for d in fact["details"]}
    assert {"authority", "time_scope"} <= kinds


def test_student_gap_accounts_for_the_civilian_gap(brief, gold) -> None:
    data, markdown = brief
    students = [
        c
        for c in gold_claims(gold, "killed_students_aleppo_university")
        if "étudiants" in c["evidence"] or "students" in c["evidence"]
    ]
    assert facts_stating(data, students), "6 vs 4 students are one fact"
    values = sorted(number(c["value"]) for c in students)
    gap = abs(students[0]["value"] - students[1]["value"])
    splits = [r for r in data["relations"] if r["kind"] == "category_split"]
    assert any(all(v in r["text"] for v in values) and number(gap) in r["text"] for r in splits)
    assert any(r["text"] in markdown for r in splits)


def test_parts_that_do_not_add_up_are_flagged(brief, gold) -> None:
    data, markdown = brief
    doc = "000_7a262ddd1a6e0b66.txt"
    parts = [
        c["value"]
        for fid in ("killed_rebels", "killed_soldiers", "killed_civilians")
        for c in gold_claims(gold, fid)
        if c["doc"] == doc
    ]
    total = next(c["value"] for c in gold_claims(gold, "killed_total") if c["doc"] == doc)
    assert sum(parts) != total
    flagged = [i for i in data["inconsistencies"] if doc_of(data, i["article_id"]) == doc]
    assert flagged
    assert number(sum(parts)) in flagged[0]["text"] and number(total) in flagged[0]["text"]
    assert flagged[0]["text"] in markdown


def test_people_and_families_are_reported_as_different_units(brief, gold) -> None:
    data, markdown = brief
    people = gold_claims(gold, "displaced_people")
    families = gold_claims(gold, "displaced_families")
    assert facts_stating(data, people) and facts_stating(data, families)
    units = [r for r in data["relations"] if r["kind"] == "unit"]
    expected = [number(people[0]["value"]), number(families[0]["value"])]
    assert any(all(v in r["text"] for v in expected) for r in units)
    assert any(r["text"] in markdown for r in units)


def test_every_summary_sentence_is_a_cited_source_sentence(brief, seeds_dir: Path) -> None:
    data, _ = brief
    assert 3 <= len(data["summary"]) <= 6
    for item in data["summary"]:
        source = next(s for s in data["sources"] if s["n"] == item["source"])
        assert source["article_id"] == item["article_id"]
        assert item["text"] in (seeds_dir / Path(source["source_path"]).name).read_text()
