"""Pages for the long game: who is losing touch, and one reminder with what to say."""

from __future__ import annotations

from urllib.parse import quote

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from onward.accounts.prefs import preferences_for
from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.lib.dates import human_date
from onward.notes.services import sender_name
from onward.notes.tone import Finding, for_display
from onward.people import cadence
from onward.people.models import Person
from onward.pipeline.services import interviewers_of
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from .reminders import log_touch
from .touches import WHY, TouchKind, check, draft, situation, suggest


class TouchForm(forms.Form):
    subject = forms.CharField(max_length=200, required=False, label="Subject")
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 9}), label="Your message", max_length=5000
    )
    note = forms.CharField(
        max_length=300,
        required=False,
        label="Anything to remember?",
        help_text="Saved with the touch in their history.",
    )


def losing_touch(request: AuthedRequest) -> HttpResponse:
    today = preferences_for(request.user).local_today()
    no_rhythm = Person.objects.filter(user=request.user, keep_in_touch_days__isnull=True).count()
    return render(
        request,
        "keep_in_touch/losing_touch.html",
        {
            "due": cadence.due(request.user, today),
            "coming_up": cadence.coming_up(request.user, today),
            "no_rhythm": no_rhythm,
            "today": today,
        },
    )


def _findings(text: str, found: list[Finding]) -> list[dict[str, object]]:
    return for_display(text, found)


def person_reminder(request: AuthedRequest, pk: int) -> HttpResponse:
    person = owned_or_404(Person.objects.select_related("company"), request.user, pk=pk)
    today = preferences_for(request.user).local_today()
    s = situation(person, today, sender_name(request.user))
    suggested = suggest(s)
    wanted = request.POST.get("touch") or request.GET.get("touch") or suggested
    kind = wanted if wanted in TouchKind.values else suggested
    drafted = draft(s, kind)
    form = TouchForm(
        request.POST if request.method == "POST" else None,
        initial={"subject": drafted.subject, "body": drafted.body},
    )
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "log":
            log_touch(person, kind, form.cleaned_data["note"])
            reminder = cadence.reminder_for(person, cadence.zone_of(request.user), today)
            when = human_date(reminder.due_on, today) if reminder else ""
            messages.success(
                request,
                f"Logged. Small touches add up. Next touch with {person.first_name}: {when}."
                if when
                else "Logged. Small touches add up.",
            )
            return redirect("keep_in_touch:losing_touch")
        text, subject = form.cleaned_data["body"], form.cleaned_data["subject"]
    else:
        text, subject = drafted.body, drafted.subject
    reminder = cadence.reminder_for(person, cadence.zone_of(request.user), today)
    mailto = ""
    if person.email and kind != TouchKind.LINKEDIN:
        mailto = f"mailto:{quote(person.email)}?subject={quote(subject)}&body={quote(text)}"
    return render(
        request,
        "keep_in_touch/reminder.html",
        {
            "person": person,
            "s": s,
            "reminder": reminder,
            "kind": kind,
            "suggested": suggested,
            "kinds": TouchKind.choices,
            "kind_label": TouchKind(kind).label,
            "why": WHY[kind],
            "form": form,
            "findings": _findings(text, check(s, text)),
            "mailto": mailto,
            "linkedin": person.linkedin_url
            or "https://www.linkedin.com/search/results/people/?keywords=" + quote(person.name),
            "chars": len(text),
        },
    )


def stay_in_touch_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's "stay in touch" step: the people from this interview, and what to say."""
    step = step_of_kind(request.user, pk, Step.Kind.STAY_IN_TOUCH)
    application = step.plan.rejection.application
    today = preferences_for(request.user).local_today()
    zone = cadence.zone_of(request.user)
    people = []
    for person in interviewers_of(application):
        people.append(
            {
                "person": person,
                "touch": TouchKind(suggest(situation(person, today))).label,
                "reminder": cadence.reminder_for(person, zone, today),
                "url": reverse("keep_in_touch:person_reminder", args=[person.pk]),
            }
        )
    return render(
        request,
        "keep_in_touch/stay_in_touch.html",
        {"step": step, "application": application, "people": people, "today": today},
    )
