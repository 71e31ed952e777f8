"""Command line of the evaluation harness: ``newsfuse eval ...`` and ``newsfuse bench``.

Each command only parses options, calls one evaluation function and prints its figures: a Rich
table, or one JSON object with ``--json``. Scoring lives in ``newsfuse.evaluation``. A command
exits 0 whenever it ran, whatever the scores (thresholds are the caller's business), and 2 with
a one-line message when an input is missing or malformed. Formats: docs/evaluation-commands.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from .cli_common import fail as _fail
from .cli_common import require_database
from .errors import NewsfuseError

eval_app = typer.Typer(
    help="Score newsfuse on labelled datasets (formats: docs/evaluation-commands.md).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

JSON_OPTION = typer.Option(False, "--json", help="Print one JSON object with every figure.")
LIMIT_OPTION = typer.Option(None, "--limit", min=0, help="Score only the first N records.")
RATIOS = ("precision", "recall", "f1", "accuracy", "covered")


def _call(function: Callable[..., dict[str, Any]], *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Run an evaluation; a bad or missing input becomes a one-line error with exit code 2."""
    try:
        return function(*args, **kwargs)
    except NewsfuseError as exc:
        _fail(str(exc))


def _cell(key: str, value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, float):
        return f"{value:.3f}" if key.rsplit(".", 1)[-1] in RATIOS else f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _show(title: str, result: dict[str, Any], as_json: bool) -> None:
    """Print ``result``: JSON, or a table of its figures (baseline side by side) then its lists."""
    console = Console()
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str))
        return
    baseline = result.get("baseline")
    other = baseline if isinstance(baseline, dict) else {}
    table = Table(title=title, title_justify="left")
    table.add_column("figure")
    table.add_column("newsfuse", justify="right")
    if other:
        table.add_column("baseline", justify="right")
    lists = {}
    for key, value in result.items():
        if key == "baseline":
            continue
        if isinstance(value, list | dict):
            lists[key] = value
            continue
        row = [key, _cell(key, value)]
        if other:
            row.append(_cell(key, other[key]) if key in other else "")
        table.add_row(*row)
    for key in (k for k in other if k not in result):
        table.add_row(key, "", _cell(key, other[key]))
    console.print(table)
    for key, items in lists.items():
        console.print(f"[bold]{key}[/bold] ({len(items)})", highlight=False)
        for item in items if isinstance(items, list) else [f"{k}: {v}" for k, v in items.items()]:
            console.print(f"  {item}", highlight=False, soft_wrap=True, markup=False)


