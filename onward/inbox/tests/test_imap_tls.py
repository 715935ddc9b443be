"""The IMAP password only travels encrypted, to a server whose certificate is valid for
the host name: real TLS handshakes with the test IMAP server on 127.0.0.1 (security
review 2026-11-30, finding 2). Certificates are made at test time."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from onward.lib import netguard
from onward.lib.imap import ImapError, ImapServer, NoEncryption, check
from onward.tests.certs import Authority, authority

from . import imapserver

PASSWORD = "s3cret pass"
PROBLEM = "We couldn't reach that mail server."


@pytest.fixture
def ca() -> Authority:
    return authority()


@pytest.fixture(autouse=True)
def _names(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """imap.example and attacker.example both lead to the test server on 127.0.0.1."""
    settings.ONWARD_ALLOW_PRIVATE_FETCH = True

    def resolve(host: str, port: int) -> list[netguard.Address]:
        if host not in {"imap.example", "attacker.example"}:
            raise OSError("unknown name")
        return [ipaddress.ip_address("127.0.0.1")]

    monkeypatch.setattr(netguard, "resolver", resolve)


@pytest.fixture
def running() -> Iterator[Callable[..., imapserver.Server]]:
    started: list[imapserver.Server] = []

    def start(**kwargs: Any) -> imapserver.Server:
        server = imapserver.start(password=PASSWORD, **kwargs)
        server.state.folders["INBOX"].add(b"Subject: hi\r\n\r\nhello\r\n")
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def server_for(port: int, *, use_ssl: bool, **kwargs: Any) -> ImapServer:
    options: dict[str, Any] = {"host": "imap.example", "timeout": 5} | kwargs
    return ImapServer(port=port, use_ssl=use_ssl, username="alice", password=PASSWORD, **options)


def logins(server: imapserver.Server) -> list[str]:
    return [c for c in server.state.commands if " LOGIN " in f" {c.upper()}"]


def test_a_self_signed_certificate_for_another_name_gets_no_password(
    running: Callable[..., imapserver.Server], tmp_path: Path
) -> None:
    # The review's attack: IMAPS with a certificate for another name, from no authority
    # the system trusts. Onward verifies by default, so the handshake fails first.
    fake = running(tls=authority().server_context("attacker.invalid", tmp_path))
    with pytest.raises(ImapError) as problem:
        check(server_for(fake.port, use_ssl=True))
    assert str(problem.value) == PROBLEM
    assert logins(fake) == [] and fake.state.commands == []


def test_a_trusted_certificate_for_another_name_gets_no_password(
    running: Callable[..., imapserver.Server], ca: Authority, tmp_path: Path
) -> None:
    fake = running(tls=ca.server_context("attacker.example", tmp_path))
    with pytest.raises(ImapError, match="couldn't reach"):
        check(server_for(fake.port, use_ssl=True, ssl_context=ca.client_context()))
    assert logins(fake) == []


def test_imaps_with_a_valid_certificate_signs_in(
    running: Callable[..., imapserver.Server], ca: Authority, tmp_path: Path
) -> None:
    real = running(tls=ca.server_context("imap.example", tmp_path))
    assert check(server_for(real.port, use_ssl=True, ssl_context=ca.client_context())) == 1
    assert len(logins(real)) == 1 and real.state.in_clear == []


def test_port_143_switches_to_tls_before_signing_in(
    running: Callable[..., imapserver.Server], ca: Authority, tmp_path: Path
) -> None:
    real = running(starttls=ca.server_context("imap.example", tmp_path))
    assert check(server_for(real.port, use_ssl=False, ssl_context=ca.client_context())) == 1
    assert len(logins(real)) == 1
    # Only the greeting's questions went in clear: the password came after STARTTLS.
    assert [c.split()[1].upper() for c in real.state.in_clear][-1] == "STARTTLS"
    assert logins(real)[0] not in real.state.in_clear


def test_starttls_to_a_bad_certificate_gets_no_password(
    running: Callable[..., imapserver.Server], tmp_path: Path
) -> None:
    fake = running(starttls=authority().server_context("attacker.invalid", tmp_path))
    with pytest.raises(ImapError, match="couldn't reach"):
        check(server_for(fake.port, use_ssl=False))
    assert logins(fake) == []


def test_a_server_without_starttls_gets_no_password_unless_allowed_for_it(
    running: Callable[..., imapserver.Server],
) -> None:
    plain = running()
    with pytest.raises(NoEncryption, match="didn't send your password"):
        check(server_for(plain.port, use_ssl=False))
    # Allowed for another host: still not this one.
    with pytest.raises(NoEncryption):
        check(server_for(plain.port, use_ssl=False, plain_login_host="mail.home.lan"))
    assert logins(plain) == []
    # Allowed for this very host: the person chose it.
    assert check(server_for(plain.port, use_ssl=False, plain_login_host="imap.example")) == 1
    assert len(logins(plain)) == 1


def test_private_mail_servers_are_refused_unless_allowed(
    running: Callable[..., imapserver.Server], settings: Any
) -> None:
    plain = running()
    settings.ONWARD_ALLOW_PRIVATE_FETCH = False
    for host in ("127.0.0.1", "2130706433", "localhost.", "imap.example"):
        with pytest.raises(ImapError) as problem:
            check(server_for(plain.port, use_ssl=False, host=host, plain_login_host=host))
        assert str(problem.value) == PROBLEM
    assert plain.state.commands == []


def test_a_closed_port_and_a_refused_host_read_the_same(settings: Any) -> None:
    with pytest.raises(ImapError) as closed:
        check(server_for(9, use_ssl=True, host="127.0.0.1"))
    settings.ONWARD_ALLOW_PRIVATE_FETCH = False
    with pytest.raises(ImapError) as refused:
        check(server_for(9, use_ssl=True, host="127.0.0.1"))
    assert str(closed.value) == str(refused.value) == PROBLEM


def test_another_service_s_greeting_is_not_repeated_to_the_person() -> None:
    """The review saw an SMTP server's banner on the settings page: now only the sentence."""
    import socketserver
    import threading

    class Smtp(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            self.request.sendall(b"220 localhost Python SMTP 1.4.6\r\n")
            self.request.recv(1024)

    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Smtp) as smtp:
        threading.Thread(target=smtp.serve_forever, args=(0.02,), daemon=True).start()
        port = int(smtp.server_address[1])
        with pytest.raises(ImapError) as problem:
            check(server_for(port, use_ssl=False, host="127.0.0.1"))
        smtp.shutdown()
    assert str(problem.value) == PROBLEM
