"""Each endpoint's happy path, with the rules of the pages behind it (the same forms and
services), and the refusals a script meets."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from onward.notes.models import Note
from onward.outlook.models import MoodCheckIn
from onward.people.models import Interaction, Person
from onward.pipeline.models import Application, Rejection
from onward.plans.models import Step
from onward.test import PRIYA, rejected_application
from onward.watch.models import Alert, Posting, Watch

from .conftest import Api

pytestmark = pytest.mark.django_db


def today(days: int = 0) -> str:
    return (timezone.localdate() + dt.timedelta(days=days)).isoformat()


def step_of(rejection: Rejection, kind: str) -> Step:
    return rejection.plan.steps.get(kind=kind)


# -- applications, interviews, rejections ---------------------------------------------------


def test_an_application_is_added_moved_on_and_keeps_its_stage_history(api: Api) -> None:
    made = api.post("/applications", {"company": "Acme", "role": "Analyst", "stage": "applied"})
    assert made.status_code == 201
    pk = made.json()["id"]
    moved = api.patch(f"/applications/{pk}", {"stage": "final", "note": "Case study next"})
    assert moved.status_code == 200
    body = api.get(f"/applications/{pk}").json()
    assert (body["company"], body["stage"], body["furthest_stage"]) == ("Acme", "final", "final")
    assert [(h["stage"], h["note"]) for h in body["history"]] == [
        ("applied", "Added to Onward"),
        ("final", "Case study next"),
    ]
    listed = api.get("/applications").json()
    assert listed["count"] == 1 and listed["items"][0]["id"] == pk


def test_an_application_says_what_is_wrong_field_by_field(api: Api) -> None:
    response = api.post("/applications", {"company": "", "role": "Analyst", "applied_on": today(3)})
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert errors["company"] == "This field is required."
    assert errors["applied_on"] == "That date is in the future. When did you apply?"
    assert not Application.objects.exists()


def test_a_missing_or_mistyped_field_is_named_too(api: Api) -> None:
    response = api.post("/applications", {"company": "Acme", "applied_on": "soon"})
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Some of what was sent needs another look."
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"role", "applied_on"}


def test_an_unknown_stage_is_refused_and_nothing_changes(api: Api, alice: User) -> None:
    application = rejected_application(alice, []).application
    before = application.history.count()
    response = api.patch(f"/applications/{application.pk}", {"stage": "hired"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "stage"
    assert application.history.count() == before


def test_deleting_an_application_takes_its_plan_with_it(api: Api, alice: User) -> None:
    rejection = rejected_application(alice, [PRIYA])
    assert api.delete(f"/applications/{rejection.application_id}").status_code == 204
    assert not Application.objects.exists() and not Rejection.objects.exists()


def test_an_interview_adds_its_interviewers_as_people(api: Api, alice: User) -> None:
    pk = api.post("/applications", {"company": "Acme", "role": "Analyst"}).json()["id"]
    response = api.post(
        f"/applications/{pk}/interviews",
        {
            "held_on": today(-1),
            "kind": "video",
            "stage": "final",
            "notes": "Case study",
            "interviewers": [{"name": "Lee Chan", "topics": "the dbt move"}],
        },
    )
    assert response.status_code == 201
    lee = Person.objects.get(user=alice, name="Lee Chan")
    assert response.json()["interviewer_ids"] == [lee.pk]
    assert api.get(f"/interviews/{response.json()['id']}").json()["stage"] == "final"
    assert api.get(f"/applications/{pk}/interviews").json()["count"] == 1
    assert api.get(f"/applications/{pk}").json()["stage"] == "final"


def test_an_interviewer_without_a_name_is_named_as_the_problem(api: Api) -> None:
    pk = api.post("/applications", {"company": "Acme", "role": "Analyst"}).json()["id"]
    response = api.post(
        f"/applications/{pk}/interviews",
        {"held_on": today(-1), "interviewers": [{"name": "", "email": "lee@acme.example"}]},
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "interviewers.0.name", "message": "Add their name, so Onward knows who to thank."}
    ]
    assert not Person.objects.exists()


def test_a_rejection_closes_the_application_and_makes_its_plan(api: Api) -> None:
    pk = api.post("/applications", {"company": "Acme", "role": "Analyst"}).json()["id"]
    made = api.post(
        f"/applications/{pk}/rejection", {"received_on": today(), "stage_reached": "interview"}
    )
    assert made.status_code == 201
    rejection = made.json()
    assert rejection["plan_id"] is not None
    assert api.get(f"/applications/{pk}").json()["outcome"] == "rejected"
    assert api.get(f"/rejections/{rejection['id']}").json()["application_id"] == pk
    assert api.get("/rejections").json()["count"] == 1
    again = api.post(
        f"/applications/{pk}/rejection", {"received_on": today(), "stage_reached": "interview"}
    )
    assert again.status_code == 409


def test_news_from_the_future_is_refused(api: Api) -> None:
    pk = api.post("/applications", {"company": "Acme", "role": "Analyst"}).json()["id"]
    response = api.post(
        f"/applications/{pk}/rejection", {"received_on": today(2), "stage_reached": "interview"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "received_on"
    assert not Rejection.objects.exists()


# -- people and interactions ----------------------------------------------------------------


def test_a_person_is_added_changed_and_deleted(api: Api) -> None:
    made = api.post("/people", {"name": "Dana Li", "relationship": "mentor"})
    assert made.status_code == 201
    pk = made.json()["id"]
    changed = api.patch(f"/people/{pk}", {"title": "Head of Data", "keep_in_touch_days": 30})
    assert changed.status_code == 200
    assert (changed.json()["name"], changed.json()["title"]) == ("Dana Li", "Head of Data")
    assert api.get(f"/people/{pk}").json()["keep_in_touch_days"] == 30
    assert api.get("/people").json()["count"] == 1
    assert api.delete(f"/people/{pk}").status_code == 204
    assert not Person.objects.exists()


def test_a_bad_email_is_refused_by_the_same_form_as_the_page(api: Api) -> None:
    response = api.post("/people", {"name": "Dana", "email": "not-an-email"})
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "email", "message": "Enter a valid email address."}
    ]


def test_an_interaction_is_logged_on_the_day_given(api: Api, alice: User) -> None:
    person = Person.objects.create(user=alice, name="Dana Li")
    made = api.post(
        f"/people/{person.pk}/interactions",
        {"kind": "call", "summary": "Caught up", "happened_on": today(-2)},
    )
    assert made.status_code == 201
    logged = Interaction.objects.get()
    assert timezone.localtime(logged.happened_at).date().isoformat() == today(-2)
    assert api.get(f"/people/{person.pk}/interactions").json()["count"] == 1
    assert api.get("/interactions").json()["items"][0]["summary"] == "Caught up"
    ahead = api.post(
        f"/people/{person.pk}/interactions", {"summary": "Later", "happened_on": today(1)}
    )
    assert ahead.status_code == 422


# -- plans and steps ------------------------------------------------------------------------


def test_a_plan_lists_its_steps_and_they_move(api: Api, alice: User) -> None:
    rejection = rejected_application(alice, [PRIYA])
    plan = api.get(f"/plans/{rejection.plan.pk}").json()
    kinds = [s["kind"] for s in plan["steps"]]
    assert "thank" in kinds and plan["company"] == "Acme"
    assert api.get("/plans").json()["count"] == 1
    mentor = step_of(rejection, "mentor")
    assert api.post(f"/steps/{mentor.pk}/done").json()["state"] == "done"
    assert api.post(f"/steps/{mentor.pk}/reopen").json()["state"] == "open"
    skipped = api.post(f"/steps/{mentor.pk}/skip", {"reason": "Not now"}).json()
    assert (skipped["state"], skipped["skip_reason"]) == ("skipped", "Not now")
    reflect = step_of(rejection, "reflect")
    snoozed = api.post(f"/steps/{reflect.pk}/snooze").json()
    assert snoozed["due_on"] > max(reflect.due_on, timezone.localdate()).isoformat()
    assert api.get(f"/steps/{mentor.pk}").json()["state"] == "skipped"


def test_closing_the_chapter_is_left_to_its_page(api: Api, alice: User) -> None:
    rejection = rejected_application(alice, [])
    response = api.post(f"/steps/{step_of(rejection, 'move_on').pk}/done")
    assert response.status_code == 409
    assert step_of(rejection, "move_on").state == "open"


def test_a_skip_reason_past_300_characters_is_refused(api: Api, alice: User) -> None:
    step = step_of(rejected_application(alice, []), "mentor")
    response = api.post(f"/steps/{step.pk}/skip", {"reason": "x" * 301})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "reason"


# -- notes ----------------------------------------------------------------------------------


def test_a_thank_step_drafts_its_note_once(api: Api, alice: User) -> None:
    thank = step_of(rejected_application(alice, [PRIYA]), "thank")
    first = api.post(f"/steps/{thank.pk}/note")
    assert first.status_code == 200
    note = first.json()
    assert note["body"].startswith("Hi Priya") or "Priya" in note["body"]
    assert api.post(f"/steps/{thank.pk}/note").json()["id"] == note["id"]
    assert api.get("/notes").json()["count"] == 1


def test_a_note_is_edited_redrafted_and_checked(api: Api, alice: User) -> None:
    thank = step_of(rejected_application(alice, [PRIYA]), "thank")
    pk = api.post(f"/steps/{thank.pk}/note").json()["id"]
    edited = api.patch(f"/notes/{pk}", {"body": "Dear Priya, why was I rejected?"})
    assert edited.json()["body"] == "Dear Priya, why was I rejected?"
    findings = api.post(f"/notes/{pk}/tone-check").json()["findings"]
    assert "asks-for-reasons" in [f["code"] for f in findings]
    assert api.post(f"/notes/{pk}/tone-check", {"body": "Thanks!"}).status_code == 200
    assert api.get(f"/notes/{pk}").json()["body"] == "Dear Priya, why was I rejected?"
    warm = api.post(f"/notes/{pk}/redraft", {"shape": "warm"}).json()
    assert warm["shape"] == "warm" and "why was I rejected" not in warm["body"]
    empty = api.patch(f"/notes/{pk}", {"body": ""})
    assert empty.status_code == 422
    assert empty.json()["errors"][0] == {
        "field": "body",
        "message": "The note is empty. Write a line or two, or start again.",
    }


def test_a_sent_note_cannot_change(api: Api, alice: User) -> None:
    thank = step_of(rejected_application(alice, [PRIYA]), "thank")
    pk = api.post(f"/steps/{thank.pk}/note").json()["id"]
    Note.objects.filter(pk=pk).update(status=Note.Status.SENT)
    assert api.patch(f"/notes/{pk}", {"body": "Changed"}).status_code == 409
    assert api.post(f"/notes/{pk}/redraft", {"shape": "card"}).status_code == 409


def test_a_note_renders_as_a_card_pdf(api: Api, alice: User) -> None:
    thank = step_of(rejected_application(alice, [PRIYA]), "thank")
    pk = api.post(f"/steps/{thank.pk}/note").json()["id"]
    card = api.get(f"/notes/{pk}/card", theme="chalkboard", format="a6-postcard")
    assert card.status_code == 200
    assert card["Content-Type"] == "application/pdf" and card.content.startswith(b"%PDF")
    wrong = api.get(f"/notes/{pk}/card", theme="glitter")
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "theme"


# -- check-ins ------------------------------------------------------------------------------


def test_a_check_in_from_the_pause_step_finishes_the_step(api: Api, alice: User) -> None:
    rejection = rejected_application(alice, [])
    pause = step_of(rejection, "pause")
    made = api.post("/checkins", {"mood": 2, "words": "Tired", "step_id": pause.pk})
    assert made.status_code == 201
    assert (made.json()["mood_words"], made.json()["rejection_id"]) == ("Low", rejection.pk)
    assert step_of(rejection, "pause").state == "done"
    assert api.get(f"/checkins/{made.json()['id']}").json()["words"] == "Tired"
    assert api.get("/checkins").json()["count"] == 1


def test_a_mood_outside_one_to_five_is_refused(api: Api) -> None:
    response = api.post("/checkins", {"mood": 9})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "mood"
    assert not MoodCheckIn.objects.exists()


# -- watches and alerts ---------------------------------------------------------------------


def test_a_watch_is_made_filtered_and_stopped(api: Api) -> None:
    made = api.post("/watches", {"company": "Acme", "careers_url": "https://jobs.lever.co/acme"})
    assert made.status_code == 201
    watch = made.json()
    assert watch["board"] == "lever:acme"
    changed = api.patch(f"/watches/{watch['id']}", {"keywords": "analyst", "remote": True})
    assert (changed.json()["keywords"], changed.json()["remote"]) == ("analyst", True)
    assert api.get(f"/watches/{watch['id']}").json()["company"] == "Acme"
    assert api.get("/watches").json()["count"] == 1
    assert api.delete(f"/watches/{watch['id']}").status_code == 204
    assert not Watch.objects.exists()


def test_a_page_with_no_board_behind_it_is_named_as_the_problem(api: Api) -> None:
    # The suite lets nothing leave this machine: the page can't be read, so no board.
    response = api.post("/watches", {"company": "Acme", "careers_url": "https://acme.example/jobs"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "careers_url"
    reminder = api.post(
        "/watches",
        {"company": "Acme", "careers_url": "https://acme.example/jobs", "remind": True},
    )
    assert reminder.status_code == 201 and reminder.json()["look_every_days"] == 14


def test_a_company_you_would_not_work_for_is_not_watched(api: Api, alice: User) -> None:
    rejected_application(alice, [], would_work_there=False)
    response = api.post(
        "/watches", {"company": "Acme", "careers_url": "https://jobs.lever.co/acme"}
    )
    assert response.status_code == 409
    assert not Watch.objects.exists()


def test_an_alert_is_listed_dismissed_and_restored(api: Api, alice: User) -> None:
    pk = api.post(
        "/watches", {"company": "Acme", "careers_url": "https://jobs.lever.co/acme"}
    ).json()["id"]
    watch = Watch.objects.get(pk=pk)
    assert watch.board is not None
    posting = Posting.objects.create(
        board=watch.board, vendor_id="p1", title="Product Analyst", url="https://x.example/p1"
    )
    alert = Alert.objects.create(user=alice, watch=watch, posting=posting)
    listed = api.get("/alerts").json()
    assert [a["title"] for a in listed["items"]] == ["Product Analyst"]
    dismissed = api.post(f"/alerts/{alert.pk}/dismiss").json()
    assert dismissed["dismissed_at"] is not None
    assert api.get("/alerts").json()["count"] == 0
    assert api.get("/alerts", dismissed="true").json()["count"] == 1
    assert api.post(f"/alerts/{alert.pk}/restore").json()["dismissed_at"] is None
    assert api.get(f"/alerts/{alert.pk}").json()["company"] == "Acme"


# -- pagination -----------------------------------------------------------------------------


def test_every_list_is_paginated(api: Api, alice: User) -> None:
    Person.objects.bulk_create(Person(user=alice, name=f"Person {n:02}") for n in range(7))
    page = api.get("/people", limit=3, offset=3).json()
    assert page["count"] == 7
    assert [p["name"] for p in page["items"]] == ["Person 03", "Person 04", "Person 05"]
    too_many = api.get("/people", limit=1000)
    assert too_many.status_code == 422 and too_many.json()["errors"][0]["field"] == "limit"


# -- another user's objects -----------------------------------------------------------------


def test_another_users_objects_are_404_for_every_method(
    api: Api, bob_api: Api, alice: User
) -> None:
    rejection = rejected_application(alice, [PRIYA])
    application, plan = rejection.application, rejection.plan
    person = Person.objects.get(user=alice)
    thank = step_of(rejection, "thank")
    note = api.post(f"/steps/{thank.pk}/note").json()["id"]
    checkin = api.post("/checkins", {"mood": 3}).json()["id"]
    watch = api.post(
        "/watches", {"company": "Acme", "careers_url": "https://jobs.lever.co/acme"}
    ).json()["id"]
    for method, path, body in [
        ("get", f"/applications/{application.pk}", None),
        ("patch", f"/applications/{application.pk}", {"stage": "final"}),
        ("delete", f"/applications/{application.pk}", None),
        ("get", f"/applications/{application.pk}/interviews", None),
        ("post", f"/applications/{application.pk}/interviews", {"held_on": today()}),
        ("get", f"/interviews/{application.interviews.get().pk}", None),
        (
            "post",
            f"/applications/{application.pk}/rejection",
            {"received_on": today(), "stage_reached": "final"},
        ),
        ("get", f"/rejections/{rejection.pk}", None),
        ("get", f"/people/{person.pk}", None),
        ("patch", f"/people/{person.pk}", {"name": "Mallory"}),
        ("delete", f"/people/{person.pk}", None),
        ("get", f"/people/{person.pk}/interactions", None),
        ("post", f"/people/{person.pk}/interactions", {"summary": "Hi"}),
        ("get", f"/plans/{plan.pk}", None),
        ("get", f"/steps/{thank.pk}", None),
        ("post", f"/steps/{thank.pk}/done", None),
        ("post", f"/steps/{thank.pk}/skip", {}),
        ("post", f"/steps/{thank.pk}/snooze", None),
        ("post", f"/steps/{thank.pk}/reopen", None),
        ("post", f"/steps/{thank.pk}/note", None),
        ("get", f"/notes/{note}", None),
        ("patch", f"/notes/{note}", {"body": "Mine now"}),
        ("post", f"/notes/{note}/redraft", {"shape": "warm"}),
        ("post", f"/notes/{note}/tone-check", {}),
        ("get", f"/notes/{note}/card", None),
        ("get", f"/checkins/{checkin}", None),
        ("post", "/checkins", {"mood": 3, "step_id": step_of(rejection, "pause").pk}),
        ("get", f"/watches/{watch}", None),
        ("patch", f"/watches/{watch}", {"keywords": "x"}),
        ("delete", f"/watches/{watch}", None),
    ]:
        response = bob_api.send(method, path, body)
        assert response.status_code == 404, f"{method} {path}"
        assert response.json() == {"detail": "Nothing here with that id.", "errors": []}
    for path in ["/applications", "/people", "/plans", "/notes", "/checkins", "/watches"]:
        assert bob_api.get(path).json()["count"] == 0, path
    assert MoodCheckIn.objects.filter(user=alice).count() == 1
    assert Application.objects.get().stage == "interview"
