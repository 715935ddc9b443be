"""Debriefs: from the plan's reflect step, written, read, edited and deleted."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from . import services as service
from .dimensions import DIMENSIONS
from .forms import DebriefForm
from .models import Debrief


def _debrief(request: AuthedRequest, pk: int) -> Debrief:
    return owned_or_404(
        Debrief.objects.select_related("rejection__application__company"), request.user, pk=pk
    )


def debrief_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's "reflect" step: a new debrief for its rejection, or the one written."""
    step = step_of_kind(request.user, pk, Step.Kind.REFLECT)
    rejection = step.plan.rejection
    existing = Debrief.objects.filter(rejection=rejection).first()
    if existing is not None:
        return redirect("reflect:debrief_edit", pk=existing.pk)
    return redirect(reverse("reflect:debrief_new", args=[rejection.pk]) + f"?step={step.pk}")


def debrief_new(request: AuthedRequest, pk: int) -> HttpResponse:
    rejection = owned_or_404(
        Rejection.objects.select_related("application__company"), request.user, pk=pk
    )
    existing = Debrief.objects.filter(rejection=rejection).first()
    if existing is not None:
        return redirect("reflect:debrief_edit", pk=existing.pk)
    step = None
    step_id = request.GET.get("step") or request.POST.get("step") or ""
    if step_id.isdigit():
        step = step_of_kind(request.user, int(step_id), Step.Kind.REFLECT)
        if step.plan.rejection_id != rejection.pk:
            raise Http404("That step belongs to another rejection.")
    form = DebriefForm(
        request.POST if request.method == "POST" else None,
        initial={"stage_reached": rejection.stage_reached},
    )
    if request.method == "POST" and form.is_valid():
        debrief = form.save(commit=False)
        debrief.user = request.user
        debrief.rejection = rejection
        debrief.step = step
        debrief.save()
        service.finish(debrief)
        messages.success(request, "Saved. Writing it down is how a “no” turns into a lesson.")
        return redirect(debrief)
    return render(
        request,
        "reflect/debrief_form.html",
        {"form": form, "rejection": rejection, "step": step, "debrief": None},
    )


def debrief_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    debrief = _debrief(request, pk)
    form = DebriefForm(request.POST if request.method == "POST" else None, instance=debrief)
    if request.method == "POST" and form.is_valid():
        form.save()
        service.finish(debrief)
        messages.success(request, "Saved.")
        return redirect(debrief)
    return render(
        request,
        "reflect/debrief_form.html",
        {"form": form, "rejection": debrief.rejection, "step": None, "debrief": debrief},
    )


def debrief_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    debrief = _debrief(request, pk)
    ratings = [(d, debrief.rating(d.key)) for d in DIMENSIONS]
    patterns = service.patterns_for(request.user)
    return render(
        request,
        "reflect/debrief_detail.html",
        {"debrief": debrief, "ratings": ratings, "patterns": patterns},
    )


@require_POST
def debrief_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    debrief = _debrief(request, pk)
    debrief.delete()
    messages.info(request, "Deleted that debrief.")
    return redirect("reflect:reflect_home")
