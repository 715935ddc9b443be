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


def test_today_with_forty_open_plans_lists_a_screenful_and_counts_the_rest(
    alice: User, alice_client: Client
) -> None:
    # Each plan has a step two days late, one due today and one in three days.
    fill(alice, Volume(applications=40, people=40, interactions=0, open_plans=40, messages=0))
    page = alice_client.get(reverse("plans:today")).content.decode()
    assert "77 more when you have the energy" in page  # 80 due, 3 at the top
    assert "And 57 more in your plans." in page  # 20 of the 77 listed
    assert "35 more in the next two weeks" in page  # 40 coming up, 5 shown
    assert "And 15 more in your plans." in page
    assert "And 30 more, each under its application" in page  # 10 plans of 40 listed
    assert page.count('<div class="card todo-card">') == 3
