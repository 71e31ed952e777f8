"""HTTP fetching against real servers on loopback: conditional GET, retries, timeouts, limits,
redirects and the SSRF guard (every request the servers receive is recorded and checked).

The guard refuses loopback, so each test allows exactly its own server's ``127.0.0.1:port`` and
nothing else: another port on the same machine stays as refused as the cloud metadata address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from http.server import BaseHTTPRequestHandler

import pytest
from local_http import Feed, LocalServer, send, static

from newsfuse.fetch.client import FEED, PAGE, Fetcher, FetchError, retry_after_seconds
from newsfuse.fetch.guard import Guard, Refused, classify, parse_allowed
from newsfuse.fetch.policy import FetchPolicy, parse_duration
from newsfuse.fetch.robots import Robots

QUICK = FetchPolicy(backoff=0.05, host_delay=0.0, connect_timeout=2.0, read_timeout=2.0)


@pytest.fixture
def server() -> LocalServer:
    with LocalServer() as s:
        yield s


def fetch(
    server: LocalServer, url: str, policy: FetchPolicy = QUICK, guard: Guard | None = None, **kw
):
    """One GET through a fresh fetcher allowing only ``server``; returns (result or error, fetcher)."""
    guard = guard or Guard.build(allow=[server.address])

    async def go():
        async with Fetcher(policy, guard) as fetcher:
            try:
                return await fetcher.get(url, kw.pop("accept", FEED), **kw), fetcher
            except FetchError as exc:
                return exc, fetcher

    return asyncio.run(go())


# -- the guard ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("100.64.0.1", "shared"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("::ffff:169.254.169.254", "link-local"),
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_addresses_are_classified(address: str, reason: str | None) -> None:
    assert classify(ipaddress.ip_address(address)) == reason


def test_allow_private_opens_an_intranet_but_never_link_local() -> None:
    guard = Guard.build(allow_private=True)
    for address in ("10.0.0.5", "192.168.0.2", "127.0.0.1", "100.64.3.4"):
        guard.check_address("intranet", address, 80)
    for address in ("169.254.169.254", "224.0.0.1", "0.0.0.0", "fe80::1"):
        with pytest.raises(Refused):
            guard.check_address("x", address, 80)


def test_allow_list_names_one_port_or_a_network() -> None:
    guard = Guard.build(allow=["127.0.0.1:8765", "10.9.0.0/16", "[::1]:9000"])
    guard.check_address("a", "127.0.0.1", 8765)
    guard.check_address("b", "10.9.200.1", 443)
    guard.check_address("c", "::1", 9000)
    for address, port in (("127.0.0.1", 8766), ("10.10.0.1", 443), ("::1", 9001)):
        with pytest.raises(Refused, match="refused"):
            guard.check_address("d", address, port)
    with pytest.raises(Refused, match="not an address to allow"):
        parse_allowed("localhost:80")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/feed",
        "gopher://example.org/",
        "javascript:alert(1)",
        "http://",
    ],
)
def test_only_http_urls_with_a_host(url: str) -> None:
    with pytest.raises(Refused):
        Guard().check_url(url)


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "2130706433", "[::ffff:127.0.0.1]", "0.0.0.0", "localhost"]
)
def test_loopback_in_any_spelling_is_never_contacted(server: LocalServer, host: str) -> None:
    server.routes["/feed"] = static(b"<rss/>", "application/rss+xml")
    result, _ = fetch(server, f"http://{host}:{server.port}/feed", guard=Guard())
    assert isinstance(result, FetchError) and "refused" in str(result)
    assert server.hits["/feed"] == 0


def test_a_name_resolving_to_any_private_address_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A host answering with a public and a private address is refused as a whole."""

    async def fake_getaddrinfo(host, port, **kw):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port)),
        ]

    async def go():
        asyncio.get_running_loop().getaddrinfo = fake_getaddrinfo
        return await Guard().resolve("mixed.example", 80, 1.0)

    with pytest.raises(
        Refused, match=r"mixed\.example \(10\.0\.0\.7\): refused, a private address"
    ):
        asyncio.run(go())


def test_connection_goes_to_the_address_checked_no_rebinding(server: LocalServer) -> None:
    """The name is resolved once per connection and the socket opened to that checked address:
    a resolver that would answer differently the second time never gets asked."""
    server.routes["/feed"] = static(b"<rss/>", "application/rss+xml")
    answers = ["127.0.0.1", "169.254.169.254"]
    calls = []

    async def rebinding_getaddrinfo(host, port, **kw):
        calls.append(host)
        address = answers[min(len(calls) - 1, 1)]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    async def go():
        asyncio.get_running_loop().getaddrinfo = rebinding_getaddrinfo
        async with Fetcher(QUICK, Guard.build(allow=[server.address])) as fetcher:
            return await fetcher.get(f"http://rebind.test:{server.port}/feed", FEED)

    fetched = asyncio.run(go())
    assert fetched.status == 200 and calls == ["rebind.test"] and server.hits["/feed"] == 1


