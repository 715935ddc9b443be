from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from onward.accounts.prefs import preferences_for
from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.lib.dates import human_date
from onward.people.models import Person
from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.plans.services import mark_done, step_of_kind

from . import services
from .forms import WatchForm
from .models import Alert, AlertNote, Watch

RECENT_DAYS = 30


def _hours() -> str:
    hours = settings.ONWARD_WATCH_EVERY_HOURS
    return "hour" if hours == 1 else f"{hours:g} hours"


def _input(form: WatchForm, company: str) -> services.WatchInput:
    data = form.cleaned_data
    return services.WatchInput(
        company=company,
        careers_url=data["careers_url"],
        keywords=data.get("keywords", ""),
        locations=data.get("locations", ""),
        remote=data.get("remote", False),
        email_immediately=data.get("email_immediately", False),
        vendor=data.get("vendor") or None,
        board=form.recognised,
    )


def _form(request: AuthedRequest, initial: dict[str, Any], **kwargs: Any) -> WatchForm:
    posted = request.method == "POST"
    return WatchForm(
        request.POST if posted else None,
        initial=initial,
        reminder=posted and "remind" in request.POST,
        **kwargs,
    )


def _save(
    request: AuthedRequest, form: WatchForm, company: str, rejection: Rejection | None = None
) -> Watch:
    given = _input(form, company)
    if form.reminder:
        return services.save_reminder(request.user, given, rejection)
    return services.save_watch(request.user, given, rejection)


def _saved_message(watch: Watch, form: WatchForm | None = None) -> str:
    name = watch.company.name
    if watch.board is None:
        when = human_date(watch.next_look_on, preferences_for(watch.user).local_today())
        return (
            f"Done. Onward will remind you to look at {name}'s careers page every two weeks. "
            f"The first reminder comes {when}."
        )
    checks = f"Onward checks it every {_hours()} and tells you when a fitting role opens."
    if form is not None and form.discovered:
        where = (
            "a jobs feed on their careers page"
            if watch.board.vendor == "feed"
            else f"their {watch.board.source_label} board"
        )
        return f"Found it: {name} lists its roles on {where}. {checks}"
    return (
        f"Watching {name}. Onward checks their {watch.board.source_label} "
        f"board every {_hours()} and tells you when a fitting role opens."
    )


def watch_list(request: AuthedRequest) -> HttpResponse:
    since = timezone.now() - dt.timedelta(days=RECENT_DAYS)
    alerts = (
        Alert.objects.filter(user=request.user, created_at__gte=since, dismissed_at__isnull=True)
        .select_related("watch__company", "posting")
        .order_by("-created_at")
    )
    watches = services.watches_of(request.user)
    return render(
        request,
        "watch/watch_list.html",
        {
            "watches": [(w, services.filters_of(w).describe()) for w in watches],
            "alerts": alerts,
            "every": _hours(),
        },
    )


# The careers page may be fetched while the form is checked, which can take seconds: no
# transaction may be open meanwhile (SQLite's would hold the write lock), so these views
# open their own around what they write.
@transaction.non_atomic_requests
def watch_new(request: AuthedRequest) -> HttpResponse:
    initial = {"company": request.GET.get("company", "")[:200]}
    form = _form(request, initial)
    if request.method == "POST" and form.is_valid():
        try:
            watch = _save(request, form, form.cleaned_data["company"])
        except services.WatchRefused as refused:
            messages.info(request, str(refused))
            return redirect("watch:watch_list")
        messages.success(request, _saved_message(watch, form))
        return redirect("watch:watch_list")
    return render(request, "watch/watch_form.html", {"form": form, "company": None})


