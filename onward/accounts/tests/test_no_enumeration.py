"""Sign-up must not tell a stranger which addresses have an account. With verification
mandatory (the default once Onward sends real mail, ONWARD_EMAIL=smtp), a sign-up with a
registered address looks exactly like one with a new address; only the owner's inbox
hears about it. (With verification optional, a new account is signed in at once, so the
difference can't be hidden: that is the laptop default, with one person on it.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from onward.tests.test_settings import run_settings

pytestmark = pytest.mark.django_db
CSRF = re.compile(r'"X-CSRFToken": "\w+"|name="csrfmiddlewaretoken" value="\w+"')


@pytest.fixture
def mandatory(settings: Any) -> Iterator[None]:
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    cache.clear()  # allauth's rate limits on these emails, kept from other tests
    yield
    cache.clear()


def sign_up(email: str) -> tuple[int, str, str]:
    client = Client()
    password = "quiet-harbour-77"
    form = {"email": email, "password1": password, "password2": password}
    response = client.post(reverse("account_signup"), form, follow=True)
    page = CSRF.sub("", response.content.decode().replace(email, "ADDRESS"))
    return response.status_code, response.redirect_chain[-1][0], page


def test_a_taken_and_a_new_address_get_the_same_answer(alice: Any, mandatory: None) -> None:
    taken = sign_up("alice@example.com")
    new = sign_up("someone-new@example.com")
    assert taken == new
    status, where, page = taken
    assert (status, where) == (200, reverse("account_email_verification_sent"))
    assert "There&#x27;s already an account" not in page


def test_only_the_owner_hears_that_someone_tried_their_address(alice: Any, mandatory: None) -> None:
    sign_up("alice@example.com")
    assert get_user_model().objects.filter(email__iexact="alice@example.com").count() == 1
    [notice] = mail.outbox
    assert notice.to == ["alice@example.com"]
    assert "There's already one with this email." in notice.body
    assert "/accounts/password/reset/" in notice.body


def test_the_password_reset_form_answers_alike_too(alice: Any) -> None:
    answers = [
        Client().post(reverse("account_reset_password"), {"email": email})
        for email in ("alice@example.com", "nobody@example.com")
    ]
    assert {(a.status_code, a["Location"]) for a in answers} == {
        (302, reverse("account_reset_password_done"))
    }


def test_verification_is_mandatory_where_mail_reaches_people(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert run_settings(monkeypatch, tmp_path)["ACCOUNT_EMAIL_VERIFICATION"] == "optional"
    hosted = run_settings(monkeypatch, tmp_path, ONWARD_EMAIL="smtp")
    assert hosted["ACCOUNT_EMAIL_VERIFICATION"] == "mandatory"
    assert hosted.get("ACCOUNT_PREVENT_ENUMERATION", True) is True
    chosen = run_settings(
        monkeypatch, tmp_path, ONWARD_EMAIL="smtp", ONWARD_EMAIL_VERIFICATION="optional"
    )
    assert chosen["ACCOUNT_EMAIL_VERIFICATION"] == "optional"
