"""Alice's world: one of every object a URL can name, each with words only she may see.

Built once per test module (conftest.py); bob (another signed-in user) owns nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from onward.accounts.prefs import preferences_for, turn_feed_on
from onward.api.models import AccessToken
from onward.api.tokens import create_token
from onward.inbox.learning import teach
from onward.inbox.models import ConnectTodo, ImportedMessage, Label, MailAccount, SenderLesson
from onward.inbox.parsing import parse
from onward.inbox.services import Importer
from onward.inbox.tests.mails import raw
from onward.inbox.understand import understand
from onward.notes.models import Note
from onward.notes.services import note_for_step
from onward.outlook.models import MoodCheckIn, Reframe
from onward.people.models import Interaction, Person
from onward.pipeline.models import Application, Interview, Rejection
from onward.plans.models import AftercarePlan, Step
from onward.reflect.mentoring import services as mentoring
from onward.reflect.models import (
    ActionItem,
    Debrief,
    InventoryTake,
    MentorReply,
    MentorRequest,
    Share,
    Story,
)
from onward.reflect.strengths.scoring import as_record, score
from onward.reflect.tests.helpers import PDF, debrief, favouring, request_for
from onward.test import PRIYA, PersonFactory, rejected_application
from onward.watch.models import Alert, Posting, Watch
from onward.watch.services import WatchInput, save_watch

COMPANY = "Acme Analytics"
STORY = "The churn model that saved Q3"
ACTION = "Practise the salary question"
NEXT_STEP = "Ring the Leeds recruiter back"
CHECKIN_WORDS = "Tired but hopeful"
TOUCH = "Coffee with Jordan about the meetup"
MAIL_SUBJECT = "Your application to Globex"
IMAP_LOGIN = "alice.lee.imap"
TOKEN_NAME = "Spreadsheet sync for Alice"

# What alice's pages show, and what no page of bob's may ever show: names, titles, words
# and alice's secret tokens (added per world, below).
MARKERS = (
    COMPANY,
    "Priya",
    "Dana Li",
    "Jordan Ellis",
    "Alice Lee",
    "alice@example.com",
    STORY,
    ACTION,
    NEXT_STEP,
    CHECKIN_WORDS,
    TOUCH,
    "Sam Okoro",
    MAIL_SUBJECT,
    IMAP_LOGIN,
    TOKEN_NAME,
)


@dataclass
class World:
    alice: Any
    application: Application
    rejection: Rejection
    plan: AftercarePlan
    steps: dict[str, Step]
    note: Note
    priya: Person
    jordan: Person
    debrief: Debrief
    ask: MentorRequest
    share: Share
    share_token: str
    reply: MentorReply
    action: ActionItem
    finished_take: InventoryTake
    unfinished_take: InventoryTake
    story: Story
    reframe: Reframe
    message: ImportedMessage
    lesson: SenderLesson
    todo: ConnectTodo
    watch: Watch
    alert: Alert
    feed_token: str
    unsubscribe_token: str
    interview: Interview
    checkin: MoodCheckIn
    api_token: AccessToken
    api_secret: str

    def step(self, kind: str) -> int:
        return self.steps[kind].pk

    @property
    def markers(self) -> tuple[str, ...]:
        return (
            *MARKERS,
            self.share_token,
            self.feed_token,
            self.unsubscribe_token,
            self.api_secret,
            self.api_token.key_hash,
        )


def build(alice: Any) -> World:
    rejection = rejected_application(alice, [PRIYA], company=COMPANY)
    application = rejection.application
    steps = {step.kind: step for step in rejection.plan.steps.all()}
    priya = application.interviews.get().interviewers.get()
    priya.postal_address = "1 Market Street\nLondon"
    priya.save(update_fields=["postal_address"])
    Interaction.objects.create(user=alice, person=priya, summary=TOUCH)
    jordan = PersonFactory.create(
        user=alice,
        name="Jordan Ellis",
        email="jordan@example.org",
        keep_in_touch_days=30,
        created_at=timezone.now() - dt.timedelta(days=400),
    )

    ask = request_for(alice, rejection=rejection)
    ask.cv.save("cv.pdf", ContentFile(PDF))
    ask.cv_name, ask.cv_size = "Alice Lee CV.pdf", len(PDF)
    ask.save()
    share, share_token = mentoring.create_share(ask)
    watch = save_watch(
        alice, WatchInput(COMPANY, "https://jobs.lever.co/acme"), rejection=rejection
    )
    answers = favouring("planner")
    prefs = preferences_for(alice)
    api = create_token(alice, TOKEN_NAME)
    world = World(
        alice=alice,
        application=application,
        rejection=rejection,
        plan=rejection.plan,
        steps=steps,
        note=note_for_step(steps[Step.Kind.THANK]),
        priya=priya,
        jordan=jordan,
        debrief=debrief(alice, rejection, went_well="Told the churn story well"),
        ask=ask,
        share=share,
        share_token=share_token,
        reply=mentoring.add_reply(share, "Dana Li", "Practise your stories aloud."),
        action=ActionItem.objects.create(
            user=alice,
            title=ACTION,
            due_on=timezone.localdate() + dt.timedelta(days=3),
            focus_key="stories",
            focus_title="Tell it as a story",
        ),
        finished_take=InventoryTake.objects.create(
            user=alice,
            answers=answers,
            result=as_record(score(answers)),
            finished_at=timezone.now(),
        ),
        unfinished_take=InventoryTake.objects.create(user=alice),
        story=Story.objects.create(user=alice, title=STORY, situation="s", action="a", result="r"),
        reframe=Reframe.objects.create(
            user=alice,
            rejection=rejection,
            step=steps[Step.Kind.SILVER_LINING],
            what_happened="Heard back from Acme: not this time.",
            balanced="I reached the final round.",
            next_step=NEXT_STEP,
            next_step_due=timezone.localdate(),
        ),
        message=(message := _mail(alice)),
        lesson=teach(message, Label.REJECTION, was_status=message.status),
        todo=ConnectTodo.objects.get(user=alice),
        watch=watch,
        alert=_alert(alice, watch),
        feed_token=turn_feed_on(prefs),
        unsubscribe_token=prefs.unsubscribe_token,
        interview=application.interviews.get(),
        checkin=MoodCheckIn.objects.create(
            user=alice, rejection=rejection, mood=3, words=CHECKIN_WORDS
        ),
        api_token=api.token,
        api_secret=api.secret,
    )
    MailAccount.objects.create(user=alice, host="imap.example.com", username=IMAP_LOGIN)
    return world


def _mail(alice: Any) -> ImportedMessage:
    """A rejection from a person at a company she has no application with: it waits for
    her decision, and she gets a "connect" to-do for its sender."""
    mail = parse(
        raw(
            sender="Sam Okoro <sam.okoro@globex.example>",
            subject=MAIL_SUBJECT,
            body="Dear Alice,\n\nThank you for interviewing for the Data Analyst role at "
            "Globex. Unfortunately, we have decided to move forward with other candidates."
            "\n\nBest wishes,\nSam Okoro\nTalent Partner, Globex\n",
        )
    )
    message = Importer(alice, "cli").add(mail, understand(mail))
    if message is None:
        raise RuntimeError("The test mail was not kept.")
    return message


def _alert(alice: Any, watch: Watch) -> Alert:
    assert watch.board is not None  # a watch with a board, not a careers-page reminder
    posting = Posting.objects.create(
        board=watch.board,
        vendor_id="p1",
        title="Product Analyst",
        location="London",
        url="https://jobs.lever.co/acme/p1",
    )
    return Alert.objects.create(user=alice, watch=watch, posting=posting)


def snapshot(alice: Any) -> dict[str, list[dict[str, Any]]]:
    """Every column of every row of alice's: rows with her as their user, her user row, and
    every row of the tables that hang off another row (steps, shares, boards...). What
    "nothing of hers changed" compares; what bob makes for himself (his preferences, the
    first time a page is drawn for him) is left out."""
    found: dict[str, list[dict[str, Any]]] = {}
    found["user"] = [dict(row) for row in get_user_model().objects.filter(pk=alice.pk).values()]
    for model in apps.get_models():
        if not model.__module__.startswith("onward."):
            continue
        rows = model._default_manager.order_by("pk")
        if any(f.name == "user" for f in model._meta.get_fields()):
            rows = rows.filter(user=alice)
        found[model._meta.label] = list(rows.values())
    return found
