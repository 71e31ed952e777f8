"""Benchmark of ``newsfuse watch``: rounds over 500 simulated feeds on local servers.

A child process serves the feeds: ``--hosts`` HTTP servers on distinct loopback addresses
(127.0.0.2, 127.0.0.3, ...; each a separate host for the per-host limits), ``--feeds`` RSS feeds
spread over them, each entry linking to an article page on its host. Round 1 finds ``--entries``
entries per feed; before each later round ``--grow`` of the feeds gain one entry. Feeds answer
conditional GETs with 304. The watcher runs with the default fetching policy (1 s between two
requests to one host, 2 in flight per host, robots.txt read per host) and, with ``--pipeline
real``, the real models on every new article; ``none`` only stores them (fetch side alone).

Printed per round: wall time, feeds polled and answered 304, requests, articles stored, articles/s
(stored per second of the round, pipeline included), and the process' peak memory (max RSS).

    python benchmarks/watch_feeds.py --rounds 4 --pipeline real
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from newsfuse.fetch.guard import Guard
from newsfuse.fetch.policy import FetchPolicy
from newsfuse.fetch.watch import WatchConfig, Watcher
from newsfuse.pipeline import Pipeline, RunReport
from newsfuse.store import Store

TOWNS = [
    "Arlen",
    "Brissac",
    "Corvala",
    "Dunmore",
    "Estrel",
    "Farrow",
    "Galdin",
    "Hessel",
    "Ivory",
    "Jarnac",
]
KINDS = [
    ("flood", "Floods", "killed", "after the river burst its banks"),
    ("fire", "A fire", "killed", "in a block of flats"),
    ("bus crash", "A bus crash", "injured", "on the coast road"),
    ("storm", "A storm", "displaced", "across the valley"),
]


def story(event: int, report: int) -> tuple[str, str]:
    """A report of synthetic event ``event`` (its toll grows with later reports)."""
    rng = random.Random(event)
    town = rng.choice(TOWNS)
    kind, subject, measure, where = KINDS[event % len(KINDS)]
    toll = 5 + event % 40 + 2 * report
    title = f"{subject} in {town}: {toll} people {measure}"
    text = (
        f"{subject} struck {town} {where} on Monday, officials said. "
        f"At least {toll} people were {measure}, the regional authority said on report {report}. "
        f"Rescue teams from neighbouring districts were sent to {town} during the night. "
        f"The mayor of {town} said schools would stay closed until further notice. "
        f"Residents described the {kind} as the worst in living memory."
    )
    return title, text


def serve(hosts: int, feeds: int, entries: int, grow: float, round_no, ready) -> None:
    """The feed servers (child process): feed f lives on host f % hosts."""

    def entry_count(feed: int) -> int:
        grown = sum(
            1
            for r in range(2, round_no.value + 1)
            if random.Random(r * 7919 + feed).random() < grow
        )
        return entries + grown

    def handler_for(host_index: int) -> type[BaseHTTPRequestHandler]:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                path = self.path
                if path == "/robots.txt":
                    return self.reply(b"User-agent: *\nAllow: /\n", "text/plain")
                parts = path.strip("/").split("/")
                if parts[0] == "feed" and len(parts) == 2:
                    feed = int(parts[1].removesuffix(".xml"))
                    count = entry_count(feed)
                    etag = f'"{feed}-{count}"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.end_headers()
                        return
                    host = f"127.0.0.{2 + host_index}:{self.server.server_address[1]}"
                    items = "".join(
                        f"<item><title>{escape(story(feed // 3, n)[0])}</title>"
                        f"<link>http://{host}/page/{feed}/{n}.html</link><guid>f{feed}-{n}</guid>"
                        f"<pubDate>{formatdate(1_741_600_000 + n * 3600 + feed, usegmt=True)}</pubDate>"
                        f"<description>{escape(story(feed // 3, n)[1][:120])}</description></item>"
                        for n in range(count)
                    )
                    body = (
                        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>'
                        f"<link>http://{host}/</link><description>bench</description>{items}</channel></rss>"
                    ).encode()
                    return self.reply(body, "application/rss+xml", {"ETag": etag})
                if parts[0] == "page" and len(parts) == 3:
                    feed, n = int(parts[1]), int(parts[2].removesuffix(".html"))
                    title, text = story(feed // 3, n)
                    html = (
                        f"<html><head><title>{escape(title)}</title><meta property='og:site_name' "
                        f"content='Outlet {feed}'></head><body><nav>Home</nav><article><h1>{escape(title)}"
                        f"</h1><p>{escape(text)}</p></article><footer>©</footer></body></html>"
                    ).encode()
                    return self.reply(html, "text/html; charset=utf-8")
                self.reply(b"no", "text/plain", status=404)

            def reply(
                self, body: bytes, kind: str, headers: dict | None = None, status: int = 200
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    servers = []
    for h in range(hosts):
        server = ThreadingHTTPServer((f"127.0.0.{2 + h}", 0), handler_for(h))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server.server_address[1])
    ready.send(servers)
    while True:
        time.sleep(3600)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--entries", type=int, default=2, help="entries per feed in round 1")
    parser.add_argument(
        "--grow", type=float, default=0.1, help="share of feeds gaining an entry each later round"
    )
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--pipeline", choices=["real", "none"], default="real")
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    args = parser.parse_args()

    round_no = multiprocessing.Value("i", 1)
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(
        target=serve,
        args=(args.hosts, args.feeds, args.entries, args.grow, round_no, send),
        daemon=True,
    )
    child.start()
    ports = receive.recv()
    urls = [
        f"http://127.0.0.{2 + f % args.hosts}:{ports[f % args.hosts]}/feed/{f}.xml"
        for f in range(args.feeds)
    ]
    tmp = tempfile.TemporaryDirectory(prefix="newsfuse-bench-")
    db = args.db or Path(tmp.name) / "watch.db"
    policy = FetchPolicy()
    print(
        f"{args.feeds} feeds on {args.hosts} hosts, {args.entries} entries each, +{args.grow:.0%} a round; "
        f"policy: {policy.host_delay:g} s between requests to a host, {policy.per_host} in flight per host; "
        f"pipeline: {args.pipeline}",
        flush=True,
    )
    with Store(db) as store:
        pipeline = Pipeline(store)
        if args.pipeline == "none":  # only store the articles: the fetch side alone
            pipeline.run_articles = lambda items: RunReport()
        config = WatchConfig(every=600.0, policy=policy, guard=Guard.build(allow=["127.0.0.0/8"]))
        watcher = Watcher(store, config, pipeline=pipeline)
        watcher.watch(urls)
        total_polls = total_304 = 0
        print(
            f"{'round':>5} {'time s':>8} {'polled':>7} {'304':>5} {'requests':>9} {'articles':>9} {'art/s':>7} {'events':>7} {'peak MB':>8}"
        )
        for n in range(1, args.rounds + 1):
            round_no.value = n
            report = watcher.run_round(on_demand=True)
            total_polls += report.polled
            total_304 += report.not_modified
            rate = len(report.articles) / report.seconds if report.seconds else 0.0
            print(
                f"{n:>5} {report.seconds:>8.1f} {report.polled:>7} {report.not_modified:>5} "
                f"{report.requests:>9} {len(report.articles):>9} {rate:>7.1f} {len(report.events):>7} "
                f"{peak_mb():>8.0f}",
                flush=True,
            )
            if report.failed:
                print(f"      {report.failed} failed: {report.errors[:3]}", file=sys.stderr)
        watcher.close()
        articles = store.article_count()
    later = total_polls - args.feeds
    print(
        f"conditional GET: {total_304} of {later} polls after round 1 answered 304 "
        f"({total_304 / max(later, 1):.0%}); feed requests that sent no body: {total_304}; "
        f"{articles} articles stored; peak memory {peak_mb():.0f} MB"
    )
    child.terminate()
    tmp.cleanup()


if __name__ == "__main__":
    main()
