"""How to reach every route that takes an argument, and what its owner gets there.

One row per route the walk finds (routes.py): the arguments, built from alice's world; the
form alice posts (valid, so the owner's answer proves the form really acts, and bob posts
the very same); and alice's exact answer to GET and to POST. A new route without a row,
or a row without its route, fails test_isolation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils import timezone

from onward.inbox.models import ImportedMessage
from onward.reflect.models import MentorReply, Share
from onward.watch.models import AlertNote

from .world import World

Args = Callable[[World], list[Any]]
Url = Callable[[World], str]
ArgLists = Callable[[World], list[list[Any]]]
TOKEN = "A" * 43  # as long as a real token, so only its value is wrong


@dataclass(frozen=True)
class Answer:
    """What alice gets: a status, and for a redirect where it goes (built after the request,
    so it can name what the request made)."""

    status: int
    to: Url | None = None


OK = Answer(200)
POST_ONLY = Answer(405)  # require_POST: decided before any object is looked up


def goes(to: Url) -> Answer:
    return Answer(302, to)


def moved(to: Url) -> Answer:
    """An old address, kept for bookmarks: a permanent redirect to the page's new one."""
    return Answer(301, to)


@dataclass(frozen=True)
class Row:
    args: Args
    get: Answer
    post: Answer
    data: Callable[[World], dict[str, Any]] = lambda w: {}
    query: str = ""
    # A public page behind a secret token in its address (a link someone is given): the
    # token is the credential, so a wrong one is a 404 for everyone, signed in or not.
    public_token: bool = False
    # For a public token: forged arguments, each of which must find nothing.
    wrong: ArgLists = lambda w: [[TOKEN]]
    # An API operation: called with this method alone, its data sent as JSON; its answer
    # is `get`'s. The API answers a signed-out caller 401 itself (test_isolation).
    api: str = ""

    @property
    def calls(self) -> dict[str, Answer]:
        """Each method tried, and the owner's answer to it."""
        return {self.api: self.get} if self.api else {"get": self.get, "post": self.post}


def operation(
    args: Args,
    method: str,
    answer: Answer = OK,
    data: Callable[[World], dict[str, Any]] = lambda w: {},
    query: str = "",
) -> Row:
    """A row for one of the API's operations (api/...)."""
    return Row(args, answer, answer, data=data, query=query, api=method)


def of(attr: str) -> Args:
    return lambda w: [getattr(w, attr).pk]


def step(kind: str) -> Args:
    return lambda w: [w.step(kind)]


def url(name: str, attr: str | None = None) -> Url:
    return lambda w: reverse(name, args=[getattr(w, attr).pk] if attr else [])


def step_url(name: str, kind: str) -> Url:
    return lambda w: reverse(name, args=[w.step(kind)])


def later(days: int) -> str:
    return (timezone.localdate() + dt.timedelta(days=days)).isoformat()


RATINGS = dict.fromkeys(
    ["preparation", "depth", "stories", "clarity", "questions_asked", "cv_fit", "rapport"], 3
)


def reframe(w: World) -> dict[str, Any]:
    return {
        "what_happened": "Heard back: not this time.",
        "first_thought": "I'll never get a data job.",
        "doors": ["better_fit"],
        "balanced": "I reached the final round.",
        "next_step": "Send two applications",
        "next_step_due": later(2),
    }


def watch(w: World) -> dict[str, Any]:
    return {"careers_url": "https://jobs.lever.co/acme", "keywords": "analyst"}


def _new_plan(w: World) -> str:
    message = ImportedMessage.objects.select_related("application").get(pk=w.message.pk)
    assert message.application is not None
    return message.application.rejection.plan.get_absolute_url()


def _note_text(w: World) -> dict[str, Any]:
    return {"subject": "Thank you, Priya", "body": "Dear Priya, thank you for your time."}


def _new_share(w: World) -> str:
    share = Share.objects.filter(request=w.ask).latest("pk")
    return reverse("reflect:share_ready", args=[share.pk])


def _pasted_reply(w: World) -> str:
    reply = MentorReply.objects.filter(request=w.ask).latest("pk")
    return reverse("reflect:mentor_request_detail", args=[w.ask.pk]) + f"#reply-{reply.pk}"


