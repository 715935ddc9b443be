"""The Content-Security-Policy: every page may load only from this app, and nothing inline.

Chromium enforces it in the browser tests (which fail on any violation); here, the
header is checked on the wire and the templates are checked for what it would block.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

import onward

POLICY = "default-src 'self'; base-uri 'self'; frame-ancestors 'none'"
PACKAGE = Path(onward.__file__).resolve().parent
# Rendered for WeasyPrint or sent as email, never served as a page: the CSP doesn't apply,
# and mail clients need their styles inline.
NOT_PAGES = ("notes/cards/", "_pdf.html", "insights/digest.html")
INLINE = re.compile(
    r"""\sstyle\s*=|<style\b|<script\b(?![^>]*\ssrc=)|(?<![\w-])on[a-z]+\s*=\s*["']|javascript:""",
    re.IGNORECASE,
)


@pytest.mark.django_db
def test_a_public_page_is_sent_with_the_policy(client: Client) -> None:
    response = client.get(reverse("account_login"))
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == POLICY


def test_a_signed_in_page_is_sent_with_the_policy(alice_client: Client) -> None:
    response = alice_client.get(reverse("plans:today"))
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == POLICY


def test_no_page_template_has_inline_style_or_script() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("templates/**/*.html")):
        if any(part in path.as_posix() for part in NOT_PAGES):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if INLINE.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}")
    assert found == [], "move it to a static .css or .js file: the CSP blocks it"


def test_the_check_would_catch_inline_markup() -> None:
    for markup in [
        '<p style="margin:0">',
        "<style>p{}</style>",
        "<script>alert(1)</script>",
        '<button onclick="go()">',
        '<form {% if x %}onsubmit="return confirm()"{% endif %}>',
        '<a href="javascript:go()">',
    ]:
        assert INLINE.search(markup), markup
    for markup in [
        '<script src="/static/x.js" defer></script>',
        '<p class="flush">',
        '<form data-confirm="Start again?">',
    ]:
        assert not INLINE.search(markup), markup
