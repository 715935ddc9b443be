from __future__ import annotations

from django.contrib import messages
from django.contrib.messages import get_messages
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template import Context
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from onward.accounts.middleware import reads_beside_preferences
from onward.accounts.prefs import read_beside
from onward.accounts.templatetags.gentle import gentle_mode
from onward.core import remembered, versions
from onward.core.csrf import token_for
from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.lib.dates import human_date

from . import chapter, services
from .forms import SkipForm
from .models import AftercarePlan, Step
from .today import page_slot, today_and_version, today_for

# Stands in for the CSRF token in Today's cached HTML; each response gets its own token.
CSRF_STAND_IN = "onward-csrf-stand-in-" + "0" * 43


def _page_key(user_id: int) -> str:
    """Where Today's page is kept: one slot per user (remembered.slot_for), stamped with
    the data version it was made for and holding the day and gentle mode too (both fixed
    by the version but for the turn of the day), so its key is known from the user's id
    alone, and it is fetched with the user and their preferences."""
    return f"{page_slot(user_id)}:page"


def _kept_page_keys(request: HttpRequest, user_id: int) -> list[str]:
    if connection.in_atomic_block or request.GET:
        return []
    return [_page_key(user_id)]


@reads_beside_preferences(_kept_page_keys)
def today(request: AuthedRequest) -> HttpResponse:
    user = request.user
    gentle = gentle_mode(Context({"request": request}))
    # The whole page is HTML kept under the user's data version, with where its body lies
    # in it and the short "Done this week" list, for a visit with messages to show in the
    # layout: a visit with nothing changed reads one entry (in the same trip to the cache
    # as the preferences) and renders nothing. (Before the first quiet visit, the entry
    # holds the body alone.)
    key = next(iter(_kept_page_keys(request, user.pk)), None)
    page = read_beside(user, key) if key is not None else None
    day = timezone.localdate()
    quiet = not get_messages(request)
    if isinstance(page, tuple) and len(page) == 5 and page[:2] == (day, gentle):
        _, _, text, body_at, done = page
        whole = text if body_at is not None else None
        body = text[body_at[0] : body_at[1]] if body_at is not None else text
        fresh, version = False, versions.for_request(user)
    else:
        found, version_seen = today_and_version(user, today_for)
        context = {"today": found, "csrf_token": CSRF_STAND_IN}
        body = render_to_string("plans/_today_body.html", context, request=request)
        done, whole, fresh, day = found.done_this_week, None, True, found.day
        if version_seen is None:
            key = None
        version = version_seen or 0
    if quiet and whole is None:
        whole = _render_page(request, body, done, CSRF_STAND_IN)
        fresh = True
    if fresh and key is not None:
        at = whole.find(body) if whole is not None else -1
        entry = (whole, (at, at + len(body))) if at >= 0 else (body, None)
        remembered.keep(key, remembered.stamped(user, version, (day, gentle, *entry, done)))
    token = token_for(request)  # Django's get_token, cheaper (core.csrf)
    if quiet and whole is not None:
        return HttpResponse(whole.replace(CSRF_STAND_IN, token))
    return HttpResponse(_render_page(request, body.replace(CSRF_STAND_IN, token), done))


def _render_page(
    request: AuthedRequest, body: str, done: list[Step], csrf_token: str | None = None
) -> str:
    """Today's layout around its body; with `csrf_token` a stand-in for every token in it,
    so the page can be kept and each response given its own."""
    context: dict[str, object] = {"done_this_week": done, "body": mark_safe(body)}
    if csrf_token is not None:
        context["csrf_token"] = csrf_token
    return render_to_string("plans/today.html", context, request=request)


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