def _alert_note(w: World) -> str:
    return reverse("notes:note_edit", args=[AlertNote.objects.get(alert=w.alert).note_id])


ROWS: dict[str, Row] = {
    # pipeline
    "pipeline:application_detail": Row(of("application"), OK, OK),
    "pipeline:application_delete": Row(
        of("application"), OK, goes(url("pipeline:application_list"))
    ),
    "pipeline:application_stage": Row(
        of("application"), POST_ONLY, goes(url("pipeline:application_detail", "application")),
        data=lambda w: {"stage": "final"},
    ),
    "pipeline:interview_new": Row(
        of("application"), OK, goes(url("pipeline:application_detail", "application")),
        data=lambda w: {
            "held_on": later(-1), "kind": "video", "stage": "final", "notes": "Case study",
            "people-TOTAL_FORMS": "1", "people-INITIAL_FORMS": "0", "people-0-name": "Lee Chan",
        },
    ),
    # The application already has its rejection: both go to its plan.
    "pipeline:rejection_new": Row(
        of("application"), goes(url("plans:plan_detail", "plan")),
        goes(url("plans:plan_detail", "plan")),
        data=lambda w: {"received_on": later(0), "stage_reached": "final", "channel": "email"},
    ),
    # people
    "people:person_detail": Row(
        of("priya"), OK, goes(url("people:person_detail", "priya")),
        data=lambda w: {"kind": "call", "summary": "Called to catch up"},
    ),
    "people:person_edit": Row(
        of("priya"), OK, goes(url("people:person_detail", "priya")),
        data=lambda w: {"name": "Priya R.", "relationship": "interviewer"},
    ),
    "people:person_delete": Row(of("priya"), OK, goes(url("people:person_list"))),
    # keep in touch
    "keep_in_touch:stay_in_touch_for_step": Row(step("stay_in_touch"), OK, OK),
    "keep_in_touch:person_reminder": Row(
        of("jordan"), OK, goes(url("keep_in_touch:losing_touch")),
        data=lambda w: {"touch": "share", "body": "Hi Jordan", "action": "log"},
    ),
    # plans
    "plans:plan_detail": Row(of("plan"), OK, OK),
    "plans:step_open": Row(
        step("thank"), goes(step_url("notes:note_for_step", "thank")),
        goes(step_url("notes:note_for_step", "thank")),
    ),
    "plans:step_done": Row(step("mentor"), POST_ONLY, goes(url("plans:plan_detail", "plan"))),
    # Closing the chapter looks back first; "anyway" closes it with steps still open.
    "plans:move_on_for_step": Row(
        step("move_on"), OK, goes(step_url("plans:move_on_for_step", "move_on")),
        data=lambda w: {"anyway": "1"},
    ),
    "plans:step_skip": Row(
        step("move_on"), POST_ONLY, goes(url("plans:plan_detail", "plan")),
        data=lambda w: {"reason": "Not now"},
    ),
    "plans:step_snooze": Row(step("move_on"), POST_ONLY, goes(url("plans:plan_detail", "plan"))),
    "plans:step_undo": Row(step("move_on"), POST_ONLY, goes(url("plans:plan_detail", "plan"))),
    # notes
    "notes:note_for_step": Row(
        step("thank"), goes(url("notes:note_edit", "note")), goes(url("notes:note_edit", "note"))
    ),
    "notes:steps/<int:pk>/note/": Row(
        step("thank"), moved(step_url("notes:note_for_step", "thank")),
        moved(step_url("notes:note_for_step", "thank")),
    ),
    "notes:note_edit": Row(
        of("note"), OK, goes(url("notes:note_edit", "note")),
        data=lambda w: {"subject": "Thank you", "body": "Dear Priya, thank you for your time."},
    ),
    "notes:note_check": Row(of("note"), POST_ONLY, OK, data=lambda w: {"body": "Dear Priya"}),
    "notes:note_redraft": Row(
        of("note"), POST_ONLY, goes(url("notes:note_edit", "note")),
        data=lambda w: {"shape": "warm"},
    ),
    "notes:note_send": Row(of("note"), OK, goes(url("plans:plan_detail", "plan"))),
    "notes:note_eml": Row(of("note"), OK, OK, data=_note_text),
    "notes:note_card": Row(
        of("note"),
        OK,
        OK,
        query="?theme=potpourri&format=a6-postcard",
        data=lambda w: {
            "theme": "potpourri",
            "format": "a6-postcard",
            "subject": "Thank you, Priya",
            "body": "Dear Priya, thank you for your time.",
        },
    ),
    "notes:note_autosave": Row(of("note"), POST_ONLY, OK, data=_note_text),
    "notes:note_mailed": Row(of("note"), POST_ONLY, goes(url("plans:plan_detail", "plan"))),
    # Only a note the mail server never confirmed can be marked; alice's isn't one.
    "notes:note_sent_after_all": Row(of("note"), POST_ONLY, goes(url("notes:note_edit", "note"))),
    "notes:note_envelope": Row(of("note"), OK, OK),
    "notes:note_printed": Row(
        of("note"), POST_ONLY, goes(url("plans:plan_detail", "plan")),
        data=lambda w: {"theme": "potpourri"},
    ),
    # outlook
    "outlook:checkin_for_step": Row(
        step("pause"), OK, goes(url("plans:plan_detail", "plan")), data=lambda w: {"mood": 3}
    ),
    "outlook:reframe_for_step": Row(
        step("silver_lining"), OK, goes(url("outlook:reframe_detail", "reframe")),
        data=reframe,
    ),
    "outlook:reframe_detail": Row(of("reframe"), OK, OK),
    "outlook:reframe_edit": Row(
        of("reframe"), OK, goes(url("outlook:reframe_detail", "reframe")), data=reframe
    ),
    "outlook:reframe_step_done": Row(
        of("reframe"), POST_ONLY, goes(url("outlook:reframe_detail", "reframe"))
    ),
    "outlook:reframe_step_undo": Row(
        of("reframe"), POST_ONLY, goes(url("outlook:reframe_detail", "reframe"))
    ),
    # reflect: debriefs
    "reflect:debrief_for_step": Row(
        step("reflect"), goes(url("reflect:debrief_edit", "debrief")),
        goes(url("reflect:debrief_edit", "debrief")),
    ),
    "reflect:reflect/steps/<int:pk>/debrief/": Row(
        step("reflect"), moved(step_url("reflect:debrief_for_step", "reflect")),
        moved(step_url("reflect:debrief_for_step", "reflect")),
    ),
    "reflect:debrief_new": Row(
        of("rejection"), goes(url("reflect:debrief_edit", "debrief")),
        goes(url("reflect:debrief_edit", "debrief")),
        data=lambda w: {"stage_reached": "final", **RATINGS},
    ),
    "reflect:debrief_detail": Row(of("debrief"), OK, OK),
    "reflect:debrief_edit": Row(
        of("debrief"), OK, goes(url("reflect:debrief_detail", "debrief")),
        data=lambda w: {"stage_reached": "final", **RATINGS, "went_well": "The case study"},
    ),
    "reflect:debrief_delete": Row(of("debrief"), POST_ONLY, goes(url("reflect:reflect_home"))),
    # reflect: mentoring (the request was not made from the step: the step starts a new one)
    "reflect:mentor_for_step": Row(
        step("mentor"),
        goes(lambda w: reverse("reflect:mentor_request_new") + f"?step={w.step('mentor')}"),
        goes(lambda w: reverse("reflect:mentor_request_new") + f"?step={w.step('mentor')}"),
    ),
    "reflect:reflect/steps/<int:pk>/mentor/": Row(
        step("mentor"), moved(step_url("reflect:mentor_for_step", "mentor")),
        moved(step_url("reflect:mentor_for_step", "mentor")),
    ),
    "reflect:mentor_request_detail": Row(of("ask"), OK, OK),
    "reflect:letter_eml": Row(of("ask"), OK, OK),
    "reflect:letter_pdf": Row(of("ask"), OK, OK),
    "reflect:reply_paste": Row(
        of("ask"),
        POST_ONLY,
        goes(_pasted_reply),
        data=lambda w: {"name": "Dana", "body": "Practise the story out loud."},
    ),
    "reflect:mentor_request_sent": Row(
        of("ask"), POST_ONLY, goes(url("reflect:mentor_request_detail", "ask"))
    ),
    "reflect:mentor_request_edit": Row(
        of("ask"), OK, goes(url("reflect:mentor_request_detail", "ask")),
        data=lambda w: {"mentor": w.ask.mentor_id, "message": "Hi Dana, a question.", "days": 30},
    ),
    "reflect:mentor_request_preview": Row(of("ask"), OK, OK),
    "reflect:share_create": Row(
        of("ask"), POST_ONLY, goes(_new_share), data=lambda w: {"days": "30"}
    ),
    # Opened again, the page only says the link was shown once: nothing to change.
    "reflect:share_ready": Row(of("share"), OK, OK),
    "reflect:mentor_request_delete": Row(
        of("ask"), POST_ONLY, goes(url("reflect:reflect_home"))
    ),
    "reflect:share_revoke": Row(
        of("share"), POST_ONLY, goes(url("reflect:mentor_request_detail", "ask"))
    ),
    "reflect:shared_request": Row(
        lambda w: [w.share_token], OK, Answer(400), public_token=True,
        wrong=lambda w: [[TOKEN], [w.feed_token], [w.share_token[:-1]]],
        data=lambda w: {"name": "Mallory", "body": "Bad advice", "stamp": "0"},
    ),
    "reflect:shared_cv": Row(
        lambda w: [w.share_token], OK, OK, public_token=True,
        wrong=lambda w: [[TOKEN], [w.unsubscribe_token]],
    ),
    "reflect:action_from_reply": Row(
        of("reply"), POST_ONLY, goes(url("reflect:mentor_request_detail", "ask")),
        data=lambda w: {"title": "Practise aloud", "due_on": later(7)},
    ),
    "reflect:action_done": Row(of("action"), POST_ONLY, goes(url("reflect:action_list"))),
    "reflect:action_undo": Row(of("action"), POST_ONLY, goes(url("reflect:action_list"))),
    "reflect:action_delete": Row(of("action"), POST_ONLY, goes(url("reflect:action_list"))),
    # reflect: strengths and stories
    "reflect:strengths_report": Row(of("finished_take"), OK, OK),
    "reflect:strengths_for_step": Row(step("strengths"), OK, OK),
    "reflect:strengths_page": Row(
        lambda w: [w.unfinished_take.pk, 1], OK, goes(url("reflect:strengths_home")),
        data=lambda w: {"later": "1"},
    ),
    "reflect:story_edit": Row(
        of("story"), OK, goes(url("reflect:story_list")),
        data=lambda w: {"title": "Renamed", "situation": "s", "action": "a", "result": "r"},
    ),
    "reflect:story_delete": Row(of("story"), POST_ONLY, goes(url("reflect:story_list"))),
    "reflect:prep_sheet": Row(of("application"), OK, OK),
    "reflect:prep_pdf": Row(of("application"), OK, OK),
    # inbox (saying yes files the mail as a new application's rejection: its plan opens)
    "inbox:message": Row(
        of("message"), OK, goes(_new_plan),
        data=lambda w: {
            "label": "rejection", "application": "new", "company": "Globex",
            "role": "Data Analyst", "received_on": later(0),
        },
    ),
    "inbox:decide": Row(
        of("message"), POST_ONLY, goes(url("inbox:queue")), data=lambda w: {"action": "no"}
    ),
    "inbox:undo_lesson": Row(of("lesson"), POST_ONLY, goes(url("inbox:queue"))),
    "inbox:forget_lesson": Row(of("lesson"), POST_ONLY, goes(url("inbox:mail"))),
    "inbox:connect": Row(of("todo"), OK, OK),
    "inbox:connect_close": Row(
        of("todo"), POST_ONLY, goes(lambda w: w.todo.person.get_absolute_url()),
        data=lambda w: {"state": "done"},
    ),
    # watch
    "watch:watch_for_step": Row(
        step("watch"), OK, goes(url("plans:plan_detail", "plan")), data=watch
    ),
    "watch:watch/steps/<int:pk>/": Row(
        step("watch"), moved(step_url("watch:watch_for_step", "watch")),
        moved(step_url("watch:watch_for_step", "watch")),
    ),
    "watch:watch_edit": Row(of("watch"), OK, goes(url("watch:watch_list")), data=watch),
    "watch:watch_stop": Row(of("watch"), POST_ONLY, goes(url("watch:watch_list"))),
    # alice's watch reads a board, so "I've had a look" only leads back to it.
    "watch:watch_looked": Row(of("watch"), POST_ONLY, goes(lambda w: w.watch.get_absolute_url())),
    "watch:watch_check_again": Row(of("watch"), POST_ONLY, goes(url("watch:watch_list"))),
    "watch:alert_detail": Row(of("alert"), OK, OK),
    "watch:alert_note": Row(
        lambda w: [w.alert.pk, w.priya.pk], POST_ONLY, goes(_alert_note)
    ),
    "watch:alert_dismiss": Row(of("alert"), POST_ONLY, goes(url("watch:watch_list"))),
    "watch:alert_restore": Row(of("alert"), POST_ONLY, goes(url("watch:alert_detail", "alert"))),
    # insights: the links in the digest e-mail and in a calendar app
    "insights:digest_unsubscribe": Row(
        lambda w: [w.unsubscribe_token], OK, OK, public_token=True,
        wrong=lambda w: [[TOKEN], [w.feed_token], [w.unsubscribe_token.upper()]],
        data=lambda w: {"List-Unsubscribe": "One-Click"},
    ),
    "insights:calendar_feed": Row(
        lambda w: [w.feed_token], OK, OK, public_token=True,
        wrong=lambda w: [[TOKEN], [w.unsubscribe_token], [w.feed_token[1:]]],
    ),
    # api: the tokens page (Settings → API), then the API's operations
    "api:token_revoke": Row(of("api_token"), POST_ONLY, goes(url("api:tokens"))),
    "api:application_detail": operation(of("application"), "get"),
    "api:application_stage": operation(
        of("application"), "patch", data=lambda w: {"stage": "final"}
    ),
    "api:application_delete": operation(of("application"), "delete", Answer(204)),
    "api:interview_list": operation(of("application"), "get"),
    "api:interview_create": operation(
        of("application"), "post", Answer(201), data=lambda w: {"held_on": later(-1)}
    ),
    "api:interview_detail": operation(of("interview"), "get"),
    # The application already has its rejection.
    "api:rejection_create": operation(
        of("application"), "post", Answer(409),
        data=lambda w: {"received_on": later(0), "stage_reached": "final"},
    ),
    "api:rejection_detail": operation(of("rejection"), "get"),
    "api:person_detail": operation(of("priya"), "get"),
    "api:person_update": operation(of("priya"), "patch", data=lambda w: {"name": "Priya R."}),
    "api:person_delete": operation(of("priya"), "delete", Answer(204)),
    "api:person_interactions": operation(of("priya"), "get"),
    "api:interaction_create": operation(
        of("priya"), "post", Answer(201), data=lambda w: {"summary": "Called to catch up"}
    ),
    "api:plan_detail": operation(of("plan"), "get"),
    "api:step_detail": operation(step("thank"), "get"),
    "api:step_done": operation(step("mentor"), "post"),
    "api:step_skip": operation(step("move_on"), "post", data=lambda w: {"reason": "Not now"}),
    "api:step_snooze": operation(step("move_on"), "post"),
    "api:step_reopen": operation(step("move_on"), "post"),
    "api:note_for_step": operation(step("thank"), "post"),
    "api:note_detail": operation(of("note"), "get"),
    "api:note_update": operation(of("note"), "patch", data=_note_text),
    "api:note_redraft": operation(of("note"), "post", data=lambda w: {"shape": "warm"}),
    "api:note_tone_check": operation(of("note"), "post", data=lambda w: {"body": "Dear Priya"}),
    "api:note_card": operation(of("note"), "get", query="?theme=potpourri&format=a6-postcard"),
    "api:checkin_detail": operation(of("checkin"), "get"),
    "api:watch_detail": operation(of("watch"), "get"),
    "api:watch_update": operation(of("watch"), "patch", data=lambda w: {"keywords": "analyst"}),
    "api:watch_stop": operation(of("watch"), "delete", Answer(204)),
    "api:alert_detail": operation(of("alert"), "get"),
    "api:alert_dismiss": operation(of("alert"), "post"),
    "api:alert_restore": operation(of("alert"), "post"),
}  # fmt: skip