# -- requests -------------------------------------------------------------------------------------


def test_conditional_get_turns_an_unchanged_feed_into_a_304(server: LocalServer) -> None:
    feed = Feed("Wire")
    feed.add("a", "First", "Text one.")
    server.routes["/feed"] = feed.handler()
    first, _ = fetch(server, server.url("/feed"))
    assert first.status == 200 and first.etag == '"v1"' and first.last_modified
    second, fetcher = fetch(
        server, server.url("/feed"), etag=first.etag, last_modified=first.last_modified
    )
    assert second.not_modified and second.body == b"" and fetcher.counters.not_modified == 1
    assert server.headers[-1][1]["If-None-Match"] == '"v1"'
    assert "newsfuse/" in server.headers[-1][1]["User-Agent"]
    feed.add("b", "Second", "Text two.")
    third, _ = fetch(server, server.url("/feed"), etag=first.etag)
    assert third.status == 200 and b"Second" in third.body


def test_a_500_then_success_is_retried(server: LocalServer) -> None:
    answers = iter([500, 503, 200])

    def flaky(handler: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        send(
            handler,
            status,
            b"<rss><channel><title>ok</title></channel></rss>" if status == 200 else b"down",
            "application/rss+xml",
        )

    server.routes["/feed"] = flaky
    result, fetcher = fetch(server, server.url("/feed"))
    assert result.status == 200 and server.hits["/feed"] == 3 and fetcher.counters.retries == 2


def test_retries_give_up_with_a_transient_error(server: LocalServer) -> None:
    server.routes["/feed"] = lambda h: send(h, 502, b"bad gateway")
    result, _ = fetch(server, server.url("/feed"))
    assert isinstance(result, FetchError) and result.transient and result.status == 502
    assert "HTTP 502 after 3 attempts" in str(result) and server.hits["/feed"] == 3


def test_retry_after_is_honoured_and_a_long_one_left_to_the_next_round(server: LocalServer) -> None:
    answers = iter([(429, {"Retry-After": "1"}), (200, {})])

    def limited(handler: BaseHTTPRequestHandler) -> None:
        status, headers = next(answers)
        send(handler, status, b"<rss/>", "application/rss+xml", headers)

    server.routes["/feed"] = limited
    started = time.monotonic()
    result, _ = fetch(server, server.url("/feed"))
    assert result.status == 200 and time.monotonic() - started >= 0.95
    server.routes["/slow-down"] = lambda h: send(h, 503, b"", headers={"Retry-After": "3600"})
    result, _ = fetch(server, server.url("/slow-down"))
    assert isinstance(result, FetchError) and result.retry_after == 3600
    assert server.hits["/slow-down"] == 1  # not asked again within the round
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_a_slow_server_times_out(server: LocalServer) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(3)
        send(handler, 200, b"<rss/>", "application/rss+xml")

    server.routes["/feed"] = slow
    policy = FetchPolicy(read_timeout=0.5, retries=0, host_delay=0.0)
    started = time.monotonic()
    result, _ = fetch(server, server.url("/feed"), policy)
    assert isinstance(result, FetchError) and result.transient and "timed out" in str(result)
    assert time.monotonic() - started < 2.5


def test_a_trickling_server_is_cut_at_the_deadline(server: LocalServer) -> None:
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        try:
            for _ in range(100):  # a byte every 0.2 s never trips the read timeout
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    server.routes["/feed"] = trickle
    policy = FetchPolicy(deadline=1.0, retries=0, host_delay=0.0)
    started = time.monotonic()
    result, _ = fetch(server, server.url("/feed"), policy)
    assert isinstance(result, FetchError) and "within 1 s" in str(result)
    assert time.monotonic() - started < 3


def _huge(declare_length: bool, sent: list[int]):
    """A 2 GB body of zeros, written in 1 MB chunks, counting what actually left the server."""
    size, chunk = 2 * 1024**3, b"\0" * 1024**2

    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        if declare_length:
            handler.send_header("Content-Length", str(size))
        handler.end_headers()
        try:
            while sent[0] < size:
                handler.wfile.write(chunk)
                sent[0] += len(chunk)
        except OSError:
            pass  # the client hung up

    return handle


@pytest.mark.parametrize("declare_length", [True, False])
def test_a_2_gb_body_is_cut_off(server: LocalServer, declare_length: bool) -> None:
    sent = [0]
    server.routes["/huge"] = _huge(declare_length, sent)
    policy = FetchPolicy(max_bytes=1024**2, retries=0, host_delay=0.0)
    result, fetcher = fetch(server, server.url("/huge"), policy, accept=PAGE)
    assert isinstance(result, FetchError) and "limit" in str(result) and not result.transient
    time.sleep(0.2)
    assert sent[0] < 200 * 1024**2, f"the server went on sending {sent[0] / 1024**2:.0f} MB"
    assert fetcher.counters.bytes == 0


def test_a_wrong_content_type_is_refused(server: LocalServer) -> None:
    server.routes["/feed"] = static(b"\x89PNG....", "image/png")
    result, _ = fetch(server, server.url("/feed"))
    assert isinstance(result, FetchError) and "content type image/png is not a feed" in str(result)


# -- redirects ------------------------------------------------------------------------------------


def redirect(to: str, status: int = 302):
    return lambda h: send(h, status, b"", headers={"Location": to})


def test_redirects_are_followed_up_to_a_limit(server: LocalServer) -> None:
    server.routes["/old"] = redirect("/feed", 301)
    server.routes["/feed"] = static(b"<rss/>", "application/rss+xml")
    result, _ = fetch(server, server.url("/old"))
    assert result.status == 200 and result.url == server.url("/feed")
    server.routes["/loop"] = redirect("/loop")
    result, _ = fetch(server, server.url("/loop"), FetchPolicy(max_redirects=3, host_delay=0.0))
    assert isinstance(result, FetchError) and "more than 3 redirects" in str(result)
    assert server.hits["/loop"] == 4


def test_a_redirect_to_another_local_service_is_refused(server: LocalServer) -> None:
    """Allowed: this server's port. A redirect to another port of 127.0.0.1 is never followed."""
    with LocalServer() as internal:
        internal.routes["/admin"] = static(b"secret", "text/plain")
        server.routes["/feed"] = redirect(internal.url("/admin"))
        result, _ = fetch(server, server.url("/feed"))
        assert isinstance(result, FetchError)
        assert "127.0.0.1: refused, a loopback address" in str(result)
        assert internal.hits["/admin"] == 0


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "file:///etc/passwd",
    ],
)
def test_a_redirect_to_cloud_metadata_or_a_file_is_refused(
    server: LocalServer, target: str
) -> None:
    server.routes["/feed"] = redirect(target)
    started = time.monotonic()
    result, _ = fetch(server, server.url("/feed"))
    assert isinstance(result, FetchError) and not result.transient
    assert any(
        word in str(result) for word in ("refused, a link-local", "refused, a private", "only http")
    )
    assert time.monotonic() - started < 5  # refused before any connection is attempted


