"""What is due: sources listed in settings by dotted path, ordered by priority, not by dates."""

from __future__ import annotations

import datetime as dt

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from onward.core.due import DueItem, Priority, collect
from onward.lib.dates import when_due

pytestmark = pytest.mark.django_db
HERE = __name__
DAY = dt.date(2025, 6, 2)


def mixed(user: User, today: dt.date, until: dt.date) -> list[DueItem]:
    """Listed in the order a date sort would get wrong: the most pressing is the newest."""
    return [
        DueItem("news-1", "news", "A role that may fit", "/news/", priority=Priority.NEWS),
        DueItem("task-1", "task", "Practise a story", "/a/", due_on=today - dt.timedelta(days=3)),
        DueItem("task-2", "task", "Rewrite the CV", "/b/", due_on=today - dt.timedelta(days=9)),
        DueItem("care-1", "care", "How are you today?", "/care/", due_on=today, priority=0),
        DueItem("later-1", "task", "Call Sam", "/c/", due_on=today + dt.timedelta(days=3)),
    ]


def another(user: User, today: dt.date, until: dt.date) -> list[DueItem]:
    return [DueItem("other-1", "other", "From another source", "/other/")]


def test_priority_orders_the_items_then_the_date_then_the_title(
    settings: Settings, alice: User
) -> None:
    settings.ONWARD_DUE_SOURCES = [f"{HERE}.mixed"]
    found = collect(alice, DAY, DAY + dt.timedelta(days=7))
    assert [item.uid for item in found] == ["care-1", "task-2", "task-1", "later-1", "news-1"]


def test_today_shows_the_first_priority_first_even_when_others_are_older(
    settings: Settings, alice_client: Client
) -> None:
    settings.ONWARD_DUE_SOURCES = [f"{HERE}.mixed"]
    page = alice_client.get(reverse("plans:today")).content.decode()
    order = ["How are you today?", "Rewrite the CV", "Practise a story", "A role that may fit"]
    assert [page.index(title) for title in order] == sorted(page.index(t) for t in order)
    assert "Call Sam" not in page  # due in three days: Today is for now


def test_each_source_in_the_setting_is_read_and_a_new_list_is_read_anew(
    settings: Settings, alice: User
) -> None:
    settings.ONWARD_DUE_SOURCES = [f"{HERE}.another"]
    assert [item.uid for item in collect(alice, DAY, DAY)] == ["other-1"]
    settings.ONWARD_DUE_SOURCES = [f"{HERE}.another", f"{HERE}.mixed"]
    assert len(collect(alice, DAY, DAY)) == 6
    settings.ONWARD_DUE_SOURCES = []
    assert collect(alice, DAY, DAY) == []


@pytest.mark.parametrize(
    "path",
    ["onward.nowhere.due.items", "onward.core.due.no_such_function", "items"],
)
def test_a_wrong_path_is_a_clear_configuration_error_on_first_use(
    settings: Settings, alice: User, path: str
) -> None:
    settings.ONWARD_DUE_SOURCES = [f"{HERE}.another", path]
    with pytest.raises(ImproperlyConfigured, match=f"ONWARD_DUE_SOURCES lists '{path}'"):
        collect(alice, DAY, DAY)


def test_a_wrong_path_stops_the_app_at_startup(settings: Settings) -> None:
    settings.ONWARD_DUE_SOURCES = ["onward.plans.due.itemz"]
    with pytest.raises(ImproperlyConfigured, match="cannot be imported"):
        apps.get_app_config("core").ready()


def test_a_name_that_is_not_a_function_is_refused(settings: Settings, alice: User) -> None:
    settings.ONWARD_DUE_SOURCES = ["onward.core.due.SETTING"]
    with pytest.raises(ImproperlyConfigured, match="is not a function"):
        collect(alice, DAY, DAY)


def test_rewording_changes_the_words_but_never_the_uid_or_the_date() -> None:
    item = DueItem(
        "x-rejected-1", "rejected", "Rejected", "/x/", "Rejected?", "rejected", "Rejected", DAY
    )
    loud = item.reworded(str.upper)
    assert (loud.uid, loud.url, loud.due_on, loud.priority) == (
        item.uid,
        item.url,
        item.due_on,
        item.priority,
    )
    assert {loud.kind, loud.title, loud.action, loud.detail, loud.context} == {
        "REJECTED",
        "REJECTED?",
    }


def test_an_undated_item_is_due_now_and_a_dated_one_on_its_day() -> None:
    prompt = DueItem("p", "checkin", "How are you?", "/checkin/")
    task = DueItem("t", "task", "Call Sam", "/c/", due_on=DAY)
    assert prompt.is_due(DAY) and not prompt.dated
    assert task.dated and task.is_due(DAY) and not task.is_due(DAY - dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (DAY, "due today"),
        (DAY - dt.timedelta(days=1), "from yesterday"),
        (DAY - dt.timedelta(days=3), "from last Friday"),
        (DAY + dt.timedelta(days=1), "due tomorrow"),
        (DAY + dt.timedelta(days=4), "due Friday"),
    ],
)
def test_a_due_date_in_words(day: dt.date, words: str) -> None:
    assert when_due(day, DAY) == words


def test_the_projects_own_sources_are_all_listed_and_importable(settings: Settings) -> None:
    from onward.core.due import sources

    assert len(sources()) == len(settings.ONWARD_DUE_SOURCES) >= 6
    assert all(path.endswith(".due.items") for path in settings.ONWARD_DUE_SOURCES)
