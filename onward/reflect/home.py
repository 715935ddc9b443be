"""The pages that draw on several features: reflect's front page (where you are, and the
one next thing) and the patterns page (what keeps coming up across the debriefs, with the
action items that work on it)."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

from onward.core.http import AuthedRequest
from onward.pipeline.models import Application, Outcome, Rejection

from .debriefs.services import patterns_for
from .mentoring.actions import with_progress
from .models import ActionItem, Debrief, MentorRequest, Story
from .strengths import services as strengths


def reflect_home(request: AuthedRequest) -> HttpResponse:
    user = request.user
    debriefs = list(
        Debrief.objects.filter(user=user)
        .select_related("rejection__application__company")
        .order_by("-rejection__received_on", "-created_at")
    )
    waiting = (
        Rejection.objects.filter(user=user, debrief__isnull=True)
        .select_related("application__company")
        .order_by("-received_on")[:3]
    )
    return render(
        request,
        "reflect/home.html",
        {
            "patterns": patterns_for(user),
            "debriefs": debriefs[:5],
            "debrief_count": len(debriefs),
            "waiting": waiting,
            "requests": MentorRequest.objects.filter(user=user).prefetch_related("replies")[:5],
            "open_actions": ActionItem.objects.filter(user=user, done_at__isnull=True).count(),
            "top": strengths.top_strengths(user),
            "unfinished": strengths.unfinished(user),
            "story_count": Story.objects.filter(user=user).count(),
            "applications": Application.objects.filter(
                user=user, outcome=Outcome.OPEN
            ).select_related("company")[:6],
        },
    )


def patterns_page(request: AuthedRequest) -> HttpResponse:
    patterns = patterns_for(request.user)
    items = list(ActionItem.objects.filter(user=request.user).exclude(focus_key=""))
    return render(
        request,
        "reflect/patterns.html",
        {"patterns": patterns, "tracked": with_progress(request.user, items)},
    )
