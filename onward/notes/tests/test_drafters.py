"""Notes other than thank-yous are drafted by the function settings.ONWARD_NOTE_DRAFTERS names."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from pytest_django.fixtures import Settings

from onward.notes import services
from onward.notes.drafts import Draft
from onward.notes.models import Note
from onward.test import PRIYA, rejected_application
from onward.watch.drafts import draft_re_engage

pytestmark = pytest.mark.django_db


def plain(note: Note, shape: str) -> Draft:
    return Draft(subject=f"Hello again ({shape})", body=f"Hi {note.person.name}")


def a_note(user: Any, purpose: str) -> Note:
    step = rejected_application(user, [PRIYA]).plan.steps.get(kind="thank")
    note = services.note_for_step(step)
    note.purpose = purpose
    note.save(update_fields=["purpose"])
    return note


def test_the_re_engagement_drafter_is_the_watchs() -> None:
    assert services.drafter_for(Note.Purpose.RE_ENGAGE) is draft_re_engage


def test_a_purpose_listed_in_the_setting_is_drafted_by_its_function(
    settings: Settings, alice: Any
) -> None:
    settings.ONWARD_NOTE_DRAFTERS = {"re_engage": f"{__name__}.plain"}
    note = a_note(alice, Note.Purpose.RE_ENGAGE)
    services.redraft(note, "warm")
    note.refresh_from_db()
    assert (note.subject, note.body, note.shape) == ("Hello again (warm)", "Hi Priya Raman", "warm")


def test_a_purpose_not_listed_is_drafted_as_a_thank_you(settings: Settings, alice: Any) -> None:
    settings.ONWARD_NOTE_DRAFTERS = {"re_engage": f"{__name__}.plain"}
    note = a_note(alice, Note.Purpose.THANK_YOU)
    services.redraft(note, "card")
    note.refresh_from_db()
    assert "Priya" in note.body and "Hello again" not in note.subject


def test_a_wrong_drafter_path_stops_the_app_at_startup(settings: Settings, alice: Any) -> None:
    settings.ONWARD_NOTE_DRAFTERS = {"re_engage": "onward.watch.drafts.draft_nothing"}
    with pytest.raises(ImproperlyConfigured, match="ONWARD_NOTE_DRAFTERS lists"):
        apps.get_app_config("notes").ready()
    note = a_note(alice, Note.Purpose.RE_ENGAGE)
    with pytest.raises(ImproperlyConfigured, match="draft_nothing"):
        services.redraft(note, "short")
