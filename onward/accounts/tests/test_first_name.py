"""The welcome asks for a first name; it signs the notes, and nothing reads wrong without it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.reflect.mentoring.services import draft_message
from onward.reflect.tests.helpers import shared
from onward.test import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(db: Any) -> Any:
    return UserFactory.create(username="sam.rivera@example.com", first_name="", last_name="")


@pytest.fixture
def sam_client(sam: Any) -> Client:
    client = Client()
    client.force_login(sam)
    return client


def test_the_welcome_asks_a_new_user_for_their_first_name(sam_client: Client) -> None:
    page = sam_client.get(reverse("plans:today")).content.decode()
    assert "I'm sorry you're here" in page
    assert "First, what's your first name?" in page
    assert f'action="{reverse("accounts:first_name")}"' in page
    assert 'autocomplete="given-name"' in page


def test_giving_the_name_in_the_welcome_saves_it_and_greets_you_by_it(
    sam: Any, sam_client: Client
) -> None:
    response = sam_client.post(
        reverse("accounts:first_name"), {"first_name": "  Sam ", "next": reverse("plans:today")}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:today")
    sam.refresh_from_db()
    assert sam.first_name == "Sam"
    page = sam_client.get(reverse("plans:today")).content.decode()
    assert "Welcome, Sam. I'm sorry you're here" in page
    assert "Thank you, Sam. Your notes are signed with it." in page
    assert "what's your first name?" not in page


def test_a_named_user_is_not_asked_again(alice_client: Client) -> None:
    page = alice_client.get(reverse("plans:today")).content.decode()
    assert "Welcome, Alice." in page
    assert "what's your first name?" not in page


@pytest.mark.parametrize(
    ("given", "error"),
    [
        ("", "Add the name you&#x27;d like your notes signed with."),
        ("   ", "Add the name you&#x27;d like your notes signed with."),
        ("42", "Add the name you&#x27;d like your notes signed with."),
        ("sam@example.com", "That looks like an email address."),
    ],
)
def test_a_name_that_isnt_one_is_asked_for_again_kindly(
    sam: Any, sam_client: Client, given: str, error: str
) -> None:
    response = sam_client.post(reverse("accounts:first_name"), {"first_name": given})
    assert response.status_code == 200
    assert error in response.content.decode()
    sam.refresh_from_db()
    assert sam.first_name == ""


def test_the_name_page_goes_back_where_you_came_from_but_only_on_this_site(
    sam_client: Client,
) -> None:
    here = sam_client.post(
        reverse("accounts:first_name"), {"first_name": "Sam", "next": "/notes/1/"}
    )
    away = sam_client.post(
        reverse("accounts:first_name"), {"first_name": "Sam", "next": "https://evil.example/"}
    )
    assert here["Location"] == "/notes/1/"
    assert away["Location"] == reverse("core:settings")


def test_the_name_page_shows_the_name_you_have(alice_client: Client) -> None:
    page = alice_client.get(reverse("accounts:first_name") + "?next=/today/").content.decode()
    assert 'value="Alice"' in page
    assert 'name="next" value="/today/"' in page


def test_the_name_page_needs_sign_in(client: Client) -> None:
    response = client.get(reverse("accounts:first_name"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


# --- grammar never depends on a missing name ------------------------------------------


FOCUS = [{"key": "stories", "title": "Telling my stories", "shared": ""}]


def test_the_mentor_page_reads_well_with_a_name(alice: Any) -> None:
    _, _, token = shared(alice, focus_areas=FOCUS)
    page = Client().get(reverse("reflect:shared_request", args=[token])).content.decode()
    assert "What Alice would like to work on" in page


def test_the_mentor_page_reads_well_without_a_name(sam: Any) -> None:
    _, _, token = shared(sam, focus_areas=FOCUS)
    page = Client().get(reverse("reflect:shared_request", args=[token])).content.decode()
    assert "What they would like to work on" in page
    assert "they wants" not in page
    assert "They will see your name and your words." in page


def test_the_mentor_message_has_no_dangling_thank_you_without_a_name(sam: Any, alice: Any) -> None:
    assert draft_message(sam, "Dana Li", [], None).endswith("\nThank you.")
    assert draft_message(alice, "Dana Li", [], None).endswith("\nThank you,\nAlice Lee")
