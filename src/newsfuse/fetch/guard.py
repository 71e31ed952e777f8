"""The SSRF guard: which URLs and addresses newsfuse may fetch from.

A URL from a feed, an OPML list or the web API must not make newsfuse reach into the machine or
network it runs on (a database port on loopback, an intranet admin page, the cloud metadata
service at 169.254.169.254). So:

* only ``http`` and ``https`` URLs with a host are fetched;
* every host is resolved and *each* address checked: loopback, private (RFC 1918, fc00::/7),
  carrier-grade NAT, link-local (169.254.0.0/16, fe80::/10: cloud metadata), multicast, reserved
  and unspecified addresses are refused, also when wrapped in IPv6 (::ffff:a.b.c.d, 6to4, Teredo);
* the connection is opened to the address that was checked (:class:`GuardedBackend`), never
  re-resolved, so a DNS answer that changes between check and connect (rebinding) cannot slip
  through, and the peer of the open socket is checked once more;
* every redirect is a new request through the same checks.

``allow_private`` opens loopback, private and CGNAT ranges for an intranet (link-local and the
rest stay refused); ``allow`` lists exact exceptions: ``host:port`` pairs or networks, e.g.
``127.0.0.1:8765`` for a local test server and nothing else on that machine.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx

from ..errors import NewsfuseError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
SCHEMES = ("http", "https")
# Opened by allow_private: what an intranet uses. Never link-local (cloud metadata lives there).
INTRANET = ("loopback", "private", "shared")


class Refused(NewsfuseError):
    """A URL or address the guard does not let newsfuse fetch."""


@dataclass(frozen=True, slots=True)
class Allowed:
    """One exception to the guard: a network, optionally only one port of it."""

    network: IPNetwork
    port: int | None = None

    def covers(self, address: IPAddress, port: int) -> bool:
        return address in self.network and self.port in (None, port)


def parse_allowed(text: str) -> Allowed:
    """'127.0.0.1:8765', '[::1]:8080', '10.1.0.0/16' or '192.168.1.5' as an exception."""
    value = text.strip()
    port: int | None = None
    try:
        if value.startswith("["):  # [v6]:port
            host, _, rest = value[1:].partition("]")
            port = int(rest.removeprefix(":")) if rest else None
        elif value.count(":") == 1:  # v4:port
            host, _, number = value.partition(":")
            port = int(number)
        else:
            host = value
        network = ipaddress.ip_network(host, strict=False)
    except ValueError:
        raise Refused(
            f"{text!r} is not an address to allow (examples: 127.0.0.1:8765, 10.0.0.0/8)"
        ) from None
    if port is not None and not 0 < port < 65536:
        raise Refused(f"{text!r}: port {port} is out of range")
    return Allowed(network, port)


def classify(address: IPAddress) -> str | None:
    """Why an address is not a public one ('loopback', 'link-local'...), or None if it is."""
    embedded = _embedded(address)
    if embedded is not None:
        return classify(embedded)
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_reserved:
        return "reserved"
    if address in _SHARED:
        return "shared"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "reserved"
    return None


_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)


def _embedded(address: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:
            return address.sixtofour
        if address.teredo is not None:
            return address.teredo[1]
    return None


@dataclass(frozen=True)
class Guard:
    allow_private: bool = False
    allow: tuple[Allowed, ...] = field(default_factory=tuple)

    @classmethod
    def build(cls, allow_private: bool = False, allow: Iterable[str] = ()) -> Guard:
        return cls(allow_private, tuple(parse_allowed(a) for a in allow))

    def check_url(self, url: str | httpx.URL) -> httpx.URL:
        """The URL parsed, if its scheme and host may be fetched (addresses come at connect)."""
        try:
            parsed = httpx.URL(str(url))
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise Refused(f"{url}: not a valid URL ({exc})") from None
        if parsed.scheme not in SCHEMES:
            raise Refused(
                f"{url}: only http and https URLs are fetched, not {parsed.scheme or 'none'}"
            )
        if not parsed.host:
            raise Refused(f"{url}: no host")
        return parsed

    async def check(self, url: str, timeout: float = 5.0) -> httpx.URL:
        """The URL parsed, if it may be fetched and its host resolves to allowed addresses only
        (what an API accepting a URL checks up front; fetching checks every connection again)."""
        parsed = self.check_url(url)
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            await self.resolve(parsed.host, port, timeout)
        except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
            raise Refused(f"{url}: {exc}") from None
        return parsed

    def check_address(self, host: str, address: str, port: int) -> IPAddress:
        """The address parsed, if it may be connected to; else :class:`Refused` saying why."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
        if any(a.covers(ip, port) for a in self.allow):
            return ip
        reason = classify(ip)
        if reason is None or (self.allow_private and reason in INTRANET):
            return ip
        hint = " (use --allow-private for an intranet)" if reason in INTRANET else ""
        shown = host if host == address else f"{host} ({address})"
        raise Refused(f"{shown}: refused, a {reason} address{hint}")

    async def resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        """Every address ``host`` resolves to, each one checked: one refused refuses the host
        (a name that answers with both a public and a private address is not trusted)."""
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            addresses = [host]
        except ValueError:
            loop = asyncio.get_running_loop()
            try:
                infos = await asyncio.wait_for(
                    loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout
                )
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"{host}: cannot resolve ({exc})") from None
            except TimeoutError:
                raise httpcore.ConnectTimeout(f"{host}: name resolution timed out") from None
            addresses = list(dict.fromkeys(info[4][0] for info in infos))
        for address in addresses:
            self.check_address(host, address, port)
        return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to addresses the guard checked.

    The host is resolved here, each address checked, and the TCP connection opened to that very
    address (TLS still verifies the certificate against the host name); the socket's peer is
    checked again once connected. Unix sockets are never used.
    """

    def __init__(self, guard: Guard, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        failure: Exception | None = None
        for address in await self.guard.resolve(host, port, timeout):
            try:
                stream = await self.inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
                continue
            peer = stream.get_extra_info("server_addr")
            try:
                self.guard.check_address(host, str(peer[0]), int(peer[1]))
            except Refused:
                await stream.aclose()
                raise
            return stream
        raise failure or httpcore.ConnectError(f"{host}: no address")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise Refused(f"{path}: unix sockets are never fetched from")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def guarded_transport(guard: Guard, connections: int) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose every connection goes through :class:`GuardedBackend`.

    httpx takes no network backend, so its pool is rebuilt with one (httpx and httpcore are
    pinned; ``tests/test_fetch.py`` proves a refused address is never connected to). No proxy
    from the environment: a proxy would connect on our behalf, past the guard.
    """
    transport = httpx.AsyncHTTPTransport(trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=connections,
        max_keepalive_connections=connections,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(guard),
    )
    return transport
