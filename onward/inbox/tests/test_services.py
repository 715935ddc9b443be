"""Importing mail and acting on it: atomic, without duplicates, and only with a yes."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest

from onward.inbox import services
from onward.inbox.models import ConnectTodo, ImportedMessage, InboxSettings
from onward.inbox.parsing import parse
from onward.inbox.services import Decision, Importer, accept
from onward.inbox.understand import understand
from onward.people.models import Interaction, Person
from onward.pipeline.models import Application, Outcome, Stage
from onward.pipeline.services import create_application
from onward.plans.models import AftercarePlan

from .mails import alert, human, raw

pytestmark = pytest.mark.django_db
Status = ImportedMessage.Status


def bring_in(user: Any, data: bytes, **kwargs: Any) -> ImportedMessage | None:
    mail = parse(data)
    return Importer(user, "cli", **kwargs).add(mail, understand(mail))


def test_a_rejection_waits_for_a_yes_and_changes_nothing_yet(alice: Any) -> None:
    application = create_application(alice, "Acme Analytics", "Data Analyst", stage=Stage.FINAL)
    message = bring_in(alice, raw())
    assert message is not None
    assert message.status == Status.PENDING
    assert message.application == application
    application.refresh_from_db()
    assert application.outcome == Outcome.OPEN
    assert not AftercarePlan.objects.exists()


def test_yes_records_the_rejection_and_starts_the_plan(alice: Any) -> None:
    application = create_application(alice, "Acme Analytics Ltd", "Data Analyst", stage=Stage.FINAL)
    message = bring_in(alice, raw())
    assert message is not None
    accept(message)
    application.refresh_from_db()
    assert application.outcome == Outcome.REJECTED
    assert application.furthest_stage == Stage.FINAL
    rejection = application.rejection
    assert rejection.channel == "email"
    assert rejection.received_on.isoformat() == "2024-11-05"
    assert "other candidates" in rejection.message_text
    assert AftercarePlan.objects.filter(rejection=rejection).exists()
    assert message.status == Status.ACCEPTED


def test_yes_without_a_matching_application_adds_one(alice: Any) -> None:
    message = bring_in(alice, raw())
    assert message is not None and message.application is None
    application = accept(message)
    assert application is not None
    assert (application.company.name, application.role) == ("Acme Analytics", "Data Analyst")
    assert application.outcome == Outcome.REJECTED


def test_the_user_can_file_it_under_another_application(alice: Any) -> None:
    other = create_application(alice, "Globex", "Reporting Analyst")
    message = bring_in(alice, raw())
    assert message is not None
    accept(message, Decision(label="rejection", application=other))
    other.refresh_from_db()
    assert other.outcome == Outcome.REJECTED
    assert not Application.objects.filter(company__name="Acme Analytics").exists()


def test_a_next_step_moves_the_application_forward_on_yes(alice: Any) -> None:
    application = create_application(alice, "Northwind Health", "Senior Data Analyst")
    data = raw(
        sender="Mia Torres <mia.torres@northwindhealth.example>",
        subject="Senior Data Analyst - phone screen",
        body="Hi Alex,\n\nThanks for applying for the Senior Data Analyst position at Northwind "
        "Health. I'd like to schedule a phone screen. What times work for you?\n\nMia\n",
        message_id="<next@x>",
    )
    message = bring_in(alice, data)
    assert message is not None and message.label == "next_step"
    assert message.application == application
    accept(message)
    application.refresh_from_db()
    assert application.stage == Stage.SCREEN
    last = application.history.last()
    assert last is not None and last.note.startswith("From an email")


def test_every_message_is_logged_with_its_sender_who_becomes_a_person(alice: Any) -> None:
    message = bring_in(alice, human())
    assert message is not None
    person = message.person
    assert person is not None
    assert (person.name, person.email, person.relationship) == (
        "Priya Raman",
        "priya.raman@acme.example",
        "recruiter",
    )
    assert person.company is not None and person.company.name == "Acme Analytics"
    interaction = Interaction.objects.get(person=person)
    assert interaction.kind == "email"
    assert "not this time" in interaction.summary
    assert ConnectTodo.objects.filter(user=alice, person=person, state="open").exists()


def test_a_no_reply_sender_gets_no_connect_todo_and_is_told_apart_by_company(alice: Any) -> None:
    first = bring_in(alice, raw())
    other = raw(
        sender="Globex Recruiting via Greenhouse <no-reply@us.greenhouse-mail.io>",
        subject="Your application to Globex",
        body="Thank you for your interest in Globex. Unfortunately, we have decided to move "
        "forward with other candidates.\n",
        message_id="<globex@x>",
    )
    second = bring_in(alice, other)
    assert first is not None and second is not None
    assert first.person != second.person
    assert not ConnectTodo.objects.exists()


def test_importing_the_same_mail_again_creates_nothing_new(alice: Any) -> None:
    importer = Importer(alice, "cli")
    for data in (raw(), raw(), raw(newline="\r\n")):
        mail = parse(data)
        importer.add(mail, understand(mail))
    assert ImportedMessage.objects.count() == 1
    assert Interaction.objects.count() == 1
    assert importer.tally.duplicates == 2


def test_mail_without_a_message_id_is_recognised_by_its_hash(alice: Any) -> None:
    bring_in(alice, raw(message_id=None))
    assert bring_in(alice, raw(message_id=None, newline="\r\n")) is None
    assert ImportedMessage.objects.count() == 1


def test_mail_that_is_not_about_a_job_is_not_kept(alice: Any) -> None:
    assert bring_in(alice, alert()) is None
    assert not ImportedMessage.objects.exists() and not Person.objects.exists()


def test_a_failure_part_way_leaves_nothing_half_imported(alice: Any) -> None:
    with (
        mock.patch.object(services, "_first_status", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        bring_in(alice, human())
    assert not Person.objects.exists()
    assert not Interaction.objects.exists()
    assert not ImportedMessage.objects.exists()


def test_the_auto_setting_applies_a_sure_rejection_that_matches(alice: Any) -> None:
    InboxSettings.objects.create(user=alice, auto_apply=True)
    application = create_application(alice, "Acme Analytics", "Data Analyst")
    message = bring_in(alice, raw())
    assert message is not None
    message.refresh_from_db()
    application.refresh_from_db()
    assert message.status == Status.AUTO
    assert application.outcome == Outcome.REJECTED


def test_the_auto_setting_never_invents_an_application(alice: Any) -> None:
    InboxSettings.objects.create(user=alice, auto_apply=True)
    message = bring_in(alice, raw())
    assert message is not None and message.status == Status.PENDING
    assert not Application.objects.exists()


def test_a_rejection_for_an_application_already_closed_is_only_logged(alice: Any) -> None:
    application = create_application(alice, "Acme Analytics", "Data Analyst")
    accept(bring_in(alice, raw()))  # type: ignore[arg-type]
    again = bring_in(alice, raw(message_id="<second@x>"))
    assert again is not None and again.status == Status.LOGGED
    assert again.application == application


def test_set_aside_keeps_the_log_and_changes_nothing(alice: Any) -> None:
    application = create_application(alice, "Acme Analytics", "Data Analyst")
    message = bring_in(alice, raw())
    assert message is not None
    services.set_aside(message, Status.DISMISSED)
    application.refresh_from_db()
    assert application.outcome == Outcome.OPEN
    assert message.interaction is not None


def test_the_queue_lists_rejections_first(alice: Any) -> None:
    received = raw(
        sender="Orbital Foods <no-reply@us.greenhouse-mail.io>",
        subject="Thank you for applying to Orbital Foods",
        body="Thanks for applying to Orbital Foods! We've received your application for the "
        "Supply Chain Analyst position.\n",
        message_id="<received@x>",
    )
    bring_in(alice, received)
    bring_in(alice, raw())
    assert [m.label for m in services.pending(alice)] == ["rejection", "received"]
