"""Seed alias/place evaluation and the incident scorer's input errors."""

from __future__ import annotations

import json

import pytest

from newsfuse.errors import InputError
from newsfuse.evaluation.incidents import evaluate_incidents
from newsfuse.evaluation.seeds_entities import evaluate_seed_entities, parse_groups
from newsfuse.extract import us_towns


def test_wrong_files_raise_input_errors(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"facts": []}))
    with pytest.raises(InputError):
        evaluate_seed_entities(gold, tmp_path)
    lines = tmp_path / "articles.jsonl"
    lines.write_text('{"id": "x"}\nnot json\n')
    with pytest.raises(InputError):
        evaluate_incidents(lines, lines)


def test_groups_are_parsed_from_the_findings(eval_dir):
    findings = json.loads((eval_dir / "seeds" / "claims.gold.json").read_text())
    aliases, places = parse_groups(findings["expected_findings"])
    assert {"hts", "sohr"} <= set(aliases)
    assert "Observatoire des droits de l'homme" in aliases["sohr"]
    assert ["Aleppo", "Alep"] in places


@pytest.mark.slow
def test_seed_alias_groups_and_places(eval_dir, seeds_dir):
    scores = evaluate_seed_entities(eval_dir / "seeds" / "claims.gold.json", seeds_dir)
    assert scores["aliases.hts.merged"] and scores["aliases.sohr.merged"]
    assert scores["aliases.intruders"] == 0
    assert scores["aliases.distinct"]
    assert scores["places.same_id.accuracy"] == 1.0


@pytest.mark.slow
def test_the_post_office_town_index_is_built_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    us_towns._index.cache_clear()
    try:
        built = us_towns._index()
        assert list(tmp_path.glob("us-towns-*.pickle"))
        us_towns._index.cache_clear()
        monkeypatch.setattr(us_towns, "_build_index", lambda: pytest.fail("built again"))
        assert us_towns._index() == built
    finally:
        us_towns._index.cache_clear()
