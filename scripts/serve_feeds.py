"""Serve the bundled example corpus as news feeds that grow over time (the `newsfuse watch` demo).

Every report of ``examples/corpus`` becomes an article page and an entry in its outlet's RSS feed.
The reports are released in publication order (undated ones last): ``--start`` at once, then one
more every ``--every`` seconds, so each poll of ``newsfuse watch`` finds the story developing.
Feeds answer conditional GETs (ETag / Last-Modified → 304) and robots.txt allows everything.

    python scripts/serve_feeds.py --port 8765 --opml demo-feeds.opml
    newsfuse watch demo-feeds.opml --allow 127.0.0.1:8765 --every 20s --db demo.db --out demo-out

Binds to loopback only. Stop it with Ctrl-C.
"""

from __future__ import annotations

import argparse
import re
import sys
import threading
import time
from datetime import UTC
from email.utils import format_datetime, formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from newsfuse.errors import InputError
from newsfuse.ingest.readers import read_inputs
from newsfuse.records import Article

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def outlet_of(article: Article) -> str:
    """The outlet's name; a plain-text report names none, so its file name stands in."""
    if article.outlet:
        return article.outlet
    stem = Path(article.source_path).stem.split("_", 1)[0]
    return stem.replace("-", " ").title()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Corpus:
    """The reports in release order and how many are out at a given time."""

    def __init__(self, folder: Path, start: int, every: float) -> None:
        articles = [a for a in read_inputs([folder]) if not isinstance(a, InputError)]
        dated = sorted((a for a in articles if a.published), key=lambda a: a.published)
        self.articles = dated + [a for a in articles if not a.published]
        self.started = time.monotonic()
        self.start, self.every = start, every

    def released(self) -> list[Article]:
        grown = int((time.monotonic() - self.started) // self.every) if self.every > 0 else 0
        return self.articles[: min(len(self.articles), self.start + grown)]

    def outlets(self) -> dict[str, str]:
        return {slug(outlet_of(a)): outlet_of(a) for a in self.articles}


def page_html(article: Article) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.text.split("\n") if p.strip())
    published = (
        f'<meta property="article:published_time" content="{article.published.isoformat()}Z">'
        if article.published
        else ""
    )
    return (
        f"<!doctype html><html lang={quoteattr(article.language or 'en')}><head><meta charset='utf-8'>"
        f"<title>{escape(article.title)}</title>"
        f"<meta property='og:site_name' content={quoteattr(outlet_of(article))}>{published}</head>"
        f"<body><nav>Home · World · Sport</nav><article><h1>{escape(article.title)}</h1>"
        f"{paragraphs}</article><footer>© {escape(outlet_of(article))}</footer></body></html>"
    ).encode()


def feed_xml(title: str, items: list[Article], base: str) -> bytes:
    entries = []
    for a in reversed(items):  # newest first, as feeds list them
        date = (
            f"<pubDate>{format_datetime(a.published.replace(tzinfo=UTC))}</pubDate>"
            if a.published
            else ""
        )
        entries.append(
            f"<item><title>{escape(a.title)}</title><link>{base}/articles/{a.id}.html</link>"
            f'<guid isPermaLink="false">{a.id}</guid>{date}'
            f"<description>{escape(a.text.split(chr(10))[0])}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{base}/</link><description>newsfuse demo</description>"
        f"{''.join(entries)}</channel></rss>"
    ).encode()


def make_handler(corpus: Corpus, base: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            released = corpus.released()
            path = self.path.split("?", 1)[0]
            if path == "/robots.txt":
                return self.reply(b"User-agent: *\nAllow: /\n", "text/plain")
            if path == "/feed.xml":
                return self.feed("Valdoria news (all outlets)", released)
            match = re.fullmatch(r"/feeds/([a-z0-9-]+)\.xml", path)
            if match and match.group(1) in corpus.outlets():
                name = corpus.outlets()[match.group(1)]
                return self.feed(name, [a for a in released if outlet_of(a) == name])
            match = re.fullmatch(r"/articles/([0-9a-f]+)\.html", path)
            article = next((a for a in released if match and a.id == match.group(1)), None)
            if article is not None:
                return self.reply(page_html(article), "text/html; charset=utf-8")
            self.reply(b"not found", "text/plain", status=404)

        def feed(self, title: str, items: list[Article]) -> None:
            etag = f'"{len(items)}-{slug(title)}"'
            modified = formatdate(1_741_600_000 + len(items) * 60, usegmt=True)
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.reply(
                feed_xml(title, items, base),
                "application/rss+xml",
                {"ETag": etag, "Last-Modified": modified},
            )

        def reply(
            self, body: bytes, kind: str, headers: dict[str, str] | None = None, status: int = 200
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--start", type=int, default=3, help="reports out at once")
    parser.add_argument("--every", type=float, default=30.0, help="seconds between two new reports")
    parser.add_argument("--opml", type=Path, help="write an OPML list of the outlets' feeds here")
    args = parser.parse_args()
    corpus = Corpus(args.corpus, args.start, args.every)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), BaseHTTPRequestHandler)
    base = f"http://127.0.0.1:{server.server_address[1]}"  # the port, when 0 asked for any
    server.RequestHandlerClass = make_handler(corpus, base)
    if args.opml:
        outlines = "".join(
            f'<outline text={quoteattr(name)} type="rss" xmlUrl="{base}/feeds/{key}.xml"/>'
            for key, name in corpus.outlets().items()
        )
        args.opml.write_text(
            f'<?xml version="1.0"?><opml version="2.0"><head><title>newsfuse demo</title></head>'
            f"<body>{outlines}</body></opml>\n"
        )
    print(
        f"serving {len(corpus.articles)} reports of {args.corpus} as feeds at {base}/feed.xml "
        f"and {base}/feeds/<outlet>.xml: {args.start} out now, one more every {args.every:g} s"
        + (f"; OPML list: {args.opml}" if args.opml else ""),
        flush=True,
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(1)
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
