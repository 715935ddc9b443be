"""Sample data in a user's own account: added from Today, cleared from Settings."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest

from .data import clear_sample_data, has_sample_data, populate


@require_POST
def sample_data_add(request: AuthedRequest) -> HttpResponse:
    if not has_sample_data(request.user):
        populate(request.user)
    messages.success(
        request,
        "Here's a sample job search to look around. Clear it any time in Settings.",
    )
    return redirect("plans:today")


def sample_data_clear(request: AuthedRequest) -> HttpResponse:
    if not has_sample_data(request.user):
        return redirect("core:settings")
    if request.method == "POST":
        clear_sample_data(request.user)
        messages.success(request, "The sample data is gone. Everything you added yourself stays.")
        return redirect("plans:today")
    return render(request, "demo/sample_clear.html")
