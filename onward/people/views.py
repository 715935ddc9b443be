from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render

from onward.accounts.prefs import preferences_for
from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.core.paging import page_of

from . import cadence, services
from .forms import InteractionForm, PersonForm
from .models import Person


def person_list(request: AuthedRequest) -> HttpResponse:
    people = (
        Person.objects.filter(user=request.user).select_related("company").order_by("name", "pk")
    )
    return render(
        request,
        "people/person_list.html",
        {"people": page_of(request, people), "due_count": cadence.due_count(request.user)},
    )


def person_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    person = owned_or_404(Person.objects.select_related("company"), request.user, pk=pk)
    form = InteractionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.log_interaction(person, data["kind"], data["summary"], data["happened_on"])
        messages.success(request, "Logged. Small touches add up.")
        return redirect(person)
    interactions = person.interactions.all()
    prefs = preferences_for(request.user)
    reminder = cadence.reminder_for(person, prefs.zone, prefs.local_today())
    return render(
        request,
        "people/person_detail.html",
        {
            "person": person,
            "interactions": interactions,
            "form": form,
            "next_touch": reminder.due_on if reminder else None,
            "reminder": reminder,
        },
    )


def person_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    person = owned_or_404(Person, request.user, pk=pk)
    form = PersonForm(request.POST if request.method == "POST" else None, instance=person)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(person)
    return render(request, "people/person_form.html", {"person": person, "form": form})


def person_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    person = owned_or_404(Person, request.user, pk=pk)
    if request.method == "POST":
        person.delete()
        messages.success(request, f"Deleted {person.name} and their history.")
        return redirect("people:person_list")
    return render(
        request,
        "core/confirm_delete.html",
        {
            "title": f"Delete {person.name}?",
            "detail": "Their interactions and notes go too. This can't be undone.",
            "back": person.get_absolute_url(),
        },
    )
