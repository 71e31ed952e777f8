"""Run the full set of hostile inputs through the real ``newsfuse run`` and check the outcome.

    .venv/bin/python scripts/fuzz.py [--random 900] [--batch 200] [--budget 900] [--work DIR]

The inputs (``tests/fuzz_corpus.py``: every supported format, wrong types and extreme values,
huge and pathological text, bad encodings, XML entity tricks, symbolic links, FIFOs, sockets,
hostile file names; about 1,100 by default) are split into batches; each batch, with the real-style
good reports added, goes through one ``newsfuse run`` (real models) on a fresh database. Printed:

* crashes: a run that exits non-zero or prints a traceback;
* hangs: a run still going after ``--budget`` seconds (killed);
* peak memory: the largest resident set of the run's process tree (sampled), and of one process;
* bad inputs skipped with exactly one line naming them, of all bad inputs (and lines in excess);
* good inputs stored (every article of them), of all good inputs, and their briefs written;
* inputs whose stored text holds what it must never hold (``/etc/passwd`` through an entity...).

Exit status 1 when any check fails. Speed and memory are measured here, never in unit tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import fuzz_corpus as fc  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Outcome:
    seconds: float = 0.0
    crashed: bool = False
    hung: bool = False
    peak_tree: int = 0  # bytes
    peak_one: int = 0
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    good: int = 0
    good_ok: int = 0
    bad: int = 0
    bad_ok: int = 0
    any_cases: int = 0


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * PAGE
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += [child for child, parent in parents.items() if parent == pid]
    return total


def run_batch(folder: Path, db: Path, out: Path, budget: float) -> Outcome:
    outcome = Outcome()
    env = {**os.environ, "COLUMNS": "250", "NO_COLOR": "1", "TERM": "dumb"}
    command = [sys.executable, "-m", "newsfuse.cli", "run", str(folder), "--db", str(db)]
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    assert process.stdout is not None
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.extend(process.stdout), daemon=True)
    reader.start()
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:  # reaped here, with its resource usage (its own and its children's peak)
            process.returncode = os.waitstatus_to_exitcode(status)
            break
        outcome.peak_tree = max(outcome.peak_tree, tree_rss(process.pid))
        if time.perf_counter() - started > budget and not outcome.hung:
            outcome.hung = True
            process.kill()
        time.sleep(0.25)
    reader.join()
    outcome.seconds = time.perf_counter() - started
    outcome.peak_one = usage.ru_maxrss * 1024
    text = b"".join(chunks).decode("utf-8", "replace")
    outcome.lines = text.splitlines()
    outcome.crashed = not outcome.hung and (process.returncode != 0 or "Traceback" in text)
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--random", type=int, default=900, help="random inputs (default 900)")
    parser.add_argument("--batch", type=int, default=200, help="inputs per run (default 200)")
    parser.add_argument("--budget", type=float, default=900, help="seconds a run may take")
    parser.add_argument("--work", type=Path, help="keep inputs, databases and briefs here")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="newsfuse-fuzz-"))
    cases = fc.corpus(args.random)
    hostile = len(cases)
    batches = [cases[i : i + args.batch] for i in range(0, len(cases), args.batch)]
    print(f"{hostile} hostile inputs in {len(batches)} runs of newsfuse run (real models)")
    total = Outcome()
    crashed = hung = 0
    for number, batch in enumerate(batches, 1):
        folder = work / f"batch-{number}"
        shutil.rmtree(folder, ignore_errors=True)
        batch = [*batch, *fc.good_reports()]
        shown = fc.materialise(batch, folder / "in")
        db, out = folder / "newsfuse.db", folder / "out"
        o = run_batch(folder / "in", db, out, args.budget)
        if not o.crashed and not o.hung:
            v = fc.verify(batch, shown, o.lines, db, out)
            o.good, o.good_ok, o.bad, o.bad_ok = v.good, v.good_ok, v.bad, v.bad_ok
            o.any_cases, o.problems = v.any_cases, v.problems
        families = Counter(c.family for c in batch)
        print(
            f"run {number}: {len(batch)} inputs ({', '.join(f'{k} {v}' for k, v in families.items())})"
            f" {o.seconds:.0f} s, peak RSS {o.peak_tree / 2**20:.0f} MB (one process "
            f"{o.peak_one / 2**20:.0f} MB), bad skipped {o.bad_ok}/{o.bad}, good stored "
            f"{o.good_ok}/{o.good}{', CRASHED' if o.crashed else ''}{', HUNG' if o.hung else ''}",
            flush=True,
        )
        for problem in o.problems[:20]:
            print(f"  problem: {problem}")
        if o.crashed:
            print("\n".join(f"  | {line}" for line in o.lines[-25:]))
        crashed += o.crashed
        hung += o.hung
        total.seconds = max(total.seconds, o.seconds)
        total.peak_tree = max(total.peak_tree, o.peak_tree)
        total.peak_one = max(total.peak_one, o.peak_one)
        for name in ("good", "good_ok", "bad", "bad_ok", "any_cases"):
            setattr(total, name, getattr(total, name) + getattr(o, name))
        total.problems += o.problems
        total.lines += [line for line in o.lines if line.startswith("skipped ")]
    print()
    print(f"hostile inputs:        {hostile} ({total.any_cases} with any outcome allowed)")
    print(f"crashes:               {crashed} of {len(batches)} runs")
    print(
        f"hangs:                 {hung} runs over {args.budget:.0f} s (slowest {total.seconds:.0f} s)"
    )
    print(
        f"peak RSS:              {total.peak_tree / 2**20:.0f} MB (process tree), "
        f"{total.peak_one / 2**20:.0f} MB (one process)"
    )
    print(
        f"bad inputs skipped:    {total.bad_ok}/{total.bad} with exactly one line each "
        f"({len(total.lines)} skip lines in all)"
    )
    print(f"good inputs processed: {total.good_ok}/{total.good} (every article stored, in a brief)")
    print(f"problems:              {len(total.problems)}")
    ok = not crashed and not hung and not total.problems and total.peak_tree < 1.5 * 2**30
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
