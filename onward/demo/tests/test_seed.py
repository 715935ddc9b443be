"""The demo builds the sample job search once and hands it, as a Seed, to each app's part;
no app looks the sample records up by name, so a user's own records are never borrowed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from onward.demo import data
from onward.demo.data import clear_sample_data, populate
from onward.outlook.models import MoodCheckIn, Reframe
from onward.people.models import Person, Relationship
from onward.pipeline.models import Rejection
from onward.pipeline.seed import Seed
from onward.reflect.models import Debrief, MentorRequest
from onward.test import rejected_application
from onward.watch.models import Watch

pytestmark = pytest.mark.django_db


def test_the_seed_holds_the_sample_records_by_key(alice: Any) -> None:
    seed = populate(alice)
    assert set(seed.rejections) == {"acme", "fernwood", "globex", "quillon"}
    assert set(seed.applications) == set(data.OPEN_APPLICATIONS) | set(data.REJECTIONS)
    assert seed.rejections["quillon"].application == seed.applications["quillon"]
    assert {key: person.name for key, person in seed.people.items()} == {
        "priya": "Priya Raman",
        "tom": "Tom Okafor",
        "lena": "Lena Fischer",
        "marcus": "Marcus Bell",
        "sam": "Sam Whitaker",
        "dana": "Dana Li",
    }
    assert all(rejection.user == alice for rejection in seed.rejections.values())
    assert all(rejection.plan.steps.exists() for rejection in seed.rejections.values())


def test_each_apps_part_runs_once_in_the_listed_order_with_the_seed(
    alice: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, Any, Seed]] = []

    def recorder(name: str) -> Any:
        return lambda user, seed: calls.append((name, user, seed))

    names = ["people", "outlook", "reflect", "inbox", "watch"]
    monkeypatch.setattr(data, "POPULATORS", [recorder(name) for name in names])
    seed = populate(alice)
    assert [name for name, _, _ in calls] == names
    assert all(user == alice and given is seed for _, user, given in calls)


def test_the_real_populators_are_each_apps_own() -> None:
    assert [p.__module__ for p in data.POPULATORS] == [
        "onward.keep_in_touch.demo",
        "onward.outlook.demo",
        "onward.reflect.demo",
        "onward.inbox.demo",
        "onward.watch.demo",
    ]


def test_sample_data_never_borrows_the_users_own_records(alice: Any) -> None:
    own = rejected_application(alice, [], company="Initech")
    Rejection.objects.filter(pk=own.pk).update(received_on=dt.date.today() - dt.timedelta(days=40))
    mentor = Person.objects.create(user=alice, name="Ada Ray", relationship=Relationship.MENTOR)
    populate(alice)
    ask = MentorRequest.objects.get(user=alice)
    assert ask.mentor is not None and ask.mentor.name == "Dana Li" and ask.mentor.is_sample
    assert not MoodCheckIn.objects.filter(rejection=own).exists()
    assert Reframe.objects.get(user=alice).rejection.application.company.name == "Quillon"
    clear_sample_data(alice)
    assert list(Rejection.objects.filter(user=alice)) == [own]
    assert list(Person.objects.filter(user=alice, relationship=Relationship.MENTOR)) == [mentor]
    assert not MoodCheckIn.objects.filter(user=alice).exists()
    for model in (Reframe, Debrief, Watch):
        assert not model.objects.filter(user=alice).exists(), model


def test_sample_notes_never_claim_onward_sent_mail_it_did_not(alice: Any) -> None:
    """The sample thank-yous were "sent from your mail app": Onward sent none of them."""
    from django.core import mail

    from onward.notes.models import Note
    from onward.notes.steps import result
    from onward.people.models import Interaction

    populate(alice)
    notes = Note.objects.filter(user=alice)
    assert notes.exists()
    assert not notes.filter(status__in=[Note.Status.SENT, Note.Status.QUEUED]).exists()
    mailed = notes.filter(status=Note.Status.MAILED)
    assert mailed.exists()
    assert all(note.get_status_display() == "Sent from your mail app" for note in mailed)
    assert mail.outbox == []
    for note in mailed:
        assert note.step is not None
        shown = result(note.step)
        assert shown is not None and shown.summary.startswith("From your mail app")
    emails = Interaction.objects.filter(user=alice, kind=Interaction.Kind.EMAIL)
    assert not emails.filter(summary__startswith="Sent a thank-you note:").exists()
