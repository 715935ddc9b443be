from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.models import User
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template import Context
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from onward.accounts.templatetags.gentle import gentle_mode
from onward.core import remembered, versions
from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.lib.dates import human_date

from . import chapter, services
from .forms import SkipForm
from .models import AftercarePlan, Step
from .today import cache_key, today_and_version, today_for

# Stands in for the CSRF token in Today's cached HTML; each response gets its own token.
CSRF_STAND_IN = "onward-csrf-stand-in-" + "0" * 43


def today(request: AuthedRequest) -> HttpResponse:
    user = request.user
    gentle = gentle_mode(Context({"request": request}))
    # The page but for "Done this week" is HTML kept with that short list under the user's
    # data version and day: a visit with nothing changed reads one small entry, not the
    # whole worked-out Today with its records.
    if connection.in_atomic_block or request.GET:
        page: object = None
    else:
        version = versions.current(user.pk)
        page = remembered.read(_page_key(user, version, timezone.localdate(), gentle))
    if isinstance(page, tuple) and len(page) == 2:
        body, done = page
    else:
        found, version_seen = today_and_version(user, today_for)
        context = {"today": found, "csrf_token": CSRF_STAND_IN}
        body = render_to_string("plans/_today_body.html", context, request=request)
        done = found.done_this_week
        if version_seen is not None and not request.GET:
            remembered.keep(_page_key(user, version_seen, found.day, gentle), (body, done))
    body = mark_safe(body.replace(CSRF_STAND_IN, get_token(request)))
    return render(request, "plans/today.html", {"done_this_week": done, "body": body})


def _page_key(user: User, version: int, day: dt.date, gentle: bool) -> str:
    return f"{cache_key(user, version, day)}:page:{int(gentle)}"


def plan_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    plan = owned_or_404(
        AftercarePlan.objects.select_related("rejection__application__company"),
        request.user,
        pk=pk,
    )
    steps = plan.steps.select_related("person", "note")
    progress = services.progress(plan)
    closing = next((step for step in steps if step.kind == Step.Kind.MOVE_ON), None)
    return render(
        request,
        "plans/plan_detail.html",
        {
            "plan": plan,
            "steps": steps,
            "progress": progress,
            "focus": {step.pk for step in progress.focus},
            "closed": closing is not None and closing.state == Step.State.DONE,
            "closing": closing,
        },
    )


def _back(request: AuthedRequest, step: Step) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = step.plan.get_absolute_url()
    return redirect(target)


def _step_response(request: AuthedRequest, step: Step) -> HttpResponse:
    if request.htmx:
        step.refresh_from_db()
        focus = {s.pk for s in services.progress(step.plan).focus}
        return render(
            request,
            "plans/_step.html",
            {"step": step, "focus": focus, "next": request.POST.get("next", "")},
        )
    return _back(request, step)


def _undo(step: Step) -> str:
    return f"undo-step-{step.pk}"


def _owned_step(request: AuthedRequest, pk: int) -> Step:
    return owned_or_404(Step.objects.select_related("plan"), request.user, "plan__user", pk=pk)


@require_POST
def step_done(request: AuthedRequest, pk: int) -> HttpResponse:
    step = _owned_step(request, pk)
    if step.closes_on_its_page:
        # Closing the chapter looks back first, and asks while steps are still open.
        page = reverse("plans:move_on_for_step", args=[step.pk])
        return HttpResponseClientRedirect(page) if request.htmx else redirect(page)
    services.mark_done(step)
    messages.success(request, f"Done: {step.title}. Nicely handled.", _undo(step))
    return _step_response(request, step)


@require_POST
def step_skip(request: AuthedRequest, pk: int) -> HttpResponse:
    step = _owned_step(request, pk)
    form = SkipForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Keep the reason under 300 characters.")
        return _back(request, step)
    services.skip(step, form.cleaned_data["reason"])
    messages.info(request, f"Skipped: {step.title}. That's fine.", _undo(step))
    return _step_response(request, step)


@require_POST
def step_snooze(request: AuthedRequest, pk: int) -> HttpResponse:
    step = _owned_step(request, pk)
    services.snooze(step)
    messages.info(request, f"Moved to {human_date(step.due_on)}. No rush.")
    return _step_response(request, step)


@require_POST
def step_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    step = _owned_step(request, pk)
    services.reopen(step)
    messages.info(request, f"Back on your list: {step.title}.")
    return _step_response(request, step)


def step_open(request: AuthedRequest, pk: int) -> HttpResponse:
    """The one-click action of a step: where its work happens."""
    step = _owned_step(request, pk)
    if page := Step.PAGES.get(step.kind):
        return redirect(page, pk=step.pk)
    return redirect(step.plan)


def move_on_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's last step: a look back at the chapter, then closing it. With steps still
    open, closing asks first and lists them."""
    step = services.step_of_kind(request.user, pk, Step.Kind.MOVE_ON)
    if request.method == "POST":
        if step.state == Step.State.OPEN:  # closed already: a second press changes nothing
            _close(request, step)
        return redirect("plans:move_on_for_step", pk=step.pk)
    return render(request, "plans/chapter.html", {"chapter": chapter.chapter_of(step)})


def _close(request: AuthedRequest, step: Step) -> None:
    still_open = step.plan.steps.filter(state=Step.State.OPEN).exclude(pk=step.pk)
    if still_open.exists() and not request.POST.get("anyway"):
        messages.info(request, "A few steps are still open. Have a look before you close.")
        return
    chapter.close(step)
    messages.success(request, "Chapter closed. You handled it with grace.", _undo(step))
