"""The facts the charts need, gathered from the database for one user."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User

from onward.accounts.prefs import preferences_for
from onward.outlook.models import MoodCheckIn
from onward.pipeline.models import Application, Outcome, Rejection, Stage
from onward.reflect.models import Debrief

from .charts import AppFacts


def application_facts(user: User) -> list[AppFacts]:
    zone = preferences_for(user).zone
    applications = (
        Application.objects.filter(user=user)
        .select_related("rejection")
        .prefetch_related("history", "interviews")
    )
    found = []
    for application in applications:
        history = list(application.history.all())
        stages = (*(c.stage for c in history if c.stage), application.furthest_stage)
        started = application.applied_on
        if started is None:
            applied = next(
                (c for c in history if Stage.rank(c.stage) >= Stage.rank(Stage.APPLIED)), None
            )
            started = (
                (applied.changed_at if applied else application.created_at).astimezone(zone).date()
            )
        responses = [i.held_on for i in application.interviews.all()]
        # The first line is the application being added, not an answer from the company.
        for change in history[1:]:
            moved_on = Stage.rank(change.stage) > Stage.rank(Stage.APPLIED)
            if moved_on or change.outcome != Outcome.OPEN:
                responses.append(change.changed_at.astimezone(zone).date())
        rejection = getattr(application, "rejection", None)
        if rejection is not None:
            responses.append(rejection.received_on)
        found.append(
            AppFacts(
                stages=stages,
                outcome=application.outcome,
                started_on=started,
                responses=tuple(responses),
            )
        )
    return found


def stages_reached(user: User) -> list[str]:
    return list(Rejection.objects.filter(user=user).values_list("stage_reached", flat=True))


def checkins(user: User) -> list[tuple[dt.date, int]]:
    zone = preferences_for(user).zone
    return [
        (created.astimezone(zone).date(), mood)
        for created, mood in MoodCheckIn.objects.filter(user=user).values_list("created_at", "mood")
    ]


def debriefs(user: User) -> list[tuple[dt.date, list[int]]]:
    """Each debrief's day and its ratings."""
    found = [
        (debrief.rejection.received_on, [int(v) for v in debrief.ratings.values() if v])
        for debrief in Debrief.objects.filter(user=user).select_related("rejection")
    ]
    return sorted(found)
