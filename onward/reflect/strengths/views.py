"""The strengths inventory: a page of ten at a time, and the report."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from . import services as service
from .forms import InventoryPageForm
from .inventory import DOMAINS, ITEMS, PAGES, STRENGTHS
from .models import InventoryTake

# Finishing a take marks its plan step done in the same request, a moment later.
SAME_MOMENT = dt.timedelta(minutes=1)


def strengths_home(request: AuthedRequest) -> HttpResponse:
    return _home(request, None)


def strengths_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's "know your strengths" step: the inventory, which finishes the step.
    Once done, the step opens the report it produced."""
    step = step_of_kind(request.user, pk, Step.Kind.STRENGTHS)
    if step.state == Step.State.DONE and (take := service.latest_finished(request.user)):
        return redirect(take)
    return _home(request, step)


def _home(request: AuthedRequest, step: Step | None) -> HttpResponse:
    takes = InventoryTake.objects.filter(user=request.user)
    return render(
        request,
        "reflect/strengths_home.html",
        {
            "unfinished": service.unfinished(request.user),
            "finished": [t for t in takes if t.finished_at],
            "items": len(ITEMS),
            "strengths": len(STRENGTHS),
            "domains": DOMAINS,
            "step": step,
        },
    )


def strengths_method(request: AuthedRequest) -> HttpResponse:
    """How the inventory was written and how it is scored, in plain words."""
    return render(
        request,
        "reflect/strengths_method.html",
        {"items": len(ITEMS), "strengths": len(STRENGTHS), "domains": DOMAINS},
    )


@require_POST
def strengths_start(request: AuthedRequest) -> HttpResponse:
    take = service.start(request.user)
    return redirect("reflect:strengths_page", pk=take.pk, page=take.next_page)


def strengths_page(request: AuthedRequest, pk: int, page: int) -> HttpResponse:
    take = owned_or_404(InventoryTake, request.user, pk=pk)
    if take.finished_at:
        return redirect("reflect:strengths_report", pk=take.pk)
    if not 1 <= page <= PAGES:
        return redirect("reflect:strengths_page", pk=take.pk, page=take.next_page)
    if request.method == "POST" and "later" in request.POST:
        # Whatever is answered on this page is kept, even if not every item is.
        given = {key: int(v) for key, v in request.POST.items() if v in {"1", "2", "3", "4", "5"}}
        service.save_page(take, page, given)
        messages.info(request, "Saved. Pick up where you left off whenever you like.")
        return redirect("reflect:strengths_home")
    form = InventoryPageForm(
        request.POST if request.method == "POST" else None, page=page, answers=take.answers
    )
    if request.method == "POST" and form.is_valid():
        service.save_page(take, page, form.cleaned_data)
        if take.finished_at:
            messages.success(request, "All done. Here is what stands out.")
            return redirect("reflect:strengths_report", pk=take.pk)
        return redirect("reflect:strengths_page", pk=take.pk, page=min(page + 1, take.next_page))
    return render(
        request,
        "reflect/strengths_page.html",
        {
            "take": take,
            "form": form,
            "page": page,
            "pages": PAGES,
            "percent": round((page - 1) / PAGES * 100),
        },
    )


def strengths_report(request: AuthedRequest, pk: int) -> HttpResponse:
    take = owned_or_404(InventoryTake, request.user, pk=pk)
    if not take.finished_at:
        return redirect("reflect:strengths_page", pk=take.pk, page=take.next_page)
    # The plan step this take finished, if any, to offer what comes next.
    step = (
        Step.objects.filter(
            plan__user=request.user,
            kind=Step.Kind.STRENGTHS,
            done_at__gte=take.finished_at,
            done_at__lt=take.finished_at + SAME_MOMENT,
        )
        .select_related("plan")
        .order_by("done_at")
        .first()
    )
    return render(
        request, "reflect/strengths_report.html", {"report": service.report(take), "step": step}
    )
