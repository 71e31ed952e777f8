"""Throughput of ``newsfuse run`` with the local engine and with 1 and 2 local Ray workers.

The first N GVC reports (``<shared>/eval/gvc/articles.jsonl``) go through the whole pipeline
(read, language, embed, cluster, extract, analyse; briefs are not rendered) into a fresh SQLite
store, once per engine. Each engine first runs on WARMUP other reports in a throwaway store, so
every process has loaded its models and the figures are the steady rate; start-up is printed
apart. For Ray, the workers' own rate (``engine.prepare`` alone, nothing stored) is printed too
(what one worker CPU adds to a cluster), and the driver's alone (the same run with every article
prepared already: the bound no number of workers lifts).

    nice python benchmarks/ray_engine.py -n 1000
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from newsfuse.engine import Engine, LocalEngine
from newsfuse.ingest.readers import read_inputs
from newsfuse.pipeline import EMBED_BATCH, Pipeline
from newsfuse.records import Article, Prepared
from newsfuse.store import Store

SHARED = Path(os.environ.get("NEWSFUSE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GVC = SHARED / "eval" / "gvc" / "articles.jsonl"
WARMUP = 64


class Replay:
    """An engine whose work is done already: the driver's own share of a run, alone."""

    def __init__(self, prepared: list[Prepared]) -> None:
        self.prepared = prepared

    def prepare(self, articles: Iterable[Article], batch: int) -> Iterator[Prepared]:
        return iter(self.prepared)

    def close(self) -> None:
        return None


def slice_of(lines: list[str], folder: Path, name: str) -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def timed_run(engine: Engine, inputs: Path, folder: Path, name: str) -> tuple[float, dict]:
    with Store(folder / f"{name}.db") as store:
        started = time.perf_counter()
        report = Pipeline(store, engine=engine).run([inputs])
        return time.perf_counter() - started, dict(report.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="GVC reports measured")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-local", action="store_true", help="skip the local engine")
    args = parser.parse_args()
    with open(GVC, encoding="utf-8") as source:
        lines = list(islice(source, args.n + WARMUP))
    print(f"{args.n} GVC reports, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="newsfuse-ray-bench-") as tmp:
        folder = Path(tmp)
        warm = slice_of(lines[args.n :], folder, "warmup")
        measured = slice_of(lines[: args.n], folder, "measured")
        rates: dict[str, float] = {}
        for workers in [*([] if args.no_local else [0]), *args.workers]:  # 0: the local engine
            name = f"ray-{workers}" if workers else "local"
            started = time.perf_counter()
            if workers:
                from newsfuse.engine.ray_engine import RayEngine

                engine: Engine = RayEngine(workers=workers)
            else:
                engine = LocalEngine()
            try:
                timed_run(engine, warm, folder, f"{name}-warm")
                startup = time.perf_counter() - started
                seconds, stages = timed_run(engine, measured, folder, name)
                rates[name] = args.n / seconds
                parts = ", ".join(f"{k} {v:.0f} s" for k, v in stages.items())
                print(
                    f"{name:8} {rates[name]:6.2f} articles/s ({seconds:.0f} s; start-up and "
                    f"warm-up {startup:.0f} s; {parts})",
                    flush=True,
                )
                if workers:
                    articles = [a for a in read_inputs([measured]) if isinstance(a, Article)]
                    started = time.perf_counter()
                    prepared = list(engine.prepare(articles, EMBED_BATCH))
                    alone = len(articles) / (time.perf_counter() - started)
                    seconds, _ = timed_run(Replay(prepared), measured, folder, f"{name}-driver")
                    print(
                        f"{'':8} workers alone: {alone:.2f} articles/s "
                        f"({alone / workers:.2f} per worker); the driver alone (with every "
                        f"article prepared): {args.n / seconds:.2f} articles/s",
                        flush=True,
                    )
            finally:
                engine.close()
        for workers in args.workers[1:]:
            one, more = rates.get(f"ray-{args.workers[0]}"), rates[f"ray-{workers}"]
            print(f"speed-up ray-{args.workers[0]} -> ray-{workers}: {more / one:.2f}x")
        if "local" in rates:
            last = f"ray-{args.workers[-1]}"
            print(f"{last} / local: {rates[last] / rates['local']:.2f}x")


if __name__ == "__main__":
    main()
