"""The strengths inventory: a page of ten at a time, and the report."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404

from . import services as service
from .forms import InventoryPageForm
from .inventory import DOMAINS, ITEMS, PAGES, STRENGTHS
from .models import InventoryTake


def strengths_home(request: AuthedRequest) -> HttpResponse:
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
        },
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
    return render(request, "reflect/strengths_report.html", {"report": service.report(take)})
