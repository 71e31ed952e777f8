"""Load test of the web app on a database of >= 10k articles, with wrk on loopback.

Building the database (``--real N``): the real pipeline on N articles, the GVC reports followed
by the variants `newsfuse bench` builds (about 10 articles/s on 2 cores).

Building the database (default, fast): the 5,090 real GVC reports (``<shared>/eval/gvc/articles.jsonl``) are
written through the ``Store`` API together with generated variants of each (same text re-published
by another outlet a day later, linked as a near duplicate), so the article, sentence and event
tables have a realistic shape and size. Running the real pipeline would take hours of embedding on
two cores; here sentence vectors are random unit vectors (the brief's summary math costs the same)
and each event gets a reconciliation analysis with synthetic per-source casualty figures, some of
them disputed. Events are the GVC incidents.

Then uvicorn serves the app in a child process, each URL is requested once (warm-up, timed as
the cold figures: bodies are cached per database version after the first build), and wrk runs 50 connections against the event
pages (rotating over many events) and the events API, printing p50/p95/p99.

    python benchmarks/load_web.py --db /tmp/newsfuse-load.db --duration 20
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from newsfuse.records import Article, Duplicate, DuplicateKind, Event, Sentence
from newsfuse.store import Store

SHARED = Path(os.environ.get("NEWSFUSE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GVC = SHARED / "eval" / "gvc" / "articles.jsonl"
OUTLETS = ["wire-a.example", "daily-b.example", "courier-c.example", "gazette-d.example"]
DIM = 512
WRK_SCRIPT = """
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = (i %% #paths) + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%%d errors=%%d non2xx=%%d p50_ms=%%.2f p95_ms=%%.2f p99_ms=%%.2f rps=%%.1f\\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
"""


def _sentences(article_id: str, text: str) -> list[Sentence]:
    out = []
    for paragraph, block in enumerate(re.finditer(r"[^\n]+", text)):
        for match in re.finditer(r"[^.!?]+[.!?]*", block.group()):
            raw = match.group()
            start = block.start() + match.start() + (len(raw) - len(raw.lstrip()))
            piece = raw.strip()
            if piece:
                out.append(
                    Sentence(
                        article_id, len(out), start, start + len(piece), piece, "en", paragraph
                    )
                )
    return out


def _unit(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.standard_normal((n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _facts(event_id: str, members: list[Article], rng: random.Random) -> list[dict]:
    facts = []
    for measure in ("killed", "injured"):
        base = rng.randint(1, 30)
        disputed = rng.random() < 0.3 and len(members) > 1
        values = []
        for i, a in enumerate(members):
            value = base + (i if disputed else 0)
            values.append(
                {"claim_id": f"{a.id}:c{len(values)}", "article_id": a.id, "outlet": a.outlet,
                 "low": value, "high": value, "qualifier": "exact", "evidence": "", "value": value}
            )  # fmt: skip
        facts.append(
            {"id": f"{event_id}:{measure}", "event_id": event_id, "measure": measure,
             "subject": "people", "unit": None, "values": values, "low": base,
             "high": base + (len(members) - 1 if disputed else 0), "best": base,
             "status": "disagree" if disputed else "agree", "independent_sources": len(members),
             "explanations": ["Sources report at different times."] if disputed else []}
        )  # fmt: skip
    return facts


def build_db(path: Path, variants: int = 1) -> int:
    """Write the GVC reports plus ``variants`` re-published copies of each; return the count."""
    rng, nrng = random.Random(7), np.random.default_rng(7)
    records = [json.loads(line) for line in GVC.open()]
    events: dict[str, list[Article]] = defaultdict(list)
    seq = 0
    with Store(path) as store, store.transaction():
        for record in records:
            published = (
                datetime.fromisoformat(record["published"]) if record.get("published") else None
            )
            for copy in range(variants + 1):
                seq += 1
                key = f"{record['id']}#{copy}"
                article = Article(
                    id=hashlib.sha1(key.encode()).hexdigest()[:16],
                    text=record["text"],
                    title=record.get("title") or "",
                    source_path=f"gvc:{key}",
                    url=record.get("url"),
                    outlet=OUTLETS[(seq + copy) % len(OUTLETS)],
                    published=published + timedelta(days=copy) if published else None,
                    language="en",
                    content_hash=hashlib.sha1(record["text"].encode()).hexdigest(),
                    seq=seq,
                )
                sentences = _sentences(article.id, article.text)
                store.add_article(article, sentences)
                store.put_embeddings(
                    article.id, _unit(nrng, 1), _unit(nrng, max(1, len(sentences)))
                )
                if copy:
                    original = events[record["incident_id"]][-copy]
                    store.put_duplicates(
                        [Duplicate(article.id, original.id, DuplicateKind.NEAR, 0.9)]
                    )
                events[record["incident_id"]].append(article)
        for incident, members in events.items():
            times = [a.published for a in members if a.published]
            event = Event(
                f"ev-{incident}", members[0].title or members[0].text[:80],
                [a.id for a in members], min(times, default=None), max(times, default=None),
            )  # fmt: skip
            store.put_event(event, {})
            store.put_analysis(
                event.id, "reconciliation", {"facts": _facts(event.id, members, rng)}
            )
        return store.article_count()


def build_real_db(path: Path, size: int) -> int:
    """Run the real pipeline on ``size`` articles: the GVC reports, then `newsfuse bench` variants."""
    from newsfuse.evaluation.bench import bench_corpus
    from newsfuse.evaluation.clusters import pipeline_input
    from newsfuse.evaluation.datasets import load_cluster_articles
    from newsfuse.pipeline import Pipeline

    dataset, _labels = load_cluster_articles(GVC, "incident_id")
    articles, _ = pipeline_input(bench_corpus(dataset, size))
    with Store(path) as store:
        Pipeline(store).run_articles(articles)
        return store.article_count()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wrk(url: str, paths: list[str], connections: int, duration: int, workdir: Path) -> str:
    (workdir / "paths.txt").write_text("\n".join(paths) + "\n")
    script = workdir / "rotate.lua"
    script.write_text(WRK_SCRIPT % {"paths": workdir / "paths.txt"})
    command = [
        "wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "5s",
        "-s", str(script), url,
    ]  # fmt: skip
    print("$", " ".join(command), flush=True)
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return next(line for line in out.splitlines() if line.startswith("RESULT"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "newsfuse-load.db"))
    parser.add_argument("--variants", type=int, default=1, help="copies per GVC report")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run")
    parser.add_argument("--events", type=int, default=200, help="distinct event pages to rotate")
    parser.add_argument(
        "--real",
        type=int,
        metavar="N",
        help="build the DB with the real pipeline on N articles (GVC + variants; ~10 articles/s)",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk not found: apt-get install -y wrk")
    db = Path(args.db)
    if not db.exists():
        started = time.perf_counter()
        count = build_real_db(db, args.real) if args.real else build_db(db, args.variants)
        print(f"built {db}: {count} articles in {time.perf_counter() - started:.0f} s")
    with Store(db) as store:
        count = store.article_count()
        n_events = store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        top = [r[0] for r in store.db.execute("SELECT id FROM events ORDER BY size DESC, id LIMIT ?", (args.events,))]  # fmt: skip
    print(f"database: {count} articles, {n_events} events, {db.stat().st_size / 1e6:.0f} MB")
    if count < 10_000:
        sys.exit("need >= 10k articles: raise --variants or delete the file to rebuild")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; from newsfuse.web import serve; "
         "serve(sys.argv[1], port=int(sys.argv[2]))", str(db), str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/api/events", timeout=30).read()
                break
            except OSError:
                time.sleep(0.1)
        event_paths = [f"/events/{e}" for e in top]
        api_paths = ["/api/events", "/api/events?sort=biggest&page=3", "/api/events?page=2"]
        cold = []
        for path in event_paths + api_paths:
            started = time.perf_counter()
            urllib.request.urlopen(base + path, timeout=30).read()
            cold.append((time.perf_counter() - started) * 1000)
        p50, p95 = np.percentile(cold, [50, 95])
        print(
            f"cold (first, uncached, sequential) requests: n={len(cold)} p50_ms={p50:.2f} p95_ms={p95:.2f}"
        )
        with tempfile.TemporaryDirectory() as tmp:
            for name, paths in (("event pages", event_paths), ("events API", api_paths)):
                result = wrk(base, paths, args.connections, args.duration, Path(tmp))
                print(f"{name}: {result}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
