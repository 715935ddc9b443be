"""Reflect's part of the demo account: two debriefs, a mentor's replies, a finished
strengths inventory and a few stories. Acme's debrief is left for the visitor to write."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from onward.pipeline.seed import Seed
from onward.plans.models import Step

from . import mentoring
from .inventory import ITEMS
from .models import (
    ActionItem,
    Debrief,
    InventoryTake,
    MentorReply,
    MentorRequest,
    Share,
    Story,
)
from .scoring import as_record, score

# By the Seed's rejection keys.
DEBRIEFS: dict[str, dict[str, Any]] = {
    "quillon": {
        "days_ago": 18,
        "ratings": dict(
            preparation=3, depth=3, stories=3, clarity=4, questions_asked=2, cv_fit=3, rapport=4
        ),
        "questions": "Tell me about a time you used data to change someone's mind.\n"
        "How would you forecast demand for a brand-new dock?\n"
        "Why do you want to work here?",
        "went_well": "The forecasting question: I talked through seasonality calmly.",
        "differently": "Ask them about how the team works, not only about the product.",
    },
    "fernwood": {
        "days_ago": 5,
        "ratings": dict(
            preparation=4, depth=2, stories=4, clarity=4, questions_asked=3, cv_fit=3, rapport=5
        ),
        "questions": "How do you decide which experiment to run first?\n"
        "Tell me about a time you used data to change a decision.\n"
        "Why do you want to work at Fernwood?",
        "went_well": "My stories had numbers in them this time. Marcus nodded a lot.",
        "differently": "Brush up on experiment design: power and sample size caught me out.",
    },
}

FAVOURITES = {"evidence", "problem_solver", "explainer", "detail", "quick_study"}
SOMEWHAT = {"planner", "listener", "dependable", "team_player", "ownership"}

STORIES = [
    {
        "title": "The dashboard nobody used",
        "situation": "At Brightpath our sales dashboard had 40 charts and almost no visitors.",
        "task": "I was asked to find out why, and fix it within a quarter.",
        "action": "I interviewed six account managers, cut it to the five numbers they "
        "asked about every Monday, and added a one-line summary at the top.",
        "result": "Weekly visitors went from 4 to 31, and the Monday meeting got 20 minutes "
        "shorter.",
        "strengths": ["listener", "explainer", "evidence"],
        "competencies": ["customer", "data", "communication"],
    },
    {
        "title": "The duplicate orders bug",
        "situation": "Finance found revenue 3% higher in our reports than in the ledger.",
        "task": "I owned the reporting pipeline, so I owned finding the gap.",
        "action": "I traced it to retried payments creating duplicate rows, wrote a test "
        "that reproduced it, and fixed the join.",
        "result": "Reports matched the ledger to the penny, and the test has caught two "
        "regressions since.",
        "strengths": ["problem_solver", "detail", "ownership"],
        "competencies": ["problem_solving", "technical", "failure"],
    },
    {
        "title": "Changing the launch date with data",
        "situation": "Product wanted to launch a pricing change the week before Christmas.",
        "task": "I had two days to say whether the data supported it.",
        "action": "I compared three past December launches and showed the support-ticket "
        "spike each caused, in one chart.",
        "result": "We moved the launch to January; tickets stayed flat and conversion rose 4%.",
        "strengths": ["evidence", "explainer"],
        "competencies": ["data", "stakeholders", "communication"],
    },
]


# The request for Dana's advice after Quillon, and what came of it.
FOCUS_AREAS = [
    {
        "key": "questions_asked",
        "title": "Ask better questions",
        "why": "The questions you asked scored 2 out of 5 in your debrief.",
        "shared": "The questions I asked scored 2 out of 5 in my debrief.",
    },
    {
        "key": "stories",
        "title": "Tell stronger stories",
        "why": "Your stories scored 3 out of 5 in your debrief.",
        "shared": "My stories scored 3 out of 5 in my debrief.",
    },
]
MESSAGE = (
    "Hi Dana,\n\nI didn't get the Junior Data Scientist role at Quillon; I made it "
    "to the interviews. I've written down how it went, and I'd really value your "
    "advice, especially on the questions I ask and on my stories.\n\nThank you,\nAlex"
)
ASKED_DAYS_AGO = 16
# (days ago, read by the user, body)
REPLIES: list[tuple[int, bool, str]] = [
    (
        13,
        True,
        "Your forecasting answer sounds strong. Two things: write down three stories "
        "with a number in each result, and practise them out loud. And bring two questions "
        "about how the team works; it shows you're picturing yourself there.",
    ),
    (
        1,
        False,
        "Saw your Fernwood notes: the stories landed much better. For experiment "
        "design, the first chapters of a good A/B testing book will do. Happy to do a "
        "mock interview next week if you like.",
    ),
]
# Taken from the first reply: (title, focus key, due days ago, done days ago or None)
ACTIONS: list[tuple[str, str, int, int | None]] = [
    ("Write three STAR stories, each with a number in the result", "stories", 6, 8),
    ("Prepare two questions about how the team works", "questions_asked", 0, None),
]
ACTIONS_DAYS_AGO = 12


def populate(user: User, seed: Seed) -> None:
    now = timezone.now()
    _debriefs(user, seed, now)
    _mentor(user, seed, now)
    _inventory(user, now)
    for index, story in enumerate(STORIES):
        created = Story.objects.create(user=user, **story)
        Story.objects.filter(pk=created.pk).update(updated_at=now - dt.timedelta(days=10 - index))


def _debriefs(user: User, seed: Seed, now: dt.datetime) -> None:
    for key, data in DEBRIEFS.items():
        rejection = seed.rejections[key]
        Debrief.objects.create(
            user=user,
            rejection=rejection,
            step=rejection.plan.steps.get(kind=Step.Kind.REFLECT),
            stage_reached=rejection.stage_reached,
            questions=data["questions"],
            went_well=data["went_well"],
            differently=data["differently"],
            created_at=now - dt.timedelta(days=data["days_ago"]),
            **data["ratings"],
        )


def _mentor(user: User, seed: Seed, now: dt.datetime) -> None:
    dana, rejection = seed.people["dana"], seed.rejections["quillon"]
    asked = now - dt.timedelta(days=ASKED_DAYS_AGO)
    ask = MentorRequest.objects.create(
        user=user,
        mentor=dana,
        mentor_name=dana.name,
        step=rejection.plan.steps.get(kind=Step.Kind.MENTOR),
        rejection=rejection,
        focus_areas=FOCUS_AREAS,
        message=MESSAGE,
        created_at=asked,
    )
    ask.debriefs.set(Debrief.objects.filter(user=user, rejection=rejection))
    # The token is thrown away, as it would be after the user copied the link.
    share, _token = mentoring.create_share(ask, 30)
    Share.objects.filter(pk=share.pk).update(
        created_at=asked,
        expires_at=now + dt.timedelta(days=14),
        last_viewed_at=now - dt.timedelta(days=1),
    )
    replies = []
    for days_ago, read, body in REPLIES:
        when = now - dt.timedelta(days=days_ago)
        replies.append(
            MentorReply.objects.create(
                request=ask,
                share=share,
                name=dana.name,
                body=body,
                created_at=when,
                read_at=when if read else None,
                notified_at=when,
            )
        )
    titles = {area["key"]: area["title"] for area in FOCUS_AREAS}
    for title, key, due_days_ago, done_days_ago in ACTIONS:
        ActionItem.objects.create(
            user=user,
            title=title,
            due_on=timezone.localdate() - dt.timedelta(days=due_days_ago),
            request=ask,
            reply=replies[0],
            focus_key=key,
            focus_title=titles[key],
            created_at=now - dt.timedelta(days=ACTIONS_DAYS_AGO),
            done_at=None if done_days_ago is None else now - dt.timedelta(days=done_days_ago),
        )


def _inventory(user: User, now: dt.datetime) -> None:
    answers = {}
    for index, item in enumerate(ITEMS):
        if item.strength in FAVOURITES:
            agree = 5
        elif item.strength in SOMEWHAT:
            agree = 4
        else:
            agree = 2 + index % 3  # a believable spread of 2, 3 and 4
        answers[item.id] = 6 - agree if item.reverse else agree
    InventoryTake.objects.create(
        user=user,
        answers=answers,
        result=as_record(score(answers)),
        started_at=now - dt.timedelta(days=9, minutes=12),
        finished_at=now - dt.timedelta(days=9),
    )
