"""The incident scorer compares stored event records with gold, and only that."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.evaluation.incidents import _city_hit, _names_place
from newsfuse.records import EventPlace, EventRecord, PlacePrecision


def _record(*places: EventPlace) -> EventRecord:
    return EventRecord(event_id="e", where=list(places))


def test_a_coded_place_matches_by_gazetteer_not_only_by_spelling():
    raqqa = EventPlace("Ar Raqqah", "SY", PlacePrecision.TOWN, admin1="Ar-Raqqah")
    assert _names_place(_record(raqqa), "raqqa")
    assert not _names_place(_record(raqqa), "damascus")
    # a town of the coded governorate names it as first-level division
    manbij = EventPlace("Manbij", "SY", PlacePrecision.TOWN, admin1="Aleppo")
    assert _names_place(_record(manbij), "aleppo")
    assert not _names_place(None, "aleppo")


def test_a_namesake_town_in_another_state_is_no_city_hit():
    gold = {"city": "Marion", "state": "Kansas"}
    oregon = EventPlace("Marion", "US", PlacePrecision.TOWN, admin1="Oregon")
    kansas = EventPlace("Marion", "US", PlacePrecision.TOWN, admin1="Kansas")
    assert not _city_hit(oregon, gold)
    assert _city_hit(kansas, gold)
    bronx = EventPlace("Bronx", "US", PlacePrecision.TOWN, admin1="New York")
    assert _city_hit(bronx, {"city": "Bronx (New York City)", "state": "New York"})
    assert not _city_hit(None, gold)


@pytest.mark.slow
def test_coded_reports_are_scored_without_their_coded_date(tmp_path: Path):
    reports = [
        {
            "id": "r1",
            "title": "Air strikes kill 20 in Raqqa",
            "text": "Sun 10 Jul 2016 Air strikes killed 20 people in Raqqa on Saturday.",
            "published": "2016-07-10",
            "location": "raqqa",
        }
    ]
    path = tmp_path / "coded.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in reports), "utf-8")
    result = CliRunner().invoke(app, ["eval", "incidents", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["reports"] == 1
    assert report["place.accuracy"] == 1.0 and report["date.accuracy"] == 1.0
