"""The network guard: only public addresses, the checked one dialled, one plain answer.

Every form of the security review's table (2026-11-30, finding 1) is refused. Local
servers on 127.0.0.1/127.0.0.2 stand in for "the internet" and "the internal network";
which of them counts as public is set per test, so nothing leaves this machine."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from onward.lib import http, netguard

from .certs import authority

PROBLEM = "We couldn't read that page."
HOME = ipaddress.ip_address("127.0.0.1")  # "the internet" in the tests that say so
INSIDE = ipaddress.ip_address("127.0.0.2")  # "the internal network"


class Recorder(ThreadingHTTPServer):
    """Answers every GET, after noting the path and the Host header it was asked with."""

    daemon_threads = True

    def __init__(
        self, host: str, answer: Callable[[str], tuple[int, dict[str, str]]], port: int = 0
    ) -> None:
        self.seen: list[tuple[str, str]] = []
        self.answer = answer
        super().__init__((host, port), _Handler)
        threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])


class _Handler(BaseHTTPRequestHandler):
    server: Recorder

    def do_GET(self) -> None:
        self.server.seen.append((self.path, self.headers.get("Host", "")))
        status, headers = self.server.answer(self.path)
        body = b'<?xml version="1.0"?><rss><channel><title>Secret</title></channel></rss>'
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def serve(host: str = "127.0.0.1", answer: Any = None, port: int = 0) -> Recorder:
    return Recorder(host, answer or (lambda path: (200, {})), port)


@pytest.fixture
def internal() -> Iterator[Recorder]:
    server = serve()
    yield server
    server.shutdown()
    server.server_close()


def fetch(url: str) -> http.Fetched:
    async def go() -> http.Fetched:
        async with http.Client(timeout=2) as client:
            return await client.get(url)

    return http.run(go())


def names(table: dict[str, list[str]]) -> Callable[[str, int], list[netguard.Address]]:
    def resolve(host: str, port: int) -> list[netguard.Address]:
        if host not in table:
            raise OSError("unknown name")
        return [ipaddress.ip_address(a) for a in table[host]]

    return resolve


# Each row of the review's table: all refused with private fetching off (the default).
REVIEW_TABLE = [
    "http://127.0.0.1:9101/feed.xml",
    "http://localhost:9101/feed.xml",
    "http://localhost.:9101/feed.xml",
    "http://2130706433:9101/feed.xml",
    "http://127.1:9101/feed.xml",
    "http://0x7f000001:9101/feed.xml",
    "http://0177.0.0.1:9101/feed.xml",
    "http://0:9101/feed.xml",
    "http://0.0.0.0:9101/feed.xml",
    "http://[::1]:9101/feed.xml",
    "http://[::ffff:127.0.0.1]:9101/feed.xml",
    "http://[64:ff9b::7f00:1]:9101/feed.xml",
    "http://vm:9101/feed.xml",
    "http://intranet.corp.example/feed.xml",
    "http://169.254.169.254/latest/meta-data/feed.xml",
    "http://2852039166/latest/meta-data/feed.xml",
    "http://10.0.0.1/feed.xml",
    "http://192.168.1.1/feed.xml",
    "file:///etc/passwd.xml",
    "gopher://127.0.0.1:9101/_feed.xml",
    "http://example.com@127.0.0.1:9101/feed.xml",
    "http://999.1.1.1/jobs.rss",
    "http://1.2.3.4.5/jobs.rss",
]


@pytest.mark.parametrize("url", REVIEW_TABLE)
def test_every_private_form_in_the_review_is_refused(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        netguard,
        "resolver",
        names({"vm": ["127.0.0.1"], "intranet.corp.example": ["93.184.216.34", "10.1.2.3"]}),
    )
    with pytest.raises(netguard.Refused):
        netguard.check_url(url)
    assert netguard.refusal(url) == PROBLEM


def test_numbers_are_read_the_way_a_resolver_reads_them() -> None:
    for written in ("2130706433", "0x7f000001", "0177.0.0.1", "127.1", "0x7f.1", "127.0.1"):
        assert netguard.numeric(written) == HOME
    assert netguard.numeric("0") == ipaddress.ip_address("0.0.0.0")
    assert netguard.numeric("2852039166") == ipaddress.ip_address("169.254.169.254")
    assert netguard.numeric("jobs.example.") is None


def test_a_public_name_passes_and_keeps_all_its_addresses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        netguard, "resolver", names({"jobs.example": ["93.184.216.34", "2606:2800:220:1::1"]})
    )
    unguarded = netguard.addresses.unguarded  # type: ignore[attr-defined]  # see conftest
    found = unguarded("jobs.example.", 443)
    assert [str(a) for a in found] == ["93.184.216.34", "2606:2800:220:1::1"]


def test_private_addresses_are_allowed_when_the_person_running_onward_says_so(
    settings: Any,
) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    netguard.check_url("http://127.0.0.1:9101/feed.xml")
    netguard.check_url("http://localhost./feed.xml")
    # Still not a web address, allowed or not.
    with pytest.raises(netguard.Refused):
        netguard.check_url("http://999.1.1.1/jobs.rss")


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433:{port}/feed.xml",
        "http://127.1:{port}/feed.xml",
        "http://0x7f000001:{port}/feed.xml",
        "http://0177.0.0.1:{port}/feed.xml",
        "http://0:{port}/feed.xml",
        "http://localhost.:{port}/feed.xml",
        "http://vm:{port}/feed.xml",
        "http://[::ffff:127.0.0.1]:{port}/feed.xml",
    ],
)
def test_a_refused_address_is_never_asked_and_the_answer_is_plain(
    url: str, internal: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(netguard, "resolver", names({"vm": ["127.0.0.1"]}))
    fetched = fetch(url.format(port=internal.port))
    assert fetched.status == 0 and fetched.error == PROBLEM
    assert internal.seen == []


def test_closed_ports_refusals_and_answers_that_never_come_all_read_the_same(
    settings: Any, internal: Recorder
) -> None:
    refused = fetch(f"http://2130706433:{internal.port}/feed.xml")
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    closed = fetch("http://127.0.0.1:9/feed.xml")
    bad = fetch("http://999.1.1.1/jobs.rss")
    assert refused.error == closed.error == bad.error == PROBLEM


def test_every_redirect_hop_is_checked_again(
    monkeypatch: pytest.MonkeyPatch, internal: Recorder
) -> None:
    inside = serve(str(INSIDE))
    try:
        target = f"http://127.0.0.2:{inside.port}/secret.xml"
        door = serve(answer=lambda path: (302, {"Location": target}))
        monkeypatch.setattr(netguard, "is_public", lambda address: address == HOME)
        fetched = fetch(f"http://127.0.0.1:{door.port}/jobs.rss")
        assert fetched.status == 0 and fetched.error == PROBLEM
        assert inside.seen == []
        # The same redirect to a public address is followed: the check is what stopped it.
        monkeypatch.setattr(netguard, "is_public", lambda address: address in {HOME, INSIDE})
        assert fetch(f"http://127.0.0.1:{door.port}/jobs.rss").ok
        assert inside.seen == [("/secret.xml", f"127.0.0.2:{inside.port}")]
        door.shutdown()
        door.server_close()
    finally:
        inside.shutdown()
        inside.server_close()


def test_a_redirect_to_another_scheme_is_not_followed(internal: Recorder, settings: Any) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    door = serve(answer=lambda path: (302, {"Location": "file:///etc/passwd"}))
    try:
        assert fetch(f"http://127.0.0.1:{door.port}/jobs.rss").error == PROBLEM
    finally:
        door.shutdown()
        door.server_close()


def test_the_address_checked_is_the_address_dialled(
    monkeypatch: pytest.MonkeyPatch, internal: Recorder
) -> None:
    """DNS rebinding: a name that is public when checked and private a moment later."""
    # The same port on both addresses: only the address decides which one is asked.
    inside = serve(str(INSIDE), port=internal.port)
    answers = iter([["127.0.0.1"], ["127.0.0.2"], ["127.0.0.2"], ["127.0.0.2"]])

    def rebinding(host: str, port: int) -> list[netguard.Address]:
        return [ipaddress.ip_address(a) for a in next(answers)]

    monkeypatch.setattr(netguard, "resolver", rebinding)
    monkeypatch.setattr(netguard, "is_public", lambda address: address == HOME)
    try:
        port = internal.port
        fetched = fetch(f"http://jobs.example:{port}/jobs.rss")
        assert fetched.ok
        # Dialled 127.0.0.1, with the name kept in the Host header.
        assert internal.seen == [("/jobs.rss", f"jobs.example:{port}")]
        assert inside.seen == []
    finally:
        inside.shutdown()
        inside.server_close()


def test_tls_is_checked_against_the_name_not_the_address_dialled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True
    ca = authority()
    server = serve()
    server.socket = ca.server_context("jobs.example", tmp_path).wrap_socket(
        server.socket, server_side=True
    )
    monkeypatch.setattr(
        netguard, "resolver", names({"jobs.example": ["127.0.0.1"], "evil.example": ["127.0.0.1"]})
    )

    async def get(url: str) -> httpx.Response:
        limits = httpx.Limits(max_connections=2)
        transport = netguard.PinnedTransport(limits=limits, verify=ca.client_context())
        async with httpx.AsyncClient(transport=transport, timeout=3) as client:
            return await client.get(url)

    try:
        ok = http.run(get(f"https://jobs.example:{server.port}/board"))
        assert ok.status_code == 200
        assert server.seen == [("/board", f"jobs.example:{server.port}")]
        with pytest.raises(httpx.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|match"):
            http.run(get(f"https://evil.example:{server.port}/board"))
        assert len(server.seen) == 1
    finally:
        server.shutdown()
        server.server_close()