@eval_app.command("clusters")
def clusters(
    file: Path = typer.Argument(
        ..., help="Articles JSONL (GVC articles.jsonl, ECB+ docs.jsonl, FA-KES articles.jsonl)."
    ),
    label: str | None = typer.Option(
        None,
        "--label",
        help="Gold event field: incident_id, cluster...; without it FILE is a coded-reports set "
        "(FA-KES: location and published per report).",
    ),
    limit: int | None = LIMIT_OPTION,
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also score TF-IDF."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Event grouping: B-cubed and pairwise P/R/F1, events found vs gold, time coherence."""
    from .evaluation.clusters import evaluate_clusters

    result = _call(evaluate_clusters, file, label, limit=limit, baseline=baseline)
    _show(f"event grouping — {file.name}", result, as_json)


@eval_app.command("duplicates")
def duplicates(
    file: Path = typer.Argument(..., help="Parallel corpus JSONL (NTREX docs.jsonl)."),
    limit: int | None = typer.Option(
        None, "--limit", min=0, help="Score only the first N doc_ids (all their languages)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Cross-lingual duplicate links: precision, recall, F1 and every false link."""
    from .evaluation.links import evaluate_duplicates

    _show(f"duplicate links — {file.name}", _call(evaluate_duplicates, file, limit=limit), as_json)


@eval_app.command("figures")
def figures(
    file: Path = typer.Argument(..., help="NewsQuant JSON array (newsquant.dev.json)."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="Score the first N sentences."),
    heldapart: bool = typer.Option(
        True, "--heldapart/--no-heldapart", help="Also score the held-apart set (en/fr/es/de)."
    ),
    heldapart_file: Path | None = typer.Option(
        None, "--heldapart-file", help="Held-apart references (default: the packaged set)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Quantity extraction: value, value+unit, value+change P/R/F1 on FILE and on the held-apart
    set (text read from $NEWSFUSE_SHARED, default ../shared), quantulum3 side by side."""
    from .evaluation.figures import evaluate_newsquant

    shared = Path(os.environ.get("NEWSFUSE_SHARED", "../shared")) if heldapart else None
    result = _call(evaluate_newsquant, file, limit=limit, heldapart=heldapart_file, shared=shared)
    _show(f"figures — {file.name} and held-apart", result, as_json)


@eval_app.command("numbers")
def numbers(
    directory: Path = typer.Argument(..., help="Folder with number.<lang>.jsonl specs."),
    langs: str | None = typer.Option(None, "--langs", help="Comma-separated, e.g. en,fr."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="First N cases per language."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Number parsing: accuracy per language on the in-scope cases, and every failure."""
    from .evaluation.numbers import evaluate_numbers

    if not directory.is_dir():
        _fail(f"{directory}: no such folder")
    kwargs: dict[str, Any] = {"limit": limit}
    if langs:
        kwargs["langs"] = [lang.strip() for lang in langs.split(",") if lang.strip()]
    _show(f"numbers — {directory.name}", _call(evaluate_numbers, directory, **kwargs), as_json)


@eval_app.command("seeds")
def seeds(
    gold: Path = typer.Argument(..., help="Seed gold file (claims.gold.json)."),
    docs: Path = typer.Option(..., "--docs", help="Folder of the seed .txt reports."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Seed reports: claims P/R, qualifiers, attributions, fact grouping, aliases, findings."""
    from .evaluation.seeds import evaluate_seeds

    _show(f"seed reports — {gold.name}", _call(evaluate_seeds, gold, docs), as_json)


@eval_app.command("brief")
def brief(
    gold: Path = typer.Argument(
        ..., help="Brief-precision gold (JSON, docs/evaluation-commands.md)."
    ),
    docs: Path = typer.Option(..., "--docs", help="The reports: a folder or a file."),
    as_json: bool = JSON_OPTION,
) -> None:
    """The brief of the gold's event: precision and recall of each section's items."""
    from .evaluation.brief import evaluate_brief

    _show(f"brief — {gold.name}", _call(evaluate_brief, gold, docs), as_json)


@eval_app.command("incidents")
def incidents(
    file: Path = typer.Argument(
        ..., help="Articles JSONL (GVC articles.jsonl, FA-KES articles.jsonl)."
    ),
    incidents_file: Path | None = typer.Option(
        None,
        "--incidents",
        help="Incident gold (GVC incidents.jsonl); without it the reports' own coded location and date.",
    ),
    limit: int | None = typer.Option(
        None, "--limit", min=0, help="Score the first N incidents (or coded reports)."
    ),
    db: str | None = typer.Option(
        None, "--db", help="Reuse the store of a finished `newsfuse run FILE` instead of running."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """The product's event records against gold: city, state, country, date, killed, injured
    (end to end and with gold grouping), or coded place and date per report."""
    from .evaluation.incidents import evaluate_incidents

    if db is not None:
        require_database(db, f"run `newsfuse run {file} --db {db}` first")
    result = _call(evaluate_incidents, file, incidents_file, limit=limit, db=db)
    _show(f"event records — {(incidents_file or file).name}", result, as_json)


@eval_app.command("consensus")
def consensus(
    file: Path = typer.Argument(..., help="GVC articles.jsonl."),
    incidents_file: Path = typer.Option(..., "--incidents", help="GVC incidents.jsonl (gold)."),
    db: str | None = typer.Option(
        None, "--db", help="Reuse the store of a finished `newsfuse run FILE` instead of running."
    ),
    limit: int | None = typer.Option(
        None, "--limit", min=1, help="Score the first N incidents with >= 2 articles."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """End to end: each incident's reconciled killed count (best, [low, high]) vs gold."""
    from .evaluation.consensus import evaluate_consensus

    if db is not None:
        require_database(db, f"run `newsfuse run {file} --db {db}` first")
    result = _call(evaluate_consensus, file, incidents_file, limit=limit, db=db)
    _show(f"reconciled killed counts — {incidents_file.name}", result, as_json)


def _default_bench_source() -> Path:
    shared = Path(os.environ.get("NEWSFUSE_SHARED", "../shared"))
    return shared / "eval" / "gvc" / "articles.jsonl"


def bench(
    n: int | None = typer.Option(None, "--n", min=1, help="One corpus size (overrides --sizes)."),
    sizes: str = typer.Option("100,250,500", "--sizes", help="Corpus sizes, comma-separated."),
    articles: Path = typer.Option(
        None, "--articles", help="GVC-format articles (default: $NEWSFUSE_SHARED or ../shared)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Throughput, per-stage time, peak RSS and model share of the pipeline at growing sizes."""
    from .evaluation.bench import run_bench

    try:
        wanted = [n] if n else [int(s) for s in sizes.split(",") if s.strip()]
    except ValueError:
        _fail(f"--sizes: expected comma-separated integers, got {sizes!r}")
    if not wanted or min(wanted) < 1:
        _fail(f"--sizes: expected positive sizes, got {sizes!r}")
    result = _call(run_bench, articles or _default_bench_source(), wanted)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    runs = result["runs"]
    keys = list(dict.fromkeys(k for run in runs for k in run))
    table = Table(title=f"bench — {result['source']} (timings noisy on shared cores)")
    table.add_column("figure")
    for run in runs:
        table.add_column(f"{run['articles']:,}", justify="right")
    for key in keys:
        table.add_row(key, *(_cell(key, run.get(key, "")) for run in runs))
    Console().print(table)