@transaction.non_atomic_requests
def watch_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's "watch" step: set up the watch for that rejection's company."""
    step = step_of_kind(request.user, pk, Step.Kind.WATCH)
    rejection = step.plan.rejection
    company = rejection.application.company
    if refusal := services.refusal(rejection):
        return render(request, "watch/watch_refused.html", {"message": refusal, "plan": step.plan})
    existing = Watch.objects.filter(user=request.user, company=company).first()
    initial = {
        "careers_url": existing.careers_url if existing else company.careers_url,
        "keywords": existing.keywords if existing else rejection.application.role,
        "locations": existing.locations if existing else "",
        "remote": existing.remote if existing else False,
        "email_immediately": existing.email_immediately if existing else False,
    }
    form = _form(request, initial, fixed_company=True)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                watch = _save(request, form, company.name, rejection)
                step.refresh_from_db()
                if step.state == Step.State.OPEN:
                    mark_done(step)
        except services.WatchRefused as refused:
            messages.info(request, str(refused))
            return redirect(step.plan)
        messages.success(request, _saved_message(watch, form))
        return redirect(step.plan)
    return render(
        request,
        "watch/watch_form.html",
        {"form": form, "company": company, "step": step, "existing": existing},
    )


def _owned_watch(request: AuthedRequest, pk: int) -> Watch:
    return owned_or_404(
        Watch.objects.select_related("company", "board", "rejection"), request.user, pk=pk
    )


@transaction.non_atomic_requests
def watch_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    watch = _owned_watch(request, pk)
    initial = {
        "careers_url": watch.careers_url,
        "keywords": watch.keywords,
        "locations": watch.locations,
        "remote": watch.remote,
        "email_immediately": watch.email_immediately,
    }
    form = _form(request, initial, fixed_company=True)
    form.reminder = form.reminder and watch.is_reminder
    valid = request.method == "POST" and form.is_valid()
    # A watch on a board isn't turned into a reminder from here: stopping it says so.
    form.offer_reminder = form.offer_reminder and watch.is_reminder
    if valid:
        try:
            _change(watch, form)
        except services.WatchRefused as refused:
            form.add_error("careers_url", str(refused))
        else:
            if form.recognised and form.discovered:
                messages.success(request, _saved_message(watch, form))
            else:
                messages.success(request, f"Saved. Still watching {watch.company.name} for you.")
            return redirect("watch:watch_list")
    return render(
        request,
        "watch/watch_form.html",
        {"form": form, "company": watch.company, "watch": watch},
    )


@transaction.atomic
def _change(watch: Watch, form: WatchForm) -> None:
    data = form.cleaned_data
    board = watch.board
    found = form.recognised
    if found and (board is None or (found.vendor, found.token) != (board.vendor, board.token)):
        services.move_watch(watch, data["careers_url"], data.get("vendor") or None, found)
    watch.keywords = data.get("keywords", "")
    watch.locations = data.get("locations", "")
    watch.remote = data.get("remote", False)
    if "email_immediately" in form.fields:
        # Without a mail server the choice isn't offered, so the one made earlier stands.
        watch.email_immediately = data.get("email_immediately", False) and watch.board is not None
    watch.careers_url = data["careers_url"].strip()
    watch.save(
        update_fields=["keywords", "locations", "remote", "email_immediately", "careers_url"]
    )


@require_POST
def watch_looked(request: AuthedRequest, pk: int) -> HttpResponse:
    """The user looked at the careers page a reminder-only watch points to."""
    watch = _owned_watch(request, pk)
    if not watch.is_reminder:
        return redirect(watch)
    services.looked(watch)
    when = human_date(watch.next_look_on, preferences_for(request.user).local_today())
    messages.success(request, f"Thanks for looking. Onward will remind you again {when}.")
    return redirect("plans:today")


@require_POST
def watch_stop(request: AuthedRequest, pk: int) -> HttpResponse:
    watch = _owned_watch(request, pk)
    name = watch.company.name
    watch.delete()
    messages.info(request, f"Stopped watching {name}. You can start again any time.")
    return redirect("watch:watch_list")


@require_POST
def watch_check_again(request: AuthedRequest, pk: int) -> HttpResponse:
    watch = _owned_watch(request, pk)
    if watch.board is not None:
        services.check_again(watch.board)
    messages.info(request, f"Onward will try {watch.company.name}'s board again at the next check.")
    return redirect("watch:watch_list")


def _owned_alert(request: AuthedRequest, pk: int) -> Alert:
    return owned_or_404(
        Alert.objects.select_related("watch__company", "watch__board", "posting"),
        request.user,
        pk=pk,
    )


def alert_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    alert = _owned_alert(request, pk)
    services.mark_seen(alert)
    people = services.people_met(request.user, alert.watch.company)
    written = {
        link.person_id: link.note
        for link in AlertNote.objects.filter(alert=alert).select_related("note")
    }
    return render(
        request,
        "watch/alert_detail.html",
        {
            "alert": alert,
            "posting": alert.posting,
            "people": [(person, written.get(person.pk)) for person in people],
        },
    )


@require_POST
def alert_note(request: AuthedRequest, pk: int, person: int) -> HttpResponse:
    alert = _owned_alert(request, pk)
    chosen = owned_or_404(Person, request.user, pk=person)
    if chosen not in services.people_met(request.user, alert.watch.company):
        raise Http404("Not someone you met there.")
    note = services.note_for(alert, chosen)
    return redirect("notes:note_edit", pk=note.pk)


@require_POST
def alert_dismiss(request: AuthedRequest, pk: int) -> HttpResponse:
    alert = _owned_alert(request, pk)
    services.dismiss(alert)
    messages.info(request, "Set aside. Not every opening is the one, and that's fine.")
    return redirect("watch:watch_list")


@require_POST
def alert_restore(request: AuthedRequest, pk: int) -> HttpResponse:
    alert = _owned_alert(request, pk)
    services.undismiss(alert)
    messages.info(request, f"Back on your list: {alert.posting.title}.")
    return redirect(alert)
