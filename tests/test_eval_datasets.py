"""Dataset loaders: conversion to Articles, limits, and error messages naming file, line, field."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.evaluation.datasets import load_cluster_articles, load_parallel_docs

OTHER = "g9"  # a fresh id for the bad line, so only its own problem shows
GVC_RECORD = {
    "id": "g1",
    "incident_id": 615133,
    "title": "Man dies in shooting",
    "published": "2016-07-28",
    "url": "http://web.archive.org/web/2016/http://www.news4jax.com:80/news/a",
    "original_url": "http://www.news4jax.com:80/news/a",
    "text": "GAINESVILLE - One person was killed.",
    "text_boilerplate": False,
}


def _write(path: Path, *lines: object) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_gvc_record_becomes_article(tmp_path: Path) -> None:
    paywall = {**GVC_RECORD, "id": "g2", "text": "Subscribe now", "text_boilerplate": True}
    empty = {**GVC_RECORD, "id": "g3", "text": "", "published": None, "original_url": None}
    path = _write(tmp_path / "a.jsonl", GVC_RECORD, "", paywall, empty)
    articles, gold = load_cluster_articles(path, "incident_id")
    assert gold == ["615133"] * 3
    first, second, third = articles
    assert first.id == "g1"
    assert first.text == "Man dies in shooting\n\nGAINESVILLE - One person was killed."
    assert first.title == "Man dies in shooting"
    assert first.outlet == "news4jax.com"
    assert first.published == datetime(2016, 7, 28)
    assert second.text == "Man dies in shooting"  # paywall body dropped
    assert second.raw == "Subscribe now"
    assert third.text == "Man dies in shooting"
    assert third.published is None
    assert third.outlet == "web.archive.org"  # falls back to url
    assert [a.seq for a in articles] == [0, 1, 2]


def test_ecbplus_record_takes_first_line_as_title(tmp_path: Path) -> None:
    record = {"id": "1_1ecb", "topic": 1, "cluster": "1_ecb", "url": None, "text": "Head.\nBody."}
    articles, gold = load_cluster_articles(_write(tmp_path / "d.jsonl", record), "cluster")
    assert gold == ["1_ecb"]
    assert articles[0].title == "Head."
    assert articles[0].text == "Head.\nBody."
    assert articles[0].outlet is None


def test_limit_keeps_first_records_and_ignores_later_lines(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", GVC_RECORD, {**GVC_RECORD, "id": "g2"}, "{broken")
    articles, _ = load_cluster_articles(path, "incident_id", limit=2)
    assert [a.id for a in articles] == ["g1", "g2"]
    assert load_cluster_articles(path, "incident_id", limit=0) == ([], [])


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "invalid JSON: Expecting property name enclosed in double quotes"),
        ("[1, 2]", "expected a JSON object"),
        (
            {k: v for k, v in GVC_RECORD.items() if k != "text"} | {"id": OTHER},
            "missing field 'text'",
        ),
        (
            {k: v for k, v in GVC_RECORD.items() if k != "incident_id"} | {"id": OTHER},
            "missing field 'incident_id'",
        ),
        ({**GVC_RECORD, "id": OTHER, "text": None}, "field 'text' must be a string, got NoneType"),
        (
            {**GVC_RECORD, "id": OTHER, "published": "July 2016"},
            "field 'published' is not an ISO date",
        ),
        ({**GVC_RECORD, "id": "g1"}, "duplicate id 'g1' (first on line 1)"),
    ],
)
def test_bad_line_names_file_line_and_field(tmp_path: Path, line: object, problem: str) -> None:
    path = _write(tmp_path / "a.jsonl", GVC_RECORD, "", line)
    with pytest.raises(InputError) as err:
        load_cluster_articles(path, "incident_id")
    assert err.value.where == f"{path}:3"
    assert str(err.value).startswith(f"{path}:3: {problem}")


def test_missing_file_and_bad_bytes(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.jsonl: file not found"):
        load_cluster_articles(tmp_path / "nope.jsonl", "cluster", limit=0)
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b'{"doc_id": "d", "lang": "eng", "text": ""}\n\xff\xfe\n')
    with pytest.raises(InputError, match=r"bin.jsonl:2: not UTF-8 text"):
        load_parallel_docs(path)


def test_parallel_limit_keeps_whole_translation_groups(tmp_path: Path) -> None:
    records = [
        {"doc_id": doc_id, "lang": lang, "text": f"{doc_id} {lang}"}
        for lang in ("eng", "fra")
        for doc_id in ("d1", "d2", "d3")
    ]
    path = _write(tmp_path / "p.jsonl", *records)
    docs = load_parallel_docs(path, limit=2)
    assert [d.key for d in docs] == ["d1:eng", "d2:eng", "d1:fra", "d2:fra"]
    assert len(load_parallel_docs(path)) == 6


def test_parallel_errors(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.jsonl", {"doc_id": "d1", "text": "x"})
    with pytest.raises(InputError, match=r"p.jsonl:1: missing field 'lang'"):
        load_parallel_docs(path)
    doc = {"doc_id": "d1", "lang": "eng", "text": "x"}
    path = _write(tmp_path / "q.jsonl", doc, doc)
    with pytest.raises(InputError, match=r"q.jsonl:2: duplicate document 'd1:eng'"):
        load_parallel_docs(path)


def test_shared_dev_sets_load(eval_dir: Path) -> None:
    articles, gold = load_cluster_articles(eval_dir / "gvc" / "articles.jsonl", "incident_id")
    assert len(articles) == len(gold) == 5090
    assert sum(a.text == a.title for a in articles) >= 214  # boilerplate + empty bodies
    assert all(a.outlet and a.published for a in articles)
    docs, clusters = load_cluster_articles(eval_dir / "ecbplus" / "docs.jsonl", "cluster")
    assert (len(docs), len(set(clusters))) == (772, 66)
    ntrex = load_parallel_docs(eval_dir / "ntrex" / "docs.jsonl")
    assert len(ntrex) == 492
    assert {d.lang for d in ntrex} == {"eng", "fra", "spa", "deu"}
