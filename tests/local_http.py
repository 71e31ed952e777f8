"""Real HTTP servers on loopback for the fetching tests (threads; no mock of the client).

A :class:`LocalServer` serves routes (path -> handler) and records every request it received, so
tests can say what was and was not fetched. Handlers write the response themselves through the
standard library's request handler.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

Handler = Callable[[BaseHTTPRequestHandler], None]


class LocalServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.headers: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        server = self

        class Handle(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server.hits[path] += 1
                    server.headers.append((path, dict(self.headers.items())))
                route = server.routes.get(path)
                if route is None:
                    send(self, 404, b"not found", "text/plain")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handle)
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    content_type: str = "text/plain",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    if status != 304:
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    if status != 304:
        handler.wfile.write(body)


def static(body: bytes, content_type: str, etag: str | None = None) -> Handler:
    """A document answered with 304 when the client sends back its ETag."""

    def handle(handler: BaseHTTPRequestHandler) -> None:
        if etag is not None and handler.headers.get("If-None-Match") == etag:
            send(handler, 304, headers={"ETag": etag})
            return
        send(handler, 200, body, content_type, {"ETag": etag} if etag else None)

    return handle


class Feed:
    """An RSS feed that grows: each version has its own ETag and Last-Modified."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.items: list[dict[str, str]] = []
        self.version = 0

    def add(self, guid: str, title: str, summary: str, link: str = "", published: str = "") -> None:
        self.items.append(
            {"guid": guid, "title": title, "summary": summary, "link": link, "pub": published}
        )
        self.version += 1

    def xml(self) -> bytes:
        items = "".join(
            f'<item><title>{escape(i["title"])}</title><guid isPermaLink="false">{escape(i["guid"])}</guid>'
            + (f"<link>{escape(i['link'])}</link>" if i["link"] else "")
            + (f"<pubDate>{i['pub']}</pubDate>" if i["pub"] else "")
            + f"<description>{escape(i['summary'])}</description></item>"
            for i in reversed(self.items)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{escape(self.title)}</title><link>http://example.org/</link>"
            f"<description>test</description>{items}</channel></rss>"
        ).encode()

    def handler(self) -> Handler:
        def handle(handler: BaseHTTPRequestHandler) -> None:
            etag = f'"v{self.version}"'
            modified = formatdate(1_700_000_000 + self.version * 60, usegmt=True)
            if handler.headers.get("If-None-Match") == etag:
                send(handler, 304, headers={"ETag": etag, "Last-Modified": modified})
                return
            headers = {"ETag": etag, "Last-Modified": modified}
            send(handler, 200, self.xml(), "application/rss+xml", headers)

        return handle


def html_page(title: str, paragraphs: list[str], site: str = "Test Herald") -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<meta property='og:site_name' content='{escape(site)}'></head><body>"
        f"<nav>Home | World | Sport</nav><article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>© Test Herald</footer></body></html>"
    ).encode()
