"""The evaluation commands end to end on small slices of the dev sets, and their input errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.evaluation.bench import _paragraphs, bench_corpus
from newsfuse.evaluation.clusters import pipeline_input
from newsfuse.evaluation.consensus import LEAD_SENTENCES, incident_event, killed_fact
from newsfuse.records import Article

runner = CliRunner()


def run_json(*args: str) -> dict:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_ratios(report: dict, keys: list[str]) -> None:
    for key in keys:
        assert 0.0 <= report[key] <= 1.0, (key, report[key])


def assert_fails(args: list[str], *expected: str) -> None:
    """Exit code 2, one line on stderr naming every ``expected`` part, no traceback."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = result.stderr.strip()
    assert "Traceback" not in result.output
    assert len(message.splitlines()) == 1, message
    for part in expected:
        assert part in message, (part, message)


def write(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


# -- pure helpers --------------------------------------------------------------------------------


def test_pipeline_input_sets_hashes_and_ids_that_do_not_collide() -> None:
    articles = [
        Article(id=f"guardian.221754:{lang}", text=f"text {lang}", title="t")
        for lang in ("eng", "fra")
    ]
    copies, original = pipeline_input(articles)
    assert len({c.content_hash for c in copies}) == 2 and all(c.content_hash for c in copies)
    assert len({c.id[:12] for c in copies}) == 2  # event ids keep 12 characters
    assert [original[c.id] for c in copies] == [a.id for a in articles]


def test_bench_corpus_adds_distinct_variants_past_the_set() -> None:
    articles = [
        Article(id=str(i), title=f"T{i}", text=f"T{i}\n\n" + "\n".join(f"p{k}{i}" for k in "abcd"))
        for i in range(3)
    ]
    corpus = list(bench_corpus(articles, 8))
    assert [a.id for a in corpus[:3]] == ["0", "1", "2"]
    assert len({a.id for a in corpus}) == 8
    assert corpus[3].id == "0~1" and corpus[6].id == "0~2"
    assert corpus[3].text.startswith("T0\n\n") and "pa0" in corpus[3].text
    assert len({a.text for a in corpus}) == 8
    assert list(bench_corpus(articles, 2)) == articles[:2]


def test_bench_variants_keep_the_length_of_the_articles_they_vary() -> None:
    """Half their own paragraphs, then others' up to their own length: throughput per article
    at 10,000 is measured on news as long as the set's, not on longer texts."""
    own = "\n".join(f"{k} " + "x" * 98 for k in range(4))  # four paragraphs of 100 characters
    others = "\n".join(f"{k} " + "y" * 48 for k in range(6))  # six of 50
    articles = [Article(id="a", title="A", text=f"A\n\n{own}")] + [
        Article(id=f"b{i}", title="B", text=f"B\n\n{others}") for i in range(3)
    ]
    variant = next(v for v in bench_corpus(articles, 8) if v.id == "a~1")
    assert sum(len(p) for p in _paragraphs(variant)) == 400
    assert "0 " + "x" * 98 in variant.text and "3 " + "x" * 98 not in variant.text


# -- commands on dev slices --------------------------------------------------------------------


@pytest.mark.slow
def test_eval_clusters_reports_pipeline_and_baseline(eval_dir: Path) -> None:
    path = eval_dir / "ecbplus" / "docs.jsonl"
    report = run_json("eval", "clusters", str(path), "--label", "cluster", "--limit", "12")
    keys = ["bcubed.precision", "bcubed.recall", "bcubed.f1", "pairwise.f1"]
    assert_ratios(report, keys)
    assert_ratios(report["baseline"], keys)
    assert report["articles"] == 12
    assert 1 <= report["events.predicted"] <= 12 and report["events.gold"] >= 1
    assert report["baseline"]["events.gold"] == report["events.gold"]
    assert report["wall_s"] > 0 and report["baseline"]["threshold"] == 0.88
    assert report["input_errors"] == 0


@pytest.mark.slow
def test_eval_clusters_skips_a_baseline_too_big_for_it(
    eval_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsfuse.evaluation.clusters.MAX_ARTICLES", 5)
    path = eval_dir / "gvc" / "articles.jsonl"
    report = run_json("eval", "clusters", str(path), "--label", "incident_id", "--limit", "6")
    assert "baseline" not in report and "5 articles" in report["baseline_skipped"]
    assert_ratios(report, ["bcubed.f1", "pairwise.f1"])
    assert report["events.predicted"] > 1  # dataset articles are not all copies of the first


@pytest.mark.slow
def test_eval_duplicates_links_translations(eval_dir: Path) -> None:
    report = run_json("eval", "duplicates", str(eval_dir / "ntrex" / "docs.jsonl"), "--limit", "2")
    assert report["documents"] == 8 and report["links.gold"] == 6
    assert_ratios(report, ["links.precision", "links.recall", "links.f1"])
    assert isinstance(report["false_links"], list)


@pytest.mark.slow
def test_eval_figures_with_quantulum_side_by_side(eval_dir: Path) -> None:
    path = eval_dir / "newsquant" / "newsquant.dev.json"
    report = run_json("eval", "figures", str(path), "--limit", "10")
    keys = ["value.f1", "value_unit.f1", "value_change.f1", "value.precision", "value.recall"]
    assert_ratios(report, keys + [f"heldapart.{k}" for k in keys])
    assert_ratios(report["baseline"], ["value.f1", "value_unit.f1", "heldapart.value_unit.f1"])
    assert report["sentences"] == 10 and report["heldapart.sentences"] == 360
    alone = run_json("eval", "figures", str(path), "--limit", "10", "--no-heldapart")
    assert "heldapart.value.f1" not in alone


def test_eval_numbers_per_language(eval_dir: Path) -> None:
    args = ("eval", "numbers", str(eval_dir / "recognizers"), "--langs", "en,fr", "--limit", "5")
    report = run_json(*args)
    assert_ratios(report, ["accuracy.en", "accuracy.fr"])
    assert report["cases.en"] == 5 and "accuracy.de" not in report
    assert isinstance(report["failures"], list)


@pytest.mark.slow
def test_eval_seeds_collects_every_part(eval_dir: Path, seeds_dir: Path) -> None:
    gold = eval_dir / "seeds" / "claims.gold.json"
    report = run_json("eval", "seeds", str(gold), "--docs", str(seeds_dir))
    keys = [
        "claims.recall",
        "claims.precision",
        "qualifier.accuracy",
        "attribution.accuracy",
        "facts.pairwise.precision",
        "facts.pairwise.recall",
        "facts.pairwise.f1",
        "findings.covered",
        "places.same_id.accuracy",
    ]
    assert_ratios(report, keys)
    assert report["mode"] == "extractor" and report["findings.total"] > 0
    assert all(isinstance(m, str) for m in report["misses"])
    assert "reconciliation" not in report


@pytest.mark.slow
def test_eval_incidents_counts_and_places(eval_dir: Path) -> None:
    gvc = eval_dir / "gvc"
    args = ["eval", "incidents", str(gvc / "articles.jsonl")]
    report = run_json(*args, "--incidents", str(gvc / "incidents.jsonl"), "--limit", "5")
    keys = ["killed.accuracy", "injured.accuracy", "city.accuracy", "state.accuracy"]
    keys += ["country.accuracy", "date.accuracy"]
    assert_ratios(report, [*keys, *(f"gold_grouping.{k}" for k in keys)])
    assert 0 < report["incidents"] <= 5 and report["articles"] >= report["incidents"]


@pytest.mark.slow
def test_eval_consensus_runs_the_pipeline_on_a_slice(eval_dir: Path) -> None:
    gvc = eval_dir / "gvc"
    args = ["eval", "consensus", str(gvc / "articles.jsonl")]
    report = run_json(*args, "--incidents", str(gvc / "incidents.jsonl"), "--limit", "3")
    grouped = ["incident_grouping.killed.best.accuracy", "incident_grouping.killed.gold_in_range"]
    assert_ratios(report, ["killed.best.accuracy", "killed.gold_in_range", *grouped])
    assert report["incidents"] == 3 and report["incidents.with_killed_fact"] <= 3
    assert report["incident_grouping.incidents.with_killed_fact"] <= 3


@pytest.mark.slow
def test_the_killed_fact_is_the_most_reported_in_leads_then_the_general_one() -> None:
    def fact(subject: str, best: float, articles: list[str], sentence: int = 0) -> dict:
        values = [{"article_id": a, "sentence_index": sentence} for a in articles]
        return {"measure": "killed", "subject": subject, "best": best, "values": values}

    children, people = fact("children", 2, ["a", "b"]), fact("people", 3, ["a", "c"])
    assert killed_fact([children, people]) is people  # a group is a part of everyone killed
    more = fact("children", 2, ["a", "b", "c"])
    assert killed_fact([more, people, fact("people", 1, ["d"])]) is more
    assert killed_fact([{"measure": "injured", "best": 4, "values": []}]) is None
    # stated far down the reports (other shootings recalled), or with no noun counted: no toll
    late = fact("people", 5, ["a", "b", "c"], sentence=LEAD_SENTENCES)
    assert killed_fact([late, people]) is people
    assert killed_fact([late, fact("", 10, ["a"])]) is None


def test_an_incident_is_scored_on_the_event_of_most_reports_then_the_earliest() -> None:
    def report(aid: str, day: int) -> Article:
        return Article(id=aid, text="x", published=datetime(2016, 5, day))

    reports = [report("a", 20), report("b", 2), report("c", 3)]
    assert incident_event(reports, {"a": "e1", "b": "e2", "c": "e2"}) == "e2"
    # one report each: the breaking news (May 2), not the follow-up (May 20)
    assert incident_event(reports[:2], {"a": "e1", "b": "e2"}) == "e2"


def test_bench_reports_throughput_stages_and_rss(eval_dir: Path) -> None:
    path = eval_dir / "gvc" / "articles.jsonl"
    report = run_json("bench", "--n", "8", "--articles", str(path))
    (run,) = report["runs"]
    assert run["articles"] == 8 and run["variants"] == 0
    assert run["articles_per_s"] > 0 and run["peak_rss_mb"] >= run["rss_after_model_load_mb"] > 0
    assert {"stage_s.ingest", "stage_s.embed", "stage_s.dedupe+cluster"} <= set(run)
    assert run["model.encode_s"] > 0 and run["model.ner_s"] > 0
    assert run["pipeline_to_model_ratio"] > 0 and run["cpu_to_model_ratio"] > 0
    assert run["batch100_s.empty_store"] > 0 and run["batch100_s.this_store"] > 0
    assert 0 < run["real.bcubed.f1"] <= 1


# -- input errors ---------------------------------------------------------------------------------


def test_missing_files_fail_with_one_line(tmp_path: Path, eval_dir: Path) -> None:
    missing = str(tmp_path / "nope.jsonl")
    assert_fails(["eval", "clusters", missing, "--label", "cluster"], missing, "not found")
    assert_fails(["eval", "duplicates", missing], missing, "not found")
    assert_fails(["eval", "figures", missing], missing, "not found")
    assert_fails(["eval", "numbers", missing], missing)
    assert_fails(["eval", "seeds", missing, "--docs", str(tmp_path)], missing, "not found")
    assert_fails(["eval", "incidents", missing, "--incidents", missing], missing, "not found")
    assert_fails(["bench", "--n", "5", "--articles", missing], missing, "not found")
    args = ["eval", "consensus", missing, "--incidents", missing, "--db", missing]
    assert_fails(args, missing, "no such database")
    incidents = str(eval_dir / "gvc" / "incidents.jsonl")
    assert_fails(["eval", "consensus", missing, "--incidents", incidents], missing, "not found")
    assert_fails(["bench", "--sizes", "10,abc"], "--sizes")


def test_clusters_wrong_format_names_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", [{"id": "1", "text": "x", "cluster": "c"}, {"id": "2"}])
    assert_fails(["eval", "clusters", str(path), "--label", "cluster"], f"{path}:2", "'text'")
    assert_fails(["eval", "clusters", str(path), "--label", "event", "--no-baseline"], "'event'")
    args = ["eval", "clusters", str(path), "--label", "cluster", "--limit", "0"]
    assert_fails(args, str(path), "no articles")


def test_duplicates_wrong_format_names_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", [{"doc_id": "a", "text": "x"}])
    assert_fails(["eval", "duplicates", str(path)], f"{path}:1", "'lang'")


def test_figures_wrong_format_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "q.json"
    path.write_text('[\n{"text": "5 people", "quantities": []},\n{"text": "x"}\n]\n')
    assert_fails(["eval", "figures", str(path)], f"{path}:3", "'quantities'")


def test_numbers_wrong_format_names_line_and_field(tmp_path: Path) -> None:
    write(tmp_path / "number.en.jsonl", [{"input": "5", "text": "5", "start": 0, "end": 0}])
    assert_fails(["eval", "numbers", str(tmp_path), "--langs", "en"], ":1", "'expected_value'")


def test_seeds_wrong_format_names_field(tmp_path: Path, seeds_dir: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"facts": []}))
    assert_fails(["eval", "seeds", str(gold), "--docs", str(seeds_dir)], str(gold), "not_claims")


def test_incidents_wrong_format_names_line_and_field(tmp_path: Path, eval_dir: Path) -> None:
    incidents = write(tmp_path / "i.jsonl", [{"incident_id": "1", "num_killed": 0}])
    articles = str(eval_dir / "gvc" / "articles.jsonl")
    args = ["eval", "incidents", articles, "--incidents", str(incidents)]
    assert_fails(args, f"{incidents}:1", "'date'")


def test_consensus_wrong_format_names_line_and_field(tmp_path: Path, eval_dir: Path) -> None:
    incidents = write(tmp_path / "i.jsonl", [{"incident_id": "1", "num_killed": 0}])
    articles = str(eval_dir / "gvc" / "articles.jsonl")
    args = ["eval", "consensus", articles, "--incidents", str(incidents)]
    assert_fails(args, f"{incidents}:1", "'article_ids'")
