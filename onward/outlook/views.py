from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.lib.dates import human_date
from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from . import reframes, services
from .forms import CheckInForm
from .models import MoodCheckIn, Reframe


def checkin(request: AuthedRequest) -> HttpResponse:
    posted = request.POST.get("step", "")
    if request.method == "POST" and posted.isdigit():
        # A form still open from before the pause step had its own page.
        return checkin_for_step(request, int(posted))
    step_id = request.GET.get("step", "")
    if step_id.isdigit():  # the pause step's old address
        return redirect("outlook:checkin_for_step", pk=int(step_id), permanent=True)
    return _checkin_page(request, None)


def checkin_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's "pause" step: a check-in that finishes the step."""
    return _checkin_page(request, step_of_kind(request.user, pk, Step.Kind.PAUSE))


def _checkin_page(request: AuthedRequest, step: Step | None) -> HttpResponse:
    form = CheckInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        entry = services.record_checkin(request.user, data["mood"], data["words"], step)
        low = entry.mood <= 2
        if step:
            text = (
                "Thank you for checking in. Go gently today; tomorrow's steps will wait."
                if low
                else "Thank you for checking in. The next steps start tomorrow."
            )
        else:
            text = (
                "Thank you for checking in. Go gently today."
                if low
                else "Thank you for checking in."
            )
        messages.success(request, text)
        return redirect(step.plan if step else "plans:today")
    recent = MoodCheckIn.objects.filter(user=request.user)[:5]
    return render(request, "outlook/checkin.html", {"form": form, "step": step, "recent": recent})


def _reframe_page(
    request: AuthedRequest, rejection: Rejection, reframe: Reframe | None, step: Step | None
) -> HttpResponse:
    form = reframes.ReframeForm(
        request.POST if request.method == "POST" else None,
        instance=reframe,
        initial=None if reframe else reframes.initial_for(rejection),
    )
    if request.method == "POST" and form.is_valid():
        saved = reframes.save_reframe(form, request.user, rejection, step)
        messages.success(
            request,
            f"Saved. One small step is enough: {saved.next_step}, "
            f"{human_date(saved.next_step_due)}.",
        )
        return redirect(saved)
    return render(
        request,
        "outlook/reframe_form.html",
        {"form": form, "rejection": rejection, "reframe": reframe, "step": step},
    )


def reframe_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's "find the silver lining" step opens here; saving it finishes the step."""
    step = step_of_kind(request.user, pk, Step.Kind.SILVER_LINING)
    rejection = step.plan.rejection
    reframe = Reframe.objects.filter(rejection=rejection).first()
    return _reframe_page(request, rejection, reframe, step)


def _owned_reframe(request: AuthedRequest, pk: int) -> Reframe:
    return owned_or_404(
        Reframe.objects.select_related("rejection__application__company"), request.user, pk=pk
    )


def reframe_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    reframe = _owned_reframe(request, pk)
    return render(request, "outlook/reframe_detail.html", {"reframe": reframe})


def reframe_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    reframe = _owned_reframe(request, pk)
    return _reframe_page(request, reframe.rejection, reframe, None)


@require_POST
def reframe_step_done(request: AuthedRequest, pk: int) -> HttpResponse:
    reframe = _owned_reframe(request, pk)
    reframes.finish_next_step(reframe)
    messages.success(request, f"Done: {reframe.next_step}. That's a real step forward.")
    return redirect(reframe)


@require_POST
def reframe_step_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    reframe = _owned_reframe(request, pk)
    reframes.reopen_next_step(reframe)
    messages.info(request, f"Back on your list: {reframe.next_step}.")
    return redirect(reframe)
