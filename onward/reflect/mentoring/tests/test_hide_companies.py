""" "Leave company names out of what I share" covers the words the user keeps too: the
drafted message names the company, and the mentor must not read it anywhere."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.reflect.tests.helpers import debrief, mentor, shared
from onward.test import rejected_application

from ..letter import letter_text
from ..services import draft_message

pytestmark = pytest.mark.django_db


def hidden_request(alice: Any, *, hide: bool = True) -> tuple[Any, str]:
    rejection = rejected_application(alice, [], company="Quillon")
    message = draft_message(alice, "Dana Li", [], rejection)
    assert "Quillon" in message  # the draft names it, as the review saw
    ask, _, token = shared(
        alice,
        rejection=rejection,
        message=message,
        notes="QUILLON's panel was kind.",
        hide_companies=hide,
    )
    other = rejected_application(alice, [], company="Acme Analytics")
    ask.debriefs.set([debrief(alice, other, went_well="Acme Analytics liked my SQL.")])
    return ask, token


def test_the_mentor_page_leaves_out_every_company_name(alice: Any) -> None:
    _, token = hidden_request(alice)
    page = Client().get(reverse("reflect:shared_request", args=[token])).content.decode()
    assert "Quillon" not in page and "QUILLON" not in page and "Acme" not in page
    assert "role at the company" in page
    assert "the company&#x27;s panel was kind." in page
    assert "the company liked my SQL." in page


def test_the_letter_and_the_users_preview_leave_them_out_too(
    alice: Any, alice_client: Client
) -> None:
    ask, _ = hidden_request(alice)
    assert "Quillon" not in letter_text(ask, cv_attached=False)
    preview = reverse("reflect:mentor_request_preview", args=[ask.pk])
    assert "Quillon" not in alice_client.get(preview).content.decode()


def test_without_the_box_the_message_is_shared_as_written(alice: Any) -> None:
    _, token = hidden_request(alice, hide=False)
    page = Client().get(reverse("reflect:shared_request", args=[token])).content.decode()
    assert "role at Quillon" in page


def test_a_word_that_only_contains_a_company_name_is_kept(alice: Any) -> None:
    rejection = rejected_application(alice, [], company="Arc")
    _, _, token = shared(
        alice,
        mentor=mentor(alice, "Sam Roe", "sam@example.org"),
        rejection=rejection,
        message="Hi Sam, my search for an archive role at Arc went well.",
        hide_companies=True,
    )
    page = Client().get(reverse("reflect:shared_request", args=[token])).content.decode()
    assert "search for an archive role at the company went well." in page