# -- robots.txt -----------------------------------------------------------------------------------


def test_robots_txt_disallow_and_crawl_delay(server: LocalServer) -> None:
    server.routes["/robots.txt"] = static(
        b"User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n", "text/plain"
    )

    async def go():
        async with Fetcher(QUICK, Guard.build(allow=[server.address])) as fetcher:
            robots = Robots(fetcher)
            verdicts = [
                await robots.allowed(server.url("/private/page.html")),
                await robots.allowed(server.url("/news/page.html")),
            ]
            return verdicts, fetcher.hosts._delays

    (private, public), delays = asyncio.run(go())
    assert (private, public) == (False, True)
    assert server.hits["/robots.txt"] == 1  # read once for the site
    assert delays == {f"127.0.0.1:{server.port}": 2.0}


def test_missing_robots_allows_unreachable_robots_disallows(server: LocalServer) -> None:
    async def verdict(route):
        if route is not None:
            server.routes["/robots.txt"] = route
        async with Fetcher(QUICK, Guard.build(allow=[server.address])) as fetcher:
            return await Robots(fetcher).allowed(server.url("/a.html"))

    assert asyncio.run(verdict(None)) is True  # 404
    assert asyncio.run(verdict(lambda h: send(h, 500, b"oops"))) is False


def test_durations() -> None:
    assert [parse_duration(t) for t in ("90", "45s", "10m", "1h30m", "2d")] == [
        90,
        45,
        600,
        5400,
        172800,
    ]
    with pytest.raises(Exception, match="not a duration"):
        parse_duration("soon")
