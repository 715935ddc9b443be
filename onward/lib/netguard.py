"""Where Onward may open a connection: the public internet, and nowhere else by default.

Job boards, careers pages and IMAP servers are addresses a person types in. On a shared
instance, fetching them must never become a way to read the instance's own network
(its admin pages, a cloud metadata service, a database port). So every connection:

- turns the host into addresses once: numeric forms the way a C resolver reads them
  (2130706433, 0x7f000001, 0177.0.0.1, 127.1, 0), names through the resolver;
- refuses the lot unless every address is globally routable (an IPv4 address hidden in
  IPv6, as in ::ffff:127.0.0.1 or 64:ff9b::7f00:1, counts as that IPv4 address);
- dials exactly the address that was checked, so a name that answers differently the
  second time (DNS rebinding) can't slip through. TLS still checks the certificate
  against the name, and the Host header still carries the name.

A person running Onward on their own laptop can allow private addresses with
ONWARD_ALLOW_PRIVATE_FETCH. Whatever goes wrong, people read one plain sentence (so
the answers can't map a network); the reason goes to the log.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import ssl
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx
from django.conf import settings

log = logging.getLogger(__name__)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[Address]]

WEB_PROBLEM = "We couldn't read that page."
MAIL_PROBLEM = "We couldn't reach that mail server."

_NUMERIC_PART = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_LOCAL_NAMES = ("localhost", "localhost.localdomain")


class Refused(Exception):
    """Onward won't connect there. The message is for the log, never for the page."""


class Unresolved(Refused):
    """The name gave no address."""


def _names_this_machine(name: str) -> bool:
    return name in _LOCAL_NAMES or name.endswith(".localhost")


def allow_private() -> bool:
    return bool(settings.ONWARD_ALLOW_PRIVATE_FETCH)


def system_resolver(host: str, port: int) -> list[Address]:
    """The addresses the machine's resolver gives for a name (OSError when none)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


# Tests swap this for a resolver of their own: no test may ask the real DNS.
resolver: Resolver = system_resolver


def normalise(host: str) -> str:
    """The host as a resolver sees it: no brackets, no trailing dot, lower case."""
    return host.strip().strip("[]").rstrip(".").lower()


def numeric(host: str) -> Address | None:
    """The address a host written as numbers stands for, or None for a name.

    A C resolver reads "127.1", "2130706433", "0x7f000001" and "0177.0.0.1" as
    127.0.0.1; reading them the same way here means they are judged as what they are.
    A host that is all numbers but no address (999.1.1.1) is refused: no browser or
    resolver agrees on what it means."""
    host = normalise(host)
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host.split("%")[0])
        except ValueError as error:
            raise Refused(f"{host!r} is not an IPv6 address") from error
    parts = host.split(".")
    if not host or not _NUMERIC_PART.match(parts[-1]):
        return None  # a name: its last label isn't a number
    if len(parts) > 4 or not all(_NUMERIC_PART.match(part) for part in parts):
        raise Refused(f"{host!r} looks like a numeric address but isn't one")
    try:
        values = [_number(part) for part in parts]
    except ValueError as error:  # 08, 09: not octal
        raise Refused(f"{host!r} has a part that isn't a number") from error
    *leading, last = values
    if any(value > 255 for value in leading) or last >= 256 ** (5 - len(values)):
        raise Refused(f"{host!r} is out of range for an IPv4 address")
    number = last
    for position, value in enumerate(leading):
        number += value << (8 * (3 - position))
    return ipaddress.IPv4Address(number)


def _number(part: str) -> int:
    if part.startswith("0x"):
        return int(part[2:] or "0", 16)
    return int(part, 8) if len(part) > 1 and part.startswith("0") else int(part)


def is_public(address: Address) -> bool:
    """Globally routable, looking through IPv6 forms that carry an IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public(address.ipv4_mapped)
        if address in _NAT64:
            return is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address.sixtofour is not None:
            return is_public(address.sixtofour)
        if address.teredo is not None:
            return is_public(address.teredo[1])
    return address.is_global


def addresses(host: str, port: int, *, resolve: Resolver | None = None) -> list[Address]:
    """The addresses Onward may dial for host:port, resolved once. Raises Refused."""
    name = normalise(host)
    if not name:
        raise Refused("no host")
    found = numeric(name)
    if found is not None:
        candidates = [found]
    else:
        if _names_this_machine(name) and not allow_private():
            raise Refused(f"{name!r} names this machine")
        try:
            candidates = (resolve or resolver)(name, port)
        except (OSError, UnicodeError, ValueError) as error:
            raise Unresolved(f"{name!r} doesn't resolve ({error})") from error
    if not candidates:
        raise Unresolved(f"{name!r} resolves to nothing")
    if not allow_private():
        private = [str(a) for a in candidates if not is_public(a)]
        if private:
            raise Refused(f"{name!r} resolves to a private address ({', '.join(private)})")
    return list(dict.fromkeys(candidates))


def check_host(host: str, port: int, *, resolve: bool = True) -> None:
    """Refuse a host before anything is saved or fetched. Raises Refused.

    Without `resolve`, a name is judged on its face only (this machine's names). A name
    that doesn't resolve passes either way: it may be down for now, and every
    connection checks it again."""
    name = normalise(host)
    if not name:
        raise Refused("no host")
    if numeric(name) is None and not resolve:
        if _names_this_machine(name) and not allow_private():
            raise Refused(f"{name!r} names this machine")
        return
    try:
        addresses(name, port)
    except Unresolved:
        return


def check_url(url: str, *, resolve: bool = True) -> None:
    """Refuse a web address that isn't http(s) on a public host. Raises Refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise Refused(f"{url!r} isn't a web address ({error})") from error
    if parts.scheme not in {"http", "https"}:
        raise Refused(f"{url!r} isn't http(s)")
    default = 443 if parts.scheme == "https" else 80
    check_host(parts.hostname or "", port or default, resolve=resolve)


def refusal(url: str, *, resolve: bool = True) -> str:
    """ "" when Onward may fetch `url`, else the one sentence people see (reason logged)."""
    try:
        check_url(url, resolve=resolve)
    except Refused as error:
        log.warning("Refused to fetch %s: %s", url, error)
        return WEB_PROBLEM
    return ""


# The connections themselves.


def connect(host: str, port: int, timeout: float | None) -> socket.socket:
    """A TCP connection to the checked address of host:port (for IMAP). Raises Refused
    when the address is not allowed, OSError when nobody answers."""
    last: OSError | None = None
    for address in addresses(host, port):
        try:
            return socket.create_connection((str(address), port), timeout)
        except OSError as error:
            last = error
    raise last or OSError(f"no address for {host}")


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network layer with the guard in front: it resolves the host itself and
    dials only the addresses that passed. httpcore then starts TLS with the name."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            allowed = await asyncio.to_thread(addresses, host, port)
        except Refused as error:
            log.warning("Refused to connect to %s:%s: %s", host, port, error)
            raise httpcore.ConnectError(WEB_PROBLEM) from error
        last: Exception | None = None
        for address in allowed:
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        raise last or httpcore.ConnectError(WEB_PROBLEM)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError(WEB_PROBLEM)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, connecting through PinnedBackend. Proxies from the
    environment are not used: a proxy would resolve names where Onward can't check them."""

    def __init__(self, *, limits: httpx.Limits, verify: ssl.SSLContext | bool = True) -> None:
        super().__init__(verify=verify, limits=limits, trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=PinnedBackend(),
        )
