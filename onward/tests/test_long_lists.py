"""Long lists come a page at a time, with links a screen reader names."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from onward.demo.volume import Volume, fill
from onward.inbox.models import ImportedMessage

MANY = Volume(applications=120, people=120, interactions=0, open_plans=0, messages=2600)


def test_the_inbox_shows_a_page_of_emails_to_look_at_with_links_to_the_rest(
    alice: User, alice_client: Client
) -> None:
    fill(alice, MANY)  # one in fifty waits for a look: 52
    waiting = ImportedMessage.objects.filter(user=alice, status="pending").count()
    first = alice_client.get(reverse("inbox:queue")).content.decode()
    assert f"{waiting} emails may change an application" in first
    assert first.count('<article class="card inbox-card"') == 25
    assert 'aria-label="Pages of emails to look at"' in first
    assert 'href="?page=2" rel="next"' in first
    assert 'aria-current="page"' in first
    third = alice_client.get(reverse("inbox:queue") + "?page=3").content.decode()
    assert 'href="?page=2" rel="prev"' in third
    assert 'rel="next"' not in third
    assert third.count('<article class="card inbox-card"') == waiting - 50


def test_a_page_number_past_the_end_or_not_a_number_shows_a_page_not_an_error(
    alice: User, alice_client: Client
) -> None:
    fill(alice, MANY)
    for page in ("999", "abc", "-1"):
        response = alice_client.get(reverse("people:person_list") + f"?page={page}")
        assert response.status_code == 200, page


def test_people_and_applications_come_fifty_to_a_page(alice: User, alice_client: Client) -> None:
    fill(alice, MANY)
    people = alice_client.get(reverse("people:person_list") + "?page=3").content.decode()
    assert people.count('<li class="todo">') == 20  # 120 people: 50, 50 and 20
    assert 'aria-current="page"><span class="visually-hidden">Page </span>3</a>' in people
    applications = alice_client.get(reverse("pipeline:application_list")).content.decode()
    assert applications.count('<li class="todo">') == 50
    assert 'aria-label="Pages of applications"' in applications
    assert 'href="?page=3"' in applications


def test_a_short_list_has_no_page_links(alice: User, alice_client: Client) -> None:
    fill(alice, Volume(applications=3, people=3, interactions=0, open_plans=0, messages=3))
    for name in ("people:person_list", "pipeline:application_list", "inbox:queue"):
        assert 'class="pager"' not in alice_client.get(reverse(name)).content.decode(), name
